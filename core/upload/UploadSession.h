#pragma once

#include "common/Result.h"
#include "keys/TrustStore.h"
#include "upload/ServerProfile.h"
#include "upload/UploadPackage.h"
#include "upload/UploadVerifier.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace apkdesk {

class NetworkAccess;
class PackageUploader;

// Choices that apply to one upload run.
struct APKDESK_CORE_EXPORT UploadOptions
{
    QString version; // empty: the profile's default (Gitea: branch)
    QString repo; // empty: the profile's default (Gitea: repository)
    QString arch; // empty: each package's own arch (noarch: the profile's default)
    bool allowUntrusted = false; // send packages signed by unknown keys, or unsigned
    bool verifyAfterUpload = true;
    bool recordHistory = true;
    QString historyPath; // empty: the default history file
};

// Which package goes where, decided before anything is sent.
struct APKDESK_CORE_EXPORT UploadPlan
{
    QList<UploadBatch> batches;
    QList<PackageUploadState> states; // one per package: Waiting, or Refused with the reason
    int refusedCount() const;
    // Refuses target names that are not single folder names.
    static Result<UploadPlan> make(const ServerProfile &profile, const QList<UploadPackage> &packages,
                                   const UploadOptions &options);
};

// One upload from start to proof: plans the batches (one per target arch), sends each with
// the profile's uploader, then re-fetches and checks the index for that target. The GUI and
// the CLI both drive this; it never asks the user anything.
class APKDESK_CORE_EXPORT UploadSession : public QObject
{
    Q_OBJECT

public:
    UploadSession(NetworkAccess *access, ServerProfile profile, QByteArray token, TrustStore trust,
                  QObject *parent = nullptr);
    ~UploadSession() override;

    // Packages as PackageProbe read them. Call before start().
    void setPackages(const QList<UploadPackage> &packages);
    void setOptions(const UploadOptions &options) { m_options = options; }

    // Plans and starts; finished() follows exactly once, asynchronously.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const ServerProfile &profile() const { return m_profile; }
    const QList<UploadPackage> &packages() const { return m_packages; }
    const QList<PackageUploadState> &states() const { return m_states; }
    qint64 totalBytes() const;
    qint64 sentBytes() const;
    // Ok only when every package was confirmed by a trusted index.
    const Status &result() const { return m_result; }
    QString summary() const;

Q_SIGNALS:
    void packageChanged(int row);
    void progress(qint64 sent, qint64 total);
    void statusMessage(const QString &message);
    void finished(const apkdesk::Status &result);

private:
    void runBatch();
    void onBatchUploaded(const Status &status);
    void onVerified(const UploadVerification &verification);
    void setStage(int row, PackageUploadState::Stage stage, const QString &message = {});
    void finishSession();
    void recordHistory();

    NetworkAccess *m_access;
    ServerProfile m_profile;
    QByteArray m_token;
    TrustStore m_trust;
    UploadOptions m_options;
    QList<UploadPackage> m_packages;
    QList<PackageUploadState> m_states;
    QList<UploadBatch> m_batches;
    int m_batch = -1;
    QPointer<PackageUploader> m_uploader;
    QPointer<UploadVerifier> m_verifier;
    Status m_result;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopAll = false;
};

} // namespace apkdesk
