#pragma once

#include "apkbuild/ShellSyntax.h"

#include <QString>

#include <optional>

namespace apkdesk::shell {

struct ParseError
{
    QString message;
    qsizetype offset = -1;
};

struct ParseResult
{
    NodeList nodes; // every complete top-level command before any error
    std::optional<ParseError> error; // unterminated quote, missing 'fi', ...
};

// Parses POSIX sh (the subset busybox ash users write: quoting, parameter/command/
// arithmetic substitution, if/case/for/while, functions, heredocs, redirections) into a
// tree with byte ranges. Nothing is executed.
ParseResult parseShell(const QByteArray &source);

// Parses `text` as the inside of a double-quoted string (literals and $ expansions only);
// used for arithmetic bodies.
Word parseExpansionText(const QByteArray &text);

} // namespace apkdesk::shell
