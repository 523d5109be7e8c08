#pragma once

#include "apkbuild/Apkbuild.h"
#include "apkbuild/ChecksumPlan.h"
#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace apkdesk {

class DownloadJob;
class NetworkAccess;

// `abuild checksum` without an Alpine system: remote sources are downloaded into a cache
// folder (abuild's SRCDEST; a file already there is reused only when asked to), local
// files are hashed next to the APKBUILD, hashing runs off the calling thread. Each source
// reports its own progress, speed and error and can be retried alone. The APKBUILD is never
// written here: proposal() gives the new text for review, the caller saves it.
class APKDESK_CORE_EXPORT ChecksumRefresh : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Waiting, Downloading, Hashing, Done, Failed };
    struct SourceState
    {
        ApkbuildSource source;
        Phase phase = Phase::Waiting;
        qint64 received = 0;
        qint64 total = -1;
        double bytesPerSecond = 0;
        bool fromCache = false;
        QString message; // retry notices and the like
        QString error;
        QString hash;
        QString oldHash;
    };

    explicit ChecksumRefresh(NetworkAccess *access, QObject *parent = nullptr);
    ~ChecksumRefresh() override;

    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    QString cacheDir() const { return m_cacheDir; }
    void setReuseCached(bool reuse) { m_reuseCached = reuse; }
    // Whether pkgver differs from the version the old checksums were made for (a bump):
    // then a changed upstream hash is expected, not a warning.
    void setPkgverChanged(bool changed) { m_pkgverChanged = changed; }
    void setMaxParallelDownloads(int count) { m_maxParallel = std::max(1, count); }

    // Checks the plan (refusing what HOSTILE cases 17, 18 and 20 describe) and starts.
    Status start(const Apkbuild &apkbuild);
    void retry(int index);
    void cancel();
    bool isRunning() const;

    const std::vector<SourceState> &sources() const { return m_states; }
    ChecksumProposal proposal() const;
    const Apkbuild &apkbuild() const { return m_apkbuild; }

Q_SIGNALS:
    void sourceChanged(int index);
    void finished();

private:
    void pump();
    void begin(int index);
    void download(int index);
    void hash(int index, const QString &path);
    void fail(int index, const QString &error);
    void checkFinished();

    NetworkAccess *m_access;
    QString m_cacheDir;
    bool m_reuseCached = false;
    bool m_pkgverChanged = false;
    int m_maxParallel = 3;
    Apkbuild m_apkbuild;
    ChecksumPlan m_plan;
    std::vector<SourceState> m_states;
    std::vector<QElapsedTimer> m_clocks;
    QHash<int, DownloadJob *> m_jobs;
    int m_active = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace apkdesk
