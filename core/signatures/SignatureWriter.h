#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QString>

namespace apkdesk {

// The signature gzip member exactly as `abuild-sign` writes it: one tar entry
// ".SIGN.RSA.<key>.rsa.pub" (SHA-1) or ".SIGN.RSA256.<key>.rsa.pub" (SHA-256) holding
// the raw PKCS#1 v1.5 signature, mode 0644, owner 0/0 with empty user/group names,
// preceded by a "./PaxHeaders/<entry>" x header (ctime=0, atime=0), no end-of-archive
// blocks, gzip -n -9. `signedBytes` are the compressed bytes of the control member
// (package) or of the rest of the file (index).
struct APKDESK_CORE_EXPORT SignatureMember
{
    static QString entryName(const QString &publicKeyName, SignatureDigest digest);

    // The uncompressed tar segment (2048 bytes for a 4096-bit key). `mtimeNanoseconds` > 0
    // adds the sub-second pax mtime record GNU tar writes for a file made "now" (abuild-sign
    // without SOURCE_DATE_EPOCH).
    static Result<QByteArray> tarSegment(const QByteArray &signature, const QString &publicKeyName,
                                         SignatureDigest digest, qint64 mtime, int mtimeNanoseconds = 0);

    static Result<QByteArray> create(const PrivateKey &key, const QString &publicKeyName,
                                     SignatureDigest digest, const QByteArray &signedBytes, qint64 mtime,
                                     int mtimeNanoseconds = 0);

    // SOURCE_DATE_EPOCH when set to a number, else the current time.
    static qint64 defaultMtime();
    // The same with the sub-second part abuild-sign's tar keeps (0 with SOURCE_DATE_EPOCH).
    struct Timestamp
    {
        qint64 seconds = 0;
        int nanoseconds = 0;
    };
    static Timestamp defaultTimestamp();
};

} // namespace apkdesk
