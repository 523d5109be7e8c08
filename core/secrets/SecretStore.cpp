#include "secrets/SecretStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace apkdesk {

namespace {

const QString kProbeKey = QStringLiteral("apkdesk-probe");

// libsecret reports an unreachable session bus or a missing org.freedesktop.secrets as
// OtherError with a D-Bus message rather than NoBackendAvailable; those mean "no service" too.
bool looksLikeMissingService(const QString &message)
{
    static const char *const hints[] = { "Could not connect",
                                         "org.freedesktop.secrets",
                                         "ServiceUnknown",
                                         "not provided by any",
                                         "autolaunch",
                                         "D-Bus",
                                         "DBus",
                                         "dbus" };
    for (const char *hint : hints) {
        if (message.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error jobError(const QKeychain::Job &job, const QString &key)
{
    QKeychain::Error code = job.error();
    if (code == QKeychain::OtherError && looksLikeMissingService(job.errorString()))
        code = QKeychain::NoBackendAvailable;
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("apkdesk::SecretStore", "no secret stored under this name"))
            .withLocation(key);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "apkdesk::SecretStore",
                         "no secret service is available (is a keyring such as GNOME Keyring or KWallet "
                         "running?); you can keep secrets for this session only"))
            .withLocation(key);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Kind::Auth,
                     QCoreApplication::translate("apkdesk::SecretStore", "the keychain refused access: %1")
                         .arg(job.errorString()))
            .withLocation(key);
    default:
        return Error(Error::Kind::Generic,
                     QCoreApplication::translate("apkdesk::SecretStore", "keychain error: %1")
                         .arg(job.errorString()))
            .withLocation(key);
    }
}

// Calls `callback` on the next event loop turn unless `context` is gone, so session-only
// answers arrive the same way (asynchronously) as keychain answers.
template<typename F> void deliverLater(QObject *context, F callback)
{
    QTimer::singleShot(0, context, std::move(callback));
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

SecretStore::~SecretStore()
{
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        it.value().fill(QChar(u'\0'));
}

QString SecretStore::serviceName()
{
    return QStringLiteral("apkdesk");
}

QString SecretStore::passphraseKey(const QString &fingerprint)
{
    return QStringLiteral("key-passphrase:") + fingerprint.toLower();
}

QString SecretStore::tokenKey(const QString &profileId)
{
    return QStringLiteral("token:") + profileId;
}

bool SecretStore::isNoBackend(const Error &error)
{
    return error.kind() == Error::Kind::Unsupported;
}

void SecretStore::setBackend(Backend backend)
{
    m_backend = backend;
    qCInfo(lcSecrets) << "secret storage:" << (backend == Backend::SessionOnly ? "session only" : "keychain");
}

void SecretStore::noteAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    if (m_backend == Backend::SessionOnly) {
        const auto it = m_session.constFind(key);
        Result<QString> result = it == m_session.constEnd()
            ? Result<QString>(
                Error(Error::Kind::NotFound,
                      QCoreApplication::translate("apkdesk::SecretStore", "no secret stored under this name"))
                    .withLocation(key))
            : Result<QString>(it.value());
        deliverLater(context, [callback = std::move(callback), result]() { callback(result); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, key, callback = std::move(callback)](QKeychain::Job *done) {
                const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
                Result<QString> result = done->error() == QKeychain::NoError
                    ? Result<QString>(readJob->textData())
                    : Result<QString>(jobError(*done, key));
                if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound)
                    noteAvailability(Availability::Available);
                else if (!result.ok() && isNoBackend(result.error()))
                    noteAvailability(Availability::Unavailable);
                qCDebug(lcSecrets) << "read" << key << (result.ok() ? "found" : "not available");
                if (guard)
                    callback(result);
            });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    if (m_backend == Backend::SessionOnly) {
        m_session.insert(key, secret);
        deliverLater(context, [callback = std::move(callback)]() { callback(Status()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, key, callback = std::move(callback)](QKeychain::Job *done) {
                Status status = done->error() == QKeychain::NoError ? Status() : Status(jobError(*done, key));
                if (status.ok())
                    noteAvailability(Availability::Available);
                else if (isNoBackend(status.error()))
                    noteAvailability(Availability::Unavailable);
                qCDebug(lcSecrets) << "write" << key << (status.ok() ? "stored" : "failed");
                if (guard)
                    callback(status);
            });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    if (m_backend == Backend::SessionOnly) {
        Status status = m_session.remove(key) > 0
            ? Status()
            : Status(
                Error(Error::Kind::NotFound,
                      QCoreApplication::translate("apkdesk::SecretStore", "no secret stored under this name"))
                    .withLocation(key));
        deliverLater(context, [callback = std::move(callback), status]() { callback(status); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, key, callback = std::move(callback)](QKeychain::Job *done) {
                Status status = done->error() == QKeychain::NoError ? Status() : Status(jobError(*done, key));
                if (!status.ok() && isNoBackend(status.error()))
                    noteAvailability(Availability::Unavailable);
                if (guard)
                    callback(status);
            });
    job->start();
}

void SecretStore::probe(QObject *context, std::function<void(Availability)> callback)
{
    if (m_backend == Backend::SessionOnly) {
        deliverLater(context, [callback = std::move(callback)]() { callback(Availability::Available); });
        return;
    }
    read(kProbeKey, context, [this, callback = std::move(callback)](Result<QString> result) {
        if (result.ok() || result.error().kind() == Error::Kind::NotFound)
            noteAvailability(Availability::Available);
        else
            noteAvailability(Availability::Unavailable);
        callback(m_availability);
    });
}

} // namespace apkdesk
