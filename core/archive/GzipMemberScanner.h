#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

class QIODevice;

namespace apkdesk {

// One gzip member of a concatenated gzip stream (an .apk or APKINDEX.tar.gz), with its
// exact compressed byte range: signatures, C: and datahash are computed over these bytes.
struct APKDESK_CORE_EXPORT GzipMemberInfo
{
    int index = 0;
    qint64 offset = 0; // first byte of the member (the 1f 8b magic)
    qint64 end = 0; // one past the last byte of the gzip trailer (exclusive)
    qint64 headerLength = 0; // bytes of the gzip header (10 + optional fields)
    QByteArray header; // the raw header bytes
    quint8 flags = 0; // FLG
    quint32 mtime = 0; // MTIME
    quint8 extraFlags = 0; // XFL
    quint8 os = 0; // OS
    quint64 uncompressedSize = 0; // bytes inflated so far (all of them once complete)
    qint64 uncompressedOffset = 0; // where the member's output starts in the whole stream
    quint32 crc32 = 0;
    bool complete = false; // trailer read and CRC/ISIZE checked

    qint64 compressedLength() const { return end - offset; }
};

// Caps that stop a gzip bomb before it exhausts memory, disk or time.
struct APKDESK_CORE_EXPORT GzipLimits
{
    quint64 maxUncompressedTotal = quint64(16) << 30; // 16 GiB for the whole stream
    // Above ratioFloor bytes of output, output/input may not exceed maxRatio.
    quint64 ratioFloor = quint64(64) << 20;
    double maxRatio = 256.0;
    int maxMembers = 64;
};

// Receives the stream as it is scanned. Every compressed byte is delivered exactly once
// through compressedBytes(), attributed to the member it belongs to (header and trailer
// included), so hashes over member ranges need no second pass.
class APKDESK_CORE_EXPORT GzipMemberConsumer
{
public:
    virtual ~GzipMemberConsumer();
    // Called once the member's header is parsed.
    virtual Status memberStarted(const GzipMemberInfo &member);
    virtual Status compressedBytes(const GzipMemberInfo &member, const char *data, qsizetype size);
    virtual Status uncompressedBytes(const GzipMemberInfo &member, const char *data, qsizetype size);
    // Called after the trailer is verified (member.complete is true).
    virtual Status memberFinished(const GzipMemberInfo &member);
    // Returning false stops the scan cleanly after the current callback (run() returns ok).
    virtual bool wantsMore() const;
};

// Streams a QIODevice through zlib, one member at a time. Memory stays constant: a fixed
// input and output buffer. Errors carry the byte offset in the compressed input:
//   Truncated     the input ends inside a member
//   Format        not gzip, bad header, CRC/ISIZE mismatch, trailing bytes after the last member
//   LimitExceeded size or ratio cap hit (gzip bomb)
//   Cancelled     the cancel flag was raised
class APKDESK_CORE_EXPORT GzipMemberScanner
{
public:
    explicit GzipMemberScanner(QIODevice &device, GzipLimits limits = {});

    // Trailing bytes after the last complete member are a Format error (like apk's
    // io_gunzip.c) unless allowed here.
    void setAllowTrailingData(bool allow) { m_allowTrailing = allow; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called now and then with the compressed bytes consumed so far.
    void setProgressCallback(std::function<void(qint64 done)> progress) { m_progress = std::move(progress); }

    Status run(GzipMemberConsumer &consumer);

    // Every member seen, the last one possibly incomplete after an error.
    const std::vector<GzipMemberInfo> &members() const { return m_members; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    QIODevice &m_device;
    GzipLimits m_limits;
    bool m_allowTrailing = false;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
    std::vector<GzipMemberInfo> m_members;
    qint64 m_bytesRead = 0;
};

// Parses a gzip member header at the start of `data` (RFC 1952). Returns its length, 0 when
// more bytes are needed, or a Format error. Exposed for tests and for writers that copy members.
APKDESK_CORE_EXPORT Result<qsizetype> parseGzipHeader(const char *data, qsizetype size, GzipMemberInfo *info);

} // namespace apkdesk
