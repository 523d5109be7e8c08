#include "upload/RegistryKey.h"

#include "common/AtomicFile.h"
#include "keys/TrustStore.h"
#include "repositories/NetworkAccess.h"
#include "repositories/RequestJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace apkdesk {

Result<RegistryKey> RegistryKey::fromResponse(const QByteArray &pem, const QByteArray &contentDisposition,
                                              const QString &owner)
{
    auto key = PublicKey::fromPem(pem);
    if (!key)
        return Error(key.error())
            .prefixed(QCoreApplication::translate("apkdesk::RegistryKey",
                                                  "The registry's key is not a usable public key"));
    RegistryKey result;
    result.pem = pem;
    result.key = *key;
    static const QRegularExpression filename(QStringLiteral("filename\\s*=\\s*\"?([^\";]+)\"?"));
    const auto match = filename.match(QString::fromUtf8(contentDisposition));
    QString name = match.hasMatch() ? match.captured(1).trimmed() : QString();
    // The name becomes a file name in the trusted folder: no path, no hidden file.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(QLatin1Char('.')))
        name = owner.toLower() + QLatin1Char('@') + key->fingerprintHex() + QStringLiteral(".rsa.pub");
    result.name = name;
    return result;
}

Status RegistryKey::trust(const QString &directory) const
{
    const QString folder = directory.isEmpty() ? TrustStore::apkdeskTrustedKeysDirectory() : directory;
    if (!QDir().mkpath(folder))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::RegistryKey", "Cannot create the folder"))
            .withLocation(folder);
    return writeFileAtomically(QDir(folder).filePath(name), pem);
}

RegistryKeyFetcher::RegistryKeyFetcher(NetworkAccess *access, ServerProfile profile, QObject *parent)
    : QObject(parent), m_access(access), m_profile(std::move(profile))
{ }

RegistryKeyFetcher::~RegistryKeyFetcher()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void RegistryKeyFetcher::start()
{
    auto *job = new RequestJob(m_access, m_profile.registryKeyUrl(), this);
    job->setMaxResponseBytes(64 * 1024);
    connect(job, &AsyncJob::finished, this, [this, job](const Status &status) {
        job->deleteLater();
        if (!status) {
            Q_EMIT finished(Error(status.error()).prefixed(tr("Fetching the registry's key failed")));
            return;
        }
        Q_EMIT finished(RegistryKey::fromResponse(
            job->responseBody(), job->responseHeader("Content-Disposition"), m_profile.owner));
    });
    m_job = job;
    job->start();
}

} // namespace apkdesk
