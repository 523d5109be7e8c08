#pragma once

#include "common/Result.h"
#include "versions/Version.h"

#include <apkdesk/core_export.h>

#include <QList>
#include <QString>
#include <QStringView>

namespace apkdesk {

// One dependency atom as written in APKINDEX `D:`/`p:`/`i:` lines and .PKGINFO
// `depend`/`provides`/`install_if`: `[!]name[@tag][<op>version]`.
//   `musl`, `!busybox-suid`, `so:libc.musl-x86_64.so.1=1`, `cmd:sh`, `pc:zlib`,
//   `python3~3.12`, `openssl>=3.1`, `foo<~2`, `bar>~1.2`, `nginx@edge`, `pkg><Q1hash=`
// The operator is any run of `<`, `>`, `=`, `~` (as apk-tools 3 accepts it); the original
// spelling is kept so toString() prints back exactly what was parsed.
class APKDESK_CORE_EXPORT DependencyAtom
{
public:
    DependencyAtom() = default;

    // Parses one atom (no surrounding separators). Errors are Error::Kind::Format with the
    // offset of the offending character.
    static Result<DependencyAtom> parse(QStringView text, VersionRules rules = VersionRules::Apk3);

    // Builds an atom from parts; `mask` as returned by mask(). Never fails; toString()
    // uses the canonical operator spelling.
    static DependencyAtom make(const QString &name, int mask = 0, const QString &version = {},
                               const QString &tag = {});

    const QString &name() const { return m_name; }
    // Repository tag after `@` (empty when none).
    const QString &tag() const { return m_tag; }
    // The version after the operator (empty when there is no version constraint).
    const QString &version() const { return m_version; }
    // VersionResultBits without VersionConflict; 0 when no version constraint.
    int mask() const { return m_mask; }

    bool isConflict() const { return m_conflict; }
    bool hasVersionConstraint() const { return m_mask != 0; }
    // `><` atoms pin a package by its identity checksum instead of a version.
    bool isChecksum() const { return m_mask == (VersionLess | VersionGreater); }
    bool isFuzzy() const { return (m_mask & VersionFuzzy) != 0; }
    // `so:`, `cmd:`, `pc:` … names provided by other packages rather than package names.
    bool isVirtualName() const { return m_name.contains(QLatin1Char(':')); }

    // The operator as written (`>=`, `~`, `=<`…), empty when no constraint.
    QString operatorText() const;
    // apk_version_op_string() for the mask: `<`, `<=`, `<~`, `~`, `=`, `>=`, `>~`, `>`, `><`.
    QString canonicalOperator() const;

    // The atom exactly as parsed (or canonical for make()).
    QString toString() const;
    // The atom with the canonical operator spelling (what apk writes back).
    QString canonicalString() const;

    // Does a package (or provider) of this name at `version` satisfy the atom?
    // Implements apk_version_match(); a conflict atom inverts the answer, so `!foo` is
    // satisfied by no version and `!foo<2` by versions >= 2. An invalid `version` never
    // satisfies, checksum atoms are never satisfied by a version (see isChecksum()).
    bool isSatisfiedBy(QStringView version) const;

    // For `><` atoms: does the package identity checksum match?
    bool matchesChecksum(QStringView checksum) const { return isChecksum() && checksum == m_version; }

    VersionRules rules() const { return m_rules; }

    friend bool operator==(const DependencyAtom &a, const DependencyAtom &b)
    {
        return a.m_name == b.m_name && a.m_tag == b.m_tag && a.m_version == b.m_version
            && a.m_mask == b.m_mask && a.m_conflict == b.m_conflict;
    }

private:
    QString m_name;
    QString m_tag;
    QString m_version;
    QString m_opSpelling; // only set when it differs from canonicalOperator()
    int m_mask = 0;
    bool m_conflict = false;
    VersionRules m_rules = VersionRules::Apk3;
};

using DependencyList = QList<DependencyAtom>;

namespace dependencies {

// Parses a whole space/newline separated list (an APKINDEX `D:` value). Runs of separators
// are skipped; any bad atom fails the whole list with its offset in `text`.
APKDESK_CORE_EXPORT Result<DependencyList> parseList(QStringView text,
                                                     VersionRules rules = VersionRules::Apk3);

// Joins atoms with single spaces, each printed with toString().
APKDESK_CORE_EXPORT QString toString(const DependencyList &list);

// Whether a name is a valid dependency name: apk's DEPENDENCY_NAME characters
// (`A-Za-z0-9+-._,:/[]`), non-empty.
APKDESK_CORE_EXPORT bool isValidName(QStringView name) noexcept;

} // namespace dependencies

} // namespace apkdesk
