#pragma once

// Shared by the network tests: a served copy of the fixture repository laid out as
// <root>/v3.21/main/x86_64/, a fast network policy, and running a job to its end.

#include "TestServerProcess.h"
#include "TestSupport.h"
#include "repositories/AsyncJob.h"
#include "repositories/NetworkPolicy.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace apkdesk::test {

inline const QString kArchPath = QStringLiteral("/v3.21/main/x86_64/");
inline const QString kIndexPath = QStringLiteral("/v3.21/main/x86_64/APKINDEX.tar.gz");

// Copies index-v2 and the pkgs-v2 packages into <dir>/root/v3.21/main/x86_64/; returns root.
inline QString makeServedRepository(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("root"));
    const QString arch = root + kArchPath;
    QDir().mkpath(arch);
    QFile::copy(fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")),
                arch + QStringLiteral("APKINDEX.tar.gz"));
    const QDir packages(fixturePath(QStringLiteral("pkgs-v2")));
    for (const QString &name : packages.entryList({ QStringLiteral("*.apk") }, QDir::Files))
        QFile::copy(packages.filePath(name), arch + name);
    for (const QString &name : QDir(arch).entryList(QDir::Files))
        QFile::setPermissions(arch + name,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
    return root;
}

// Short delays so retries do not slow the suite; Retry-After (1 s) is still honoured.
inline NetworkPolicy fastPolicy()
{
    NetworkPolicy policy;
    policy.retryBaseDelay = std::chrono::milliseconds(20);
    policy.maxRetryDelay = std::chrono::milliseconds(3000);
    policy.inactivityTimeout = std::chrono::milliseconds(10'000);
    policy.overallDeadline = std::chrono::milliseconds(60'000);
    return policy;
}

// Starts the job and waits for finished(); returns whether it came at all.
inline bool runJob(AsyncJob &job, int timeoutMs = 60'000)
{
    QSignalSpy spy(&job, &AsyncJob::finished);
    job.start();
    return spy.wait(timeoutMs) || job.isFinished();
}

inline QStringList leftoverTemporaries(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.part") }, QDir::Files | QDir::Hidden);
}

} // namespace apkdesk::test
