#include "versions/Version.h"

#include "versions/Apk2Version_p.h"
#include "versions/VersionText_p.h"

#include <QCoreApplication>

#include <cstdint>

// apk-tools 3 version grammar and ordering (src/version.c): a token stream where each
// token type may only follow types before it, compared pairwise until the types differ.
// Written from the description of that file; the enum order below IS the semantics.

namespace apkdesk {
namespace {

enum Token : quint8 {
    TokInitialDigit,
    TokDigit,
    TokLetter,
    TokSuffix,
    TokSuffixNo,
    TokCommitHash,
    TokRevisionNo,
    TokEnd,
    TokInvalid,
};

// Pre-release suffixes sort below "no suffix", the others above it.
enum Suffix : quint8 {
    SufInvalid,
    SufAlpha,
    SufBeta,
    SufPre,
    SufRc,
    SufNone,
    SufCvs,
    SufSvn,
    SufGit,
    SufHg,
    SufP
};

template<typename Ch> struct TokenState
{
    Token token = TokInitialDigit;
    quint8 suffix = SufNone;
    std::uint64_t number = 0;
    const Ch *value = nullptr;
    qsizetype valueLength = 0;
};

template<typename Ch> inline bool isDigit(Ch c)
{
    return c >= Ch('0') && c <= Ch('9');
}
template<typename Ch> inline bool isLower(Ch c)
{
    return c >= Ch('a') && c <= Ch('z');
}
template<typename Ch> inline bool isLowerHex(Ch c)
{
    return isDigit(c) || (c >= Ch('a') && c <= Ch('f'));
}

template<typename Ch> bool equalsAscii(const Ch *p, qsizetype n, const char *lit)
{
    qsizetype i = 0;
    for (; i < n && lit[i]; ++i)
        if (p[i] != Ch(lit[i]))
            return false;
    return i == n && lit[i] == 0;
}

template<typename Ch> quint8 suffixValue(const Ch *p, qsizetype n)
{
    if (n == 0)
        return SufInvalid;
    static constexpr struct
    {
        const char *name;
        Suffix value;
    } table[] = { { "alpha", SufAlpha }, { "beta", SufBeta }, { "pre", SufPre },
                  { "rc", SufRc },       { "cvs", SufCvs },   { "svn", SufSvn },
                  { "git", SufGit },     { "hg", SufHg },     { "p", SufP } };
    for (const auto &entry : table)
        if (equalsAscii(p, n, entry.name))
            return entry.value;
    return SufInvalid;
}

template<typename Ch> struct Cursor
{
    const Ch *p;
    const Ch *end;
    qsizetype left() const { return end - p; }
};

// Numbers wrap at 2^64 exactly like apk's apk_blob_pull_uint().
template<typename Ch> void parseDigits(TokenState<Ch> &t, Cursor<Ch> &c)
{
    const Ch *start = c.p;
    std::uint64_t n = 0;
    while (c.p < c.end && isDigit(*c.p)) {
        n = n * 10u + std::uint64_t(*c.p - Ch('0'));
        ++c.p;
    }
    t.number = n;
    t.value = start;
    t.valueLength = c.p - start;
    if (t.valueLength == 0)
        t.token = TokInvalid;
}

template<typename Ch> void tokenFirst(TokenState<Ch> &t, Cursor<Ch> &c)
{
    t.token = TokInitialDigit;
    parseDigits(t, c);
}

template<typename Ch> void tokenNext(TokenState<Ch> &t, Cursor<Ch> &c)
{
    if (c.p >= c.end) {
        t.token = TokEnd;
        return;
    }
    const Ch ch = *c.p;
    if (isLower(ch)) {
        if (t.token > TokDigit)
            goto invalid;
        t.value = c.p;
        t.valueLength = 1;
        t.token = TokLetter;
        ++c.p;
        return;
    }
    if (ch == Ch('.') || isDigit(ch)) {
        if (ch == Ch('.')) {
            if (t.token > TokDigit)
                goto invalid;
            ++c.p;
        }
        if (t.token == TokInitialDigit || t.token == TokDigit)
            t.token = TokDigit;
        else if (t.token == TokSuffix)
            t.token = TokSuffixNo;
        else
            goto invalid;
        parseDigits(t, c);
        return;
    }
    if (ch == Ch('_')) {
        if (t.token > TokSuffixNo)
            goto invalid;
        ++c.p;
        const Ch *start = c.p;
        while (c.p < c.end && isLower(*c.p))
            ++c.p;
        t.value = start;
        t.valueLength = c.p - start;
        t.suffix = suffixValue(start, t.valueLength);
        if (t.suffix == SufInvalid)
            goto invalid;
        t.token = TokSuffix;
        return;
    }
    if (ch == Ch('~')) {
        if (t.token >= TokCommitHash)
            goto invalid;
        ++c.p;
        const Ch *start = c.p;
        while (c.p < c.end && isLowerHex(*c.p))
            ++c.p;
        t.value = start;
        t.valueLength = c.p - start;
        if (t.valueLength == 0)
            goto invalid;
        t.token = TokCommitHash;
        return;
    }
    if (ch == Ch('-')) {
        if (t.token >= TokRevisionNo)
            goto invalid;
        if (c.left() < 2 || c.p[1] != Ch('r'))
            goto invalid;
        c.p += 2;
        t.token = TokRevisionNo;
        parseDigits(t, c);
        return;
    }
invalid:
    t.token = TokInvalid;
}

template<typename Ch> int bytewise(const TokenState<Ch> &a, const TokenState<Ch> &b)
{
    const qsizetype n = std::min(a.valueLength, b.valueLength);
    for (qsizetype i = 0; i < n; ++i) {
        // Compare as unsigned code units, like memcmp.
        const auto ca = std::make_unsigned_t<Ch>(a.value[i]);
        const auto cb = std::make_unsigned_t<Ch>(b.value[i]);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    if (a.valueLength != b.valueLength)
        return a.valueLength < b.valueLength ? -1 : 1;
    return 0;
}

template<typename Ch> int tokenCompare(const TokenState<Ch> &a, const TokenState<Ch> &b)
{
    std::uint64_t x = 0, y = 0;
    switch (a.token) {
    case TokDigit:
        // Gentoo rule: a component with a leading zero compares as a string.
        if (a.value[0] == Ch('0') || b.value[0] == Ch('0'))
            return bytewise(a, b);
        [[fallthrough]];
    case TokInitialDigit:
    case TokSuffixNo:
    case TokRevisionNo:
        x = a.number;
        y = b.number;
        break;
    case TokLetter:
        x = std::make_unsigned_t<Ch>(a.value[0]);
        y = std::make_unsigned_t<Ch>(b.value[0]);
        break;
    case TokSuffix:
        x = a.suffix;
        y = b.suffix;
        break;
    default: return bytewise(a, b);
    }
    return x < y ? -1 : (x > y ? 1 : 0);
}

template<typename Ch> qsizetype apk3InvalidOffset(const Ch *p, qsizetype n)
{
    Cursor<Ch> c { p, p + n };
    TokenState<Ch> t;
    const Ch *tokenStart = c.p;
    for (tokenFirst(t, c); t.token < TokEnd; tokenNext(t, c))
        tokenStart = c.p;
    if (t.token == TokEnd)
        return -1;
    return tokenStart - p;
}

// Returns one of VersionLess/Equal/Greater.
template<typename Ch> int apk3Compare(const Ch *pa, qsizetype na, const Ch *pb, qsizetype nb, bool fuzzy)
{
    Cursor<Ch> a { pa, pa + na };
    Cursor<Ch> b { pb, pb + nb };
    TokenState<Ch> ta, tb;
    for (tokenFirst(ta, a), tokenFirst(tb, b); ta.token == tb.token && ta.token < TokEnd;
         tokenNext(ta, a), tokenNext(tb, b)) {
        const int r = tokenCompare(ta, tb);
        if (r < 0)
            return VersionLess;
        if (r > 0)
            return VersionGreater;
    }
    if (ta.token == tb.token)
        return VersionEqual;
    if (tb.token == TokEnd && fuzzy)
        return VersionEqual;
    // Equal so far: the longer one is greater, unless what follows is a pre-release.
    if (ta.token == TokSuffix && ta.suffix < SufNone)
        return VersionLess;
    if (tb.token == TokSuffix && tb.suffix < SufNone)
        return VersionGreater;
    if (ta.token > tb.token)
        return VersionLess;
    if (tb.token > ta.token)
        return VersionGreater;
    return VersionEqual;
}

int resultToInt(int bits)
{
    return bits == VersionLess ? -1 : (bits == VersionGreater ? 1 : 0);
}

template<typename Ch>
int compareAny(const Ch *pa, qsizetype na, const Ch *pb, qsizetype nb, VersionRules rules, bool fuzzy)
{
    if (rules == VersionRules::Apk2)
        return versions::detail::apk2Compare(pa, na, pb, nb, fuzzy);
    return apk3Compare(pa, na, pb, nb, fuzzy);
}

} // namespace

namespace versions {

bool isValid(QByteArrayView v, VersionRules rules) noexcept
{
    if (rules == VersionRules::Apk2)
        return detail::apk2InvalidOffset(v.data(), v.size()) < 0;
    return apk3InvalidOffset(v.data(), v.size()) < 0;
}

bool isValid(QStringView v, VersionRules rules) noexcept
{
    return invalidOffset(v, rules) < 0;
}

qsizetype invalidOffset(QStringView v, VersionRules rules) noexcept
{
    if (rules == VersionRules::Apk2)
        return detail::apk2InvalidOffset(v.utf16(), v.size());
    return apk3InvalidOffset(v.utf16(), v.size());
}

int compare(QByteArrayView a, QByteArrayView b, VersionRules rules) noexcept
{
    return resultToInt(compareAny(a.data(), a.size(), b.data(), b.size(), rules, false));
}

int compare(QStringView a, QStringView b, VersionRules rules) noexcept
{
    return resultToInt(compareAny(a.utf16(), a.size(), b.utf16(), b.size(), rules, false));
}

int compareResult(QStringView a, QStringView b, VersionRules rules) noexcept
{
    return compareAny(a.utf16(), a.size(), b.utf16(), b.size(), rules, false);
}

Result<int> compareChecked(QStringView a, QStringView b, VersionRules rules)
{
    const QStringView which[2] = { a, b };
    for (int i = 0; i < 2; ++i) {
        const qsizetype offset = invalidOffset(which[i], rules);
        if (offset < 0)
            continue;
        const QString message = i == 0
            ? QCoreApplication::translate("apkdesk::versions", "first version '%1' is invalid")
            : QCoreApplication::translate("apkdesk::versions", "second version '%1' is invalid");
        return Error(Error::Kind::InvalidArgument, message.arg(detail::printable(which[i])))
            .withOffset(offset);
    }
    return compare(a, b, rules);
}

bool matches(QStringView version, int mask, QStringView reference, VersionRules rules) noexcept
{
    const int any = VersionLess | VersionEqual | VersionGreater;
    bool ok = (mask & any) == any
        || (compareAny(version.utf16(), version.size(), reference.utf16(), reference.size(), rules,
                       (mask & VersionFuzzy) != 0)
            & mask)
            != 0;
    if (mask & VersionConflict)
        ok = !ok;
    return ok;
}

QString resultSymbol(int comparison)
{
    if (comparison < 0)
        return QStringLiteral("<");
    if (comparison > 0)
        return QStringLiteral(">");
    return QStringLiteral("=");
}

} // namespace versions
} // namespace apkdesk
