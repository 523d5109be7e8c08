#include "apkbuild/ChecksumRefresh.h"

#include "common/Logging.h"
#include "repositories/DownloadJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

namespace apkdesk {

ChecksumRefresh::ChecksumRefresh(NetworkAccess *access, QObject *parent)
    : QObject(parent), m_access(access), m_cancel(std::make_shared<std::atomic_bool>(false))
{ }

ChecksumRefresh::~ChecksumRefresh()
{
    m_cancel->store(true);
    for (DownloadJob *job : std::as_const(m_jobs)) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

Status ChecksumRefresh::start(const Apkbuild &apkbuild)
{
    if (m_running)
        return Error(Error::Kind::InvalidArgument, tr("a checksum refresh is already running"));
    auto plan = ChecksumPlan::create(apkbuild, m_cacheDir);
    if (!plan)
        return plan.error();
    bool needsCache = false;
    for (const PlannedSource &s : plan->sources)
        needsCache = needsCache || s.source.remote;
    if (needsCache && !QDir().mkpath(m_cacheDir))
        return Error(Error::Kind::Io, tr("cannot create the source cache folder")).withLocation(m_cacheDir);
    m_apkbuild = apkbuild;
    m_plan = std::move(plan.value());
    m_states.clear();
    m_clocks.assign(m_plan.sources.size(), QElapsedTimer());
    for (const PlannedSource &s : m_plan.sources) {
        SourceState state;
        state.source = s.source;
        state.oldHash = s.oldHash;
        m_states.push_back(std::move(state));
    }
    m_cancel->store(false);
    m_running = true;
    // Results are reported from the event loop, never from inside start().
    QTimer::singleShot(0, this, [this] {
        pump();
        checkFinished();
    });
    return {};
}

bool ChecksumRefresh::isRunning() const
{
    return m_running;
}

void ChecksumRefresh::pump()
{
    for (size_t i = 0; i < m_states.size() && m_active < m_maxParallel; ++i)
        if (m_states[i].phase == Phase::Waiting)
            begin(int(i));
}

void ChecksumRefresh::begin(int index)
{
    SourceState &state = m_states[size_t(index)];
    const PlannedSource &planned = m_plan.sources[size_t(index)];
    ++m_active;
    m_clocks[size_t(index)].start();
    state.error.clear();
    state.message.clear();
    if (!planned.source.remote) {
        if (!QFileInfo::exists(planned.filePath)) {
            fail(index, tr("local file %1 is missing").arg(planned.source.localPath));
            return;
        }
        hash(index, planned.filePath);
        return;
    }
    if (m_reuseCached && QFileInfo(planned.filePath).isFile()) {
        state.fromCache = true;
        state.message = tr("cached");
        hash(index, planned.filePath);
        return;
    }
    if (planned.source.url.startsWith(QLatin1String("ftp://"))) {
        // Qt 6's network stack has no FTP: say how to proceed instead of a protocol error.
        fail(index,
             tr("ftp:// downloads are not supported; put %1 into %2 and reuse cached files")
                 .arg(planned.source.localName, QDir::toNativeSeparators(m_cacheDir)));
        return;
    }
    download(index);
}

void ChecksumRefresh::download(int index)
{
    SourceState &state = m_states[size_t(index)];
    const PlannedSource &planned = m_plan.sources[size_t(index)];
    state.phase = Phase::Downloading;
    state.fromCache = false;
    state.received = 0;
    state.total = -1;
    Q_EMIT sourceChanged(index);
    auto *job = new DownloadJob(m_access, QUrl(planned.source.url), planned.filePath, this);
    const QString name = planned.source.localName;
    job->setVerifier([name](const QString &temporaryPath) -> Status {
        if (looksLikeHtmlPage(temporaryPath, name))
            return Error(Error::Kind::Format,
                         tr("the server answered with an HTML page instead of %1 (a redirect to an error or "
                            "mirror page?)")
                             .arg(name));
        return {};
    });
    m_jobs.insert(index, job);
    connect(job, &AsyncJob::progress, this, [this, index](qint64 done, qint64 total) {
        SourceState &s = m_states[size_t(index)];
        s.received = done;
        s.total = total;
        const qint64 ms = m_clocks[size_t(index)].elapsed();
        s.bytesPerSecond = ms > 0 ? double(done) * 1000.0 / double(ms) : 0;
        Q_EMIT sourceChanged(index);
    });
    connect(job, &AsyncJob::statusMessage, this, [this, index](const QString &message) {
        m_states[size_t(index)].message = message;
        Q_EMIT sourceChanged(index);
    });
    connect(job, &AsyncJob::finished, this, [this, index, job](const Status &result) {
        m_jobs.remove(index);
        job->deleteLater();
        if (!result) {
            fail(index, result.error().message());
            return;
        }
        m_states[size_t(index)].received = job->bytesWritten();
        hash(index, job->targetPath());
    });
    qCInfo(lcApkbuild) << "downloading" << planned.source.url;
    job->start();
}

void ChecksumRefresh::hash(int index, const QString &path)
{
    SourceState &state = m_states[size_t(index)];
    state.phase = Phase::Hashing;
    Q_EMIT sourceChanged(index);
    auto cancel = m_cancel;
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, index, watcher] {
        const Result<QString> result = watcher->result();
        watcher->deleteLater();
        if (!result) {
            fail(index, result.error().message());
            return;
        }
        SourceState &s = m_states[size_t(index)];
        s.hash = result.value();
        s.phase = Phase::Done;
        --m_active;
        Q_EMIT sourceChanged(index);
        pump();
        checkFinished();
    });
    watcher->setFuture(QtConcurrent::run([path, cancel] { return sha512OfFile(path, cancel.get()); }));
}

void ChecksumRefresh::fail(int index, const QString &error)
{
    SourceState &state = m_states[size_t(index)];
    state.phase = Phase::Failed;
    state.error = error;
    --m_active;
    qCInfo(lcApkbuild) << "checksum source failed:" << state.source.localName << error;
    Q_EMIT sourceChanged(index);
    pump();
    checkFinished();
}

void ChecksumRefresh::checkFinished()
{
    if (!m_running || m_active > 0)
        return;
    for (const SourceState &s : m_states)
        if (s.phase == Phase::Waiting)
            return;
    m_running = false;
    Q_EMIT finished();
}

void ChecksumRefresh::retry(int index)
{
    if (index < 0 || index >= int(m_states.size()) || m_states[size_t(index)].phase != Phase::Failed)
        return;
    m_states[size_t(index)].phase = Phase::Waiting;
    m_states[size_t(index)].error.clear();
    m_cancel->store(false);
    m_running = true;
    Q_EMIT sourceChanged(index);
    QTimer::singleShot(0, this, [this] {
        pump();
        checkFinished();
    });
}

void ChecksumRefresh::cancel()
{
    m_cancel->store(true);
    const auto jobs = m_jobs;
    for (DownloadJob *job : jobs)
        job->cancel(); // finished(Cancelled) marks the source failed
    for (size_t i = 0; i < m_states.size(); ++i) {
        if (m_states[i].phase == Phase::Waiting) {
            m_states[i].phase = Phase::Failed;
            m_states[i].error = tr("cancelled");
            Q_EMIT sourceChanged(int(i));
        }
    }
    checkFinished();
}

ChecksumProposal ChecksumRefresh::proposal() const
{
    std::vector<QString> hashes;
    std::vector<QString> errors;
    for (const SourceState &s : m_states) {
        hashes.push_back(s.phase == Phase::Done ? s.hash : QString());
        errors.push_back(s.phase == Phase::Done ? QString()
                                                : (s.error.isEmpty() ? tr("not finished") : s.error));
    }
    return makeChecksumProposal(m_apkbuild, m_plan, hashes, errors, m_pkgverChanged);
}

} // namespace apkdesk
