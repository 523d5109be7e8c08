#include "browser/RepositoryLoader.h"

#include "repositories/IndexFetchJob.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace apkdesk::ui {

struct RepositoryLoader::Outcome
{
    std::shared_ptr<BrowsedRepository> repository;
    std::optional<Error> error;
};

RepositoryLoader::RepositoryLoader(NetworkAccess *network, const QString &cacheDirectory, QObject *parent)
    : QObject(parent), m_network(network), m_cache(cacheDirectory)
{ }

RepositoryLoader::~RepositoryLoader()
{
    cancel();
}

std::shared_ptr<RepositoryLoader::Outcome> RepositoryLoader::build(const QString &path,
                                                                   const TrustStore &trust,
                                                                   std::shared_ptr<std::atomic_bool> cancel)
{
    auto outcome = std::make_shared<Outcome>();
    IndexReadOptions options;
    options.trust = trust;
    options.cancel = cancel.get();
    Result<LoadedIndex> loaded = IndexReader::readFile(path, options);
    if (!loaded) {
        outcome->error = loaded.error();
        return outcome;
    }
    auto repository = std::make_shared<BrowsedRepository>();
    repository->loaded = std::move(loaded.value());
    repository->graph = PackageGraph(repository->loaded.index);
    repository->search = std::make_shared<PackageSearch>(repository->graph);
    outcome->repository = std::move(repository);
    return outcome;
}

void RepositoryLoader::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    if (m_job)
        m_job->cancel();
    m_loading = false;
}

void RepositoryLoader::load(const Request &request)
{
    cancel();
    const quint64 generation = m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_loading = true;

    // Read on the GUI thread (settings), used read-only by the worker.
    TrustStore trust = TrustStore::fromSettings();
    for (const QString &dir : request.extraKeyDirectories)
        trust.addDirectory(dir);

    if (!request.location) {
        IndexFetchResult fetch;
        fetch.source = IndexFetchResult::Source::Local;
        fetch.path = request.localIndexPath;
        emit progress(0, -1, tr("Reading %1…").arg(QFileInfo(request.localIndexPath).fileName()));
        buildInWorker(request.localIndexPath, trust, request, fetch);
        return;
    }

    // The vetter runs in H5's worker thread on the downloaded candidate: it reads the index
    // once, keeps the result for the view and tells the cache whether the copy may replace
    // the previous one (only trusted copies may: HOSTILE 1).
    auto stash = std::make_shared<std::shared_ptr<Outcome>>();
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    IndexVetter vetter =
        [trust, stash, cancelFlag](const QString &candidate,
                                   const std::optional<IndexCacheEntry> &previous) -> Result<IndexVetting> {
        std::shared_ptr<Outcome> outcome = build(candidate, trust, cancelFlag);
        *stash = outcome;
        if (outcome->error)
            return *outcome->error;
        BrowsedRepository &repository = *outcome->repository;
        const LoadedIndex &loaded = repository.loaded;
        if (!loaded.isTrusted())
            return Error(Error::Kind::Untrusted, loaded.verdictDescription());
        IndexVetting vetting;
        vetting.trusted = true;
        vetting.summary = loaded.verdictDescription();
        vetting.builtAt = loaded.builtAt();
        // HOSTILE 6: an index older than the cached one may be a replay of a vulnerable
        // state; the cache keeps the newer copy and the user decides whether to look.
        if (previous && previous->builtAt.isValid() && vetting.builtAt.isValid()
            && vetting.builtAt < previous->builtAt) {
            repository.rollbackNotice =
                tr("The server's index was made %1, before the copy seen earlier (made %2): it may be an "
                   "old state replayed.")
                    .arg(vetting.builtAt.toUTC().toString(Qt::ISODate),
                         previous->builtAt.toUTC().toString(Qt::ISODate));
            return Error(Error::Kind::Untrusted, repository.rollbackNotice);
        }
        return vetting;
    };

    auto *job = new IndexFetchJob(m_network, &m_cache, request.location->indexUrl(), std::move(vetter), this);
    job->setForceDownload(request.forceDownload);
    m_job = job;
    emit progress(0, -1, tr("Fetching %1…").arg(request.location->indexUrl().toDisplayString()));
    connect(job, &AsyncJob::progress, this, [this, generation, job](qint64 done, qint64 total) {
        if (generation == m_generation)
            emit progress(done, total, tr("Fetching %1…").arg(job->url().toDisplayString()));
    });
    connect(job, &AsyncJob::statusMessage, this, [this, generation](const QString &message) {
        if (generation == m_generation)
            emit progress(0, -1, message);
    });
    connect(job, &AsyncJob::finished, this,
            [this, job, generation, request, trust, stash](const Status &result) {
                job->deleteLater();
                if (generation != m_generation)
                    return;
                const IndexFetchResult fetch = job->fetchResult();
                const bool vettedThisCopy = !result || fetch.source == IndexFetchResult::Source::Downloaded
                    || fetch.source == IndexFetchResult::Source::Local;
                if (*stash && (*stash)->repository && vettedThisCopy) {
                    // The vetter read this very copy. When the cache refused it (untrusted), the
                    // view still gets it, and shows it only if the user opts in.
                    finishWith(*stash, request, fetch);
                    return;
                }
                if (!result) {
                    m_loading = false;
                    emit failed(result.error());
                    return;
                }
                buildInWorker(fetch.path, trust, request, fetch);
            });
    job->start();
}

void RepositoryLoader::buildInWorker(const QString &path, const TrustStore &trust, const Request &request,
                                     const IndexFetchResult &fetch)
{
    const quint64 generation = m_generation;
    emit progress(0, -1, tr("Reading the index…"));
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, request, fetch] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        finishWith(watcher->result(), request, fetch);
    });
    watcher->setFuture(QtConcurrent::run(&RepositoryLoader::build, path, trust, m_cancel));
}

void RepositoryLoader::finishWith(const std::shared_ptr<Outcome> &outcome, const Request &request,
                                  const IndexFetchResult &fetch)
{
    m_loading = false;
    if (!outcome || outcome->error || !outcome->repository) {
        emit failed(outcome && outcome->error
                        ? *outcome->error
                        : Error(Error::Kind::Generic, tr("The index could not be read.")));
        return;
    }
    outcome->repository->location = request.location;
    outcome->repository->indexUrl =
        request.location ? request.location->indexUrl() : QUrl::fromLocalFile(request.localIndexPath);
    outcome->repository->fetch = fetch;
    outcome->repository->serverId = request.serverId;
    outcome->repository->title = request.title;
    emit loaded(outcome->repository);
}

} // namespace apkdesk::ui
