#pragma once

#include "common/Result.h"
#include "upload/Jwt.h"
#include "upload/ServerProfile.h"
#include "upload/UploadPackage.h"

#include <QObject>
#include <QPointer>
#include <QtNetwork/qtnetworkglobal.h>

#include <memory>
#include <optional>

namespace apkdesk {

class NetworkAccess;
class RequestJob;

// Sends the packages of one batch to one target. The token is handed in by the caller
// (read from the keychain or the environment) and only ever goes into a request header:
// never a URL, a log line or an error message.
class APKDESK_CORE_EXPORT PackageUploader : public QObject
{
    Q_OBJECT

public:
    PackageUploader(NetworkAccess *access, ServerProfile profile, QByteArray token,
                    QObject *parent = nullptr);
    ~PackageUploader() override;

    // reposerve or Gitea, from the profile's kind.
    static std::unique_ptr<PackageUploader> create(NetworkAccess *access, const ServerProfile &profile,
                                                   const QByteArray &token, QObject *parent = nullptr);

    // Everything that can be refused without talking to the server: the profile, plain http
    // without consent, a malformed/expired/expiring token. Also run by start().
    virtual Status preflight() const;

    // Starts sending; finished() follows exactly once (asynchronously, even on refusal).
    void start(const UploadTarget &target, const QList<UploadPackage> &packages);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void packageProgress(int index, qint64 sent, qint64 total);
    void packageFinished(int index, const apkdesk::Status &status);
    void statusMessage(const QString &message);
    void finished(const apkdesk::Status &status);

protected:
    virtual void send() = 0;
    // Ends the batch; later calls are ignored.
    void finish(Status status);
    // Builds a job for `url` with the profile's Authorization header.
    RequestJob *createJob(const QUrl &url, const QByteArray &verb);
    virtual QByteArray authorization() const = 0;
    // The answer of a finished job as a Status in plain words.
    Status interpret(RequestJob &job, const Status &result) const;

    NetworkAccess *m_access;
    ServerProfile m_profile;
    QByteArray m_token;
    std::optional<Jwt> m_jwt;
    UploadTarget m_target;
    QList<UploadPackage> m_packages;
    QPointer<RequestJob> m_job;
    bool m_cancelled = false;

private:
    bool m_running = false;
};

// reposerve: one multipart POST <server>/upload per batch (version, repo, arch, then one
// `file` part per package), Bearer JWT. Re-sending is safe: the server overwrites the same
// files and re-indexes.
class APKDESK_CORE_EXPORT ReposerveUploader : public PackageUploader
{
    Q_OBJECT
public:
    using PackageUploader::PackageUploader;
    Status preflight() const override;

protected:
    void send() override;
    QByteArray authorization() const override;
};

// Gitea / Forgejo: one raw PUT <server>/api/packages/<owner>/alpine/<branch>/<repo> per
// package, HTTP Basic (user, token). Packages go one after the other; a 409 on a retried
// attempt means the first attempt got through, which the index check then confirms.
class APKDESK_CORE_EXPORT GiteaUploader : public PackageUploader
{
    Q_OBJECT
public:
    using PackageUploader::PackageUploader;
    Status preflight() const override;

protected:
    void send() override;
    QByteArray authorization() const override;

private:
    void sendNext();
    int m_next = 0;
    QList<Error> m_failures;
};

} // namespace apkdesk
