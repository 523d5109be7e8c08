#include "archive/TarStreamParser.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>

namespace apkdesk {

namespace {

constexpr qint64 BlockSize = 512;

QString tr(const char *text)
{
    return QCoreApplication::translate("TarStreamParser", text);
}

QByteArray field(const char *block, int offset, int length)
{
    const char *start = block + offset;
    const void *nul = std::memchr(start, 0, size_t(length));
    return QByteArray(start, nul ? static_cast<const char *>(nul) - start : length);
}

// Octal (NUL/space terminated, leading spaces allowed) or GNU base-256 numbers.
bool parseNumber(const char *block, int offset, int length, qint64 *value)
{
    const auto *p = reinterpret_cast<const unsigned char *>(block + offset);
    if (p[0] & 0x80) {
        if (p[0] == 0xff)
            return false; // negative base-256: never valid for us
        quint64 v = p[0] & 0x7f;
        for (int i = 1; i < length; ++i) {
            if (v > (quint64(std::numeric_limits<qint64>::max()) >> 8))
                return false;
            v = (v << 8) | p[i];
        }
        *value = qint64(v);
        return true;
    }
    int i = 0;
    while (i < length && p[i] == ' ')
        ++i;
    quint64 v = 0;
    bool any = false;
    for (; i < length; ++i) {
        if (p[i] == 0 || p[i] == ' ')
            break;
        if (p[i] < '0' || p[i] > '7')
            return false;
        if (v > (quint64(std::numeric_limits<qint64>::max()) >> 3))
            return false;
        v = (v << 3) | quint64(p[i] - '0');
        any = true;
    }
    for (; i < length; ++i) {
        if (p[i] != 0 && p[i] != ' ')
            return false;
    }
    *value = any ? qint64(v) : 0;
    return true;
}

bool parseDecimal(const QByteArray &text, qint64 *value)
{
    // pax numbers may carry a fraction (mtime=1710720000.123); the integer part counts.
    QByteArray integer = text;
    const qsizetype dot = integer.indexOf('.');
    if (dot >= 0)
        integer.truncate(dot);
    if (integer.isEmpty() || integer.size() > 19)
        return false;
    bool ok = false;
    const qint64 v = integer.toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    *value = v;
    return true;
}

bool isZeroBlock(const char *block)
{
    for (qint64 i = 0; i < BlockSize; ++i) {
        if (block[i] != 0)
            return false;
    }
    return true;
}

TarEntry::Type typeFromFlag(char flag)
{
    switch (flag) {
    case '0':
    case '\0':
    case '7': return TarEntry::Type::File;
    case '1': return TarEntry::Type::HardLink;
    case '2': return TarEntry::Type::Symlink;
    case '3': return TarEntry::Type::CharDevice;
    case '4': return TarEntry::Type::BlockDevice;
    case '5': return TarEntry::Type::Directory;
    case '6': return TarEntry::Type::Fifo;
    default: return TarEntry::Type::Other;
    }
}

} // namespace

TarConsumer::~TarConsumer() = default;
Status TarConsumer::entryStarted(const TarEntry &)
{
    return {};
}
Status TarConsumer::entryData(const TarEntry &, const char *, qsizetype)
{
    return {};
}
Status TarConsumer::entryFinished(const TarEntry &)
{
    return {};
}
Status TarConsumer::endOfArchive(qint64)
{
    return {};
}

TarStreamParser::TarStreamParser(TarConsumer &consumer, TarLimits limits)
    : m_consumer(consumer), m_limits(limits)
{
    m_block.reserve(BlockSize);
}

bool TarStreamParser::atEntryBoundary() const
{
    return (m_state == State::Header || m_state == State::Trailer) && m_block.isEmpty()
        && m_pendingPax.isEmpty() && m_longName.isEmpty() && m_longLink.isEmpty();
}

Status TarStreamParser::feed(const char *data, qsizetype size)
{
    while (size > 0) {
        switch (m_state) {
        case State::Header:
        case State::Trailer: {
            // Fast path: a whole block available and nothing pending.
            const qsizetype need = BlockSize - m_block.size();
            const qsizetype n = qMin(need, size);
            m_block.append(data, n);
            data += n;
            size -= n;
            m_offset += n;
            if (m_block.size() < BlockSize)
                break;
            m_headerOffset = m_offset - BlockSize;
            Status s = processHeader();
            m_block.clear();
            if (!s)
                return s;
            break;
        }
        case State::Metadata: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, size));
            m_metadata.append(data, n);
            data += n;
            size -= n;
            m_offset += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = m_padding > 0 ? State::Padding : State::Header;
                if (auto s = processMetadata(); !s)
                    return s;
            }
            break;
        }
        case State::Content: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, size));
            if (auto s = m_consumer.entryData(m_entry, data, n); !s)
                return s;
            data += n;
            size -= n;
            m_offset += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = m_padding > 0 ? State::Padding : State::Header;
                if (auto s = m_consumer.entryFinished(m_entry); !s)
                    return s;
            }
            break;
        }
        case State::Padding: {
            const qsizetype n = qsizetype(qMin<qint64>(m_padding, size));
            data += n;
            size -= n;
            m_offset += n;
            m_padding -= n;
            if (m_padding == 0)
                m_state = m_endSeen ? State::Trailer : State::Header;
            break;
        }
        }
    }
    return {};
}

Status TarStreamParser::finish()
{
    switch (m_state) {
    case State::Header:
    case State::Trailer:
        if (m_block.isEmpty() && m_pendingPax.isEmpty() && m_longName.isEmpty() && m_longLink.isEmpty())
            return {};
        if (m_block.isEmpty())
            return Error(Error::Kind::Truncated, tr("tar ends after an extended header, before its entry"))
                .withOffset(m_offset);
        return Error(Error::Kind::Truncated, tr("tar ends inside a header block")).withOffset(m_offset);
    case State::Metadata:
        return Error(Error::Kind::Truncated, tr("tar ends inside an extended header")).withOffset(m_offset);
    case State::Content:
        return Error(Error::Kind::Truncated,
                     tr("tar ends inside the content of '%1' (%2 bytes missing)")
                         .arg(m_entry.path)
                         .arg(m_remaining))
            .withLocation(m_entry.path)
            .withOffset(m_offset);
    case State::Padding:
        return Error(Error::Kind::Truncated, tr("tar ends inside block padding")).withOffset(m_offset);
    }
    return {};
}

Status TarStreamParser::processHeader()
{
    const char *block = m_block.constData();
    if (isZeroBlock(block)) {
        ++m_zeroBlocks;
        if (m_zeroBlocks == 2 && !m_endSeen) {
            m_endSeen = true;
            m_state = State::Trailer;
            if (!m_pendingPax.isEmpty() || !m_longName.isEmpty() || !m_longLink.isEmpty())
                return Error(Error::Kind::Format, tr("end of archive right after an extended header"))
                    .withOffset(m_headerOffset);
            return m_consumer.endOfArchive(m_offset);
        }
        return {};
    }
    if (m_endSeen)
        return Error(Error::Kind::Format, tr("data after the tar end-of-archive marker"))
            .withOffset(m_headerOffset);
    if (m_zeroBlocks > 0)
        return Error(Error::Kind::Format, tr("a lone zero block inside the tar"))
            .withOffset(m_headerOffset - BlockSize);

    const QByteArray magic(block + 257, 6);
    const bool posix = magic == QByteArray("ustar\0", 6);
    const bool gnu = magic == QByteArray("ustar ", 6);
    if (!posix && !gnu)
        return Error(Error::Kind::Format, tr("not a tar header (no ustar magic)")).withOffset(m_headerOffset);

    qint64 storedChecksum = 0;
    if (!parseNumber(block, 148, 8, &storedChecksum))
        return Error(Error::Kind::Format, tr("unreadable tar header checksum")).withOffset(m_headerOffset);
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < BlockSize; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : block[i];
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    if (storedChecksum != unsignedSum && storedChecksum != signedSum)
        return Error(Error::Kind::Format, tr("tar header checksum mismatch")).withOffset(m_headerOffset);

    const char typeflag = block[156];
    qint64 size = 0;
    if (!parseNumber(block, 124, 12, &size))
        return Error(Error::Kind::Format, tr("invalid size field in tar header")).withOffset(m_headerOffset);

    if (typeflag == 'x' || typeflag == 'g' || typeflag == 'L' || typeflag == 'K') {
        if (size > m_limits.maxMetadataSize)
            return Error(Error::Kind::LimitExceeded,
                         tr("tar extended header of %1 bytes exceeds the limit of %2")
                             .arg(size)
                             .arg(m_limits.maxMetadataSize))
                .withOffset(m_headerOffset);
        m_metadataType = typeflag;
        m_metadata.clear();
        m_remaining = size;
        m_padding = (BlockSize - size % BlockSize) % BlockSize;
        if (size == 0) {
            m_state = State::Header;
            return processMetadata();
        }
        m_state = State::Metadata;
        return {};
    }
    return startEntry();
}

Status TarStreamParser::processMetadata()
{
    const qint64 bodyOffset = m_offset - m_metadata.size() - (m_state == State::Padding ? 0 : 0);
    if (m_metadataType == 'L' || m_metadataType == 'K') {
        QByteArray value = m_metadata;
        const qsizetype nul = value.indexOf('\0');
        if (nul >= 0)
            value.truncate(nul);
        (m_metadataType == 'L' ? m_longName : m_longLink) = value;
        m_metadata.clear();
        return {};
    }
    // pax records: "<length> <keyword>=<value>\n", length counting the whole record.
    QList<QPair<QByteArray, QByteArray>> records;
    qsizetype pos = 0;
    const QByteArray &body = m_metadata;
    while (pos < body.size()) {
        const qsizetype space = body.indexOf(' ', pos);
        if (space < 0 || space - pos > 12)
            return Error(Error::Kind::Format, tr("malformed pax record (no length)"))
                .withOffset(bodyOffset + pos);
        bool ok = false;
        const qint64 length = body.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos + 1 || length > body.size() - pos)
            return Error(Error::Kind::Format, tr("malformed pax record (bad length)"))
                .withOffset(bodyOffset + pos);
        if (body.at(pos + length - 1) != '\n')
            return Error(Error::Kind::Format, tr("malformed pax record (no newline)"))
                .withOffset(bodyOffset + pos);
        const QByteArray record = body.mid(space + 1, length - (space - pos) - 2);
        const qsizetype eq = record.indexOf('=');
        if (eq <= 0)
            return Error(Error::Kind::Format, tr("malformed pax record (no keyword)"))
                .withOffset(bodyOffset + pos);
        records.append({ record.left(eq), record.mid(eq + 1) });
        pos += length;
    }
    if (m_metadataType == 'g')
        m_globalPax.append(records);
    else
        m_pendingPax.append(records);
    m_metadata.clear();
    return {};
}

Status TarStreamParser::startEntry()
{
    const char *block = m_block.constData();
    if (++m_entries > m_limits.maxEntries)
        return Error(Error::Kind::LimitExceeded, tr("more than %1 tar entries").arg(m_limits.maxEntries))
            .withOffset(m_headerOffset);
    TarEntry entry;
    entry.headerOffset = m_headerOffset;
    entry.dataOffset = m_offset;
    entry.typeflag = block[156];
    entry.type = typeFromFlag(entry.typeflag);
    const bool gnu = block[262] == ' ';
    entry.ustarName = field(block, 0, 100);
    entry.ustarLinkname = field(block, 157, 100);
    entry.ustarPrefix = gnu ? QByteArray() : field(block, 345, 155);
    qint64 mode = 0, uid = 0, gid = 0, size = 0, mtime = 0, major = 0, minor = 0;
    if (!parseNumber(block, 100, 8, &mode) || !parseNumber(block, 108, 8, &uid)
        || !parseNumber(block, 116, 8, &gid) || !parseNumber(block, 124, 12, &size)
        || !parseNumber(block, 136, 12, &mtime) || !parseNumber(block, 329, 8, &major)
        || !parseNumber(block, 337, 8, &minor))
        return Error(Error::Kind::Format, tr("invalid numeric field in tar header"))
            .withOffset(m_headerOffset);
    entry.mode = uint(mode & 07777);
    entry.uid = uid;
    entry.gid = gid;
    entry.mtime = mtime;
    entry.devMajor = qint32(qMin<qint64>(major, std::numeric_limits<qint32>::max()));
    entry.devMinor = qint32(qMin<qint64>(minor, std::numeric_limits<qint32>::max()));
    entry.uname = QString::fromUtf8(field(block, 265, 32));
    entry.gname = QString::fromUtf8(field(block, 297, 32));

    entry.rawPath = entry.ustarPrefix.isEmpty() ? entry.ustarName : entry.ustarPrefix + '/' + entry.ustarName;
    if (!m_longName.isEmpty())
        entry.rawPath = m_longName;
    entry.rawLinkTarget = m_longLink.isEmpty() ? entry.ustarLinkname : m_longLink;

    entry.paxRecords = m_globalPax;
    entry.paxRecords.append(m_pendingPax);
    for (const auto &[keyword, value] : std::as_const(entry.paxRecords)) {
        if (keyword == "path") {
            entry.rawPath = value;
        } else if (keyword == "linkpath") {
            entry.rawLinkTarget = value;
        } else if (keyword == "size") {
            if (!parseDecimal(value, &size))
                return Error(Error::Kind::Format, tr("invalid pax size")).withOffset(m_headerOffset);
        } else if (keyword == "uid" || keyword == "gid" || keyword == "mtime") {
            qint64 number = 0;
            if (!parseDecimal(value, &number))
                return Error(Error::Kind::Format, tr("invalid pax %1").arg(QString::fromLatin1(keyword)))
                    .withOffset(m_headerOffset);
            (keyword == "uid" ? entry.uid : keyword == "gid" ? entry.gid : entry.mtime) = number;
        } else if (keyword == "uname") {
            entry.uname = QString::fromUtf8(value);
        } else if (keyword == "gname") {
            entry.gname = QString::fromUtf8(value);
        } else if (keyword.startsWith("SCHILY.xattr.")) {
            entry.xattrs.append({ QString::fromUtf8(keyword.mid(13)), value });
        } else if (keyword == "APK-TOOLS.checksum.SHA1") {
            entry.paxSha1 = value;
        }
    }
    m_pendingPax.clear();
    m_longName.clear();
    m_longLink.clear();
    entry.path = QString::fromUtf8(entry.rawPath);
    entry.linkTarget = QString::fromUtf8(entry.rawLinkTarget);

    // Links, devices and fifos carry no content whatever the size field says (POSIX).
    switch (entry.type) {
    case TarEntry::Type::HardLink:
    case TarEntry::Type::Symlink:
    case TarEntry::Type::CharDevice:
    case TarEntry::Type::BlockDevice:
    case TarEntry::Type::Fifo: size = 0; break;
    default: break;
    }
    if (size > m_limits.maxEntrySize)
        return Error(Error::Kind::LimitExceeded,
                     tr("tar entry '%1' claims %2 bytes, above the limit of %3")
                         .arg(entry.path)
                         .arg(size)
                         .arg(m_limits.maxEntrySize))
            .withLocation(entry.path)
            .withOffset(m_headerOffset);
    entry.size = size;
    m_entry = std::move(entry);
    m_remaining = size;
    m_padding = (BlockSize - size % BlockSize) % BlockSize;
    if (auto s = m_consumer.entryStarted(m_entry); !s)
        return s;
    if (size == 0) {
        m_state = State::Header;
        return m_consumer.entryFinished(m_entry);
    }
    m_state = State::Content;
    return {};
}

} // namespace apkdesk
