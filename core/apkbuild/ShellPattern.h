#pragma once

#include <QByteArray>

#include <vector>

namespace apkdesk::shell {

// A shell glob pattern (*, ?, [...]) where quoted characters match only themselves.
struct PatternChar
{
    char c = 0;
    bool literal = false;
};
using Pattern = std::vector<PatternChar>;

bool patternMatches(const Pattern &pattern, const QByteArray &text);

// ${v#p}, ${v##p}, ${v%p}, ${v%%p}
QByteArray removePrefix(const QByteArray &value, const Pattern &pattern, bool longest);
QByteArray removeSuffix(const QByteArray &value, const Pattern &pattern, bool longest);
// ${v/p/r}, ${v//p/r}, ${v/#p/r}, ${v/%p/r}
QByteArray replacePattern(const QByteArray &value, const Pattern &pattern, const QByteArray &replacement,
                          bool all, bool anchorStart, bool anchorEnd);

} // namespace apkdesk::shell
