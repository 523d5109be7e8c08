#include "apkbuild/ShellInterpreter.h"

#include <QCoreApplication>

namespace apkdesk::shell {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ShellInterpreter", text);
}

// Commands that neither change variables nor matter to the values abuild reads.
const QByteArrayList kHarmless = { "echo", "printf", "msg",   "warning", "msg2",  "warning2",
                                   "true", ":",      "shift", "set",     "umask", "return" };

constexpr qint64 kMaxSteps = 200'000;

// test/[ with the operators APKBUILDs use: strings, -n/-z, = != and integer comparisons,
// ! and the -a/-o combinators (-o binds loosest, as in test(1)).
std::optional<bool> evaluateTest(std::vector<Value> args)
{
    for (const char *combinator : { "-o", "-a" }) {
        for (size_t i = 1; i + 1 < args.size(); ++i) {
            if (args[i].text != combinator)
                continue;
            const auto left = evaluateTest(std::vector<Value>(args.begin(), args.begin() + qsizetype(i)));
            const auto right = evaluateTest(std::vector<Value>(args.begin() + qsizetype(i) + 1, args.end()));
            if (!left || !right)
                return std::nullopt;
            return QByteArray(combinator) == "-o" ? (*left || *right) : (*left && *right);
        }
    }
    bool negate = false;
    if (!args.empty() && args.front().text == "!" && args.size() > 1) {
        negate = true;
        args.erase(args.begin());
    }
    std::optional<bool> result;
    if (args.empty()) {
        result = false;
    } else if (args.size() == 1) {
        result = !args[0].text.isEmpty();
    } else if (args.size() == 2) {
        if (args[0].text == "-n")
            result = !args[1].text.isEmpty();
        else if (args[0].text == "-z")
            result = args[1].text.isEmpty();
    } else if (args.size() == 3) {
        const QByteArray &a = args[0].text;
        const QByteArray &op = args[1].text;
        const QByteArray &b = args[2].text;
        bool okA = false;
        bool okB = false;
        const qlonglong na = a.trimmed().toLongLong(&okA);
        const qlonglong nb = b.trimmed().toLongLong(&okB);
        if (op == "=" || op == "==")
            result = a == b;
        else if (op == "!=")
            result = a != b;
        else if (okA && okB) {
            if (op == "-eq")
                result = na == nb;
            else if (op == "-ne")
                result = na != nb;
            else if (op == "-lt")
                result = na < nb;
            else if (op == "-le")
                result = na <= nb;
            else if (op == "-gt")
                result = na > nb;
            else if (op == "-ge")
                result = na >= nb;
        }
    }
    if (!result)
        return std::nullopt;
    return *result != negate;
}

} // namespace

Interpreter::Interpreter(const QByteArray &source, Environment &environment, LineLookup lines)
    : m_source(source), m_env(environment), m_lines(lines), m_expander(environment, lines)
{ }

void Interpreter::run(const NodeList &nodes)
{
    runList(nodes);
}

QByteArray Interpreter::sourceText(const Node &node) const
{
    QByteArray text = m_source.mid(node.begin, node.end - node.begin);
    const qsizetype newline = text.indexOf('\n');
    if (newline >= 0)
        text = text.left(newline) + " ...";
    return text.left(200);
}

void Interpreter::report(const QString &variable, const QString &construct, const QByteArray &text,
                         qsizetype offset)
{
    Unexpandable u;
    u.variable = variable;
    u.construct = construct;
    u.text = QString::fromUtf8(text);
    u.offset = offset;
    u.line = m_lines ? m_lines(offset) : 0;
    m_unexpandable.push_back(std::move(u));
}

void Interpreter::assign(const QByteArray &name, Value value, qsizetype offset)
{
    if (!m_uncertainReasons.isEmpty() && value.known) {
        value.known = false;
        value.reason = m_uncertainReasons.last();
    }
    if (!value.known)
        report(QString::fromUtf8(name), value.reason, value.text, offset);
    if (!m_env.variables.contains(name))
        m_env.assignmentOrder.push_back(name);
    m_env.variables.insert(name, std::move(value));
}

Interpreter::Status Interpreter::runList(const NodeList &nodes)
{
    Status status = Status::True;
    for (const Node &node : nodes)
        status = runNode(node);
    return status;
}

Interpreter::Status Interpreter::runUncertain(const NodeList &nodes, const QString &reason)
{
    m_uncertainReasons.push_back(reason);
    runList(nodes);
    m_uncertainReasons.removeLast();
    return Status::Unknown;
}

Interpreter::Status Interpreter::runNode(const Node &node)
{
    if (m_depth > 64) {
        report({}, tr("nesting too deep"), sourceText(node), node.begin);
        return Status::Unknown;
    }
    // Loops over long lists, nested: a hostile file must not keep the evaluator busy.
    if (++m_steps > kMaxSteps) {
        if (m_steps == kMaxSteps + 1)
            report({}, tr("stopped after %1 statements").arg(kMaxSteps), sourceText(node), node.begin);
        return Status::Unknown;
    }
    ++m_depth;
    Status status = Status::Unknown;
    switch (node.kind) {
    case Node::Kind::Simple: status = runSimple(node); break;
    case Node::Kind::AndOr: {
        status = runNode(node.children.front());
        for (size_t i = 1; i < node.children.size(); ++i) {
            const bool isAnd = node.ops[i - 1] == "&&";
            if (status == Status::Unknown) {
                status = runUncertain({ node.children[i] },
                                      tr("runs only if '%1' succeeds or fails, which cannot be evaluated")
                                          .arg(QString::fromUtf8(sourceText(node.children[i - 1]))));
            } else if ((status == Status::True) == isAnd) {
                status = runNode(node.children[i]);
            }
        }
        break;
    }
    case Node::Kind::Pipeline:
        report({}, tr("pipeline"), sourceText(node), node.begin);
        status = Status::Unknown;
        break;
    case Node::Kind::If: status = runIf(node); break;
    case Node::Kind::Case: status = runCase(node); break;
    case Node::Kind::For: status = runFor(node); break;
    case Node::Kind::Loop:
        report({}, tr("%1 loop").arg(QString::fromUtf8(node.name)), sourceText(node), node.begin);
        status = runUncertain(node.bodies.front(),
                              tr("assigned inside a %1 loop at line %2")
                                  .arg(QString::fromUtf8(node.name))
                                  .arg(m_lines(node.begin)));
        break;
    case Node::Kind::Function:
        m_env.functions.insert(node.name, node.begin);
        status = Status::True;
        break;
    case Node::Kind::Group:
        if (node.subshell) {
            // A subshell cannot change the caller's variables.
            Environment saved = m_env;
            runList(node.bodies.front());
            m_env = saved;
            status = Status::Unknown;
        } else {
            status = runList(node.bodies.front());
        }
        break;
    }
    if (node.hasHeredoc)
        report({}, tr("heredoc"), sourceText(node), node.begin);
    --m_depth;
    if (node.negated && status != Status::Unknown)
        status = status == Status::True ? Status::False : Status::True;
    return status;
}

Interpreter::Status Interpreter::runIf(const Node &node)
{
    for (size_t i = 0; i < node.conditions.size(); ++i) {
        const Status condition = runList(node.conditions[i]);
        if (condition == Status::True)
            return runList(node.bodies[i]);
        if (condition == Status::Unknown) {
            const QString reason = tr("assigned in an 'if' whose condition cannot be evaluated (line %1)")
                                       .arg(m_lines(node.begin));
            for (size_t j = i; j < node.bodies.size(); ++j)
                runUncertain(node.bodies[j], reason);
            runUncertain(node.elseBody, reason);
            return Status::Unknown;
        }
    }
    return node.hasElse ? runList(node.elseBody) : Status::True;
}

Interpreter::Status Interpreter::runCase(const Node &node)
{
    const Value subject = m_expander.expandString(node.subject);
    if (!subject.known) {
        const QString reason =
            tr("assigned in a 'case' on a value that is not known (line %1)").arg(m_lines(node.begin));
        for (const CaseItem &item : node.items)
            runUncertain(item.body, reason);
        return Status::Unknown;
    }
    for (const CaseItem &item : node.items) {
        for (const Word &patternWord : item.patterns) {
            bool known = true;
            const Pattern pattern = m_expander.expandPattern(patternWord, &known);
            if (!known) {
                runUncertain(item.body,
                             tr("assigned in a 'case' branch whose pattern is not known (line %1)")
                                 .arg(m_lines(patternWord.begin)));
                return Status::Unknown;
            }
            if (patternMatches(pattern, subject.text))
                return runList(item.body);
        }
    }
    return Status::True;
}

Interpreter::Status Interpreter::runFor(const Node &node)
{
    std::vector<Value> items;
    if (node.hasIn) {
        for (const Word &word : node.forWords)
            for (Value &field : m_expander.expandFields(word))
                items.push_back(std::move(field));
    }
    bool allKnown = true;
    for (const Value &item : items)
        allKnown = allKnown && item.known;
    if (!allKnown) {
        const QString reason =
            tr("assigned in a 'for' loop over values that are not known (line %1)").arg(m_lines(node.begin));
        m_uncertainReasons.push_back(reason);
        for (const Value &item : items) {
            assign(node.name, item, node.begin);
            runList(node.bodies.front());
        }
        m_uncertainReasons.removeLast();
        return Status::Unknown;
    }
    Status status = Status::True;
    for (const Value &item : items) {
        assign(node.name, item, node.begin);
        status = runList(node.bodies.front());
    }
    return status;
}

void Interpreter::assignExportWord(const Word &word, qsizetype offset)
{
    if (word.parts.empty() || word.parts.front().kind != WordPart::Kind::Literal || word.parts.front().quoted)
        return;
    const QByteArray &first = word.parts.front().text;
    const qsizetype eq = first.indexOf('=');
    if (eq <= 0)
        return;
    const QByteArray name = first.left(eq);
    Word valueWord = word;
    valueWord.parts.front().text = first.mid(eq + 1);
    assign(name, m_expander.expandString(valueWord), offset);
}

Interpreter::Status Interpreter::runSimple(const Node &node)
{
    if (node.words.empty()) {
        for (const Assignment &assignment : node.assignments)
            assign(assignment.name, m_expander.expandString(assignment.value), assignment.begin);
        return Status::True;
    }
    const Value command = m_expander.expandString(node.words.front());
    if (!command.known) {
        report({}, command.reason, sourceText(node), node.begin);
        return Status::Unknown;
    }
    const QByteArray name = command.text;
    if (name == "export" || name == "readonly" || name == "local") {
        for (size_t i = 1; i < node.words.size(); ++i)
            assignExportWord(node.words[i], node.words[i].begin);
        return Status::True;
    }
    if (name == "unset") {
        for (size_t i = 1; i < node.words.size(); ++i) {
            const Value v = m_expander.expandString(node.words[i]);
            if (v.text != "-v" && v.text != "-f")
                m_env.variables.remove(v.text);
        }
        return Status::True;
    }
    std::vector<Value> args;
    for (size_t i = 1; i < node.words.size(); ++i)
        for (Value &field : m_expander.expandFields(node.words[i]))
            args.push_back(std::move(field));
    return runCommand(name, args, node);
}

Interpreter::Status Interpreter::runCommand(const QByteArray &command, const std::vector<Value> &args,
                                            const Node &node)
{
    if (command == "[" || command == "test")
        return runTest(args, node);
    if (command == "false")
        return Status::False;
    if (kHarmless.contains(command))
        return Status::True;
    if (command == "eval" || command == "." || command == "source") {
        report({}, command == "eval" ? tr("eval") : tr("sourcing another file"), sourceText(node),
               node.begin);
        return Status::Unknown;
    }
    if (m_env.functions.contains(command)) {
        report({},
               tr("function call %1 (variables it sets are not evaluated)").arg(QString::fromUtf8(command)),
               sourceText(node), node.begin);
        return Status::Unknown;
    }
    report({}, tr("command not executed"), sourceText(node), node.begin);
    return Status::Unknown;
}

Interpreter::Status Interpreter::runTest(const std::vector<Value> &input, const Node &node)
{
    std::vector<Value> args = input;
    const Value command = m_expander.expandString(node.words.front());
    if (command.text == "[") {
        if (args.empty() || args.back().text != "]") {
            report({}, tr("'[' without ']'"), sourceText(node), node.begin);
            return Status::Unknown;
        }
        args.pop_back();
    }
    for (const Value &arg : args) {
        if (!arg.known) {
            report({}, tr("test on a value that is not known (%1)").arg(arg.reason), sourceText(node),
                   node.begin);
            return Status::Unknown;
        }
    }
    const std::optional<bool> result = evaluateTest(args);
    if (!result) {
        report({}, tr("test that cannot be evaluated statically"), sourceText(node), node.begin);
        return Status::Unknown;
    }
    return *result ? Status::True : Status::False;
}

} // namespace apkdesk::shell
