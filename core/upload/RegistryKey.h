#pragma once

#include "common/Result.h"
#include "keys/PublicKey.h"
#include "upload/ServerProfile.h"

#include <QObject>
#include <QPointer>
#include <QtNetwork/qtnetworkglobal.h>

namespace apkdesk {

class NetworkAccess;
class RequestJob;

// The public key a Gitea/Forgejo registry signs its indexes with, as served by
// GET <server>/api/packages/<owner>/alpine/key. Offered to the user; never trusted by itself.
struct APKDESK_CORE_EXPORT RegistryKey
{
    QString name; // the file name apk looks it up by: "<owner>@<fingerprint>.rsa.pub"
    QByteArray pem;
    PublicKey key;

    // Parses the answer; `contentDisposition` gives the name (Gitea sets it), otherwise
    // "<owner>@<sha256 hex>.rsa.pub" is used, as Gitea names it.
    static Result<RegistryKey> fromResponse(const QByteArray &pem, const QByteArray &contentDisposition,
                                            const QString &owner);
    // Writes the key into `directory` (default: Apkdesk's trusted keys folder) under its name,
    // atomically. Only call this after the user agreed.
    Status trust(const QString &directory = {}) const;
};

// Fetches a Gitea registry's key.
class APKDESK_CORE_EXPORT RegistryKeyFetcher : public QObject
{
    Q_OBJECT
public:
    RegistryKeyFetcher(NetworkAccess *access, ServerProfile profile, QObject *parent = nullptr);
    ~RegistryKeyFetcher() override;
    void start();

Q_SIGNALS:
    void finished(const apkdesk::Result<apkdesk::RegistryKey> &result);

private:
    NetworkAccess *m_access;
    ServerProfile m_profile;
    QPointer<RequestJob> m_job;
};

} // namespace apkdesk
