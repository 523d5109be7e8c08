#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace apkdesk {

// Which apk-tools release's rules to follow. Apk3 is what current Alpine ships and is the
// default everywhere; Apk2 (apk-tools 2.14) exists so users of older systems can see
// where the old tool disagrees (no `~hash`, no 18+ digit numbers, leading zeros as
// negative numbers, lenient validity).
enum class VersionRules : quint8 { Apk3, Apk2 };

// apk's comparison result bits. A dependency operator is a mask of them (plus Fuzzy and
// Conflict, see DependencyAtom.h); a comparison yields exactly one of the first three.
enum VersionResultBits : int {
    VersionEqual = 1,
    VersionLess = 2,
    VersionGreater = 4,
    VersionFuzzy = 8,
    VersionConflict = 16,
};

// apk version strings: `digits{.digits}[letter]{_suffix[digits]}[~hash][-rdigits]`, e.g.
// `1.2.3_rc1-r0`. isValid(), invalidOffset(), compare() and matches() never allocate and are
// linear in the input length; any byte sequence (empty, binary, megabytes long) is safe to pass.
namespace versions {

APKDESK_CORE_EXPORT bool isValid(QByteArrayView version, VersionRules rules = VersionRules::Apk3) noexcept;
APKDESK_CORE_EXPORT bool isValid(QStringView version, VersionRules rules = VersionRules::Apk3) noexcept;

// Offset (in characters) of the first thing that makes the version invalid, or -1 when it
// is valid. An empty string is invalid at offset 0 (apk3).
APKDESK_CORE_EXPORT qsizetype invalidOffset(QStringView version,
                                            VersionRules rules = VersionRules::Apk3) noexcept;

// Three-way comparison: -1, 0 or +1. For invalid strings this gives what apk's tokenizer
// gives (it stops at the first bad token); callers that must refuse invalid versions use
// compareChecked() or isValid() first.
APKDESK_CORE_EXPORT int compare(QByteArrayView a, QByteArrayView b,
                                VersionRules rules = VersionRules::Apk3) noexcept;
APKDESK_CORE_EXPORT int compare(QStringView a, QStringView b,
                                VersionRules rules = VersionRules::Apk3) noexcept;

// The comparison as one of VersionLess/VersionEqual/VersionGreater.
APKDESK_CORE_EXPORT int compareResult(QStringView a, QStringView b,
                                      VersionRules rules = VersionRules::Apk3) noexcept;

// Like compare(), but an invalid version is an Error (kind InvalidArgument) whose message
// names it ("first version '…' is invalid") and whose offset() is where it goes wrong.
APKDESK_CORE_EXPORT Result<int> compareChecked(QStringView a, QStringView b,
                                               VersionRules rules = VersionRules::Apk3);

// apk_version_match(): does `version` relate to `reference` as the operator mask says?
// `mask` is a combination of VersionResultBits; VersionFuzzy makes `reference` a prefix
// match (`~1.2` accepts 1.2, 1.2.5, 1.2_rc1…), VersionConflict inverts the answer, a mask
// holding Less|Equal|Greater accepts everything.
APKDESK_CORE_EXPORT bool matches(QStringView version, int mask, QStringView reference,
                                 VersionRules rules = VersionRules::Apk3) noexcept;

// "<", "=" or ">" for compare()'s result.
APKDESK_CORE_EXPORT QString resultSymbol(int comparison);

} // namespace versions

// Strict weak ordering for sorting and ordered containers (apk3 rules).
struct VersionLessThan
{
    bool operator()(QStringView a, QStringView b) const noexcept { return versions::compare(a, b) < 0; }
};

} // namespace apkdesk
