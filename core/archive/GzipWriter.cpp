#include "archive/GzipWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

namespace apkdesk {

namespace {
constexpr int kChunk = 64 * 1024;
} // namespace

struct GzipWriter::Impl
{
    Sink sink;
    z_stream stream {};
    bool initialised = false;
    bool finished = false;
    qint64 in = 0;
    qint64 out = 0;

    Status pump(int flush)
    {
        char buffer[kChunk];
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = kChunk;
            const int rc = deflate(&stream, flush);
            if (rc == Z_STREAM_ERROR)
                return Error(Error::Kind::Generic,
                             QCoreApplication::translate("apkdesk::GzipWriter", "deflate failed"));
            const qsizetype produced = kChunk - qsizetype(stream.avail_out);
            if (produced > 0) {
                out += produced;
                if (Status s = sink(QByteArrayView(buffer, produced)); !s)
                    return s;
            }
            if (flush == Z_FINISH && rc == Z_STREAM_END)
                break;
        } while (stream.avail_out == 0 || (flush == Z_FINISH));
        return {};
    }
};

GzipWriter::GzipWriter(Sink sink, int level) : d(std::make_unique<Impl>())
{
    d->sink = std::move(sink);
    // windowBits 15 + 16: a gzip wrapper. Without deflateSetHeader zlib writes what
    // `gzip -n` writes: no name, mtime 0, OS 3, and XFL 2 at level 9.
    d->initialised = deflateInit2(&d->stream, level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) == Z_OK;
}

GzipWriter::~GzipWriter()
{
    if (d->initialised)
        deflateEnd(&d->stream);
}

Status GzipWriter::write(QByteArrayView data)
{
    if (!d->initialised || d->finished)
        return Error(Error::Kind::Generic,
                     QCoreApplication::translate("apkdesk::GzipWriter", "gzip stream is not open"));
    d->in += data.size();
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype part = std::min<qsizetype>(data.size() - offset, 1 << 30);
        d->stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offset));
        d->stream.avail_in = uInt(part);
        if (Status s = d->pump(Z_NO_FLUSH); !s)
            return s;
        offset += part;
    }
    return {};
}

Status GzipWriter::finish()
{
    if (!d->initialised || d->finished)
        return Error(Error::Kind::Generic,
                     QCoreApplication::translate("apkdesk::GzipWriter", "gzip stream is not open"));
    d->stream.next_in = nullptr;
    d->stream.avail_in = 0;
    Status s = d->pump(Z_FINISH);
    d->finished = true;
    return s;
}

qint64 GzipWriter::bytesIn() const
{
    return d->in;
}

qint64 GzipWriter::bytesOut() const
{
    return d->out;
}

GzipWriter::Sink GzipWriter::deviceSink(QIODevice &device)
{
    return [&device](QByteArrayView bytes) -> Status {
        if (device.write(bytes.data(), bytes.size()) != bytes.size())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("apkdesk::GzipWriter", "write failed: %1")
                             .arg(device.errorString()));
        return {};
    };
}

GzipWriter::Sink GzipWriter::bufferSink(QByteArray &buffer)
{
    return [&buffer](QByteArrayView bytes) -> Status {
        buffer.append(bytes);
        return {};
    };
}

Result<QByteArray> gzipMember(QByteArrayView data, int level)
{
    QByteArray out;
    GzipWriter writer(GzipWriter::bufferSink(out), level);
    if (Status s = writer.write(data); !s)
        return s.error();
    if (Status s = writer.finish(); !s)
        return s.error();
    return out;
}

} // namespace apkdesk
