#pragma once

#include "repositories/AsyncJob.h"
#include "repositories/DirectoryListing.h"
#include "repositories/RepositoryLocation.h"

#include <apkdesk/core_export.h>

#include <QList>
#include <QQueue>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace apkdesk {

class NetworkAccess;
class ListingJob;

struct APKDESK_CORE_EXPORT DiscoveredArch
{
    QString name;
    QUrl url;
    // Whether the folder lists APKINDEX.tar.gz; nullopt when it was not checked.
    std::optional<bool> hasIndex;
};

struct APKDESK_CORE_EXPORT DiscoveredRepository
{
    QString name;
    QUrl url;
    QList<DiscoveredArch> arches;
};

struct APKDESK_CORE_EXPORT DiscoveredVersion
{
    QString name;
    QUrl url;
    QList<DiscoveredRepository> repositories;
};

// What a server's directory listings show: root > versions > repositories > arches.
struct APKDESK_CORE_EXPORT ServerTree
{
    QUrl root;
    QList<DiscoveredVersion> versions;
    // Listings that failed or were cut short; the rest of the tree is still usable.
    QStringList warnings;

    // Every arch as a RepositoryLocation (those known to lack an index left out).
    QList<RepositoryLocation> locations() const;
};

struct APKDESK_CORE_EXPORT DiscoveryOptions
{
    // Also list each arch folder to see whether it holds APKINDEX.tar.gz.
    bool checkIndexes = true;
    int maxChildrenPerFolder = 256; // per level: beyond it the folder is cut (warning)
    int maxListings = 400; // listings fetched in all
    int parallelListings = 4;
};

// Walks a server tree from its root through the HTML directory listings (reposerve, nginx,
// Apache; file:// folders too). Failures below the root become warnings; a failing root is
// the job's error. progress() counts listings.
class APKDESK_CORE_EXPORT DiscoveryJob : public AsyncJob
{
    Q_OBJECT
public:
    DiscoveryJob(NetworkAccess *access, const QUrl &root, const DiscoveryOptions &options = {},
                 QObject *parent = nullptr);
    ~DiscoveryJob() override;

    const ServerTree &tree() const { return m_tree; }

protected:
    void run() override;
    void abort() override;

private:
    struct Pending
    {
        QUrl url;
        int level = 0; // 0 root, 1 version, 2 repository, 3 arch
        int version = -1;
        int repository = -1;
        int arch = -1;
    };
    void schedule();
    void onListingFinished(ListingJob *job, const Pending &pending);
    void addChildren(const Pending &pending, const QList<ListingEntry> &dirs, bool truncated);

    NetworkAccess *m_access;
    DiscoveryOptions m_options;
    ServerTree m_tree;
    QQueue<Pending> m_queue;
    QList<ListingJob *> m_running;
    int m_started = 0;
    int m_done = 0;
};

} // namespace apkdesk
