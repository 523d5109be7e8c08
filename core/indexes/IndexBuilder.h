#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"
#include "keys/TrustStore.h"

#include <apkdesk/core_export.h>

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace apkdesk {

struct APKDESK_CORE_EXPORT IndexBuildOptions
{
    QString description; // DESCRIPTION member (`apk index --description`); none when empty
    QString rewriteArch; // `--rewrite-arch`: A: of every entry
    // Sign the written index with this key (abuild-sign), naming the public key like
    // abuild does: <key file name>.pub.
    std::optional<PrivateKey> signingKey;
    QString publicKeyName;
    SignatureDigest digest = SignatureDigest::Sha1;
    qint64 mtime = -1; // tar member mtime; -1 = now (as apk)
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int done, int total)> progress;
};

struct APKDESK_CORE_EXPORT IndexBuildReport
{
    QString outputPath;
    int packageCount = 0;
    QStringList skippedDuplicates; // older builds of a name+version that a newer one replaced
    QStringList unsatisfiedNames; // depended on, provided by no indexed package (apk's warning)
    QString signatureEntry; // ".SIGN.RSA.<key>" when signed
};

// Builds APKINDEX.tar.gz from .apk files like `apk index`: entries sorted by name then
// version, fields in apk's order (C P V A S I T U L o m t c k D p i), only the newest
// (latest build time) of packages with the same name and version, and NO index at all when
// one package cannot be read (the first error is returned, naming the file). Written
// atomically; signed when a key is given.
class APKDESK_CORE_EXPORT IndexBuilder
{
public:
    static Result<IndexBuildReport> build(const QStringList &packageFiles, const QString &outputPath,
                                          const IndexBuildOptions &options);
    // Every *.apk directly in `directory`, sorted.
    static Result<QStringList> packagesInDirectory(const QString &directory);
    // The APKINDEX text `build` would write, without the tar and gzip around it.
    static Result<QByteArray> indexText(const QStringList &packageFiles, const IndexBuildOptions &options,
                                        IndexBuildReport *report = nullptr);
};

} // namespace apkdesk
