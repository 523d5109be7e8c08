#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"

#include <apkdesk/core_export.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace apkdesk {

// One key as the Keys view and `apkdesk-cli key list` show it: a private key with or
// without its public half, or a trusted public key alone. Entries are merged by
// fingerprint, so a pair in ~/.abuild that is also trusted is one entry.
struct APKDESK_CORE_EXPORT KeyEntry
{
    QString name; // public key file name, e.g. "alice-6b0ae07e.rsa.pub" (what signatures name)
    QString fingerprint; // hex SHA-256 of the DER public key; empty if the key could not be read
    int bits = 0;
    QDateTime created; // from the 8 hex digits in the name; invalid if none
    QString privatePath; // empty when the private half is not here
    QString publicPath; // the .pub next to the private key (or in a trusted folder)
    QStringList trustedIn; // trusted folders holding a .pub with this fingerprint
    bool privateEncrypted = false;
    bool privateReadableByOthers = false; // group/other read bits set: warn
    bool pairMismatch = false; // a .pub sits next to the private key but is another key
    QString problem; // why the key could not be read, if it could not

    bool hasPrivate() const { return !privatePath.isEmpty(); }
    bool isTrusted() const { return !trustedIn.isEmpty(); }
};

// Lists the keys of the folders Apkdesk knows: its own key folder, the abuild user folder,
// and the trusted public key folders. Reading is cheap (no passphrases needed: the public
// half comes from the .pub file, or from the private key when it is not encrypted).
class APKDESK_CORE_EXPORT KeyRing
{
public:
    struct Folders
    {
        QStringList privateKeyDirs; // default: apkdesk keys dir, abuild user dir
        QStringList trustedDirs; // default: TrustStore's folders
    };

    KeyRing();
    explicit KeyRing(Folders folders);

    static Folders defaultFolders();

    const Folders &folders() const { return m_folders; }
    QList<KeyEntry> entries() const; // scans the folders now

    // Copies an existing key pair (private key, its .pub when present next to it) into
    // `targetDir` (default apkdesk keys dir, private 0600). A missing .pub is derived
    // from the private key (needs the passphrase when encrypted). Returns the entry;
    // `warnings` gets "1024-bit key is weak", "readable by others" etc.
    static Result<KeyEntry> importPrivateKey(const QString &privatePath, const QString &passphrase,
                                             QStringList *warnings, const QString &targetDir = {});

    // Writes the SubjectPublicKeyInfo PEM of a key (from its .pub or derived from the private key).
    static Status exportPublicKey(const KeyEntry &entry, const QString &targetPath);

    // Deletes the private key file and its .pub next to it (not trusted copies).
    static Status deletePrivateKey(const KeyEntry &entry);

    // Trusting = a copy of the public key, named entry.name, in a trusted folder (default
    // TrustStore::apkdeskTrustedKeysDirectory()). Untrusting removes that copy from `trustedDir`.
    static Status trustPublicKey(const KeyEntry &entry, const QString &trustedDir = {});
    static Status untrustPublicKey(const KeyEntry &entry, const QString &trustedDir);

    // Finds a key by file path, base name ("alice-6b0ae07e.rsa", with or without .pub) or
    // fingerprint prefix (>= 8 hex digits).
    Result<KeyEntry> find(const QString &spec) const;

private:
    Folders m_folders;
};

// Public key file name for a private key path: "<base>.pub" (abuild's convention).
APKDESK_CORE_EXPORT QString publicKeyNameFor(const QString &privateKeyPath);

// Whether group or others may read the file (private keys should be 0600).
APKDESK_CORE_EXPORT bool isReadableByOthers(const QString &path);

// Reads a private key and checks it against the .pub file (when given): Crypto error
// "the public key ... does not belong to this private key" on a mismatch.
APKDESK_CORE_EXPORT Status checkKeyPair(const PrivateKey &key, const QString &publicKeyPath);

} // namespace apkdesk
