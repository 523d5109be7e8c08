#include "keys/KeyUnlocker.h"

#include "common/Logging.h"
#include "keys/PublicKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace apkdesk {

struct KeyUnlocker::Attempt
{
    QString path;
    QString fingerprint;
    int number = 0;
    QPointer<QObject> context;
    Callback callback;
    bool done = false;
};

KeyUnlocker::KeyUnlocker(PassphraseProvider *provider, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_provider(provider), m_secrets(secrets)
{ }

void KeyUnlocker::unlock(const QString &privateKeyPath, QObject *context, Callback callback)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->path = privateKeyPath;
    attempt->context = context;
    attempt->callback = std::move(callback);
    if (!PrivateKey::isEncryptedFile(privateKeyPath)) {
        QTimer::singleShot(0, this, [this, attempt] { finish(attempt, PrivateKey::load(attempt->path)); });
        return;
    }
    const QString pub = privateKeyPath + QStringLiteral(".pub");
    if (QFileInfo::exists(pub)) {
        if (Result<PublicKey> key = PublicKey::load(pub))
            attempt->fingerprint = key->fingerprintHex();
    }
    if (m_secrets && !attempt->fingerprint.isEmpty())
        tryRemembered(attempt);
    else
        QTimer::singleShot(0, this, [this, attempt] { ask(attempt, {}); });
}

void KeyUnlocker::tryRemembered(const std::shared_ptr<Attempt> &attempt)
{
    m_secrets->read(
        SecretStore::passphraseKey(attempt->fingerprint), this, [this, attempt](Result<QString> secret) {
            if (secret.ok()) {
                Result<PrivateKey> key = PrivateKey::load(attempt->path, *secret);
                secret->fill(QChar(u'\0'));
                if (key.ok()) {
                    qCInfo(lcKeys) << "unlocked" << attempt->path << "with the remembered passphrase";
                    finish(attempt, key);
                    return;
                }
                ask(attempt,
                    QCoreApplication::translate("apkdesk::KeyUnlocker",
                                                "The remembered passphrase no longer works."));
                return;
            }
            ask(attempt, {});
        });
}

void KeyUnlocker::ask(const std::shared_ptr<Attempt> &attempt, const QString &previousError)
{
    if (!m_provider) {
        finish(attempt,
               Error(Error::Kind::Auth,
                     QCoreApplication::translate("apkdesk::KeyUnlocker",
                                                 "the private key is encrypted: a passphrase is needed"))
                   .withLocation(attempt->path));
        return;
    }
    ++attempt->number;
    PassphraseRequest request;
    request.keyPath = attempt->path;
    request.keyName = QFileInfo(attempt->path).fileName();
    request.fingerprint = attempt->fingerprint;
    request.attempt = attempt->number;
    request.previousError = previousError;
    QPointer<KeyUnlocker> self(this);
    m_provider->requestPassphrase(request, [self, attempt](std::optional<PassphraseProvider::Answer> answer) {
        if (!self)
            return;
        if (!answer) {
            self->finish(attempt, Error::cancelled().withLocation(attempt->path));
            return;
        }
        Result<PrivateKey> key = PrivateKey::load(attempt->path, answer->passphrase);
        if (!key.ok() && key.error().kind() == Error::Kind::Auth && attempt->number < MaxAttempts) {
            answer->passphrase.fill(QChar(u'\0'));
            self->ask(attempt, key.error().message());
            return;
        }
        if (key.ok() && answer->remember && self->m_secrets && !attempt->fingerprint.isEmpty()) {
            self->m_secrets->write(SecretStore::passphraseKey(attempt->fingerprint), answer->passphrase, self,
                                   [self](Status status) {
                                       if (!status.ok() && self)
                                           emit self->rememberFailed(status.error());
                                   });
        }
        answer->passphrase.fill(QChar(u'\0'));
        self->finish(attempt, key);
    });
}

void KeyUnlocker::finish(const std::shared_ptr<Attempt> &attempt, Result<PrivateKey> result)
{
    if (attempt->done)
        return;
    attempt->done = true;
    if (attempt->context)
        attempt->callback(std::move(result));
}

} // namespace apkdesk
