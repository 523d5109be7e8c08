#include "upload/UploadPackage.h"

namespace apkdesk {

bool UploadPackage::isSendable(bool allowUntrusted) const
{
    switch (verdict.kind) {
    case PackageVerdict::Kind::Trusted: return true;
    case PackageVerdict::Kind::Untrusted:
    case PackageVerdict::Kind::Unsigned: return allowUntrusted;
    default: return false;
    }
}

QString PackageUploadState::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Ready: return QStringLiteral("ready");
    case Stage::Refused: return QStringLiteral("refused");
    case Stage::Waiting: return QStringLiteral("waiting");
    case Stage::Sending: return QStringLiteral("sending");
    case Stage::Sent: return QStringLiteral("sent");
    case Stage::Confirmed: return QStringLiteral("confirmed");
    case Stage::Failed: return QStringLiteral("failed");
    case Stage::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

bool PackageUploadState::isFinal() const
{
    return stage == Stage::Refused || stage == Stage::Confirmed || stage == Stage::Failed
        || stage == Stage::Cancelled;
}

} // namespace apkdesk
