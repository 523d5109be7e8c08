#include "apkbuild/ShellPattern.h"

namespace apkdesk::shell {

namespace {

// Matches a bracket expression at pattern[pi] ('[' ... ']') against c. Returns the index
// after the closing ']' or -1 when the bracket is not closed (then '[' is literal).
qsizetype matchBracket(const Pattern &pattern, qsizetype pi, char c, bool &matched)
{
    qsizetype i = pi + 1;
    bool negate = false;
    if (i < qsizetype(pattern.size()) && !pattern[i].literal
        && (pattern[i].c == '!' || pattern[i].c == '^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < qsizetype(pattern.size())) {
        const PatternChar pc = pattern[i];
        if (pc.c == ']' && !pc.literal && !first) {
            matched = found != negate;
            return i + 1;
        }
        first = false;
        if (i + 2 < qsizetype(pattern.size()) && pattern[i + 1].c == '-' && !pattern[i + 1].literal
            && !(pattern[i + 2].c == ']' && !pattern[i + 2].literal)) {
            if (uchar(c) >= uchar(pc.c) && uchar(c) <= uchar(pattern[i + 2].c))
                found = true;
            i += 3;
            continue;
        }
        if (pc.c == c)
            found = true;
        ++i;
    }
    return -1;
}

bool matchFrom(const Pattern &pattern, qsizetype pi, const QByteArray &text, qsizetype ti, qint64 &budget)
{
    if (--budget < 0)
        return false;
    while (pi < qsizetype(pattern.size())) {
        const PatternChar pc = pattern[pi];
        if (!pc.literal && pc.c == '*') {
            while (pi < qsizetype(pattern.size()) && !pattern[pi].literal && pattern[pi].c == '*')
                ++pi;
            if (pi == qsizetype(pattern.size()))
                return true;
            for (qsizetype k = ti; k <= text.size(); ++k)
                if (matchFrom(pattern, pi, text, k, budget))
                    return true;
            return false;
        }
        if (ti >= text.size())
            return false;
        if (!pc.literal && pc.c == '?') {
            ++pi;
            ++ti;
            continue;
        }
        if (!pc.literal && pc.c == '[') {
            bool matched = false;
            const qsizetype next = matchBracket(pattern, pi, text.at(ti), matched);
            if (next >= 0) {
                if (!matched)
                    return false;
                pi = next;
                ++ti;
                continue;
            }
        }
        if (pc.c != text.at(ti))
            return false;
        ++pi;
        ++ti;
    }
    return ti == text.size();
}

} // namespace

bool patternMatches(const Pattern &pattern, const QByteArray &text)
{
    // Backtracking on '*' is exponential in the worst case; a hostile pattern gives up.
    qint64 budget = 200'000;
    return matchFrom(pattern, 0, text, 0, budget);
}

QByteArray removePrefix(const QByteArray &value, const Pattern &pattern, bool longest)
{
    if (longest) {
        for (qsizetype i = value.size(); i >= 0; --i)
            if (patternMatches(pattern, value.left(i)))
                return value.mid(i);
    } else {
        for (qsizetype i = 0; i <= value.size(); ++i)
            if (patternMatches(pattern, value.left(i)))
                return value.mid(i);
    }
    return value;
}

QByteArray removeSuffix(const QByteArray &value, const Pattern &pattern, bool longest)
{
    if (longest) {
        for (qsizetype i = 0; i <= value.size(); ++i)
            if (patternMatches(pattern, value.mid(i)))
                return value.left(i);
    } else {
        for (qsizetype i = value.size(); i >= 0; --i)
            if (patternMatches(pattern, value.mid(i)))
                return value.left(i);
    }
    return value;
}

QByteArray replacePattern(const QByteArray &value, const Pattern &pattern, const QByteArray &replacement,
                          bool all, bool anchorStart, bool anchorEnd)
{
    if (pattern.empty())
        return value;
    QByteArray result;
    qsizetype start = 0;
    bool replaced = false;
    while (start <= value.size()) {
        qsizetype matchEnd = -1;
        if (!(replaced && !all)) {
            for (qsizetype end = value.size(); end >= start; --end) {
                if (anchorEnd && end != value.size())
                    break;
                if (patternMatches(pattern, value.mid(start, end - start))) {
                    matchEnd = end;
                    break;
                }
            }
        }
        if (matchEnd >= 0) {
            result += replacement;
            replaced = true;
            if (matchEnd == start) {
                if (start < value.size())
                    result += value.at(start);
                ++start;
            } else {
                start = matchEnd;
            }
        } else {
            if (start < value.size())
                result += value.at(start);
            ++start;
        }
        if (anchorStart && !replaced) {
            result += value.mid(start);
            break;
        }
        if (anchorStart && replaced) {
            result += value.mid(start);
            break;
        }
    }
    return result;
}

} // namespace apkdesk::shell
