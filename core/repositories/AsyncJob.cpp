#include "repositories/AsyncJob.h"

#include <QTimer>

namespace apkdesk {

AsyncJob::AsyncJob(QObject *parent) : QObject(parent) { }

AsyncJob::~AsyncJob() = default;

void AsyncJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    // Queued so a caller can connect after start() and never sees finished() re-entrantly.
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Running)
            run();
    });
}

void AsyncJob::cancel()
{
    if (m_state == State::Finished)
        return;
    const bool wasRunning = m_state == State::Running;
    m_state = State::Running;
    if (wasRunning)
        abort();
    finish(Error::cancelled());
}

QString AsyncJob::errorString() const
{
    return m_result.ok() ? QString() : m_result.error().toString();
}

void AsyncJob::finish(Status result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_result = std::move(result);
    Q_EMIT finished(m_result);
}

} // namespace apkdesk
