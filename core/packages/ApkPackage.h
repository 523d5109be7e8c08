#pragma once

#include "archive/GzipMemberScanner.h"
#include "archive/TarEntry.h"
#include "packages/PackageVerdict.h"
#include "packages/PkgInfo.h"
#include "signatures/SignatureVerifier.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace apkdesk {

// One gzip member of a v2 package and what it holds.
struct APKDESK_CORE_EXPORT PackageSegment
{
    enum class Role { Signature, Control, Data, Unknown };
    Role role = Role::Unknown;
    GzipMemberInfo member;
    QStringList tarEntries; // entry names (capped at 64 for the data member)
    int tarEndZeroBlocks = 0; // zero blocks at the end of its tar
};
APKDESK_CORE_EXPORT QString segmentRoleName(PackageSegment::Role role); // "signature", ...

struct APKDESK_CORE_EXPORT InstallScript
{
    QString name; // ".pre-install", ".trigger", ...
    qint64 size = 0;
    QByteArray sha1; // hex of the full content
    QByteArray content; // kept up to MaxScriptSize; truncatedContent says when cut
    bool truncatedContent = false;
    static constexpr qint64 MaxScriptSize = 1024 * 1024;
};

struct APKDESK_CORE_EXPORT DataEntry
{
    enum class Checksum { NotApplicable, Match, Mismatch, Missing };
    TarEntry tar;
    QByteArray contentSha1; // hex: file content, or for a symlink the ustar linkname field (as abuild)
    Checksum checksum = Checksum::NotApplicable;
};
APKDESK_CORE_EXPORT QString checksumStateName(DataEntry::Checksum state); // "match", "mismatch", ...

// Everything read from one .apk file. Filled by PackageReader; plain data, copyable.
struct APKDESK_CORE_EXPORT ApkPackage
{
    QString path;
    qint64 fileSize = 0;
    PackageVerdict verdict;

    // v3 files: the magic ("ADBd", "ADBc", "ADB.") and compression; nothing else is read.
    QByteArray v3Magic;
    QString v3Compression;
    int v3SignatureBlocks = -1; // SIG blocks counted in the container, -1 when it could not be read (zstd)
    QString v3Schema; // "pckg" for packages
    // For v3 packages pkgInfo holds the ADB package info mapped to .PKGINFO names
    // (pkgname, pkgver, pkgdesc, arch, license, origin, maintainer, url, builddate, size);
    // hasPkgInfo stays false.

    std::vector<PackageSegment> segments;
    std::vector<SignatureRecord> signatures;
    int decisiveSignature = -1; // index in signatures, -1 when none was checked

    PkgInfo pkgInfo;
    bool hasPkgInfo = false;
    QList<TarEntry> controlEntries;
    QList<InstallScript> installScripts;
    QList<DataEntry> dataEntries;
    bool dataEntriesCapped = false; // ReadOptions::maxDataEntries reached (the rest still verified)
    QStringList filesWithBadChecksum;
    QStringList duplicatePaths; // data paths that appear more than once
    QStringList unsafePaths; // absolute, "..", control characters (extract refuses them)
    // A read problem that did not decide the verdict (e.g. truncated data of an untrusted file).
    std::optional<Error> streamError;

    // Hashes over compressed bytes.
    QByteArray controlSha1; // raw 20 bytes; identity = "Q1" + base64
    QByteArray dataSha256; // raw 32 bytes
    bool dataRead = false; // the data member was read to its end
    bool dataHashChecked = false;
    bool dataHashMatches = false;

    QString identityChecksum() const; // "Q1..." as APKINDEX C:, empty when the control is incomplete
    QString dataHashHex() const;
    const PackageSegment *controlSegment() const;
    const PackageSegment *dataSegment() const;
    bool isComplete() const; // read to the end without a format error
};

} // namespace apkdesk
