#pragma once

#include "repositories/AsyncJob.h"
#include "repositories/IndexCache.h"

#include <apkdesk/core_export.h>

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>

#include <functional>
#include <memory>

namespace apkdesk {

class NetworkAccess;
class DownloadJob;

// The index reader's opinion of a freshly downloaded APKINDEX.tar.gz (H4's reader decides).
struct APKDESK_CORE_EXPORT IndexVetting
{
    bool trusted = false; // signed by a trusted key and the signature verifies
    QString summary; // one line for the cache and the UI
    QDateTime builtAt; // when the index was made, for rollback checks (HOSTILE 6)
};

// Decides whether a downloaded index may replace the cached one: returns the verdict, or an
// error (untrusted without opt-in, bad signature, format error, rollback...) that keeps the
// previous copy. `previous` is the cached entry when there is one (compare build times for
// rollback). Runs in a worker thread: it must only read the files it is given.
using IndexVetter = std::function<Result<IndexVetting>(const QString &candidatePath,
                                                       const std::optional<IndexCacheEntry> &previous)>;

class TrustStore;

// The standard vetter: H4's IndexReader verifies the candidate against `trust`. Refuses an
// index that is not a readable APKINDEX.tar.gz, an untrusted or unsigned one unless
// `allowUntrusted`, and one built before the cached copy unless `allowRollback` (the user
// confirmed the rollback).
APKDESK_CORE_EXPORT IndexVetter verifyingIndexVetter(const TrustStore &trust, bool allowUntrusted,
                                                     bool allowRollback = false);

struct APKDESK_CORE_EXPORT IndexFetchResult
{
    enum class Source {
        Downloaded, // new copy, vetted and cached
        NotModified, // 304: the cached copy is current
        OfflineCache, // the server could not be reached: the cached copy, marked offline
        Local, // file:// index, read in place (vetted, not cached)
    };
    Source source = Source::Downloaded;
    QString path; // the index file to read
    IndexCacheEntry entry;
    bool offline() const { return source == Source::OfflineCache; }
    QString offlineReason; // why the server was not used (the network error)
};

// Brings one APKINDEX.tar.gz up to date through the IndexCache: a conditional GET
// (If-None-Match / If-Modified-Since), 304 keeps the cached copy, a new copy is vetted
// before it replaces the old one. A copy that is rejected, or that is no longer signed when
// the cached one was (HOSTILE 5), leaves the cache untouched and fails the job; a server
// that cannot be reached falls back to the cached copy (result offline()).
class APKDESK_CORE_EXPORT IndexFetchJob : public AsyncJob
{
    Q_OBJECT
public:
    IndexFetchJob(NetworkAccess *access, IndexCache *cache, const QUrl &indexUrl, IndexVetter vetter,
                  QObject *parent = nullptr);
    ~IndexFetchJob() override;

    // Skip the conditional request and download anew (the user's "Reload").
    void setForceDownload(bool force) { m_force = force; }
    // Use the cached copy without asking the server at all.
    void setOfflineOnly(bool offline) { m_offlineOnly = offline; }
    // Accept an unsigned copy after a signed one (only after the user said so).
    void setAllowTrustDowngrade(bool allow) { m_allowDowngrade = allow; }

    QUrl url() const { return m_url; }
    const IndexFetchResult &fetchResult() const { return m_fetch; }

protected:
    void run() override;
    void abort() override;

private:
    void fetchLocal();
    void onDownloadFinished();
    void vet(const QString &path, std::function<void(Result<IndexVetting>)> then);
    void useCacheOffline(const Error &error);

    NetworkAccess *m_access;
    IndexCache *m_cache;
    QUrl m_url;
    IndexVetter m_vetter;
    bool m_force = false;
    bool m_offlineOnly = false;
    bool m_allowDowngrade = false;
    std::optional<IndexCacheEntry> m_previous;
    QPointer<DownloadJob> m_download;
    std::unique_ptr<QFutureWatcher<Result<IndexVetting>>> m_watcher;
    QString m_candidate;
    IndexFetchResult m_fetch;
};

} // namespace apkdesk
