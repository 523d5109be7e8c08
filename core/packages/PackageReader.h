#pragma once

#include "archive/GzipMemberScanner.h"
#include "common/Result.h"
#include "keys/TrustStore.h"
#include "packages/ApkPackage.h"

#include <apkdesk/core_export.h>

#include <atomic>
#include <functional>

class QIODevice;

namespace apkdesk {

// Reads and verifies a v2 .apk in one streaming pass (constant memory): splits the gzip
// members, hashes their compressed bytes (control SHA-1 for C:, the signed digest, data
// SHA-256 for datahash), parses the signature, control and data tars, checks every file's
// APK-TOOLS.checksum.SHA1 and reaches apk 3's verdict.
class APKDESK_CORE_EXPORT PackageReader
{
public:
    struct Options
    {
        TrustStore trust;
        GzipLimits gzipLimits;
        bool readDataEntries = true; // keep every data entry in ApkPackage::dataEntries (display)
        bool checkFileChecksums = true; // check each file's APK-TOOLS.checksum.SHA1 (kept or not)
        int maxDataEntries = 250'000; // entries kept at most (dataEntriesCapped beyond)
        // Stop after the control member: C:, .PKGINFO and the signature verdict without reading
        // the data (datahash and file checksums are then not checked: ApkPackage::dataRead false).
        bool stopAfterControl = false;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(qint64 done, qint64 total)> progress;
    };

    // Errors only for files that cannot be read at all (missing, a directory, permission):
    // everything about the content is in the package's verdict.
    static Result<ApkPackage> read(const QString &path, const Options &options);
    // Reads from an open device (sequential is fine); `path` is for messages.
    static ApkPackage read(QIODevice &device, const QString &path, const Options &options);
};

// The member layout of a v2 package and the raw control member, for signing (H3): the new
// signature covers `controlBytes`; a signed file is [signature members][control][data].
struct APKDESK_CORE_EXPORT PackageLayout
{
    std::vector<PackageSegment> segments;
    QByteArray controlBytes; // compressed bytes of the control member
    qint64 controlOffset = -1; // its range [controlOffset, controlEnd)
    qint64 controlEnd = -1;
    qint64 fileSize = 0;

    // Needs complete members and a control member; datahash must be present in .PKGINFO.
    static Result<PackageLayout> scan(const QString &path, GzipLimits limits = {});
};

} // namespace apkdesk
