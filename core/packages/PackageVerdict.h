#pragma once

#include "keys/PublicKey.h"

#include <apkdesk/core_export.h>

#include <QString>

namespace apkdesk {

// The one answer for a package file, with the reason in detail.
struct APKDESK_CORE_EXPORT PackageVerdict
{
    enum class Kind {
        Trusted, // signed by keyName (digest), control verified, datahash matches
        Untrusted, // signed, but no signature by a trusted key (keyName = first key named)
        Unsigned, // no signature entry at all
        BadSignature, // the signature by trusted keyName does not verify
        DataHashMismatch, // control verified but the data member's SHA-256 is not `datahash`
        FileChecksumMismatch, // a data entry's content does not match its APK-TOOLS.checksum.SHA1
        Truncated, // ends early (offset)
        Corrupt, // format error (offset): bad gzip/tar, trailing bytes, bad .PKGINFO
        LimitExceeded, // a size/ratio cap stopped reading (gzip bomb)
        NotApk, // not a package at all (not gzip, or gzip without .PKGINFO)
        ApkV3, // an apk-tools 3 ADB package (ADBd/ADBc/ADB.): recognised, not a v2 file
        Unreadable, // I/O error, a directory, permission denied
        Cancelled,
    };

    Kind kind = Kind::Corrupt;
    QString keyName; // for signature verdicts
    DigestAlgorithm digest = DigestAlgorithm::Sha1; // for Trusted/BadSignature
    QString file; // for FileChecksumMismatch: the first bad path
    qint64 offset = -1; // for Truncated/Corrupt/LimitExceeded
    QString detail; // the technical message (e.g. an Error's)

    bool isTrusted() const { return kind == Kind::Trusted; }
    // A stable machine name: "trusted", "untrusted", "unsigned", "bad-signature",
    // "data-integrity-error", "file-checksum-mismatch", "truncated", "corrupt",
    // "limit-exceeded", "not-apk", "apk-v3", "unreadable", "cancelled".
    QString name() const;
    // One translated sentence, e.g. "trusted: signed by fixture-6b0ae07e.rsa.pub (RSA/SHA-1)".
    QString describe() const;
};

} // namespace apkdesk
