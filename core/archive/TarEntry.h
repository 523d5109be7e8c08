#pragma once

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace apkdesk {

// One tar member as the reader saw it: the ustar fields, with pax (x) and GNU long-name
// overrides applied, and every pax record kept in order, known or not.
struct APKDESK_CORE_EXPORT TarEntry
{
    enum class Type { File, HardLink, Symlink, CharDevice, BlockDevice, Directory, Fifo, Other };

    QString path; // final path (pax `path` / GNU long name / prefix + name), UTF-8
    QByteArray rawPath; // the same as bytes
    Type type = Type::File;
    char typeflag = '0';
    uint mode = 0; // permission bits incl. suid/sgid/sticky
    qint64 uid = 0;
    qint64 gid = 0;
    QString uname;
    QString gname;
    qint64 size = 0; // content bytes that follow the header
    qint64 mtime = 0;
    QString linkTarget; // symlink target or hardlink source (pax `linkpath` or linkname)
    QByteArray rawLinkTarget;
    qint32 devMajor = 0;
    qint32 devMinor = 0;

    // Raw ustar fields, up to their first NUL.
    QByteArray ustarName;
    QByteArray ustarPrefix;
    QByteArray ustarLinkname;

    // Every pax record of this entry's x header(s) and of the global g headers in force, in order.
    QList<QPair<QByteArray, QByteArray>> paxRecords;
    // SCHILY.xattr.<name> records: name without the prefix, raw value.
    QList<QPair<QString, QByteArray>> xattrs;
    // APK-TOOLS.checksum.SHA1 as written (40 hex digits), empty when absent.
    QByteArray paxSha1;

    qint64 headerOffset = 0; // offset of this entry's ustar header in the uncompressed stream
    qint64 dataOffset = 0; // offset of its content in the uncompressed stream

    bool isFile() const { return type == Type::File; }
    bool isDir() const { return type == Type::Directory; }
    bool isSymlink() const { return type == Type::Symlink; }
    bool isHardLink() const { return type == Type::HardLink; }
    QByteArray paxValue(const QByteArray &keyword) const;
    QList<QByteArray> paxKeywords() const;
};

APKDESK_CORE_EXPORT QString tarEntryTypeName(TarEntry::Type type); // "file", "dir", "symlink", ...

} // namespace apkdesk
