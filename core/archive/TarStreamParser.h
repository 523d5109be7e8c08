#pragma once

#include "archive/TarEntry.h"
#include "common/Result.h"

#include <apkdesk/core_export.h>

namespace apkdesk {

struct APKDESK_CORE_EXPORT TarLimits
{
    qint64 maxMetadataSize = 1 << 20; // pax x/g header or GNU long name body
    qint64 maxEntrySize = qint64(64) << 30; // content of one entry (streamed, never buffered)
    int maxEntries = 1'000'000;
};

// Receives entries from TarStreamParser. Content is streamed in pieces of any size.
class APKDESK_CORE_EXPORT TarConsumer
{
public:
    virtual ~TarConsumer();
    virtual Status entryStarted(const TarEntry &entry);
    virtual Status entryData(const TarEntry &entry, const char *data, qsizetype size);
    virtual Status entryFinished(const TarEntry &entry);
    // Two zero blocks seen (abuild cuts them off the signature and control tars).
    virtual Status endOfArchive(qint64 offset);
};

// A push parser for ustar/pax/GNU tar: feed() it bytes as they come out of inflate.
// Supports ustar prefix, pax x and g headers (path, linkpath, size, uid, gid, uname, gname,
// mtime, SCHILY.xattr.*, APK-TOOLS.checksum.SHA1, unknown keywords kept), GNU L/K long
// names, base-256 numeric fields. The header checksum is checked; sizes are validated before
// anything is allocated for them. Errors carry the offset in the uncompressed stream.
class APKDESK_CORE_EXPORT TarStreamParser
{
public:
    explicit TarStreamParser(TarConsumer &consumer, TarLimits limits = {});

    // Offset of the first fed byte within a larger uncompressed stream (for error offsets).
    void setBaseOffset(qint64 offset) { m_offset = offset; }

    Status feed(const char *data, qsizetype size);
    // The input ended. Ending between entries is fine (cut tars) and so is ending inside the
    // end-of-archive padding; ending inside a header or content is Truncated.
    Status finish();

    bool atEntryBoundary() const;
    bool endOfArchiveSeen() const { return m_endSeen; }
    int zeroBlocksSeen() const { return m_zeroBlocks; }
    int entryCount() const { return m_entries; }
    qint64 offset() const { return m_offset; }

private:
    enum class State { Header, Metadata, Content, Padding, Trailer };
    Status processHeader();
    Status processMetadata();
    Status startEntry();

    TarConsumer &m_consumer;
    TarLimits m_limits;
    State m_state = State::Header;
    QByteArray m_block; // partial 512-byte header
    QByteArray m_metadata; // pax / long-name body being collected
    char m_metadataType = 0;
    qint64 m_remaining = 0; // content or metadata bytes still to come
    qint64 m_padding = 0;
    qint64 m_offset = 0;
    qint64 m_headerOffset = 0;
    TarEntry m_entry;
    QList<QPair<QByteArray, QByteArray>> m_pendingPax;
    QList<QPair<QByteArray, QByteArray>> m_globalPax;
    QByteArray m_longName;
    QByteArray m_longLink;
    bool m_endSeen = false;
    int m_zeroBlocks = 0;
    int m_entries = 0;
};

} // namespace apkdesk
