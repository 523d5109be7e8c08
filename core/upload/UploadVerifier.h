#pragma once

#include "common/Result.h"
#include "indexes/IndexReader.h"
#include "keys/TrustStore.h"
#include "upload/ServerProfile.h"
#include "upload/UploadPackage.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtNetwork/qtnetworkglobal.h>

#include <memory>

namespace apkdesk {

class NetworkAccess;
class RequestJob;

// What the server's index says after an upload.
struct APKDESK_CORE_EXPORT UploadVerification
{
    Status status; // ok only when the index is trusted and lists every package
    QString indexSummary; // "Signed by x.rsa.pub (trusted), 12 packages"
    bool indexTrusted = false;
    QString indexKeyName; // the key that signed the index (trusted or not)
    QList<Status> packages; // one per package, same order as given
};

// Proves an upload worked (HOSTILE.md case 35: reposerve answers 200 even when its
// re-indexing or signing failed): downloads the target's APKINDEX.tar.gz anew, verifies
// its signature against the trusted keys and checks that every uploaded package is listed
// with the same C: identity checksum as the local file.
class APKDESK_CORE_EXPORT UploadVerifier : public QObject
{
    Q_OBJECT

public:
    UploadVerifier(NetworkAccess *access, ServerProfile profile, QByteArray token, TrustStore trust,
                   QObject *parent = nullptr);
    ~UploadVerifier() override;

    void verify(const UploadTarget &target, const QList<UploadPackage> &packages);
    void cancel();

    // The comparison itself, for callers that already hold the index.
    static UploadVerification compare(const LoadedIndex &index, const QList<UploadPackage> &packages,
                                      ServerProfile::Kind kind);

Q_SIGNALS:
    void finished(const apkdesk::UploadVerification &result);

private:
    void onDownloaded(const Status &result);
    void done(UploadVerification result);

    NetworkAccess *m_access;
    ServerProfile m_profile;
    QByteArray m_token;
    TrustStore m_trust;
    UploadTarget m_target;
    QList<UploadPackage> m_packages;
    QPointer<RequestJob> m_job;
    std::unique_ptr<QFutureWatcher<Result<LoadedIndex>>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace apkdesk
