#include "archive/GzipMemberScanner.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

#include <cstring>
#include <memory>

namespace apkdesk {

namespace {

constexpr qsizetype InputBufferSize = 256 * 1024;
constexpr qsizetype OutputBufferSize = 256 * 1024;
constexpr qint64 ProgressStep = 1 << 20;

enum GzipFlags : quint8 { FTEXT = 1, FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16 };

QString tr(const char *text)
{
    return QCoreApplication::translate("GzipMemberScanner", text);
}

quint32 readLe32(const unsigned char *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

struct InflateStream
{
    z_stream z {};
    bool initialised = false;
    ~InflateStream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

} // namespace

GzipMemberConsumer::~GzipMemberConsumer() = default;
Status GzipMemberConsumer::memberStarted(const GzipMemberInfo &)
{
    return {};
}
Status GzipMemberConsumer::compressedBytes(const GzipMemberInfo &, const char *, qsizetype)
{
    return {};
}
Status GzipMemberConsumer::uncompressedBytes(const GzipMemberInfo &, const char *, qsizetype)
{
    return {};
}
Status GzipMemberConsumer::memberFinished(const GzipMemberInfo &)
{
    return {};
}
bool GzipMemberConsumer::wantsMore() const
{
    return true;
}

Result<qsizetype> parseGzipHeader(const char *data, qsizetype size, GzipMemberInfo *info)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    if (size >= 1 && p[0] != 0x1f)
        return Error(Error::Kind::Format, tr("not a gzip member (no 1f 8b magic)"));
    if (size >= 2 && p[1] != 0x8b)
        return Error(Error::Kind::Format, tr("not a gzip member (no 1f 8b magic)"));
    if (size < 10)
        return qsizetype(0);
    if (p[2] != 8)
        return Error(Error::Kind::Format, tr("unsupported gzip compression method %1").arg(p[2]));
    const quint8 flags = p[3];
    if (flags & 0xe0)
        return Error(Error::Kind::Format,
                     tr("reserved gzip header flags set (0x%1)").arg(flags, 2, 16, QLatin1Char('0')));
    qsizetype pos = 10;
    if (flags & FEXTRA) {
        if (size < pos + 2)
            return qsizetype(0);
        const qsizetype extraLength = p[pos] | (p[pos + 1] << 8);
        pos += 2 + extraLength;
        if (size < pos)
            return qsizetype(0);
    }
    for (const quint8 flag : { quint8(FNAME), quint8(FCOMMENT) }) {
        if (!(flags & flag))
            continue;
        const void *nul = std::memchr(p + pos, 0, size_t(size - pos));
        if (!nul)
            return qsizetype(0);
        pos = static_cast<const unsigned char *>(nul) - p + 1;
    }
    if (flags & FHCRC) {
        pos += 2;
        if (size < pos)
            return qsizetype(0);
        if ((crc32(0, p, uInt(pos - 2)) & 0xffff) != quint32(p[pos - 2] | (p[pos - 1] << 8)))
            return Error(Error::Kind::Format, tr("gzip header CRC mismatch"));
    }
    if (info) {
        info->headerLength = pos;
        info->header = QByteArray(data, pos);
        info->flags = flags;
        info->mtime = readLe32(p + 4);
        info->extraFlags = p[8];
        info->os = p[9];
    }
    return pos;
}

GzipMemberScanner::GzipMemberScanner(QIODevice &device, GzipLimits limits)
    : m_device(device), m_limits(limits)
{ }

Status GzipMemberScanner::run(GzipMemberConsumer &consumer)
{
    m_members.clear();
    m_bytesRead = 0;
    std::unique_ptr<char[]> input(new char[InputBufferSize]);
    std::unique_ptr<char[]> output(new char[OutputBufferSize]);
    qsizetype inPos = 0;
    qsizetype inLen = 0;
    bool eof = false;
    qint64 offset = 0; // absolute offset of input[inPos]
    quint64 totalOut = 0;
    qint64 nextProgress = ProgressStep;

    // Moves unread bytes to the front and reads more. False at end of input.
    auto fill = [&]() -> Result<bool> {
        if (eof)
            return false;
        if (inPos > 0) {
            std::memmove(input.get(), input.get() + inPos, size_t(inLen - inPos));
            inLen -= inPos;
            inPos = 0;
        }
        if (inLen == InputBufferSize)
            return true;
        const qint64 n = m_device.read(input.get() + inLen, InputBufferSize - inLen);
        if (n < 0)
            return Error(Error::Kind::Io, tr("read error: %1").arg(m_device.errorString()))
                .withOffset(offset);
        if (n == 0) {
            eof = true;
            return false;
        }
        inLen += n;
        m_bytesRead += n;
        if (m_progress && m_bytesRead >= nextProgress) {
            m_progress(m_bytesRead);
            nextProgress = m_bytesRead + ProgressStep;
        }
        return true;
    };
    auto cancelled = [&] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };

    InflateStream stream;
    if (inflateInit2(&stream.z, -MAX_WBITS) != Z_OK)
        return Error(Error::Kind::Generic, tr("cannot initialise zlib"));
    stream.initialised = true;

    while (true) {
        if (cancelled())
            return Error::cancelled();
        if (inPos == inLen) {
            auto more = fill();
            if (!more)
                return more.error();
            if (!*more) {
                if (m_members.empty())
                    return Error(Error::Kind::Format, tr("empty file")).withOffset(0);
                break; // clean end after a complete member
            }
        }
        if (!m_members.empty() && static_cast<unsigned char>(input[inPos]) != 0x1f) {
            if (m_allowTrailing)
                break;
            return Error(Error::Kind::Format, tr("trailing bytes after the last gzip member"))
                .withOffset(offset);
        }
        if (int(m_members.size()) >= m_limits.maxMembers)
            return Error(Error::Kind::LimitExceeded, tr("more than %1 gzip members").arg(m_limits.maxMembers))
                .withOffset(offset);

        GzipMemberInfo member;
        member.index = int(m_members.size());
        member.offset = offset;
        member.uncompressedOffset = qint64(totalOut);

        // Header: parsed in place; refill until it is complete or the buffer is full.
        while (true) {
            auto parsed = parseGzipHeader(input.get() + inPos, inLen - inPos, &member);
            if (!parsed) {
                Error error = parsed.error();
                if (!m_members.empty() && member.index > 0 && inLen - inPos >= 2
                    && (static_cast<unsigned char>(input[inPos + 1]) != 0x8b)) {
                    error = Error(Error::Kind::Format, tr("trailing bytes after the last gzip member"));
                }
                return error.withOffset(offset);
            }
            if (*parsed > 0)
                break;
            if (inPos == 0 && inLen == InputBufferSize)
                return Error(Error::Kind::LimitExceeded,
                             tr("gzip header larger than %1 bytes").arg(InputBufferSize))
                    .withOffset(offset);
            auto more = fill();
            if (!more)
                return more.error();
            if (!*more) {
                m_members.push_back(member);
                return Error(Error::Kind::Truncated,
                             tr("input ends inside the header of gzip member %1").arg(member.index))
                    .withOffset(offset + (inLen - inPos));
            }
        }
        m_members.push_back(member);
        GzipMemberInfo &current = m_members.back();
        if (auto s = consumer.memberStarted(current); !s)
            return s;
        if (auto s = consumer.compressedBytes(current, input.get() + inPos, current.headerLength); !s)
            return s;
        inPos += current.headerLength;
        offset += current.headerLength;
        current.end = offset;
        if (!consumer.wantsMore())
            return {};

        inflateReset(&stream.z);
        quint32 crc = crc32(0, nullptr, 0);
        while (true) {
            if (cancelled())
                return Error::cancelled();
            if (inPos == inLen) {
                auto more = fill();
                if (!more)
                    return more.error();
                if (!*more)
                    return Error(Error::Kind::Truncated,
                                 tr("input ends inside gzip member %1 (started at byte %2)")
                                     .arg(current.index)
                                     .arg(current.offset))
                        .withOffset(offset);
            }
            stream.z.next_in = reinterpret_cast<Bytef *>(input.get() + inPos);
            stream.z.avail_in = uInt(inLen - inPos);
            stream.z.next_out = reinterpret_cast<Bytef *>(output.get());
            stream.z.avail_out = uInt(OutputBufferSize);
            const int ret = inflate(&stream.z, Z_NO_FLUSH);
            const qsizetype consumed = (inLen - inPos) - qsizetype(stream.z.avail_in);
            const qsizetype produced = OutputBufferSize - qsizetype(stream.z.avail_out);
            if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR) {
                const QString why =
                    stream.z.msg ? QString::fromLatin1(stream.z.msg) : tr("zlib error %1").arg(ret);
                return Error(Error::Kind::Format,
                             tr("corrupt deflate data in gzip member %1: %2").arg(current.index).arg(why))
                    .withOffset(offset + consumed);
            }
            if (consumed > 0) {
                if (auto s = consumer.compressedBytes(current, input.get() + inPos, consumed); !s)
                    return s;
                inPos += consumed;
                offset += consumed;
                current.end = offset;
            }
            if (produced > 0) {
                crc = crc32(crc, reinterpret_cast<const Bytef *>(output.get()), uInt(produced));
                current.uncompressedSize += quint64(produced);
                totalOut += quint64(produced);
                if (totalOut > m_limits.maxUncompressedTotal)
                    return Error(Error::Kind::LimitExceeded,
                                 tr("decompressed size exceeds the limit of %1 bytes (gzip bomb?)")
                                     .arg(m_limits.maxUncompressedTotal))
                        .withOffset(offset);
                if (totalOut > m_limits.ratioFloor
                    && double(totalOut) > m_limits.maxRatio * double(qMax<qint64>(offset, 1)))
                    return Error(Error::Kind::LimitExceeded,
                                 tr("compression ratio above %1:1 after %2 decompressed bytes (gzip bomb?)")
                                     .arg(m_limits.maxRatio)
                                     .arg(totalOut))
                        .withOffset(offset);
                if (auto s = consumer.uncompressedBytes(current, output.get(), produced); !s)
                    return s;
            }
            if (!consumer.wantsMore())
                return {};
            if (ret == Z_STREAM_END)
                break;
        }

        // Trailer: CRC32 and ISIZE, possibly split across reads.
        unsigned char trailer[8];
        qsizetype have = 0;
        while (have < 8) {
            if (inPos == inLen) {
                auto more = fill();
                if (!more)
                    return more.error();
                if (!*more)
                    return Error(Error::Kind::Truncated,
                                 tr("input ends inside the trailer of gzip member %1").arg(current.index))
                        .withOffset(offset);
            }
            const qsizetype n = qMin<qsizetype>(8 - have, inLen - inPos);
            std::memcpy(trailer + have, input.get() + inPos, size_t(n));
            if (auto s = consumer.compressedBytes(current, input.get() + inPos, n); !s)
                return s;
            have += n;
            inPos += n;
            offset += n;
            current.end = offset;
        }
        current.crc32 = readLe32(trailer);
        if (current.crc32 != crc)
            return Error(Error::Kind::Format, tr("CRC mismatch in gzip member %1").arg(current.index))
                .withOffset(offset - 8);
        if (readLe32(trailer + 4) != quint32(current.uncompressedSize & 0xffffffffu))
            return Error(Error::Kind::Format, tr("length mismatch in gzip member %1").arg(current.index))
                .withOffset(offset - 4);
        current.complete = true;
        if (auto s = consumer.memberFinished(current); !s)
            return s;
        if (!consumer.wantsMore())
            return {};
    }
    if (m_progress)
        m_progress(m_bytesRead);
    return {};
}

} // namespace apkdesk
