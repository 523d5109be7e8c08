#pragma once

#include "browser/BrowsedRepository.h"

#include "repositories/IndexCache.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace apkdesk {
class NetworkAccess;
class IndexFetchJob;
} // namespace apkdesk

namespace apkdesk::ui {

// Opens one index for the browser without ever blocking the GUI thread: the download (with
// the on-disk cache, 304s and the offline fallback) is H5's IndexFetchJob, and reading,
// verifying, building the package graph and the search happen in a QtConcurrent worker.
// Starting a new load abandons the previous one; only the newest load reports.
class RepositoryLoader : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString serverId;
        std::optional<RepositoryLocation> location; // a repository on a server
        QString localIndexPath; // or an APKINDEX.tar.gz file on its own
        QString title;
        QStringList extraKeyDirectories; // trusted for this load only (the sample key)
        bool forceDownload = false;
    };

    RepositoryLoader(NetworkAccess *network, const QString &cacheDirectory, QObject *parent = nullptr);
    ~RepositoryLoader() override;

    void load(const Request &request);
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void progress(qint64 done, qint64 total, const QString &status);
    // Whatever the signature verdict: the view decides what to show of an untrusted index
    // (which the cache refused to keep, so a previous trusted copy stays there).
    void loaded(apkdesk::ui::BrowsedRepositoryPtr repository);
    void failed(const apkdesk::Error &error);

private:
    struct Outcome;
    static std::shared_ptr<Outcome> build(const QString &path, const TrustStore &trust,
                                          std::shared_ptr<std::atomic_bool> cancel);
    void buildInWorker(const QString &path, const TrustStore &trust, const Request &request,
                       const IndexFetchResult &fetch);
    void finishWith(const std::shared_ptr<Outcome> &outcome, const Request &request,
                    const IndexFetchResult &fetch);

    NetworkAccess *m_network;
    IndexCache m_cache;
    QPointer<IndexFetchJob> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace apkdesk::ui
