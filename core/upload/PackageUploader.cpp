#include "upload/PackageUploader.h"

#include "common/Logging.h"
#include "repositories/NetworkAccess.h"
#include "repositories/RequestJob.h"
#include "upload/MultipartBody.h"
#include "upload/UploadErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

namespace apkdesk {

PackageUploader::PackageUploader(NetworkAccess *access, ServerProfile profile, QByteArray token,
                                 QObject *parent)
    : QObject(parent), m_access(access), m_profile(std::move(profile)), m_token(token.trimmed())
{ }

PackageUploader::~PackageUploader()
{
    // Not through the finished() handler: the derived part of this object is gone already.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

std::unique_ptr<PackageUploader> PackageUploader::create(NetworkAccess *access, const ServerProfile &profile,
                                                         const QByteArray &token, QObject *parent)
{
    if (profile.kind == ServerProfile::Kind::Gitea)
        return std::make_unique<GiteaUploader>(access, profile, token, parent);
    return std::make_unique<ReposerveUploader>(access, profile, token, parent);
}

Status PackageUploader::preflight() const
{
    if (auto status = m_profile.validate(); !status)
        return status;
    if (auto status = m_profile.checkTransportAllowed(); !status)
        return status;
    return {};
}

void PackageUploader::start(const UploadTarget &target, const QList<UploadPackage> &packages)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_target = target;
    m_packages = packages;
    // Decisions are reported from the event loop so callers can connect after start().
    QTimer::singleShot(0, this, [this] {
        if (m_cancelled)
            return finish(Error::cancelled());
        if (auto status = preflight(); !status)
            return finish(status);
        if (m_packages.isEmpty())
            return finish(Error(Error::Kind::InvalidArgument, tr("No package to upload.")));
        send();
    });
}

void PackageUploader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel(); // its finished() reports the cancellation
}

void PackageUploader::finish(Status status)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(status);
}

namespace {

// Reads 4xx answers itself (reposerve's 401 reasons, Gitea's 409...), but leaves 5xx, 408
// and 429 to NetworkJob so they are retried with backoff like any other request.
class UploadRequestJob : public RequestJob
{
public:
    using RequestJob::RequestJob;

protected:
    bool acceptsStatus(int status) const override
    {
        return (status >= 200 && status < 300)
            || (status >= 400 && status < 500 && status != 408 && status != 429);
    }
};

} // namespace

RequestJob *PackageUploader::createJob(const QUrl &url, const QByteArray &verb)
{
    auto *job = new UploadRequestJob(m_access, url, this);
    job->setVerb(verb);
    job->setRetrySafe(true);
    const QByteArray auth = authorization();
    if (!auth.isEmpty())
        job->setAuthorization(auth);
    job->setRawHeader("Accept", "text/plain, */*");
    connect(job, &AsyncJob::statusMessage, this, &PackageUploader::statusMessage);
    m_job = job;
    return job;
}

Status PackageUploader::interpret(RequestJob &job, const Status &result) const
{
    const int status = job.httpStatus();
    if (result && status >= 200 && status < 300)
        return {};
    // An HTTP answer (401, 403, 409...) is judged by its status and text, even when Qt also
    // flagged it as a reply error (AuthenticationRequiredError for 401...).
    const bool answered = status >= 300 && (result || result.error().kind() != Error::Kind::Cancelled);
    if (answered)
        return UploadErrors::forStatus(m_profile.kind, status, job.responseBody(), m_jwt)
            .withLocation(job.url().toDisplayString());
    if (!result) {
        Error error = result.error();
        if (error.kind() == Error::Kind::Network || error.kind() == Error::Kind::Truncated)
            error.prefixed(tr("The upload did not complete"));
        return error;
    }
    return Error(Error::Kind::Http, tr("The server gave no HTTP answer."))
        .withLocation(job.url().toDisplayString());
}

// ---- reposerve ------------------------------------------------------------------------

Status ReposerveUploader::preflight() const
{
    if (auto status = PackageUploader::preflight(); !status)
        return status;
    if (m_token.isEmpty())
        return {}; // a dev-mode server takes uploads without a token; others answer 401
    auto jwt = Jwt::decode(m_token);
    if (!jwt)
        return jwt.error();
    return jwt->checkUsable();
}

QByteArray ReposerveUploader::authorization() const
{
    return m_token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + m_token;
}

void ReposerveUploader::send()
{
    if (!m_token.isEmpty())
        m_jwt = Jwt::decode(m_token).valueOr(Jwt());
    // Every file is opened up front so a missing one is reported before anything is sent.
    MultipartBody probe;
    for (const UploadPackage &package : std::as_const(m_packages)) {
        if (auto status = probe.addFile(QStringLiteral("file"), package.path, package.fileName); !status)
            return finish(status);
    }
    const auto makeBody = [this](const QByteArray &boundary) -> MultipartBody * {
        auto *body = new MultipartBody;
        body->setBoundary(boundary);
        body->addField(QStringLiteral("version"), m_target.version);
        body->addField(QStringLiteral("repo"), m_target.repo);
        body->addField(QStringLiteral("arch"), m_target.arch);
        for (const UploadPackage &package : std::as_const(m_packages))
            (void)body->addFile(QStringLiteral("file"), package.path, package.fileName);
        return body;
    };
    std::unique_ptr<MultipartBody> sizing(makeBody(QByteArray()));
    sizing->open(QIODevice::ReadOnly);
    const qint64 total = sizing->size();
    const QByteArray contentType = sizing->contentType();
    RequestJob *job = createJob(m_profile.uploadUrl(m_target), QByteArrayLiteral("POST"));
    auto current = std::make_shared<QPointer<MultipartBody>>();
    auto boundary = sizing->boundary();
    job->setBodyFactory(
        [makeBody, current, boundary]() -> QIODevice * {
            MultipartBody *body = makeBody(boundary);
            body->open(QIODevice::ReadOnly);
            *current = body;
            return body;
        },
        total, contentType);
    connect(job, &RequestJob::uploadProgress, this, [this, current](qint64, qint64) {
        const MultipartBody *body = current->data();
        if (!body)
            return;
        for (int i = 0; i < body->fileCount(); ++i)
            Q_EMIT packageProgress(i, body->fileBytesRead(i), body->fileSize(i));
    });
    connect(job, &AsyncJob::finished, this, [this, job](const Status &result) {
        const Status status = interpret(*job, result);
        job->deleteLater();
        for (int i = 0; i < m_packages.size(); ++i)
            Q_EMIT packageFinished(i, status);
        finish(status);
    });
    qCInfo(lcUpload) << "POST" << job->url().toDisplayString() << m_packages.size() << "file(s) to"
                     << m_target.toString();
    job->start();
}

// ---- Gitea / Forgejo ------------------------------------------------------------------

Status GiteaUploader::preflight() const
{
    if (auto status = PackageUploader::preflight(); !status)
        return status;
    if (m_token.isEmpty())
        return Error(Error::Kind::Auth,
                     tr("No token for %1: set one (a Gitea/Forgejo access token with the package "
                        "write scope).")
                         .arg(m_profile.displayName()));
    if (auto status = checkPathComponent(m_target.version, tr("branch")); !status)
        return status;
    return checkPathComponent(m_target.repo, tr("repository"));
}

QByteArray GiteaUploader::authorization() const
{
    return QByteArrayLiteral("Basic ") + QByteArray(m_profile.user.toUtf8() + ':' + m_token).toBase64();
}

void GiteaUploader::send()
{
    m_next = 0;
    m_failures.clear();
    sendNext();
}

void GiteaUploader::sendNext()
{
    if (m_cancelled)
        return finish(Error::cancelled());
    if (m_next >= m_packages.size()) {
        if (m_failures.isEmpty())
            return finish({});
        if (m_failures.size() == 1)
            return finish(m_failures.first());
        return finish(Error(Error::Kind::Http,
                            tr("%n of %1 packages were not accepted; the "
                               "first: %2",
                               nullptr, m_failures.size())
                                .arg(m_packages.size())
                                .arg(m_failures.first().message())));
    }
    const int index = m_next++;
    const UploadPackage &package = m_packages.at(index);
    QFile check(package.path);
    if (!check.open(QIODevice::ReadOnly)) {
        const Error error = Error(Error::Kind::Io, tr("Cannot read the package: %1").arg(check.errorString()))
                                .withLocation(package.path);
        m_failures << error;
        Q_EMIT packageFinished(index, error);
        return sendNext();
    }
    const qint64 size = check.size();
    check.close();

    RequestJob *job = createJob(m_profile.uploadUrl(m_target), QByteArrayLiteral("PUT"));
    const QString path = package.path;
    job->setBodyFactory(
        [path]() -> QIODevice * {
            auto *file = new QFile(path);
            file->open(QIODevice::ReadOnly);
            return file;
        },
        size, QByteArrayLiteral("application/octet-stream"));
    connect(job, &RequestJob::uploadProgress, this,
            [this, index, size](qint64 sent, qint64) { Q_EMIT packageProgress(index, sent, size); });
    connect(job, &AsyncJob::finished, this, [this, job, index](const Status &result) {
        Status status = interpret(*job, result);
        // A 409 after a retried attempt: the earlier attempt was stored. The index check
        // compares the checksum, so a different older file would still be caught.
        if (!status && job->httpStatus() == 409 && job->attempts() > 1)
            status = {};
        job->deleteLater();
        if (!status && status.error().kind() == Error::Kind::Cancelled)
            return finish(status);
        if (!status)
            m_failures << status.error();
        Q_EMIT packageFinished(index, status);
        sendNext();
    });
    qCInfo(lcUpload) << "PUT" << job->url().toDisplayString() << package.fileName;
    job->start();
}

} // namespace apkdesk
