#pragma once

#include "repositories/NetworkJob.h"

#include <apkdesk/core_export.h>

#include <QFileDevice>
#include <QFutureWatcher>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace apkdesk {

// Downloads one URL into a file. The bytes go to a temporary file in the target's folder;
// only when the transfer is complete, its length right and the verify callback agrees is it
// renamed over the target. On failure or cancel the target is untouched and the temporary
// file removed (nothing spliced is ever kept, HOSTILE case 31).
//
// After a dropped connection the next attempt resumes with Range + If-Range when the server
// gave an ETag or Last-Modified; a 200 answer to the Range request, a 416, or a different
// ETag make it start again from byte 0.
class APKDESK_CORE_EXPORT DownloadJob : public NetworkJob
{
    Q_OBJECT
public:
    // Called with the complete temporary file before it replaces the target; an error keeps
    // the target as it was. Runs in a worker thread (QtConcurrent): it may only read the file
    // it is given and values it captured by copy.
    using Verifier = std::function<Status(const QString &temporaryPath)>;

    DownloadJob(NetworkAccess *access, const QUrl &url, const QString &targetPath, QObject *parent = nullptr);
    ~DownloadJob() override;

    QString targetPath() const { return m_targetPath; }
    void setVerifier(Verifier verifier) { m_verifier = std::move(verifier); }
    // Overrides the policy's maxDownloadBytes.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Conditional GET: a 304 answer finishes successfully with notModified() and keeps nothing.
    void setConditional(const QByteArray &etag, const QByteArray &lastModified);
    bool notModified() const { return m_notModified; }

    // Permissions of the kept file (default: 0644 as umask allows).
    void setPermissions(QFileDevice::Permissions permissions) { m_permissions = permissions; }

    // Bytes of the kept file once finished.
    qint64 bytesWritten() const { return m_written; }
    // Whether any attempt resumed a partial transfer (for tests and the log).
    bool resumed() const { return m_resumedOnce; }
    QByteArray etag() const { return m_etag; }
    QByteArray lastModified() const { return m_lastModified; }

protected:
    void run() override;
    void decorateRequest(QNetworkRequest &request) override;
    bool acceptsStatus(int status) const override;
    Status beginBody(QNetworkReply &reply) override;
    Status consume(const QByteArray &chunk) override;
    Status completeBody(QNetworkReply &reply) override;
    void resetForRetry() override;
    void abort() override;
    Status handleFailure(const Error &error) override;
    void completed() override;

    // Subclasses (the index fetcher) may replace where the verified file goes.
    virtual Status keep(const QString &temporaryPath);
    QTemporaryFile *temporaryFile() const { return m_temp.get(); }

private:
    Status openTemporary();
    void discardTemporary();

    QString m_targetPath;
    Verifier m_verifier;
    qint64 m_maxBytes = -1;
    std::optional<QFileDevice::Permissions> m_permissions;
    std::unique_ptr<QTemporaryFile> m_temp;
    qint64 m_written = 0;
    qint64 m_resumeFrom = 0;
    bool m_resumedOnce = false;
    QByteArray m_etag;
    QByteArray m_lastModified;
    QByteArray m_conditionalEtag;
    QByteArray m_conditionalLastModified;
    bool m_notModified = false;
    std::unique_ptr<QFutureWatcher<Status>> m_verifyWatcher;
};

} // namespace apkdesk
