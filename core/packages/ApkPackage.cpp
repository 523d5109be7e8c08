#include "packages/ApkPackage.h"

namespace apkdesk {

QString segmentRoleName(PackageSegment::Role role)
{
    switch (role) {
    case PackageSegment::Role::Signature: return QStringLiteral("signature");
    case PackageSegment::Role::Control: return QStringLiteral("control");
    case PackageSegment::Role::Data: return QStringLiteral("data");
    case PackageSegment::Role::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString checksumStateName(DataEntry::Checksum state)
{
    switch (state) {
    case DataEntry::Checksum::NotApplicable: return QStringLiteral("n/a");
    case DataEntry::Checksum::Match: return QStringLiteral("match");
    case DataEntry::Checksum::Mismatch: return QStringLiteral("mismatch");
    case DataEntry::Checksum::Missing: return QStringLiteral("missing");
    }
    return {};
}

QString ApkPackage::identityChecksum() const
{
    if (controlSha1.size() != 20)
        return {};
    return QStringLiteral("Q1") + QString::fromLatin1(controlSha1.toBase64());
}

QString ApkPackage::dataHashHex() const
{
    return QString::fromLatin1(dataSha256.toHex());
}

const PackageSegment *ApkPackage::controlSegment() const
{
    for (const auto &segment : segments) {
        if (segment.role == PackageSegment::Role::Control)
            return &segment;
    }
    return nullptr;
}

const PackageSegment *ApkPackage::dataSegment() const
{
    for (const auto &segment : segments) {
        if (segment.role == PackageSegment::Role::Data)
            return &segment;
    }
    return nullptr;
}

bool ApkPackage::isComplete() const
{
    switch (verdict.kind) {
    case PackageVerdict::Kind::Truncated:
    case PackageVerdict::Kind::Corrupt:
    case PackageVerdict::Kind::LimitExceeded:
    case PackageVerdict::Kind::NotApk:
    case PackageVerdict::Kind::ApkV3:
    case PackageVerdict::Kind::Unreadable:
    case PackageVerdict::Kind::Cancelled: return false;
    default: return !streamError.has_value();
    }
}

} // namespace apkdesk
