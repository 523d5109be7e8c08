#include "repositories/DiscoveryJob.h"

#include "repositories/ListingJob.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>

namespace apkdesk {

QList<RepositoryLocation> ServerTree::locations() const
{
    QList<RepositoryLocation> result;
    for (const DiscoveredVersion &version : versions)
        for (const DiscoveredRepository &repository : version.repositories)
            for (const DiscoveredArch &arch : repository.arches) {
                if (arch.hasIndex.has_value() && !*arch.hasIndex)
                    continue;
                Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(arch.url);
                if (location)
                    result.append(*location);
            }
    return result;
}

DiscoveryJob::DiscoveryJob(NetworkAccess *access, const QUrl &root, const DiscoveryOptions &options,
                           QObject *parent)
    : AsyncJob(parent), m_access(access), m_options(options)
{
    m_tree.root = root;
    if (!m_tree.root.path().endsWith(QLatin1Char('/')))
        m_tree.root.setPath(m_tree.root.path() + QLatin1Char('/'));
}

DiscoveryJob::~DiscoveryJob() = default;

void DiscoveryJob::run()
{
    if (Status ok = NetworkAccess::checkUrl(m_tree.root); !ok) {
        finish(ok.error());
        return;
    }
    m_queue.enqueue({ m_tree.root, 0 });
    schedule();
}

void DiscoveryJob::abort()
{
    const QList<ListingJob *> running = m_running;
    m_running.clear();
    for (ListingJob *job : running) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
        job->deleteLater();
    }
    m_queue.clear();
}

void DiscoveryJob::schedule()
{
    while (!m_queue.isEmpty() && m_running.size() < m_options.parallelListings) {
        const Pending pending = m_queue.dequeue();
        if (m_started >= m_options.maxListings) {
            m_tree.warnings.append(tr("stopped after %1 listings: %2 was not read")
                                       .arg(m_options.maxListings)
                                       .arg(pending.url.toDisplayString()));
            continue;
        }
        ++m_started;
        auto *job = new ListingJob(m_access, pending.url, this);
        m_running.append(job);
        connect(job, &AsyncJob::finished, this, [this, job, pending] { onListingFinished(job, pending); });
        job->start();
    }
    Q_EMIT progress(m_done, m_done + m_running.size() + m_queue.size());
    if (m_running.isEmpty() && m_queue.isEmpty() && isRunning())
        finish(Status {});
}

void DiscoveryJob::onListingFinished(ListingJob *job, const Pending &pending)
{
    m_running.removeOne(job);
    job->deleteLater();
    ++m_done;
    const Status &result = job->result();
    if (!result) {
        if (pending.level == 0) {
            abort();
            finish(result);
            return;
        }
        m_tree.warnings.append(result.error().toString());
    } else if (pending.level == 3) {
        m_tree.versions[pending.version].repositories[pending.repository].arches[pending.arch].hasIndex =
            job->listing().containsFile(QStringLiteral("APKINDEX.tar.gz"));
    } else {
        addChildren(pending, job->listing().directories(), job->listing().truncated);
    }
    schedule();
}

void DiscoveryJob::addChildren(const Pending &pending, const QList<ListingEntry> &dirs, bool truncated)
{
    QList<ListingEntry> children = dirs;
    if (truncated || children.size() > m_options.maxChildrenPerFolder) {
        m_tree.warnings.append(
            tr("%1 has more than %2 folders; only the first were read")
                .arg(pending.url.toDisplayString())
                .arg(std::min<qsizetype>(children.size(), m_options.maxChildrenPerFolder)));
        children = children.mid(0, m_options.maxChildrenPerFolder);
    }
    for (const ListingEntry &entry : children) {
        Pending next { entry.url, pending.level + 1, pending.version, pending.repository, -1 };
        switch (pending.level) {
        case 0:
            next.version = int(m_tree.versions.size());
            m_tree.versions.append({ entry.name, entry.url, {} });
            break;
        case 1: {
            auto &repositories = m_tree.versions[pending.version].repositories;
            next.repository = int(repositories.size());
            repositories.append({ entry.name, entry.url, {} });
            break;
        }
        case 2: {
            auto &arches = m_tree.versions[pending.version].repositories[pending.repository].arches;
            next.arch = int(arches.size());
            arches.append({ entry.name, entry.url, std::nullopt });
            if (!m_options.checkIndexes)
                continue;
            break;
        }
        default: continue;
        }
        m_queue.enqueue(next);
    }
}

} // namespace apkdesk
