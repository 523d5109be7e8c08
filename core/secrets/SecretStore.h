#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace apkdesk {

// Passphrases and tokens live here and nowhere else: in the desktop's Secret Service
// (QtKeychain, service "apkdesk", no insecure fallback) or, when there is none and the
// user opts in, in this process's memory for the session. Never on disk in plain text.
//
// Every call is asynchronous; the callback runs on the store's thread and is dropped
// when `context` is destroyed first.
class APKDESK_CORE_EXPORT SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        Keychain, // the system Secret Service / keychain
        SessionOnly, // in memory until the process ends (opt-in when no keychain exists)
    };
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName(); // "apkdesk"
    // Stable keys: "key-passphrase:<sha256 fingerprint>", "token:<profile id>".
    static QString passphraseKey(const QString &fingerprint);
    static QString tokenKey(const QString &profileId);

    // Errors carry Error::Kind::NotFound when the entry does not exist and
    // Error::Kind::Unsupported when no secret service is reachable (isNoBackend()).
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback);
    void remove(const QString &key, QObject *context, DoneCallback callback);

    // Finds out whether a keychain answers (a harmless read of a probe entry); the
    // answer is cached in availability() and announced with availabilityChanged().
    void probe(QObject *context, std::function<void(Availability)> callback);
    Availability availability() const { return m_availability; }

    // Opting in to session-only storage: secrets are then kept in memory only and the
    // keychain is not used. The in-memory copy is wiped when the store is destroyed.
    void setBackend(Backend backend);
    Backend backend() const { return m_backend; }

    static bool isNoBackend(const Error &error);

signals:
    void availabilityChanged(apkdesk::SecretStore::Availability availability);

private:
    void noteAvailability(Availability availability);

    Backend m_backend = Backend::Keychain;
    Availability m_availability = Availability::Unknown;
    QHash<QString, QString> m_session;
};

} // namespace apkdesk
