#include "apkbuild/ShellExpander.h"

#include "apkbuild/ShellArithmetic.h"

#include <QCoreApplication>

namespace apkdesk::shell {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ShellExpander", text);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

} // namespace

QString Expander::lineSuffix(qsizetype offset) const
{
    return m_lines ? tr(" at line %1").arg(m_lines(offset)) : QString();
}

Expander::Piece Expander::special(const WordPart &part, const QString &construct)
{
    Piece piece;
    piece.text = part.text;
    piece.quoted = part.quoted;
    piece.known = false;
    piece.reason = construct + lineSuffix(part.begin);
    return piece;
}

Value Expander::expandString(const Word &word)
{
    Value value;
    for (const WordPart &part : word.parts) {
        const Piece piece = expandPart(part);
        value.text += piece.text;
        if (!piece.known && value.known) {
            value.known = false;
            value.reason = piece.reason;
        }
    }
    return value;
}

std::vector<Value> Expander::expandFields(const Word &word)
{
    std::vector<Value> fields;
    Value current;
    bool haveField = false;
    auto finish = [&] {
        if (haveField)
            fields.push_back(current);
        current = Value();
        haveField = false;
    };
    for (const WordPart &part : word.parts) {
        const Piece piece = expandPart(part);
        if (!piece.known && current.known) {
            current.known = false;
            current.reason = piece.reason;
        }
        if (piece.quoted || part.kind == WordPart::Kind::Literal) {
            current.text += piece.text;
            haveField = true;
            continue;
        }
        for (char c : piece.text) {
            if (isBlank(c)) {
                const bool known = current.known;
                const QString reason = current.reason;
                finish();
                if (!known) {
                    current.known = false;
                    current.reason = reason;
                }
            } else {
                current.text += c;
                haveField = true;
            }
        }
    }
    finish();
    return fields;
}

Pattern Expander::expandPattern(const Word &word, bool *known)
{
    Pattern pattern;
    for (const WordPart &part : word.parts) {
        const Piece piece = expandPart(part);
        if (!piece.known && known)
            *known = false;
        const bool literal = part.kind == WordPart::Kind::Literal ? part.quoted : part.quoted;
        for (char c : piece.text)
            pattern.push_back({ c, literal });
    }
    return pattern;
}

Expander::Piece Expander::expandPart(const WordPart &part)
{
    switch (part.kind) {
    case WordPart::Kind::Literal: {
        Piece piece;
        piece.text = part.text;
        piece.quoted = part.quoted;
        return piece;
    }
    case WordPart::Kind::Parameter: return expandParameter(part);
    case WordPart::Kind::Arithmetic: return expandArithmetic(part);
    case WordPart::Kind::CommandSubstitution:
        return special(part, tr("command substitution %1").arg(QString::fromUtf8(part.text)));
    case WordPart::Kind::Backticks:
        return special(part, tr("backquoted command %1").arg(QString::fromUtf8(part.text)));
    }
    return {};
}

Expander::Piece Expander::expandArithmetic(const WordPart &part)
{
    if (part.args.empty())
        return special(part, tr("arithmetic %1").arg(QString::fromUtf8(part.text)));
    const Value body = expandString(*part.args.front());
    if (!body.known) {
        Piece piece = special(part, body.reason);
        return piece;
    }
    bool unknownVariable = false;
    const auto lookup = [&](const QByteArray &name) -> std::optional<QByteArray> {
        const Value *v = m_env.find(name);
        if (!v)
            return QByteArray();
        if (!v->known) {
            unknownVariable = true;
            return std::nullopt;
        }
        return v->text;
    };
    const ArithmeticResult result = evaluateArithmetic(body.text, lookup);
    if (unknownVariable || result.unknownVariable)
        return special(
            part, tr("arithmetic on a variable that is not known: %1").arg(QString::fromUtf8(part.text)));
    if (!result.value)
        return special(part, tr("arithmetic %1 (%2)").arg(QString::fromUtf8(part.text), result.error));
    Piece piece;
    piece.text = QByteArray::number(*result.value);
    piece.quoted = part.quoted;
    return piece;
}

Expander::Piece Expander::expandParameter(const WordPart &part)
{
    Piece piece;
    piece.quoted = part.quoted;
    const QByteArray &op = part.op;
    const QByteArray &name = part.name;
    const Value *current = m_env.find(name);
    if (name.size() == 1 && QByteArray("@*#?$!-0123456789").contains(name.at(0))) {
        // Positional and special parameters: sourced by abuild with no arguments.
        static const Value zero { "0", true, {} };
        current = (name == "#" || name == "?") ? &zero : nullptr;
    }
    const bool isSet = current != nullptr;
    const bool isNull = !isSet || current->text.isEmpty();
    const QByteArray text = isSet ? current->text : QByteArray();
    if (isSet && !current->known) {
        piece.known = false;
        piece.reason = tr("uses %1, which is not known (%2)").arg(QString::fromUtf8(name), current->reason);
    }
    auto operand = [&](int index) -> Value {
        if (index >= int(part.args.size()))
            return {};
        return expandString(*part.args[index]);
    };
    auto withValue = [&](const QByteArray &result) {
        piece.text = result;
        return piece;
    };
    auto fromOperand = [&](const Value &value) {
        piece.text = value.text;
        if (!value.known && piece.known) {
            piece.known = false;
            piece.reason = value.reason;
        }
        return piece;
    };

    if (op.isEmpty())
        return withValue(piece.known ? text : part.text);
    if (op == "len")
        return withValue(QByteArray::number(text.size()));
    if (op == ":-" || op == "-") {
        const bool useDefault = op == ":-" ? isNull : !isSet;
        if (useDefault) {
            piece.known = true;
            piece.reason.clear();
            return fromOperand(operand(0));
        }
        return withValue(text);
    }
    if (op == ":+" || op == "+") {
        const bool useAlternative = op == ":+" ? !isNull : isSet;
        if (useAlternative) {
            const bool known = piece.known;
            const QString reason = piece.reason;
            Piece result = fromOperand(operand(0));
            if (!known) {
                result.known = false;
                result.reason = reason;
            }
            return result;
        }
        return withValue({});
    }
    if (op == ":=" || op == "=") {
        const bool assign = op == ":=" ? isNull : !isSet;
        if (assign) {
            const Value value = operand(0);
            if (!m_env.variables.contains(name))
                m_env.assignmentOrder.push_back(name);
            m_env.variables.insert(name, value);
            piece.known = true;
            piece.reason.clear();
            return fromOperand(value);
        }
        return withValue(text);
    }
    if (op == ":?" || op == "?") {
        const bool error = op == ":?" ? isNull : !isSet;
        if (error)
            return special(part,
                           tr("${%1%2} stops the shell when %1 is unset")
                               .arg(QString::fromUtf8(name), QString::fromUtf8(op)));
        return withValue(text);
    }
    if (!piece.known)
        return withValue(part.text);
    // Pattern operations are quadratic in the value's length; real values are short.
    if (text.size() > 16 * 1024 && (op.startsWith('#') || op.startsWith('%') || op.startsWith('/')))
        return special(
            part, tr("value too long to match patterns statically: %1").arg(QString::fromUtf8(part.text)));
    bool patternKnown = true;
    if (op == "#" || op == "##" || op == "%" || op == "%%") {
        const Pattern pattern = part.args.empty() ? Pattern() : expandPattern(*part.args[0], &patternKnown);
        if (!patternKnown)
            return special(part, tr("pattern is not known: %1").arg(QString::fromUtf8(part.text)));
        if (op.startsWith('#'))
            return withValue(removePrefix(text, pattern, op == "##"));
        return withValue(removeSuffix(text, pattern, op == "%%"));
    }
    if (op.startsWith('/')) {
        const Pattern pattern = part.args.empty() ? Pattern() : expandPattern(*part.args[0], &patternKnown);
        const Value replacement = operand(1);
        if (!patternKnown || !replacement.known)
            return special(part, tr("pattern is not known: %1").arg(QString::fromUtf8(part.text)));
        return withValue(replacePattern(text, pattern, replacement.text, op == "//", op == "/#", op == "/%"));
    }
    if (op == ":") {
        const auto number = [&](int index, qint64 fallback, bool &ok) -> qint64 {
            if (index >= int(part.args.size()))
                return fallback;
            const Value v = operand(index);
            if (!v.known) {
                ok = false;
                return 0;
            }
            const auto lookup = [&](const QByteArray &n) -> std::optional<QByteArray> {
                const Value *found = m_env.find(n);
                if (found && !found->known)
                    return std::nullopt;
                return found ? found->text : QByteArray();
            };
            const ArithmeticResult r = evaluateArithmetic(v.text, lookup);
            if (!r.value || r.unknownVariable) {
                ok = false;
                return 0;
            }
            return *r.value;
        };
        bool ok = true;
        const qint64 size = text.size();
        qint64 offset = number(0, 0, ok);
        qint64 length = number(1, size, ok);
        if (!ok)
            return special(part, tr("substring bounds are not known: %1").arg(QString::fromUtf8(part.text)));
        if (offset < 0)
            offset = std::max<qint64>(0, size + offset);
        offset = std::min(offset, size);
        if (length < 0)
            length = std::max<qint64>(0, size + length - offset);
        return withValue(text.mid(offset, std::min(length, size - offset)));
    }
    return special(part, tr("unsupported expansion %1").arg(QString::fromUtf8(part.text)));
}

} // namespace apkdesk::shell
