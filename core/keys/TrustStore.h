#pragma once

#include "keys/PublicKey.h"

#include <apkdesk/core_export.h>

#include <QList>
#include <QMap>
#include <QStringList>

namespace apkdesk {

// The public keys the user trusts, found BY NAME like apk's trust.c: a signature entry
// `.SIGN.RSA.<name>` counts only if a file called <name> was loaded from a trusted folder.
// Names are compared, never opened as paths; names containing '/' never match.
class APKDESK_CORE_EXPORT TrustStore
{
public:
    TrustStore() = default;

    static constexpr int MinimumTrustedBits = 2048;

    // Loads every regular file of each folder (like apk --keys-dir). Files that are not keys
    // and RSA keys under MinimumTrustedBits are skipped and recorded in loadErrors(). A
    // missing folder is recorded too.
    static TrustStore fromDirectories(const QStringList &directories);
    // The configured folders (settings key "keys/trustedDirectories"), or the defaults.
    static TrustStore fromSettings();

    // /etc/apk/keys when it exists, then Apkdesk's own trusted-keys folder.
    static QStringList defaultDirectories();
    // <AppDataLocation>/keys/trusted (created on demand by whoever imports keys).
    static QString apkdeskTrustedKeysDirectory();
    // The user's list from QSettings, falling back to defaultDirectories().
    static QStringList configuredDirectories();
    static void setConfiguredDirectories(const QStringList &directories);

    void addDirectory(const QString &directory);
    // The first key loaded under a name wins (as apk: first --keys-dir first).
    void addKey(const PublicKey &key);

    // nullptr when untrusted. Names with '/' or empty names always give nullptr.
    const PublicKey *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }

    QStringList keyNames() const;
    QList<PublicKey> keys() const;
    QStringList directories() const { return m_directories; }
    QList<Error> loadErrors() const { return m_errors; }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QMap<QString, PublicKey> m_keys;
    QStringList m_directories;
    QList<Error> m_errors;
};

} // namespace apkdesk
