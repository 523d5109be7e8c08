#pragma once

#include "apkbuild/ShellEnvironment.h"
#include "apkbuild/ShellExpander.h"
#include "apkbuild/ShellSyntax.h"

namespace apkdesk::shell {

// Runs the top level of a parsed APKBUILD against an Environment without executing any
// external command: assignments, export, unset, [ / test, true/false/:, if, case, for,
// && and ||. Whatever it cannot evaluate (command substitution, function calls, eval,
// heredocs, unknown commands) is recorded in `unexpandable`; variables it would change
// are marked unknown instead of guessed.
class Interpreter
{
public:
    Interpreter(const QByteArray &source, Environment &environment, LineLookup lines);

    void run(const NodeList &nodes);
    const std::vector<Unexpandable> &unexpandable() const { return m_unexpandable; }

private:
    enum class Status { True, False, Unknown };

    Status runList(const NodeList &nodes);
    Status runNode(const Node &node);
    Status runSimple(const Node &node);
    Status runIf(const Node &node);
    Status runCase(const Node &node);
    Status runFor(const Node &node);
    Status runUncertain(const NodeList &nodes, const QString &reason);
    Status runTest(const std::vector<Value> &args, const Node &node);
    Status runCommand(const QByteArray &command, const std::vector<Value> &args, const Node &node);
    void assign(const QByteArray &name, Value value, qsizetype offset);
    void assignExportWord(const Word &word, qsizetype offset);
    void report(const QString &variable, const QString &construct, const QByteArray &text, qsizetype offset);
    QByteArray sourceText(const Node &node) const;

    const QByteArray &m_source;
    Environment &m_env;
    LineLookup m_lines;
    Expander m_expander;
    std::vector<Unexpandable> m_unexpandable;
    QStringList m_uncertainReasons; // why the current branch may or may not run
    int m_depth = 0;
    qint64 m_steps = 0;
};

} // namespace apkdesk::shell
