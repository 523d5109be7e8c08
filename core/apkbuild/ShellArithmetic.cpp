#include "apkbuild/ShellArithmetic.h"

#include <QCoreApplication>

namespace apkdesk::shell {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ShellArithmetic", text);
}

class Evaluator
{
public:
    Evaluator(const QByteArray &s, const std::function<std::optional<QByteArray>(const QByteArray &)> &lookup,
              int depth)
        : m_s(s), m_lookup(lookup), m_depth(depth)
    { }

    ArithmeticResult run()
    {
        ArithmeticResult result;
        skip();
        if (m_pos >= m_s.size()) {
            result.value = 0;
            return result;
        }
        const qint64 v = ternary();
        skip();
        if (m_error.isEmpty() && m_pos < m_s.size())
            m_error = tr("unexpected '%1' in arithmetic").arg(QString::fromUtf8(m_s.mid(m_pos)));
        result.unknownVariable = m_unknown;
        if (m_error.isEmpty())
            result.value = v;
        result.error = m_error;
        return result;
    }

private:
    void skip()
    {
        while (m_pos < m_s.size() && (m_s.at(m_pos) == ' ' || m_s.at(m_pos) == '\t' || m_s.at(m_pos) == '\n'))
            ++m_pos;
    }

    bool take(const char *op)
    {
        skip();
        const QByteArray o(op);
        if (m_s.mid(m_pos, o.size()) != o)
            return false;
        // Do not read "<" out of "<<" or "=" out of "==".
        const char after = m_pos + o.size() < m_s.size() ? m_s.at(m_pos + o.size()) : '\0';
        if ((o == "<" || o == ">") && (after == o.at(0) || after == '='))
            return false;
        if ((o == "&" || o == "|") && after == o.at(0))
            return false;
        if (o == "!" && after == '=')
            return false;
        if (after == '='
            && (o == "+" || o == "-" || o == "*" || o == "/" || o == "%" || o == "<<" || o == ">>" || o == "&"
                || o == "|" || o == "^")) {
            m_error = tr("assignment inside arithmetic is not evaluated");
            return false;
        }
        m_pos += o.size();
        return true;
    }

    qint64 ternary()
    {
        const qint64 c = binary(0);
        if (take("?")) {
            const qint64 a = ternary();
            if (!take(":")) {
                fail(tr("expected ':' in arithmetic"));
                return 0;
            }
            const qint64 b = ternary();
            return c ? a : b;
        }
        return c;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    qint64 binary(int level)
    {
        static const std::vector<std::vector<const char *>> levels = { { "||" },
                                                                       { "&&" },
                                                                       { "|" },
                                                                       { "^" },
                                                                       { "&" },
                                                                       { "==", "!=" },
                                                                       { "<=", ">=", "<", ">" },
                                                                       { "<<", ">>" },
                                                                       { "+", "-" },
                                                                       { "*", "/", "%" } };
        if (level >= int(levels.size()))
            return unary();
        qint64 left = binary(level + 1);
        for (;;) {
            if (!m_error.isEmpty())
                return 0;
            const char *matched = nullptr;
            for (const char *op : levels[level])
                if (take(op)) {
                    matched = op;
                    break;
                }
            if (!matched)
                return left;
            const qint64 right = binary(level + 1);
            const QByteArray op(matched);
            if (op == "||")
                left = left || right;
            else if (op == "&&")
                left = left && right;
            else if (op == "|")
                left |= right;
            else if (op == "^")
                left ^= right;
            else if (op == "&")
                left &= right;
            else if (op == "==")
                left = left == right;
            else if (op == "!=")
                left = left != right;
            else if (op == "<=")
                left = left <= right;
            else if (op == ">=")
                left = left >= right;
            else if (op == "<")
                left = left < right;
            else if (op == ">")
                left = left > right;
            else if (op == "<<")
                left = right >= 0 && right < 64 ? qint64(quint64(left) << right) : 0;
            else if (op == ">>")
                left = right >= 0 && right < 64 ? left >> right : 0;
            else if (op == "+")
                left = qint64(quint64(left) + quint64(right));
            else if (op == "-")
                left = qint64(quint64(left) - quint64(right));
            else if (op == "*")
                left = qint64(quint64(left) * quint64(right));
            else if (right == 0) {
                fail(tr("division by zero"));
                return 0;
            } else if (left == std::numeric_limits<qint64>::min() && right == -1) {
                left = op == "/" ? left : 0;
            } else {
                left = op == "/" ? left / right : left % right;
            }
        }
    }

    qint64 unary()
    {
        if (++m_nesting > 200) {
            fail(tr("arithmetic nests too deeply"));
            return 0;
        }
        struct Leave
        {
            int &n;
            ~Leave() { --n; }
        } leave { m_nesting };
        if (take("-"))
            return qint64(0 - quint64(unary()));
        if (take("+"))
            return unary();
        if (take("!"))
            return !unary();
        if (take("~"))
            return ~unary();
        return primary();
    }

    qint64 primary()
    {
        skip();
        if (take("(")) {
            const qint64 v = ternary();
            if (!take(")"))
                fail(tr("missing ')' in arithmetic"));
            return v;
        }
        if (m_pos >= m_s.size()) {
            fail(tr("arithmetic expression ends early"));
            return 0;
        }
        const char c = m_s.at(m_pos);
        if (c >= '0' && c <= '9') {
            qsizetype end = m_pos;
            while (end < m_s.size() && std::isalnum(uchar(m_s.at(end))))
                ++end;
            const QByteArray number = m_s.mid(m_pos, end - m_pos);
            m_pos = end;
            return parseNumber(number);
        }
        if (std::isalpha(uchar(c)) || c == '_') {
            qsizetype end = m_pos;
            while (end < m_s.size() && (std::isalnum(uchar(m_s.at(end))) || m_s.at(end) == '_'))
                ++end;
            const QByteArray name = m_s.mid(m_pos, end - m_pos);
            m_pos = end;
            skip();
            if (m_pos < m_s.size() && m_s.at(m_pos) == '='
                && (m_pos + 1 >= m_s.size() || m_s.at(m_pos + 1) != '=')) {
                fail(tr("assignment inside arithmetic is not evaluated"));
                return 0;
            }
            return variable(name);
        }
        fail(tr("unexpected '%1' in arithmetic").arg(QChar::fromLatin1(c)));
        return 0;
    }

    qint64 parseNumber(const QByteArray &number)
    {
        bool ok = false;
        qint64 v = 0;
        if (number.startsWith("0x") || number.startsWith("0X"))
            v = number.mid(2).toLongLong(&ok, 16);
        else if (number.size() > 1 && number.startsWith('0'))
            v = number.toLongLong(&ok, 8);
        else
            v = number.toLongLong(&ok, 10);
        if (!ok)
            fail(tr("'%1' is not a number").arg(QString::fromUtf8(number)));
        return v;
    }

    qint64 variable(const QByteArray &name)
    {
        const auto value = m_lookup(name);
        if (!value) {
            m_unknown = true;
            return 0;
        }
        const QByteArray text = value->trimmed();
        if (text.isEmpty())
            return 0;
        if (m_depth > 8) {
            fail(tr("arithmetic variables nest too deeply"));
            return 0;
        }
        Evaluator nested(text, m_lookup, m_depth + 1);
        const ArithmeticResult r = nested.run();
        m_unknown = m_unknown || r.unknownVariable;
        if (!r.value) {
            fail(r.error);
            return 0;
        }
        return *r.value;
    }

    const QByteArray &m_s;
    const std::function<std::optional<QByteArray>(const QByteArray &)> &m_lookup;
    int m_depth;
    qsizetype m_pos = 0;
    int m_nesting = 0;
    QString m_error;
    bool m_unknown = false;
};

} // namespace

ArithmeticResult
evaluateArithmetic(const QByteArray &expression,
                   const std::function<std::optional<QByteArray>(const QByteArray &)> &lookup)
{
    Evaluator evaluator(expression, lookup, 0);
    return evaluator.run();
}

} // namespace apkdesk::shell
