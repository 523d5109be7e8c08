#include "repositories/IndexFetchJob.h"

#include "common/Logging.h"
#include "indexes/IndexReader.h"
#include "repositories/DownloadJob.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace apkdesk {

namespace {

// Failures where the server, not the index, is the problem: the cached copy still serves.
bool serverUnavailable(const Error &error)
{
    if (error.kind() == Error::Kind::Network || error.kind() == Error::Kind::Truncated)
        return true;
    return error.kind() == Error::Kind::Http && error.message().contains(QLatin1String("HTTP 5"));
}

} // namespace

IndexVetter verifyingIndexVetter(const TrustStore &trust, bool allowUntrusted, bool allowRollback)
{
    return [trust, allowUntrusted, allowRollback](
               const QString &path, const std::optional<IndexCacheEntry> &previous) -> Result<IndexVetting> {
        IndexReadOptions options;
        options.trust = trust;
        Result<LoadedIndex> loaded = IndexReader::readFile(path, options);
        if (!loaded)
            return loaded.error();
        IndexVetting vetting { loaded->isTrusted(), loaded->verdictDescription(), loaded->builtAt() };
        if (!vetting.trusted && !allowUntrusted)
            return Error(Error::Kind::Untrusted,
                         QCoreApplication::translate(
                             "apkdesk::IndexFetchJob",
                             "the index is not trusted: %1 (use --allow-untrusted to read it anyway)")
                             .arg(vetting.summary));
        if (previous && previous->builtAt.isValid() && vetting.builtAt.isValid()
            && vetting.builtAt < previous->builtAt && !allowRollback)
            return Error(
                Error::Kind::Untrusted,
                QCoreApplication::translate(
                    "apkdesk::IndexFetchJob",
                    "the server's index (made %1) is older than the cached one (made %2): "
                    "a rollback needs your confirmation")
                    .arg(vetting.builtAt.toString(Qt::ISODate), previous->builtAt.toString(Qt::ISODate)));
        return vetting;
    };
}

IndexFetchJob::IndexFetchJob(NetworkAccess *access, IndexCache *cache, const QUrl &indexUrl,
                             IndexVetter vetter, QObject *parent)
    : AsyncJob(parent), m_access(access), m_cache(cache), m_url(indexUrl), m_vetter(std::move(vetter))
{ }

IndexFetchJob::~IndexFetchJob()
{
    if (m_watcher)
        m_watcher->waitForFinished(); // the vetter only reads its files; it ends soon
    if (!m_candidate.isEmpty())
        QFile::remove(m_candidate);
}

void IndexFetchJob::run()
{
    if (Status ok = NetworkAccess::checkUrl(m_url); !ok) {
        finish(ok.error());
        return;
    }
    if (m_url.isLocalFile()) {
        fetchLocal();
        return;
    }
    m_previous = m_cache->lookup(m_url);
    if (m_offlineOnly) {
        useCacheOffline(Error(Error::Kind::Network, tr("working offline")));
        return;
    }
    m_candidate = m_cache->entryDirectory(m_url) + QStringLiteral("/candidate-")
        + QString::number(QRandomGenerator::global()->generate64(), 16) + QStringLiteral(".tar.gz");
    m_download = new DownloadJob(m_access, m_url, m_candidate, this);
    // Alpine's largest index (edge community) is a few MB: a bigger answer is not an index.
    m_download->setMaxBytes(std::min<qint64>(m_access->policy().maxDownloadBytes, 256LL * 1024 * 1024));
    if (m_previous && !m_force)
        m_download->setConditional(m_previous->etag, m_previous->lastModified);
    connect(m_download, &AsyncJob::progress, this, &AsyncJob::progress);
    connect(m_download, &AsyncJob::statusMessage, this, &AsyncJob::statusMessage);
    connect(m_download, &AsyncJob::finished, this, &IndexFetchJob::onDownloadFinished);
    m_download->start();
}

void IndexFetchJob::abort()
{
    if (m_download) {
        disconnect(m_download, nullptr, this, nullptr);
        m_download->cancel();
        m_download->deleteLater();
        m_download = nullptr;
    }
    if (m_watcher)
        m_watcher->disconnect(this);
}

void IndexFetchJob::fetchLocal()
{
    const QString path = m_url.toLocalFile();
    if (!QFile::exists(path)) {
        finish(Error(Error::Kind::NotFound, tr("no such file")).withLocation(path));
        return;
    }
    vet(path, [this, path](Result<IndexVetting> vetting) {
        if (!vetting) {
            finish(vetting.error());
            return;
        }
        m_fetch.source = IndexFetchResult::Source::Local;
        m_fetch.path = path;
        m_fetch.entry = IndexCacheEntry {
            m_url, path, {}, {}, QDateTime::currentDateTimeUtc(), vetting->trusted, vetting->summary,
            vetting->builtAt
        };
        finish(Status {});
    });
}

void IndexFetchJob::vet(const QString &path, std::function<void(Result<IndexVetting>)> then)
{
    if (!m_vetter) {
        then(IndexVetting { false, tr("not verified"), QDateTime() });
        return;
    }
    m_watcher = std::make_unique<QFutureWatcher<Result<IndexVetting>>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, [this, then] {
        Result<IndexVetting> vetting = m_watcher->result();
        then(std::move(vetting));
    });
    Q_EMIT statusMessage(tr("verifying the index"));
    m_watcher->setFuture(QtConcurrent::run(m_vetter, path, m_previous));
}

void IndexFetchJob::useCacheOffline(const Error &error)
{
    if (!m_previous) {
        finish(error);
        return;
    }
    qCInfo(lcNetwork) << "using the cached copy of" << m_url.toDisplayString()
                      << "offline:" << error.toString();
    m_fetch.source = IndexFetchResult::Source::OfflineCache;
    m_fetch.path = m_previous->path;
    m_fetch.entry = *m_previous;
    m_fetch.offlineReason = error.toString();
    Q_EMIT statusMessage(
        tr("offline: showing the copy from %1")
            .arg(QLocale().toString(m_previous->fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    finish(Status {});
}

void IndexFetchJob::onDownloadFinished()
{
    DownloadJob *download = m_download;
    m_download = nullptr;
    download->deleteLater();
    const Status result = download->result();
    if (!result) {
        m_candidate.clear(); // the download job removed its files
        if (serverUnavailable(result.error()))
            useCacheOffline(result.error());
        else
            finish(result);
        return;
    }
    if (download->notModified() && m_previous) {
        m_candidate.clear();
        if (Status ok = m_cache->touch(m_url); !ok)
            qCWarning(lcNetwork) << "cannot update the cache metadata:" << ok.error().toString();
        m_fetch.source = IndexFetchResult::Source::NotModified;
        m_fetch.entry = m_cache->lookup(m_url).value_or(*m_previous);
        m_fetch.path = m_fetch.entry.path;
        finish(Status {});
        return;
    }
    const QByteArray etag = download->etag();
    const QByteArray lastModified = download->lastModified();
    vet(m_candidate, [this, etag, lastModified](Result<IndexVetting> vetting) {
        const QString candidate = m_candidate;
        m_candidate.clear();
        auto reject = [&](Error error) {
            QFile::remove(candidate);
            if (m_previous)
                error = Error(error.kind(), error.message() + tr(" (the cached copy was kept)"))
                            .withLocation(error.location());
            if (error.location().isEmpty())
                error.withLocation(m_url.toDisplayString());
            m_fetch.entry = m_previous.value_or(IndexCacheEntry {});
            m_fetch.path = m_fetch.entry.path;
            finish(error);
        };
        if (!vetting) {
            reject(vetting.error());
            return;
        }
        if (m_previous && m_previous->trusted && !vetting->trusted && !m_allowDowngrade) {
            reject(
                Error(Error::Kind::Untrusted,
                      tr("this repository served a trusted index before and now serves one that is not (%1)")
                          .arg(vetting->summary)));
            return;
        }
        Result<IndexCacheEntry> stored =
            m_cache->store(m_url, candidate, etag, lastModified, vetting->trusted, vetting->summary);
        if (!stored) {
            QFile::remove(candidate);
            finish(stored.error());
            return;
        }
        m_fetch.source = IndexFetchResult::Source::Downloaded;
        m_fetch.entry = *stored;
        m_fetch.path = stored->path;
        finish(Status {});
    });
}

} // namespace apkdesk
