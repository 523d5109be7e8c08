#pragma once

#include "common/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

class QFile;

namespace apkdesk {

// A multipart/form-data request body (RFC 7578) that streams file parts from disk:
// only the small part headers are held in memory, so a 5 GB package costs a 5 GB read,
// not 5 GB of RAM. The device is random access with a known size, so QNetworkAccessManager
// sends a Content-Length and can rewind it when it has to resend.
class APKDESK_CORE_EXPORT MultipartBody : public QIODevice
{
    Q_OBJECT

public:
    explicit MultipartBody(QObject *parent = nullptr);
    ~MultipartBody() override;

    // Build the body before open(); fields and files keep the order they are added in.
    void addField(const QString &name, const QString &value);
    // Fails when the file cannot be opened. `fileName` is what the server stores it as.
    Status addFile(const QString &name, const QString &path, const QString &fileName);

    QByteArray boundary() const { return m_boundary; }
    // Only before the first part is added (a resent body must keep its Content-Type).
    void setBoundary(const QByteArray &boundary);
    QByteArray contentType() const; // multipart/form-data; boundary=...

    // Bytes of each file part consumed so far, for per-file progress.
    qint64 fileBytesRead(int fileIndex) const;
    qint64 fileSize(int fileIndex) const;
    int fileCount() const;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Segment
    {
        QByteArray bytes; // literal bytes, or
        std::unique_ptr<QFile> file; // a file streamed from disk
        qint64 size = 0;
        qint64 start = 0; // offset in the whole body
        int fileIndex = -1;
    };
    void appendLiteral(const QByteArray &bytes);
    void finish();
    const Segment *segmentAt(qint64 pos) const;

    QByteArray m_boundary;
    std::vector<Segment> m_segments;
    qint64 m_size = 0;
    bool m_finished = false;
};

} // namespace apkdesk
