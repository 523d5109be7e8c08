#pragma once

#include "common/Result.h"
#include "keys/PassphraseProvider.h"
#include "keys/PrivateKey.h"

#include <apkdesk/core_export.h>

#include <QObject>
#include <QPointer>

#include <functional>

namespace apkdesk {

class SecretStore;

// Opens a private key for the GUI without blocking it: an unencrypted key at once; an
// encrypted one with the passphrase remembered in the keychain (SecretStore, key
// "key-passphrase:<fingerprint>") when there is one, else by asking the PassphraseProvider,
// again after a wrong passphrase, up to MaxAttempts times. A passphrase the user asked to
// remember is stored once it has worked.
class APKDESK_CORE_EXPORT KeyUnlocker : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxAttempts = 3;
    using Callback = std::function<void(Result<PrivateKey>)>;

    KeyUnlocker(PassphraseProvider *provider, SecretStore *secrets, QObject *parent = nullptr);

    // `callback` runs once (Error::Kind::Cancelled when the user gave up), and never after
    // `context` is destroyed.
    void unlock(const QString &privateKeyPath, QObject *context, Callback callback);

signals:
    // A remembered passphrase could not be stored (e.g. no secret service).
    void rememberFailed(const apkdesk::Error &error);

private:
    struct Attempt;
    void tryRemembered(const std::shared_ptr<Attempt> &attempt);
    void ask(const std::shared_ptr<Attempt> &attempt, const QString &previousError);
    void finish(const std::shared_ptr<Attempt> &attempt, Result<PrivateKey> result);

    PassphraseProvider *m_provider;
    QPointer<SecretStore> m_secrets;
};

} // namespace apkdesk
