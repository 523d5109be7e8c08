#include "keys/TrustStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace apkdesk {

namespace {
const QString SettingsKey = QStringLiteral("keys/trustedDirectories");
}

TrustStore TrustStore::fromDirectories(const QStringList &directories)
{
    TrustStore store;
    for (const QString &directory : directories)
        store.addDirectory(directory);
    return store;
}

TrustStore TrustStore::fromSettings()
{
    return fromDirectories(configuredDirectories());
}

QStringList TrustStore::defaultDirectories()
{
    QStringList directories;
    if (QFileInfo(QStringLiteral("/etc/apk/keys")).isDir())
        directories << QStringLiteral("/etc/apk/keys");
    directories << apkdeskTrustedKeysDirectory();
    return directories;
}

QString TrustStore::apkdeskTrustedKeysDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/keys/trusted");
}

QStringList TrustStore::configuredDirectories()
{
    QSettings settings;
    if (!settings.contains(SettingsKey))
        return defaultDirectories();
    return settings.value(SettingsKey).toStringList();
}

void TrustStore::setConfiguredDirectories(const QStringList &directories)
{
    QSettings settings;
    settings.setValue(SettingsKey, directories);
}

void TrustStore::addDirectory(const QString &directory)
{
    m_directories << directory;
    const QFileInfo info(directory);
    if (!info.exists()) {
        // The default Apkdesk folder is created lazily; its absence is not worth a warning.
        if (directory != apkdeskTrustedKeysDirectory())
            m_errors << Error(Error::Kind::NotFound,
                              QCoreApplication::translate("TrustStore", "keys folder does not exist"))
                            .withLocation(directory);
        return;
    }
    if (!info.isDir()) {
        m_errors << Error(Error::Kind::InvalidArgument,
                          QCoreApplication::translate("TrustStore", "not a folder"))
                        .withLocation(directory);
        return;
    }
    const QDir dir(directory);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        auto key = PublicKey::load(entry.absoluteFilePath());
        if (!key) {
            qCDebug(lcKeys) << "skipping" << entry.absoluteFilePath() << key.error().toString();
            m_errors << key.error();
            continue;
        }
        if (key->bits() < MinimumTrustedBits) {
            // As apt does: a weak key is never trusted, whatever folder it sits in.
            m_errors << Error(Error::Kind::Crypto,
                              QCoreApplication::translate(
                                  "TrustStore", "%1-bit RSA key is too weak to be trusted (minimum %2 bits)")
                                  .arg(key->bits())
                                  .arg(MinimumTrustedBits))
                            .withLocation(entry.absoluteFilePath());
            continue;
        }
        addKey(*key);
    }
}

void TrustStore::addKey(const PublicKey &key)
{
    if (key.isNull() || key.name().isEmpty() || key.name().contains(QLatin1Char('/')))
        return;
    if (!m_keys.contains(key.name()))
        m_keys.insert(key.name(), key);
}

const PublicKey *TrustStore::find(const QString &name) const
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return nullptr;
    const auto it = m_keys.constFind(name);
    return it == m_keys.constEnd() ? nullptr : &it.value();
}

QStringList TrustStore::keyNames() const
{
    return m_keys.keys();
}

QList<PublicKey> TrustStore::keys() const
{
    return m_keys.values();
}

} // namespace apkdesk
