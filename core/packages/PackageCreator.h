#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace apkdesk {

// What goes into .PKGINFO. Field order in the file follows abuild's prepare_metafiles.
struct APKDESK_CORE_EXPORT PackageMetadata
{
    QString name;
    QString version; // full "1.2.3-r0"
    QString description;
    QString url;
    QString arch = QStringLiteral("noarch");
    QString license;
    QString origin; // default: name
    QString maintainer;
    QString packager; // default: "Unknown" like abuild
    QString commit;
    std::optional<qint64> buildDate; // default: SOURCE_DATE_EPOCH, else now
    std::optional<int> providerPriority;
    std::optional<int> replacesPriority;
    QStringList depends;
    QStringList provides;
    QStringList replaces;
    QStringList installIf;
    QStringList triggers; // folders (globs) for the .trigger script

    // Install scripts, written in this order (abuild: the order of install= then triggers=).
    struct Script
    {
        QString name; // "pre-install", "post-install", "pre-upgrade", "post-upgrade",
                      // "pre-deinstall", "post-deinstall" or "trigger"
        QByteArray contents;
    };
    QList<Script> scripts;
};

struct APKDESK_CORE_EXPORT PackageSigning
{
    PrivateKey key;
    QString publicKeyName; // "alice-6b0ae07e.rsa.pub"
    SignatureDigest digest = SignatureDigest::Sha1;
};

struct APKDESK_CORE_EXPORT CreatedPackage
{
    QString path;
    QByteArray pkginfo; // the .PKGINFO text written
    QString datahash; // hex SHA-256 of the data member
    qint64 installedSize = 0;
    int fileCount = 0;
};

// Builds a v2 .apk from a folder tree the way abuild's create_apks does: data tar
// (GNU-tar-style pax headers, APK-TOOLS.checksum.SHA1 on files and symlinks, padded to
// 10240), control tar (.PKGINFO with size and datahash, then the scripts; cut), each
// gzip -9, optionally signed, written atomically. Files are owned root:root, mtime =
// build date; extended attributes become SCHILY.xattr records (system.* left out). Special
// files (devices, fifos, sockets) are refused.
class APKDESK_CORE_EXPORT PackageCreator
{
public:
    static Result<CreatedPackage> create(const QString &rootDir, const PackageMetadata &metadata,
                                         const QString &outputPath,
                                         const std::optional<PackageSigning> &signing = std::nullopt);

    // Checks name/version/arch/script names before anything is written.
    static Status validate(const PackageMetadata &metadata);

    // The .PKGINFO text (without datahash when it is empty).
    static QByteArray pkginfoText(const PackageMetadata &metadata, qint64 installedSize, qint64 buildDate,
                                  const QString &datahash);
};

} // namespace apkdesk
