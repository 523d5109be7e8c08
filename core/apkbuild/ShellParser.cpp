#include "apkbuild/ShellParser.h"

#include <QCoreApplication>

namespace apkdesk::shell {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ShellParser", text);
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isValidName(const QByteArray &name)
{
    if (name.isEmpty() || !isNameStart(name.at(0)))
        return false;
    for (char c : name)
        if (!isNameChar(c))
            return false;
    return true;
}

// Characters that end an unquoted word.
bool isWordBreak(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
        || c == '(' || c == ')';
}

const QByteArrayList kTerminators = { "then", "elif", "else", "fi", "do", "done", "esac", "}", "in" };

struct PendingHeredoc
{
    QByteArray delimiter;
    bool stripTabs = false;
};

class Parser
{
public:
    Parser(const QByteArray &s, qsizetype begin, qsizetype end) : m_s(s), m_pos(begin), m_end(end) { }

    ParseResult parseProgram()
    {
        ParseResult result;
        result.nodes = parseList({});
        if (!m_error && m_pos < m_end)
            fail(tr("unexpected '%1'").arg(QString::fromUtf8(peekToken())), m_pos);
        result.error = m_error;
        return result;
    }

    // Inside $((...)): literal text with $ expansions.
    Word parseExpansionOnly()
    {
        Word word;
        word.begin = m_pos;
        while (m_pos < m_end && !m_error) {
            const char c = m_s.at(m_pos);
            if (c == '$')
                parseDollar(word, true);
            else if (c == '`')
                parseBackticks(word, true);
            else
                appendLiteral(word, QByteArray(1, c), true, m_pos, m_pos + 1), ++m_pos;
        }
        word.end = m_pos;
        return word;
    }

private:
    char at(qsizetype i) const { return i < m_end ? m_s.at(i) : '\0'; }
    char cur() const { return at(m_pos); }
    bool atEnd() const { return m_pos >= m_end; }

    void fail(const QString &message, qsizetype offset)
    {
        if (!m_error)
            m_error = ParseError { message, offset };
    }

    void skipBlanks()
    {
        while (!atEnd()) {
            const char c = cur();
            if (c == ' ' || c == '\t')
                ++m_pos;
            else if (c == '\\' && at(m_pos + 1) == '\n')
                m_pos += 2;
            else
                break;
        }
    }

    void skipComment()
    {
        if (cur() == '#')
            while (!atEnd() && cur() != '\n')
                ++m_pos;
    }

    void consumeNewline()
    {
        ++m_pos; // the '\n'
        for (const auto &heredoc : m_pendingHeredocs)
            skipHeredocBody(heredoc);
        m_pendingHeredocs.clear();
    }

    void skipHeredocBody(const PendingHeredoc &heredoc)
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            qsizetype eol = m_s.indexOf('\n', m_pos);
            if (eol < 0 || eol > m_end)
                eol = m_end;
            QByteArray line = m_s.mid(m_pos, eol - m_pos);
            if (heredoc.stripTabs)
                while (line.startsWith('\t'))
                    line.remove(0, 1);
            m_pos = eol < m_end ? eol + 1 : m_end;
            if (line == heredoc.delimiter)
                return;
        }
        fail(
            tr("here-document delimited by '%1' is not terminated").arg(QString::fromUtf8(heredoc.delimiter)),
            start);
    }

    // Skips blanks, comments and newlines between commands.
    void skipSeparatorsAndNewlines()
    {
        while (!atEnd() && !m_error) {
            skipBlanks();
            skipComment();
            if (cur() == '\n')
                consumeNewline();
            else
                break;
        }
    }

    // The next token as plain text when it is a plain unquoted word (for keyword checks).
    QByteArray peekPlainWord() const
    {
        qsizetype i = m_pos;
        while (i < m_end && !isWordBreak(m_s.at(i))) {
            const char c = m_s.at(i);
            if (c == '\'' || c == '"' || c == '\\' || c == '$' || c == '`')
                return {};
            ++i;
        }
        return m_s.mid(m_pos, i - m_pos);
    }

    QByteArray peekToken() const
    {
        if (atEnd())
            return "end of file";
        const QByteArray word = peekPlainWord();
        return word.isEmpty() ? QByteArray(1, cur()) : word;
    }

    bool atTerminator(const QByteArrayList &terminators) const
    {
        if (atEnd())
            return true;
        if (cur() == ')')
            return terminators.contains(")");
        if (cur() == ';' && at(m_pos + 1) == ';')
            return terminators.contains(";;");
        const QByteArray word = peekPlainWord();
        return !word.isEmpty() && kTerminators.contains(word) && terminators.contains(word);
    }

    bool expectKeyword(const QByteArray &keyword, qsizetype openedAt, const QByteArray &opener)
    {
        skipSeparatorsAndNewlines();
        if (peekPlainWord() == keyword) {
            m_pos += keyword.size();
            return true;
        }
        fail(tr("'%1' opened here has no matching '%2'")
                 .arg(QString::fromUtf8(opener), QString::fromUtf8(keyword)),
             openedAt);
        return false;
    }

    NodeList parseList(const QByteArrayList &terminators)
    {
        NodeList nodes;
        while (!m_error) {
            skipSeparatorsAndNewlines();
            if (atTerminator(terminators) || atEnd())
                break;
            if (cur() == ';' || cur() == '&' || cur() == '|' || cur() == ')') {
                fail(tr("unexpected '%1'").arg(QChar::fromLatin1(cur())), m_pos);
                break;
            }
            const qsizetype before = m_pos;
            Node node = parseAndOr();
            if (m_error)
                break;
            if (m_pos == before) { // never loop without consuming input
                fail(tr("unexpected '%1'").arg(QChar::fromLatin1(cur())), m_pos);
                break;
            }
            skipBlanks();
            if (cur() == '&' && at(m_pos + 1) != '&') {
                node.background = true;
                ++m_pos;
            } else if (cur() == ';' && at(m_pos + 1) != ';') {
                ++m_pos;
            }
            nodes.push_back(std::move(node));
        }
        return nodes;
    }

    Node parseAndOr()
    {
        Node first = parsePipeline();
        skipBlanks();
        if (!((cur() == '&' && at(m_pos + 1) == '&') || (cur() == '|' && at(m_pos + 1) == '|')))
            return first;
        Node node;
        node.kind = Node::Kind::AndOr;
        node.begin = first.begin;
        node.children.push_back(std::move(first));
        while (!m_error
               && ((cur() == '&' && at(m_pos + 1) == '&') || (cur() == '|' && at(m_pos + 1) == '|'))) {
            node.ops.push_back(m_s.mid(m_pos, 2));
            const qsizetype opAt = m_pos;
            m_pos += 2;
            skipSeparatorsAndNewlines();
            // sh: "end of file unexpected". Accepting it would let an appended line (a new
            // sha512sums block) become the operand of the dangling operator (found by fuzzing).
            if (atEnd()) {
                fail(tr("'%1' at the end of the file: a command must follow")
                         .arg(QString::fromUtf8(node.ops.back())),
                     opAt);
                break;
            }
            node.children.push_back(parsePipeline());
            skipBlanks();
        }
        node.end = m_pos;
        return node;
    }

    Node parsePipeline()
    {
        bool negated = false;
        skipBlanks();
        if (peekPlainWord() == "!") {
            negated = true;
            ++m_pos;
            skipBlanks();
        }
        Node first = parseCommand();
        skipBlanks();
        if (!(cur() == '|' && at(m_pos + 1) != '|')) {
            first.negated = negated;
            return first;
        }
        Node node;
        node.kind = Node::Kind::Pipeline;
        node.negated = negated;
        node.begin = first.begin;
        node.children.push_back(std::move(first));
        while (!m_error && cur() == '|' && at(m_pos + 1) != '|') {
            const qsizetype opAt = m_pos;
            ++m_pos;
            skipSeparatorsAndNewlines();
            if (atEnd()) {
                fail(tr("'|' at the end of the file: a command must follow"), opAt);
                break;
            }
            node.children.push_back(parseCommand());
            skipBlanks();
        }
        node.end = m_pos;
        return node;
    }

    Node parseCommand()
    {
        const DepthGuard guard(*this);
        if (m_depth > kMaxNesting) {
            fail(tr("nesting deeper than %1 levels").arg(kMaxNesting), m_pos);
            m_pos = m_end;
            return {};
        }
        skipBlanks();
        const qsizetype begin = m_pos;
        const QByteArray word = peekPlainWord();
        Node node;
        if (word == "if")
            node = parseIf();
        else if (word == "case")
            node = parseCase();
        else if (word == "for")
            node = parseFor();
        else if (word == "while" || word == "until")
            node = parseLoop(word);
        else if (word == "{" || cur() == '(')
            node = parseGroup();
        else if (word == "function")
            node = parseFunction(true);
        else if (isFunctionDefinition())
            node = parseFunction(false);
        else
            return parseSimple();
        node.begin = begin;
        parseTrailingRedirections(node);
        node.end = m_pos;
        return node;
    }

    bool isFunctionDefinition() const
    {
        qsizetype i = m_pos;
        if (!isNameStart(at(i)))
            return false;
        while (i < m_end && (isNameChar(m_s.at(i)) || m_s.at(i) == '-' || m_s.at(i) == '.'))
            ++i;
        while (at(i) == ' ' || at(i) == '\t')
            ++i;
        if (at(i) != '(')
            return false;
        ++i;
        while (at(i) == ' ' || at(i) == '\t')
            ++i;
        return at(i) == ')';
    }

    Node parseFunction(bool keyword)
    {
        Node node;
        node.kind = Node::Kind::Function;
        const qsizetype openedAt = m_pos;
        if (keyword) {
            m_pos += 8;
            skipBlanks();
        }
        const qsizetype nameStart = m_pos;
        while (!atEnd() && (isNameChar(cur()) || cur() == '-' || cur() == '.'))
            ++m_pos;
        node.name = m_s.mid(nameStart, m_pos - nameStart);
        skipBlanks();
        if (cur() == '(') {
            ++m_pos;
            skipBlanks();
            if (cur() != ')') {
                fail(tr("expected ')' in the definition of function '%1'").arg(QString::fromUtf8(node.name)),
                     openedAt);
                return node;
            }
            ++m_pos;
        }
        skipSeparatorsAndNewlines();
        // "f()" as the last thing in the file: sh fails; accepting it would make a checksum
        // block appended by the rewrite the function's body (found by fuzzing).
        if (atEnd()) {
            fail(tr("function '%1' has no body: the file ends after its header")
                     .arg(QString::fromUtf8(node.name)),
                 openedAt);
            return node;
        }
        NodeList body;
        body.push_back(parseCommand());
        node.bodies.push_back(std::move(body));
        return node;
    }

    Node parseIf()
    {
        Node node;
        node.kind = Node::Kind::If;
        const qsizetype openedAt = m_pos;
        m_pos += 2;
        for (;;) {
            node.conditions.push_back(parseList({ "then" }));
            if (m_error || !expectKeyword("then", openedAt, "if"))
                return node;
            node.bodies.push_back(parseList({ "elif", "else", "fi" }));
            if (m_error)
                return node;
            skipSeparatorsAndNewlines();
            const QByteArray word = peekPlainWord();
            if (word == "elif") {
                m_pos += 4;
                continue;
            }
            if (word == "else") {
                m_pos += 4;
                node.hasElse = true;
                node.elseBody = parseList({ "fi" });
            }
            expectKeyword("fi", openedAt, "if");
            return node;
        }
    }

    Node parseCase()
    {
        Node node;
        node.kind = Node::Kind::Case;
        const qsizetype openedAt = m_pos;
        m_pos += 4;
        skipBlanks();
        node.subject = readWord();
        skipSeparatorsAndNewlines();
        if (!expectKeyword("in", openedAt, "case"))
            return node;
        while (!m_error) {
            skipSeparatorsAndNewlines();
            if (peekPlainWord() == "esac") {
                m_pos += 4;
                return node;
            }
            if (atEnd())
                break;
            CaseItem item;
            if (cur() == '(')
                ++m_pos;
            for (;;) {
                skipBlanks();
                Word pattern = readWord();
                if (m_error)
                    return node;
                if (pattern.parts.empty()) {
                    fail(tr("expected a case pattern"), m_pos);
                    return node;
                }
                item.patterns.push_back(std::move(pattern));
                skipBlanks();
                if (cur() == '|') {
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (cur() != ')') {
                fail(tr("expected ')' after a case pattern"), m_pos);
                return node;
            }
            ++m_pos;
            item.body = parseList({ ";;", "esac" });
            node.items.push_back(std::move(item));
            skipSeparatorsAndNewlines();
            if (cur() == ';' && at(m_pos + 1) == ';')
                m_pos += 2;
        }
        fail(tr("'case' opened here has no matching 'esac'"), openedAt);
        return node;
    }

    Node parseFor()
    {
        Node node;
        node.kind = Node::Kind::For;
        const qsizetype openedAt = m_pos;
        m_pos += 3;
        skipBlanks();
        const qsizetype nameStart = m_pos;
        while (!atEnd() && isNameChar(cur()))
            ++m_pos;
        node.name = m_s.mid(nameStart, m_pos - nameStart);
        if (!isValidName(node.name)) {
            fail(tr("'for' needs a variable name"), openedAt);
            return node;
        }
        skipSeparatorsAndNewlines();
        if (peekPlainWord() == "in") {
            m_pos += 2;
            node.hasIn = true;
            for (;;) {
                skipBlanks();
                if (atEnd() || cur() == '\n' || cur() == ';' || cur() == '#')
                    break;
                Word word = readWord();
                if (m_error)
                    return node;
                if (word.end == word.begin) {
                    fail(tr("unexpected '%1' in the word list of 'for'").arg(QChar::fromLatin1(cur())),
                         m_pos);
                    return node;
                }
                node.forWords.push_back(std::move(word));
            }
            skipComment();
            if (cur() == ';')
                ++m_pos;
        }
        if (!expectKeyword("do", openedAt, "for"))
            return node;
        node.bodies.push_back(parseList({ "done" }));
        expectKeyword("done", openedAt, "for");
        return node;
    }

    Node parseLoop(const QByteArray &keyword)
    {
        Node node;
        node.kind = Node::Kind::Loop;
        node.name = keyword;
        const qsizetype openedAt = m_pos;
        m_pos += keyword.size();
        node.conditions.push_back(parseList({ "do" }));
        if (m_error || !expectKeyword("do", openedAt, keyword))
            return node;
        node.bodies.push_back(parseList({ "done" }));
        expectKeyword("done", openedAt, keyword);
        return node;
    }

    Node parseGroup()
    {
        Node node;
        node.kind = Node::Kind::Group;
        const qsizetype openedAt = m_pos;
        if (cur() == '(') {
            node.subshell = true;
            ++m_pos;
            node.bodies.push_back(parseList({ ")" }));
            skipSeparatorsAndNewlines();
            if (cur() != ')')
                fail(tr("'(' opened here has no matching ')'"), openedAt);
            else
                ++m_pos;
            return node;
        }
        ++m_pos;
        node.bodies.push_back(parseList({ "}" }));
        expectKeyword("}", openedAt, "{");
        return node;
    }

    void parseTrailingRedirections(Node &node)
    {
        for (;;) {
            skipBlanks();
            if (!startsRedirection())
                return;
            parseRedirection(node);
        }
    }

    bool startsRedirection() const
    {
        qsizetype i = m_pos;
        while (i < m_end && m_s.at(i) >= '0' && m_s.at(i) <= '9')
            ++i;
        return at(i) == '<' || at(i) == '>';
    }

    void parseRedirection(Node &node)
    {
        const qsizetype start = m_pos;
        while (cur() >= '0' && cur() <= '9')
            ++m_pos;
        Redirection redirection;
        const qsizetype opStart = m_pos;
        if (cur() == '<' && at(m_pos + 1) == '<') {
            m_pos += 2;
            if (cur() == '-')
                ++m_pos;
        } else {
            ++m_pos;
            if (cur() == '>' || cur() == '&' || cur() == '|')
                ++m_pos;
        }
        redirection.op = m_s.mid(opStart, m_pos - opStart);
        skipBlanks();
        redirection.target = readWord();
        if (redirection.target.parts.empty() && !m_error)
            fail(tr("redirection without a target"), start);
        if (redirection.op.startsWith("<<")) {
            QByteArray delimiter;
            for (const auto &part : redirection.target.parts)
                delimiter += part.kind == WordPart::Kind::Literal ? part.text : part.text;
            m_pendingHeredocs.push_back({ delimiter, redirection.op == "<<-" });
            node.hasHeredoc = true;
        }
        node.redirections.push_back(std::move(redirection));
    }

    Node parseSimple()
    {
        Node node;
        node.kind = Node::Kind::Simple;
        node.begin = m_pos;
        while (!m_error) {
            skipBlanks();
            if (atEnd())
                break;
            const char c = cur();
            if (c == '\n' || c == ';' || c == '&' || c == '|' || c == ')' || c == '(')
                break;
            if (c == '#')
                break;
            if (startsRedirection()) {
                parseRedirection(node);
                continue;
            }
            if (node.words.empty()) {
                if (auto assignment = tryAssignment()) {
                    node.assignments.push_back(std::move(*assignment));
                    continue;
                }
            }
            Word word = readWord();
            if (word.parts.empty() && word.end == word.begin) {
                fail(tr("unexpected '%1'").arg(QChar::fromLatin1(cur())), m_pos);
                break;
            }
            node.words.push_back(std::move(word));
        }
        node.end = m_pos;
        while (node.end > node.begin && (m_s.at(node.end - 1) == ' ' || m_s.at(node.end - 1) == '\t'))
            --node.end;
        return node;
    }

    std::optional<Assignment> tryAssignment()
    {
        qsizetype i = m_pos;
        if (!isNameStart(at(i)))
            return std::nullopt;
        while (i < m_end && isNameChar(m_s.at(i)))
            ++i;
        if (at(i) != '=')
            return std::nullopt;
        Assignment assignment;
        assignment.begin = m_pos;
        assignment.name = m_s.mid(m_pos, i - m_pos);
        m_pos = i + 1;
        assignment.valueBegin = m_pos;
        assignment.value = readWord();
        assignment.end = m_pos;
        return assignment;
    }

    static void appendLiteral(Word &word, const QByteArray &text, bool quoted, qsizetype begin, qsizetype end,
                              bool singleQuoted = false)
    {
        if (!word.parts.empty()) {
            WordPart &last = word.parts.back();
            if (last.kind == WordPart::Kind::Literal && last.quoted == quoted
                && last.singleQuoted == singleQuoted && last.end == begin) {
                last.text += text;
                last.end = end;
                return;
            }
        }
        WordPart part;
        part.kind = WordPart::Kind::Literal;
        part.text = text;
        part.quoted = quoted;
        part.singleQuoted = singleQuoted;
        part.begin = begin;
        part.end = end;
        word.parts.push_back(std::move(part));
    }

    // Reads one word. `stop` adds characters that end it (used inside ${...}).
    Word readWord(const QByteArray &stop = {})
    {
        Word word;
        word.begin = m_pos;
        while (!atEnd() && !m_error) {
            const char c = cur();
            if (stop.isEmpty() ? isWordBreak(c) : stop.contains(c))
                break;
            if (c == '\'') {
                const qsizetype close = m_s.indexOf('\'', m_pos + 1);
                if (close < 0 || close >= m_end) {
                    fail(tr("unterminated single quote"), m_pos);
                    break;
                }
                appendLiteral(word, m_s.mid(m_pos + 1, close - m_pos - 1), true, m_pos, close + 1, true);
                m_pos = close + 1;
            } else if (c == '"') {
                parseDoubleQuoted(word);
            } else if (c == '\\') {
                if (at(m_pos + 1) == '\n') {
                    m_pos += 2;
                } else if (m_pos + 1 < m_end) {
                    appendLiteral(word, QByteArray(1, at(m_pos + 1)), true, m_pos, m_pos + 2);
                    m_pos += 2;
                } else {
                    ++m_pos;
                }
            } else if (c == '$') {
                parseDollar(word, false);
            } else if (c == '`') {
                parseBackticks(word, false);
            } else {
                appendLiteral(word, QByteArray(1, c), false, m_pos, m_pos + 1);
                ++m_pos;
            }
        }
        word.end = m_pos;
        return word;
    }

    void parseDoubleQuoted(Word &word)
    {
        const qsizetype open = m_pos++;
        while (!m_error) {
            if (atEnd()) {
                fail(tr("unterminated double quote"), open);
                return;
            }
            const char c = cur();
            if (c == '"') {
                ++m_pos;
                // Keeps "" visible as an (empty) quoted part: `x=""` is set, not unset.
                if (word.parts.empty() || word.parts.back().end != m_pos - 1)
                    appendLiteral(word, {}, true, m_pos - 1, m_pos - 1);
                return;
            }
            if (c == '\\') {
                const char next = at(m_pos + 1);
                if (next == '\n') {
                    m_pos += 2;
                } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    appendLiteral(word, QByteArray(1, next), true, m_pos, m_pos + 2);
                    m_pos += 2;
                } else {
                    appendLiteral(word, "\\", true, m_pos, m_pos + 1);
                    ++m_pos;
                }
            } else if (c == '$') {
                parseDollar(word, true);
            } else if (c == '`') {
                parseBackticks(word, true);
            } else {
                appendLiteral(word, QByteArray(1, c), true, m_pos, m_pos + 1);
                ++m_pos;
            }
        }
    }

    void parseBackticks(Word &word, bool quoted)
    {
        const qsizetype open = m_pos;
        qsizetype i = m_pos + 1;
        while (i < m_end && m_s.at(i) != '`')
            i += m_s.at(i) == '\\' ? 2 : 1;
        if (i >= m_end) {
            fail(tr("unterminated backquote"), open);
            m_pos = m_end;
            return;
        }
        WordPart part;
        part.kind = WordPart::Kind::Backticks;
        part.quoted = quoted;
        part.begin = open;
        part.end = i + 1;
        part.text = m_s.mid(open, i + 1 - open);
        m_pos = i + 1;
        word.parts.push_back(std::move(part));
    }

    void parseDollar(Word &word, bool quoted)
    {
        const DepthGuard guard(*this);
        const qsizetype open = m_pos;
        if (m_depth > kMaxNesting) {
            fail(tr("nesting deeper than %1 levels").arg(kMaxNesting), m_pos);
            m_pos = m_end;
            return;
        }
        const char next = at(m_pos + 1);
        if (next == '(' && at(m_pos + 2) == '(') {
            parseArithmetic(word, quoted);
        } else if (next == '(') {
            m_pos += 2;
            parseList({ ")" });
            skipSeparatorsAndNewlines();
            if (m_error)
                return;
            if (cur() != ')') {
                fail(tr("unterminated command substitution"), open);
                return;
            }
            ++m_pos;
            WordPart part;
            part.kind = WordPart::Kind::CommandSubstitution;
            part.quoted = quoted;
            part.begin = open;
            part.end = m_pos;
            part.text = m_s.mid(open, m_pos - open);
            word.parts.push_back(std::move(part));
        } else if (next == '{') {
            parseBraceParameter(word, quoted);
        } else if (isNameStart(next)) {
            qsizetype i = m_pos + 1;
            while (i < m_end && isNameChar(m_s.at(i)))
                ++i;
            WordPart part;
            part.kind = WordPart::Kind::Parameter;
            part.quoted = quoted;
            part.name = m_s.mid(m_pos + 1, i - m_pos - 1);
            part.begin = open;
            part.end = i;
            part.text = m_s.mid(open, i - open);
            m_pos = i;
            word.parts.push_back(std::move(part));
        } else if ((next >= '0' && next <= '9') || QByteArray("@*#?$!-").contains(next)) {
            WordPart part;
            part.kind = WordPart::Kind::Parameter;
            part.quoted = quoted;
            part.name = QByteArray(1, next);
            part.begin = open;
            part.end = m_pos + 2;
            part.text = m_s.mid(open, 2);
            m_pos += 2;
            word.parts.push_back(std::move(part));
        } else {
            appendLiteral(word, "$", quoted, m_pos, m_pos + 1);
            ++m_pos;
        }
    }

    void parseArithmetic(Word &word, bool quoted)
    {
        const qsizetype open = m_pos;
        qsizetype i = m_pos + 3;
        int depth = 0;
        while (i < m_end) {
            const char c = m_s.at(i);
            if (c == '(')
                ++depth;
            else if (c == ')') {
                if (depth == 0 && at(i + 1) == ')')
                    break;
                --depth;
            }
            ++i;
        }
        if (i >= m_end) {
            fail(tr("unterminated arithmetic expansion"), open);
            m_pos = m_end;
            return;
        }
        WordPart part;
        part.kind = WordPart::Kind::Arithmetic;
        part.quoted = quoted;
        part.begin = open;
        part.end = i + 2;
        part.text = m_s.mid(open, i + 2 - open);
        Parser inner(m_s, open + 3, i);
        auto body = std::make_shared<Word>(inner.parseExpansionOnly());
        if (inner.m_error)
            fail(inner.m_error->message, inner.m_error->offset);
        part.args.push_back(std::move(body));
        m_pos = i + 2;
        word.parts.push_back(std::move(part));
    }

    void parseBraceParameter(Word &word, bool quoted)
    {
        const qsizetype open = m_pos;
        m_pos += 2;
        WordPart part;
        part.kind = WordPart::Kind::Parameter;
        part.quoted = quoted;
        part.begin = open;
        if (cur() == '#' && at(m_pos + 1) != '}'
            && (isNameChar(at(m_pos + 1)) || QByteArray("@*").contains(at(m_pos + 1)))) {
            part.op = "len";
            ++m_pos;
        }
        const qsizetype nameStart = m_pos;
        if (isNameStart(cur())) {
            while (!atEnd() && isNameChar(cur()))
                ++m_pos;
        } else if (!atEnd() && ((cur() >= '0' && cur() <= '9') || QByteArray("@*#?$!-").contains(cur()))) {
            ++m_pos;
        }
        part.name = m_s.mid(nameStart, m_pos - nameStart);
        if (part.name.isEmpty()) {
            fail(tr("bad substitution"), open);
            return;
        }
        if (part.op != "len" && cur() != '}') {
            static const QByteArrayList ops = { ":-", ":=", ":+", ":?", "%%", "##", "//", "/#", "/%",
                                                "-",  "=",  "+",  "?",  "%",  "#",  "/",  ":" };
            for (const QByteArray &op : ops) {
                if (m_s.mid(m_pos, op.size()) == op) {
                    part.op = op;
                    m_pos += op.size();
                    break;
                }
            }
            if (part.op.isEmpty()) {
                fail(tr("bad substitution"), open);
                return;
            }
            if (part.op.startsWith('/')) {
                part.args.push_back(std::make_shared<Word>(readWord("/}")));
                if (cur() == '/') {
                    ++m_pos;
                    part.args.push_back(std::make_shared<Word>(readWord("}")));
                }
            } else if (part.op == ":") {
                part.args.push_back(std::make_shared<Word>(readWord(":}")));
                if (cur() == ':') {
                    ++m_pos;
                    part.args.push_back(std::make_shared<Word>(readWord("}")));
                }
            } else {
                part.args.push_back(std::make_shared<Word>(readWord("}")));
            }
        }
        if (m_error)
            return;
        if (cur() != '}') {
            fail(tr("unterminated parameter expansion"), open);
            return;
        }
        ++m_pos;
        part.end = m_pos;
        part.text = m_s.mid(open, m_pos - open);
        word.parts.push_back(std::move(part));
    }

    // Recursion depth of nested commands and expansions: a hostile file must not exhaust the stack.
    static constexpr int kMaxNesting = 200;
    struct DepthGuard
    {
        explicit DepthGuard(Parser &p) : parser(p) { ++parser.m_depth; }
        ~DepthGuard() { --parser.m_depth; }
        Parser &parser;
    };
    int m_depth = 0;
    const QByteArray &m_s;
    qsizetype m_pos;
    qsizetype m_end;
    std::optional<ParseError> m_error;
    std::vector<PendingHeredoc> m_pendingHeredocs;
};

} // namespace

ParseResult parseShell(const QByteArray &source)
{
    Parser parser(source, 0, source.size());
    return parser.parseProgram();
}

Word parseExpansionText(const QByteArray &text)
{
    Parser parser(text, 0, text.size());
    return parser.parseExpansionOnly();
}

} // namespace apkdesk::shell
