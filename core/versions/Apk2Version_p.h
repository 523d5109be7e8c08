#pragma once

// apk-tools 2.14 version rules (the older src/version.c): a token state machine that
// checks only token order, reads a run of leading zeros after a dot as a negative number,
// stops at a NUL byte, and rejects numbers of 18 or more digits. Private to core: reached
// through versions::compare()/isValid() with VersionRules::Apk2.

#include "versions/Version.h"

#include <cstdint>

namespace apkdesk::versions::detail {

enum Apk2Token : int {
    A2Invalid = -1,
    A2DigitOrZero,
    A2Digit,
    A2Letter,
    A2Suffix,
    A2SuffixNo,
    A2RevisionNo,
    A2End,
};

// apk2 refuses numbers this long instead of overflowing.
inline constexpr qsizetype kApk2MaxDigits = 18;

template<typename Ch> struct Apk2Blob
{
    const Ch *p;
    qsizetype len;
};

template<typename Ch> inline bool apk2IsDigit(Ch c)
{
    return c >= Ch('0') && c <= Ch('9');
}
template<typename Ch> inline bool apk2IsLower(Ch c)
{
    return c >= Ch('a') && c <= Ch('z');
}

template<typename Ch> void apk2NextToken(int &type, Apk2Blob<Ch> &b)
{
    int n = A2Invalid;
    if (b.len == 0 || b.p[0] == Ch(0)) {
        n = A2End;
    } else if ((type == A2Digit || type == A2DigitOrZero) && apk2IsLower(b.p[0])) {
        n = A2Letter;
    } else if (type == A2Letter && apk2IsDigit(b.p[0])) {
        n = A2Digit;
    } else if (type == A2Suffix && apk2IsDigit(b.p[0])) {
        n = A2SuffixNo;
    } else {
        if (b.p[0] == Ch('.')) {
            n = A2DigitOrZero;
        } else if (b.p[0] == Ch('_')) {
            n = A2Suffix;
        } else if (b.p[0] == Ch('-')) {
            if (b.len > 1 && b.p[1] == Ch('r')) {
                n = A2RevisionNo;
                ++b.p;
                --b.len;
            }
        }
        ++b.p;
        --b.len;
    }
    if (n < type) {
        const bool allowed = (n == A2DigitOrZero && type == A2Digit) || (n == A2Suffix && type == A2SuffixNo)
            || (n == A2Digit && type == A2Letter);
        if (!allowed)
            n = A2Invalid;
    }
    type = n;
}

template<typename Ch> bool apk2StartsWith(const Apk2Blob<Ch> &b, const char *lit, qsizetype &length)
{
    qsizetype i = 0;
    while (lit[i]) {
        if (i >= b.len || b.p[i] != Ch(lit[i]))
            return false;
        ++i;
    }
    length = i;
    return true;
}

template<typename Ch> std::int64_t apk2GetToken(int &type, Apk2Blob<Ch> &b)
{
    static constexpr const char *pre[] = { "alpha", "beta", "pre", "rc" };
    static constexpr const char *post[] = { "cvs", "svn", "git", "hg", "p" };
    std::int64_t v = 0;
    qsizetype i = 0;
    int nextType = A2Invalid;

    if (b.len <= 0) {
        type = A2End;
        return 0;
    }
    switch (type) {
    case A2DigitOrZero:
        // A run of zeros becomes one negative token (minus the zeros before the last
        // one); the last zero starts the following number token.
        if (b.p[0] == Ch('0')) {
            while (i + 1 < b.len && b.p[i + 1] == Ch('0'))
                ++i;
            nextType = A2Digit;
            v = -i;
            break;
        }
        [[fallthrough]];
    case A2Digit:
    case A2SuffixNo:
    case A2RevisionNo:
        while (i < b.len && apk2IsDigit(b.p[i])) {
            if (i + 1 >= kApk2MaxDigits)
                goto invalid;
            v = v * 10 + std::int64_t(b.p[i] - Ch('0'));
            ++i;
        }
        break;
    case A2Letter:
        v = std::int64_t(std::make_unsigned_t<Ch>(b.p[0]));
        i = 1;
        break;
    case A2Suffix: {
        bool found = false;
        for (int k = 0; k < 4 && !found; ++k) {
            if (apk2StartsWith(b, pre[k], i)) {
                v = k - 4;
                found = true;
            }
        }
        for (int k = 0; k < 5 && !found; ++k) {
            if (apk2StartsWith(b, post[k], i)) {
                v = k;
                found = true;
            }
        }
        if (!found)
            goto invalid;
        break;
    }
    default: goto invalid;
    }
    b.p += i;
    b.len -= i;
    if (b.len == 0)
        type = A2End;
    else if (nextType != A2Invalid)
        type = nextType;
    else
        apk2NextToken(type, b);
    return v;

invalid:
    type = A2Invalid;
    return -1;
}

template<typename Ch> qsizetype apk2InvalidOffset(const Ch *p, qsizetype n)
{
    Apk2Blob<Ch> b { p, n };
    int type = A2Digit;
    const Ch *tokenStart = p;
    while (type != A2End && type != A2Invalid) {
        tokenStart = b.p;
        apk2GetToken(type, b);
    }
    if (type == A2End)
        return -1;
    return tokenStart - p;
}

// Returns one of VersionLess/Equal/Greater.
template<typename Ch> int apk2Compare(const Ch *pa, qsizetype na, const Ch *pb, qsizetype nb, bool fuzzy)
{
    Apk2Blob<Ch> a { pa, na };
    Apk2Blob<Ch> b { pb, nb };
    int at = A2Digit, bt = A2Digit;
    std::int64_t av = 0, bv = 0;
    while (at == bt && at != A2End && at != A2Invalid && av == bv) {
        av = apk2GetToken(at, a);
        bv = apk2GetToken(bt, b);
    }
    if (av < bv)
        return VersionLess;
    if (av > bv)
        return VersionGreater;
    if (at == bt || fuzzy)
        return VersionEqual;
    int tt = at;
    if (at == A2Suffix && apk2GetToken(tt, a) < 0)
        return VersionLess;
    tt = bt;
    if (bt == A2Suffix && apk2GetToken(tt, b) < 0)
        return VersionGreater;
    if (at > bt)
        return VersionLess;
    if (bt > at)
        return VersionGreater;
    return VersionEqual;
}

} // namespace apkdesk::versions::detail
