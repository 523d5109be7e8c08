#include "upload/MultipartBody.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

namespace apkdesk {

namespace {

// Quotes a Content-Disposition parameter the way browsers do (RFC 7578 section 4.2):
// '"' and line breaks are percent-encoded so a file name cannot break the header.
QByteArray quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('%', "%25");
    out.replace('"', "%22");
    out.replace('\r', "%0D");
    out.replace('\n', "%0A");
    return '"' + out + '"';
}

} // namespace

MultipartBody::MultipartBody(QObject *parent) : QIODevice(parent)
{
    // 32 random alphanumerics: cannot occur by chance in a package's gzip stream.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    m_boundary = "----apkdesk-";
    for (int i = 0; i < 32; ++i)
        m_boundary += alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))];
}

MultipartBody::~MultipartBody() = default;

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

void MultipartBody::setBoundary(const QByteArray &boundary)
{
    if (m_segments.empty() && !boundary.isEmpty())
        m_boundary = boundary;
}

void MultipartBody::appendLiteral(const QByteArray &bytes)
{
    if (!m_segments.empty() && !m_segments.back().file) {
        m_segments.back().bytes += bytes;
        m_segments.back().size += bytes.size();
    } else {
        Segment segment;
        segment.bytes = bytes;
        segment.size = bytes.size();
        segment.start = m_size;
        m_segments.push_back(std::move(segment));
    }
    m_size += bytes.size();
}

void MultipartBody::addField(const QString &name, const QString &value)
{
    appendLiteral("--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n"
                  + value.toUtf8() + "\r\n");
}

Status MultipartBody::addFile(const QString &name, const QString &path, const QString &fileName)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::MultipartBody", "Cannot read the file: %1")
                         .arg(file->errorString()))
            .withLocation(path);
    appendLiteral("--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name)
                  + "; filename=" + quoted(fileName) + "\r\nContent-Type: application/octet-stream\r\n\r\n");
    Segment segment;
    segment.size = file->size();
    segment.start = m_size;
    segment.fileIndex = fileCount();
    segment.file = std::move(file);
    m_size += segment.size;
    m_segments.push_back(std::move(segment));
    appendLiteral("\r\n");
    return {};
}

void MultipartBody::finish()
{
    if (m_finished)
        return;
    appendLiteral("--" + m_boundary + "--\r\n");
    m_finished = true;
}

int MultipartBody::fileCount() const
{
    return int(std::count_if(m_segments.begin(), m_segments.end(),
                             [](const Segment &s) { return s.file != nullptr; }));
}

qint64 MultipartBody::fileSize(int fileIndex) const
{
    for (const Segment &segment : m_segments)
        if (segment.fileIndex == fileIndex)
            return segment.size;
    return 0;
}

qint64 MultipartBody::fileBytesRead(int fileIndex) const
{
    const qint64 position = pos();
    for (const Segment &segment : m_segments)
        if (segment.fileIndex == fileIndex)
            return std::clamp<qint64>(position - segment.start, 0, segment.size);
    return 0;
}

bool MultipartBody::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !(mode & QIODevice::ReadOnly))
        return false;
    finish();
    return QIODevice::open(mode);
}

void MultipartBody::close()
{
    QIODevice::close();
}

qint64 MultipartBody::size() const
{
    return m_size;
}

bool MultipartBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    return QIODevice::seek(pos);
}

bool MultipartBody::atEnd() const
{
    return pos() >= m_size;
}

const MultipartBody::Segment *MultipartBody::segmentAt(qint64 pos) const
{
    // Few segments (3 per file): a linear scan is cheaper than anything clever.
    for (const Segment &segment : m_segments)
        if (pos >= segment.start && pos < segment.start + segment.size)
            return &segment;
    return nullptr;
}

qint64 MultipartBody::readData(char *data, qint64 maxSize)
{
    qint64 position = pos();
    qint64 done = 0;
    while (done < maxSize && position < m_size) {
        const Segment *segment = segmentAt(position);
        if (!segment)
            break;
        const qint64 offset = position - segment->start;
        const qint64 wanted = std::min(maxSize - done, segment->size - offset);
        qint64 got = 0;
        if (segment->file) {
            if (!segment->file->seek(offset)) {
                setErrorString(segment->file->errorString());
                return done > 0 ? done : -1;
            }
            got = segment->file->read(data + done, wanted);
            if (got <= 0) {
                // The file shrank or vanished while being sent: fail rather than pad.
                setErrorString(QCoreApplication::translate("apkdesk::MultipartBody",
                                                           "%1 changed while it was being sent")
                                   .arg(segment->file->fileName()));
                return done > 0 ? done : -1;
            }
        } else {
            std::copy_n(segment->bytes.constData() + offset, wanted, data + done);
            got = wanted;
        }
        done += got;
        position += got;
    }
    return done;
}

} // namespace apkdesk
