#include "upload/UploadVerifier.h"

#include "repositories/NetworkAccess.h"
#include "repositories/RequestJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace apkdesk {

namespace {
constexpr qint64 kMaxIndexBytes = 512LL * 1024 * 1024;
}

UploadVerifier::UploadVerifier(NetworkAccess *access, ServerProfile profile, QByteArray token,
                               TrustStore trust, QObject *parent)
    : QObject(parent), m_access(access), m_profile(std::move(profile)), m_token(token.trimmed()),
      m_trust(std::move(trust)), m_cancel(std::make_shared<std::atomic_bool>(false))
{ }

UploadVerifier::~UploadVerifier()
{
    m_cancel->store(true);
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished(); // the reader stops at the cancel flag
    }
}

void UploadVerifier::verify(const UploadTarget &target, const QList<UploadPackage> &packages)
{
    if (m_running)
        return;
    m_running = true;
    m_target = target;
    m_packages = packages;
    m_cancel->store(false);
    auto *job = new RequestJob(m_access, m_profile.indexUrl(target), this);
    // Never an intermediate cache's copy: the point is to see what the server has now.
    job->setRawHeader("Cache-Control", "no-cache");
    job->setMaxResponseBytes(kMaxIndexBytes);
    if (m_profile.kind == ServerProfile::Kind::Gitea && !m_token.isEmpty()) // private registries
        job->setAuthorization(QByteArrayLiteral("Basic ")
                              + QByteArray(m_profile.user.toUtf8() + ':' + m_token).toBase64());
    connect(job, &AsyncJob::finished, this, &UploadVerifier::onDownloaded);
    m_job = job;
    job->start();
}

void UploadVerifier::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    if (m_job)
        m_job->cancel();
}

void UploadVerifier::onDownloaded(const Status &result)
{
    RequestJob *job = m_job.data();
    if (!job)
        return;
    job->deleteLater();
    if (!result) {
        UploadVerification verification;
        Error error = result.error();
        if (error.kind() != Error::Kind::Cancelled)
            error.prefixed(tr("The server accepted the upload, but its index could not be "
                              "downloaded to confirm it"));
        verification.status = error;
        return done(verification);
    }
    const QByteArray bytes = job->responseBody();
    const QString source = job->url().toDisplayString();
    IndexReadOptions options;
    options.trust = m_trust;
    options.cancel = m_cancel.get();
    m_watcher = std::make_unique<QFutureWatcher<Result<LoadedIndex>>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, [this] {
        const Result<LoadedIndex> loaded = m_watcher->result();
        UploadVerification verification;
        if (m_cancel->load())
            verification.status = Error::cancelled();
        else if (!loaded)
            verification.status =
                Error(loaded.error())
                    .prefixed(tr("The server's index after the upload is not a valid index"));
        else
            verification = compare(*loaded, m_packages, m_profile.kind);
        done(verification);
    });
    // Parsing a 30,000-entry index takes a while: never on the caller's (GUI) thread.
    m_watcher->setFuture(QtConcurrent::run(
        [bytes, source, options] { return IndexReader::readBytes(bytes, source, options); }));
}

void UploadVerifier::done(UploadVerification result)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(result);
}

UploadVerification UploadVerifier::compare(const LoadedIndex &loaded, const QList<UploadPackage> &packages,
                                           ServerProfile::Kind kind)
{
    UploadVerification result;
    result.indexTrusted = loaded.isTrusted();
    result.indexKeyName = loaded.verdict.keyName;
    result.indexSummary =
        tr("%1, %n package(s)", nullptr, loaded.index.size()).arg(loaded.verdictDescription());
    Error indexProblem;
    bool indexOk = result.indexTrusted;
    if (!indexOk) {
        QString advice = kind == ServerProfile::Kind::Gitea
            ? tr("Trust the registry's key (it is offered from the server) and check again.")
            : tr("Add the server's public key to the trusted keys, or the server failed to sign "
                 "its new index.");
        indexProblem =
            Error(
                Error::Kind::Untrusted,
                tr("The server's index is not trustworthy: %1. %2").arg(loaded.verdictDescription(), advice))
                .withLocation(loaded.source);
    }
    int problems = 0;
    for (const UploadPackage &package : packages) {
        if (!indexOk) {
            result.packages << Status(indexProblem);
            ++problems;
            continue;
        }
        const int row = loaded.index.find(package.name.toUtf8(), package.version.toUtf8());
        if (row < 0) {
            result.packages << Status(Error(Error::Kind::NotFound,
                                            tr("%1 is not in the server's index: the server "
                                               "stored the upload but its re-indexing failed, or "
                                               "the package went to another repository.")
                                                .arg(package.nameVersion())));
            ++problems;
            continue;
        }
        const QString listed = loaded.index.entry(row).checksum();
        if (listed != package.identity) {
            result.packages << Status(Error(Error::Kind::Crypto,
                                            tr("The index lists %1 with checksum %2, but the "
                                               "uploaded file has %3: the server kept another "
                                               "build, or re-indexing failed.")
                                                .arg(package.nameVersion(), listed, package.identity)));
            ++problems;
            continue;
        }
        result.packages << Status();
    }
    if (!indexOk)
        result.status = indexProblem;
    else if (problems > 0)
        result.status =
            Error(Error::Kind::NotFound,
                  tr("%n uploaded package(s) are not confirmed by the server's index.", nullptr, problems));
    return result;
}

} // namespace apkdesk
