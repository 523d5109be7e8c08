#pragma once

#include "apkbuild/ShellEnvironment.h"
#include "apkbuild/ShellPattern.h"
#include "apkbuild/ShellSyntax.h"

namespace apkdesk::shell {

// Expands words the way busybox ash does for the constructs APKBUILDs use, without
// executing anything: command substitutions and backticks make the result unknown.
class Expander
{
public:
    Expander(Environment &environment, LineLookup lines) : m_env(environment), m_lines(std::move(lines)) { }

    // Assignment context: no field splitting.
    Value expandString(const Word &word);
    // Command arguments, for lists: unquoted expansions are split on blanks.
    std::vector<Value> expandFields(const Word &word);
    // Case patterns and ${v%pattern}: quoted characters are literal.
    Pattern expandPattern(const Word &word, bool *known = nullptr);

private:
    struct Piece
    {
        QByteArray text;
        bool quoted = false;
        bool known = true;
        QString reason;
    };
    Piece expandPart(const WordPart &part);
    Piece expandParameter(const WordPart &part);
    Piece expandArithmetic(const WordPart &part);
    Piece special(const WordPart &part, const QString &construct);
    QString lineSuffix(qsizetype offset) const;

    Environment &m_env;
    LineLookup m_lines;
};

} // namespace apkdesk::shell
