#include "archive/TarEntry.h"

namespace apkdesk {

QByteArray TarEntry::paxValue(const QByteArray &keyword) const
{
    QByteArray value;
    for (const auto &record : paxRecords) {
        if (record.first == keyword)
            value = record.second; // later records override earlier ones
    }
    return value;
}

QList<QByteArray> TarEntry::paxKeywords() const
{
    QList<QByteArray> keywords;
    for (const auto &record : paxRecords)
        keywords.append(record.first);
    return keywords;
}

QString tarEntryTypeName(TarEntry::Type type)
{
    switch (type) {
    case TarEntry::Type::File: return QStringLiteral("file");
    case TarEntry::Type::HardLink: return QStringLiteral("hardlink");
    case TarEntry::Type::Symlink: return QStringLiteral("symlink");
    case TarEntry::Type::CharDevice: return QStringLiteral("chardev");
    case TarEntry::Type::BlockDevice: return QStringLiteral("blockdev");
    case TarEntry::Type::Directory: return QStringLiteral("dir");
    case TarEntry::Type::Fifo: return QStringLiteral("fifo");
    case TarEntry::Type::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace apkdesk
