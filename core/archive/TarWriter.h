#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <functional>

class QIODevice;

namespace apkdesk {

// One entry to write. Names are raw bytes (UTF-8), relative, directories end with '/'.
struct APKDESK_CORE_EXPORT TarWriterEntry
{
    enum class Type : char { File = '0', HardLink = '1', Symlink = '2', Directory = '5' };

    QByteArray name;
    Type type = Type::File;
    uint mode = 0644;
    uint uid = 0;
    uint gid = 0;
    QByteArray uname; // empty with --numeric-owner (signature members)
    QByteArray gname;
    qint64 mtime = 0;
    // Non-zero: GNU tar's sub-second "mtime=<s>.<ns>" pax record (a file touched without
    // SOURCE_DATE_EPOCH has one, e.g. the signature file abuild-sign makes).
    int mtimeNanoseconds = 0;
    qint64 size = 0; // regular files only
    QByteArray linkTarget; // symlink target / hard link source
    // Pax records in GNU tar's order: path/linkpath (added by the writer when needed), mtime,
    // these xattrs ("SCHILY.xattr.<name>" = raw value), ctime=0, atime=0, then
    // APK-TOOLS.checksum.SHA1 when apkChecksumSha1 (hex) is set (abuild-tar --hash).
    QList<QPair<QByteArray, QByteArray>> xattrs;
    QByteArray apkChecksumSha1;
};

// Writes tar streams the way abuild's pipeline does: GNU tar --format=posix with
// `exthdr.name=%d/PaxHeaders/%f,atime:=0,ctime:=0` (every entry preceded by a pax x header
// holding ctime=0 and atime=0), followed by abuild-tar (--hash adds APK-TOOLS.checksum.SHA1,
// --cut drops the end-of-archive blocks). Names longer than 100 bytes or not ASCII get a
// pax `path` record, long or non-ASCII link targets a `linkpath` record, as GNU tar does.
class APKDESK_CORE_EXPORT TarWriter
{
public:
    using Sink = std::function<Status(QByteArrayView)>;

    enum class Ending {
        Cut, // abuild-tar --cut: no end-of-archive blocks (signature, control)
        EndBlocks, // two zero blocks
        PadToRecord, // two zero blocks, then padding to a 10240-byte record (GNU tar default; data)
    };

    explicit TarWriter(Sink sink);

    // Writes header(s) and the content; `contents.size()` must equal entry.size for files.
    Status addEntry(const TarWriterEntry &entry, QByteArrayView contents = {});
    // Same, streaming the content from a device (for large files).
    Status addEntry(const TarWriterEntry &entry, QIODevice &contents);
    Status finish(Ending ending);

    qint64 bytesWritten() const { return m_written; }

    // The 512-byte ustar header as GNU tar fills it (octal fields, "ustar\0" "00").
    static QByteArray ustarHeader(const TarWriterEntry &entry, qint64 size, char typeflag, bool paxHeader);
    // "<len> key=value\n"
    static QByteArray paxRecord(QByteArrayView key, QByteArrayView value);
    // GNU tar's %d/PaxHeaders/%f for `name` ("./PaxHeaders/x" at top level).
    static QByteArray paxHeaderName(QByteArrayView name);

private:
    Status put(QByteArrayView bytes);
    Status writeHeaders(const TarWriterEntry &entry);
    Status pad(qint64 size);

    Sink m_sink;
    qint64 m_written = 0;
};

} // namespace apkdesk
