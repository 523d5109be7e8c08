#include "packages/PackageVerdict.h"

#include <QCoreApplication>

namespace apkdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PackageVerdict", text);
}

QString signatureType(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha1: return QStringLiteral("RSA/SHA-1");
    case DigestAlgorithm::Sha256: return QStringLiteral("RSA256/SHA-256");
    case DigestAlgorithm::Sha512: return QStringLiteral("RSA512/SHA-512");
    }
    return {};
}
} // namespace

QString PackageVerdict::name() const
{
    switch (kind) {
    case Kind::Trusted: return QStringLiteral("trusted");
    case Kind::Untrusted: return QStringLiteral("untrusted");
    case Kind::Unsigned: return QStringLiteral("unsigned");
    case Kind::BadSignature: return QStringLiteral("bad-signature");
    case Kind::DataHashMismatch: return QStringLiteral("data-integrity-error");
    case Kind::FileChecksumMismatch: return QStringLiteral("file-checksum-mismatch");
    case Kind::Truncated: return QStringLiteral("truncated");
    case Kind::Corrupt: return QStringLiteral("corrupt");
    case Kind::LimitExceeded: return QStringLiteral("limit-exceeded");
    case Kind::NotApk: return QStringLiteral("not-apk");
    case Kind::ApkV3: return QStringLiteral("apk-v3");
    case Kind::Unreadable: return QStringLiteral("unreadable");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString PackageVerdict::describe() const
{
    const QString at = offset >= 0 ? tr(" at byte %1").arg(offset) : QString();
    const QString why = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
    switch (kind) {
    case Kind::Trusted: return tr("trusted: signed by %1 (%2)").arg(keyName, signatureType(digest));
    case Kind::Untrusted:
        return keyName.isEmpty() ? tr("untrusted: no usable signature")
                                 : tr("untrusted: signed by %1, which is not a trusted key").arg(keyName);
    case Kind::Unsigned: return tr("unsigned: the package carries no signature");
    case Kind::BadSignature:
        return tr("BAD signature: the signature by %1 (%2) does not match the control data")
            .arg(keyName, signatureType(digest));
    case Kind::DataHashMismatch: return tr("integrity error: the data does not match the signed datahash");
    case Kind::FileChecksumMismatch:
        return tr("integrity error: the content of %1 does not match its recorded SHA-1").arg(file);
    case Kind::Truncated: return tr("truncated%1%2").arg(at, why);
    case Kind::Corrupt: return tr("corrupt%1%2").arg(at, why);
    case Kind::LimitExceeded: return tr("refused: a safety limit was exceeded%1%2").arg(at, why);
    case Kind::NotApk: return tr("not an apk package%1").arg(why);
    case Kind::ApkV3: return tr("apk-tools 3 (ADB) package%1").arg(why);
    case Kind::Unreadable: return tr("cannot read the file%1").arg(why);
    case Kind::Cancelled: return tr("verification cancelled");
    }
    return {};
}

} // namespace apkdesk
