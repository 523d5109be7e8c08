#include "repositories/DownloadJob.h"

#include "common/Logging.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <unistd.h>

namespace apkdesk {

namespace {

// If-Range needs a strong validator: a weak ETag ("W/...") may not be used.
bool isStrongEtag(const QByteArray &etag)
{
    return !etag.isEmpty() && !etag.startsWith("W/");
}

} // namespace

DownloadJob::DownloadJob(NetworkAccess *access, const QUrl &url, const QString &targetPath, QObject *parent)
    : NetworkJob(access, url, parent), m_targetPath(QFileInfo(targetPath).absoluteFilePath())
{ }

DownloadJob::~DownloadJob()
{
    discardTemporary();
}

void DownloadJob::setConditional(const QByteArray &etag, const QByteArray &lastModified)
{
    m_conditionalEtag = etag;
    m_conditionalLastModified = lastModified;
}

void DownloadJob::run()
{
    const QFileInfo target(m_targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        finish(Error(Error::Kind::Io, tr("cannot create the folder")).withLocation(target.absolutePath()));
        return;
    }
    if (Status ok = openTemporary(); !ok) {
        finish(ok.error());
        return;
    }
    NetworkJob::run();
}

Status DownloadJob::openTemporary()
{
    const QFileInfo target(m_targetPath);
    m_temp = std::make_unique<QTemporaryFile>(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                                              + QStringLiteral(".XXXXXX.part"));
    m_temp->setAutoRemove(true);
    if (!m_temp->open())
        return Error(Error::Kind::Io, tr("cannot create a temporary file: %1").arg(m_temp->errorString()))
            .withLocation(target.absolutePath());
    m_written = 0;
    return {};
}

void DownloadJob::discardTemporary()
{
    if (m_temp) {
        m_temp->close();
        m_temp->remove();
        m_temp.reset();
    }
}

void DownloadJob::decorateRequest(QNetworkRequest &request)
{
    if (m_resumeFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
        // The server sends the rest only when the file is the one we started with; otherwise
        // it answers 200 with the whole new file and we start over.
        request.setRawHeader("If-Range", isStrongEtag(m_etag) ? m_etag : m_lastModified);
        return;
    }
    if (!m_conditionalEtag.isEmpty())
        request.setRawHeader("If-None-Match", m_conditionalEtag);
    if (!m_conditionalLastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_conditionalLastModified);
}

bool DownloadJob::acceptsStatus(int status) const
{
    if (status == 304)
        return !m_conditionalEtag.isEmpty() || !m_conditionalLastModified.isEmpty();
    if (status == 416)
        return m_resumeFrom > 0;
    return status >= 200 && status < 300;
}

Status DownloadJob::beginBody(QNetworkReply &reply)
{
    Q_UNUSED(reply)
    const int status = httpStatus();
    m_notModified = status == 304;
    if (m_notModified)
        return {};
    const QByteArray etag = responseHeader("ETag");
    const QByteArray lastModified = responseHeader("Last-Modified");

    if (status == 416) {
        // The server will not give us the rest: start again from byte 0.
        m_resumeFrom = 0;
        m_etag.clear();
        m_lastModified.clear();
        m_temp->resize(0);
        m_temp->seek(0);
        m_written = 0;
        setRetryableFailure();
        return httpError(Error::Kind::Http, tr("the server refused to resume (HTTP 416)"));
    }
    if (status == 206) {
        const QByteArray range = responseHeader("Content-Range");
        static const QRegularExpression pattern(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto match = pattern.match(QString::fromLatin1(range.trimmed()));
        const bool sameFile = m_etag.isEmpty() || etag.isEmpty() || etag == m_etag;
        if (m_resumeFrom == 0 || !match.hasMatch() || match.captured(1).toLongLong() != m_resumeFrom
            || !sameFile) {
            // A partial answer we did not ask for, at the wrong offset, or of another file:
            // never splice it; the next attempt starts from byte 0.
            m_resumeFrom = 0;
            m_etag.clear();
            m_lastModified.clear();
            m_temp->resize(0);
            m_temp->seek(0);
            m_written = 0;
            setRetryableFailure();
            return httpError(Error::Kind::Http,
                             tr("the server answered the resume with a different range or file; restarting"));
        }
        m_temp->seek(m_resumeFrom);
        m_written = m_resumeFrom;
        m_resumedOnce = true;
        setProgressOffset(m_resumeFrom);
        qCInfo(lcNetwork) << "resuming" << url().toDisplayString() << "at" << m_resumeFrom;
    } else {
        // 200: the whole file, also when it answers a Range request (the file changed or the
        // server ignores ranges): whatever was received before is dropped.
        m_resumeFrom = 0;
        m_temp->resize(0);
        m_temp->seek(0);
        m_written = 0;
        setProgressOffset(0);
        m_etag = etag;
        m_lastModified = lastModified;
    }
    const qint64 cap = m_maxBytes >= 0 ? m_maxBytes : access()->policy().maxDownloadBytes;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && m_written + length.toLongLong() > cap)
        return httpError(Error::Kind::LimitExceeded,
                         tr("the file is %1 bytes, more than the limit of %2")
                             .arg(m_written + length.toLongLong())
                             .arg(cap));
    return {};
}

Status DownloadJob::consume(const QByteArray &chunk)
{
    if (m_notModified)
        return {};
    const qint64 cap = m_maxBytes >= 0 ? m_maxBytes : access()->policy().maxDownloadBytes;
    if (m_written + chunk.size() > cap)
        return httpError(Error::Kind::LimitExceeded,
                         tr("the download exceeds the limit of %1 bytes").arg(cap));
    if (m_temp->write(chunk) != chunk.size())
        return Error(Error::Kind::Io, tr("cannot write the download: %1").arg(m_temp->errorString()))
            .withLocation(m_temp->fileName());
    m_written += chunk.size();
    return {};
}

Status DownloadJob::completeBody(QNetworkReply &reply)
{
    Q_UNUSED(reply)
    if (m_notModified) {
        discardTemporary();
        return {};
    }
    if (!m_temp->flush() || ::fsync(m_temp->handle()) != 0)
        return Error(Error::Kind::Io, tr("cannot write the download: %1").arg(m_temp->errorString()))
            .withLocation(m_temp->fileName());
    m_temp->close();
    return {};
}

void DownloadJob::completed()
{
    if (m_notModified || !m_verifier) {
        finish(m_notModified ? Status {} : keep(m_temp->fileName()));
        return;
    }
    // Hashing a large package must not stall the GUI thread.
    Q_EMIT statusMessage(tr("verifying"));
    m_verifyWatcher = std::make_unique<QFutureWatcher<Status>>();
    connect(m_verifyWatcher.get(), &QFutureWatcherBase::finished, this, [this] {
        Status verdict = m_verifyWatcher->result();
        if (!verdict) {
            Error error = verdict.error();
            if (error.location().isEmpty())
                error.withLocation(url().toDisplayString());
            discardTemporary();
            finish(error);
            return;
        }
        Status kept = keep(m_temp->fileName());
        if (!kept)
            discardTemporary();
        finish(kept);
    });
    m_verifyWatcher->setFuture(QtConcurrent::run(m_verifier, m_temp->fileName()));
}

Status DownloadJob::keep(const QString &temporaryPath)
{
    m_temp->close();
    if (m_permissions)
        QFile::setPermissions(temporaryPath, *m_permissions);
    else
        QFile::setPermissions(temporaryPath,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
    // rename(2) replaces the target atomically: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(m_targetPath).constData())
        != 0)
        return Error(Error::Kind::Io,
                     tr("cannot move the download into place: %1").arg(qt_error_string(errno)))
            .withLocation(m_targetPath);
    m_temp->setAutoRemove(false);
    m_temp.reset();
    return {};
}

void DownloadJob::resetForRetry()
{
    if (!m_temp)
        return;
    const qint64 have = m_written;
    if (have > 0 && (isStrongEtag(m_etag) || !m_lastModified.isEmpty())) {
        m_resumeFrom = have;
    } else {
        m_resumeFrom = 0;
        m_temp->resize(0);
        m_temp->seek(0);
        m_written = 0;
    }
}

void DownloadJob::abort()
{
    if (m_verifyWatcher)
        m_verifyWatcher->disconnect(this);
    NetworkJob::abort();
    discardTemporary();
}

Status DownloadJob::handleFailure(const Error &error)
{
    discardTemporary();
    return error;
}

} // namespace apkdesk
