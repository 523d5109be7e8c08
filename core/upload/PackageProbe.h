#pragma once

#include "common/Result.h"
#include "keys/TrustStore.h"
#include "upload/UploadPackage.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace apkdesk {

// Reads the packages picked for upload before anything is sent: name, version, arch and
// identity checksum from the file, and the verification verdict against the trusted keys.
// Synchronous and streaming (constant memory): run it in a worker (QtConcurrent).
class APKDESK_CORE_EXPORT PackageProbe
{
public:
    // An Error only when the file cannot be read at all; content problems (not an apk,
    // truncated, bad signature) are in the package's verdict.
    static Result<UploadPackage> probe(const QString &path, const TrustStore &trust,
                                       const std::atomic_bool *cancel = nullptr);

    // Expands what the user gave: files as they are, folders laid out as abuild leaves them
    // (<repo>/<arch>/*.apk or <arch>/*.apk or *.apk), sorted. Non-.apk files inside folders
    // are skipped; a file given explicitly is kept (the probe then says it is not an apk).
    static Result<QStringList> collect(const QStringList &filesOrFolders);
};

} // namespace apkdesk
