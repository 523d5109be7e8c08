#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <memory>

class QIODevice;

namespace apkdesk {

// Writes one gzip member the way `gzip -n -9` does: no file name, mtime 0, XFL 2
// (maximum compression), OS 3 (Unix), deflate level 9. Output goes to a sink, so the
// caller decides whether it lands in memory, a temp file or a hash.
class APKDESK_CORE_EXPORT GzipWriter
{
public:
    using Sink = std::function<Status(QByteArrayView)>;

    explicit GzipWriter(Sink sink, int level = 9);
    ~GzipWriter();
    GzipWriter(const GzipWriter &) = delete;
    GzipWriter &operator=(const GzipWriter &) = delete;

    Status write(QByteArrayView data);
    Status finish(); // writes the trailer; no write() after this

    qint64 bytesIn() const;
    qint64 bytesOut() const;

    static Sink deviceSink(QIODevice &device);
    static Sink bufferSink(QByteArray &buffer);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// One-shot helper: the whole gzip member of `data`.
APKDESK_CORE_EXPORT Result<QByteArray> gzipMember(QByteArrayView data, int level = 9);

} // namespace apkdesk
