#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QObject>

namespace apkdesk {

// The shape every asynchronous job of core/repositories shares, so the GUI and the CLI
// drive a single request, a download or a whole discovery the same way: one object per
// job, start() once, progress while it runs, cancel() at any time, finished() exactly once
// with the result. The job never deletes itself; its owner does (deleteLater in the slot
// connected to finished is fine).
class APKDESK_CORE_EXPORT AsyncJob : public QObject
{
    Q_OBJECT
public:
    explicit AsyncJob(QObject *parent = nullptr);
    ~AsyncJob() override;

    // Starts the job from the event loop (never finishes synchronously inside start()).
    void start();
    // Stops the job; finished() follows with Error::Kind::Cancelled unless it already came.
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    // The outcome once finished() was emitted.
    const Status &result() const { return m_result; }
    // One line for people: empty when the job succeeded.
    QString errorString() const;

Q_SIGNALS:
    // `total` is -1 when unknown. For a download: bytes; for a discovery: listings.
    void progress(qint64 done, qint64 total);
    // A short status line for a progress row ("retrying in 2 s after HTTP 503", ...).
    void statusMessage(const QString &message);
    void finished(const apkdesk::Status &result);

protected:
    // Subclasses do their work here; they call finish() exactly once, later.
    virtual void run() = 0;
    // Called on cancel() while running: abort replies, stop timers. finish() is then done by
    // the base class.
    virtual void abort() = 0;
    // Records the result and emits finished(); later calls are ignored.
    void finish(Status result);

private:
    enum class State { Idle, Running, Finished };
    State m_state = State::Idle;
    Status m_result;
};

} // namespace apkdesk
