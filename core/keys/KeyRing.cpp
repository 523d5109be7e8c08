#include "keys/KeyRing.h"

#include "common/AtomicFile.h"
#include "common/Logging.h"
#include "keys/KeyFolders.h"
#include "keys/KeyGenerator.h"
#include "keys/PublicKey.h"
#include "keys/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <sys/stat.h>

namespace apkdesk {

namespace {

bool looksLikePrivateKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return head.contains("PRIVATE KEY-----");
}

void readPrivate(KeyEntry &entry)
{
    entry.privateEncrypted = PrivateKey::isEncryptedFile(entry.privatePath);
    entry.privateReadableByOthers = isReadableByOthers(entry.privatePath);
    const QString pubPath = entry.privatePath + QStringLiteral(".pub");
    Result<PublicKey> pub =
        QFileInfo::exists(pubPath) ? PublicKey::load(pubPath) : Result<PublicKey>(Error());
    if (!entry.privateEncrypted) {
        Result<PrivateKey> key = PrivateKey::load(entry.privatePath);
        if (!key) {
            entry.problem = key.error().message();
            return;
        }
        entry.fingerprint = key->fingerprint();
        entry.bits = key->bits();
        if (pub.ok()) {
            entry.publicPath = pubPath;
            entry.pairMismatch = !key->matchesPublicKeyDer(pub->derSpki());
        }
        return;
    }
    // Encrypted: the public half comes from the .pub next to it (checked when unlocked).
    if (pub.ok()) {
        entry.publicPath = pubPath;
        entry.fingerprint = pub->fingerprintHex();
        entry.bits = pub->bits();
    } else {
        entry.problem =
            QCoreApplication::translate("apkdesk::KeyRing", "encrypted, and no .pub file next to it");
    }
}

} // namespace

QString publicKeyNameFor(const QString &privateKeyPath)
{
    return QFileInfo(privateKeyPath).fileName() + QStringLiteral(".pub");
}

bool isReadableByOthers(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRGRP | S_IROTH)) != 0;
}

Status checkKeyPair(const PrivateKey &key, const QString &publicKeyPath)
{
    Result<PublicKey> pub = PublicKey::load(publicKeyPath);
    if (!pub)
        return pub.error();
    if (!key.matchesPublicKeyDer(pub->derSpki()))
        return Error(Error::Kind::Crypto,
                     QCoreApplication::translate("apkdesk::KeyRing",
                                                 "the public key %1 does not belong to this private key")
                         .arg(QFileInfo(publicKeyPath).fileName()))
            .withLocation(publicKeyPath);
    return {};
}

KeyRing::KeyRing() : m_folders(defaultFolders()) { }

KeyRing::KeyRing(Folders folders) : m_folders(std::move(folders)) { }

KeyRing::Folders KeyRing::defaultFolders()
{
    Folders folders;
    folders.privateKeyDirs = { KeyFolders::apkdeskKeysDir(), KeyFolders::abuildUserDir() };
    folders.trustedDirs = TrustStore::configuredDirectories();
    return folders;
}

QList<KeyEntry> KeyRing::entries() const
{
    QList<KeyEntry> result;
    QMap<QString, int> byFingerprint;
    QStringList seenPaths;
    for (const QString &dir : m_folders.privateKeyDirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(
            { QStringLiteral("*.rsa"), QStringLiteral("*.pem"), QStringLiteral("*.key") }, QDir::Files,
            QDir::Name);
        for (const QFileInfo &info : files) {
            const QString canonical = info.canonicalFilePath();
            if (seenPaths.contains(canonical) || !looksLikePrivateKey(info.filePath()))
                continue;
            seenPaths << canonical;
            KeyEntry entry;
            entry.privatePath = info.filePath();
            entry.name = publicKeyNameFor(info.filePath());
            entry.created = creationTimeFromKeyName(entry.name);
            readPrivate(entry);
            if (!entry.fingerprint.isEmpty() && byFingerprint.contains(entry.fingerprint))
                continue; // the same key in two folders: the first folder wins
            if (!entry.fingerprint.isEmpty())
                byFingerprint.insert(entry.fingerprint, int(result.size()));
            result << entry;
        }
    }
    for (const QString &dir : m_folders.trustedDirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &info : files) {
            Result<PublicKey> pub = PublicKey::load(info.filePath());
            if (!pub)
                continue;
            const QString fp = pub->fingerprintHex();
            auto it = byFingerprint.constFind(fp);
            if (it != byFingerprint.constEnd()) {
                KeyEntry &known = result[it.value()];
                if (!known.trustedIn.contains(dir))
                    known.trustedIn << dir;
                if (known.publicPath.isEmpty())
                    known.publicPath = info.filePath();
                continue;
            }
            KeyEntry entry;
            entry.name = info.fileName();
            entry.fingerprint = fp;
            entry.bits = pub->bits();
            entry.created = creationTimeFromKeyName(entry.name);
            entry.publicPath = info.filePath();
            entry.trustedIn << dir;
            byFingerprint.insert(fp, int(result.size()));
            result << entry;
        }
    }
    return result;
}

Result<KeyEntry> KeyRing::find(const QString &spec) const
{
    const QList<KeyEntry> all = entries();
    const QString wanted = spec.trimmed();
    if (wanted.isEmpty())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyRing", "no key given"));
    // Exact matches first: a file path, the private or public file name, a fingerprint prefix.
    for (const KeyEntry &entry : all) {
        const QString privateName = QFileInfo(entry.privatePath).fileName();
        if (entry.name == wanted || (!privateName.isEmpty() && privateName == wanted)
            || (!entry.privatePath.isEmpty()
                && QFileInfo(entry.privatePath).absoluteFilePath() == QFileInfo(wanted).absoluteFilePath())
            || (wanted.size() >= 8 && !entry.fingerprint.isEmpty()
                && entry.fingerprint.startsWith(wanted.toLower())))
            return entry;
    }
    // Then the name the key was generated for ("alice" for alice-6b0ae07e.rsa), if unambiguous.
    static const QRegularExpression suffix(QStringLiteral("-[0-9a-fA-F]{8}\\.rsa\\.pub$"));
    QList<KeyEntry> byName;
    for (const KeyEntry &entry : all) {
        QString base = entry.name;
        base.remove(suffix);
        if (base == wanted && entry.hasPrivate())
            byName << entry;
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1)
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyRing",
                                                 "'%1' names %2 keys; give the file name or a fingerprint")
                         .arg(wanted)
                         .arg(byName.size()));
    return Error(Error::Kind::NotFound,
                 QCoreApplication::translate("apkdesk::KeyRing", "no key matches '%1'").arg(wanted));
}

Result<KeyEntry> KeyRing::importPrivateKey(const QString &privatePath, const QString &passphrase,
                                           QStringList *warnings, const QString &targetDir)
{
    Result<PrivateKey> key = PrivateKey::load(privatePath, passphrase);
    if (!key)
        return key.error();
    if (key->bits() <= 1024 && warnings)
        *warnings << QCoreApplication::translate(
                         "apkdesk::KeyRing",
                         "%1-bit RSA key: weak, and refused for signing; generate a 4096-bit key")
                         .arg(key->bits());
    if (isReadableByOthers(privatePath) && warnings)
        *warnings << QCoreApplication::translate("apkdesk::KeyRing",
                                                 "%1 is readable by other users; the imported copy is 0600")
                         .arg(privatePath);

    const QString pubBeside = privatePath + QStringLiteral(".pub");
    if (QFileInfo::exists(pubBeside)) {
        if (Status s = checkKeyPair(*key, pubBeside); !s)
            return s.error();
    }
    const QString dir = targetDir.isEmpty() ? KeyFolders::apkdeskKeysDir() : targetDir;
    if (!KeyFolders::ensurePrivateDir(dir))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::KeyRing", "cannot create the key folder"))
            .withLocation(dir);
    const QString fileName = QFileInfo(privatePath).fileName();
    const QString target = QDir(dir).filePath(fileName);
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(privatePath).canonicalFilePath())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyRing", "this key is already in the key folder"))
            .withLocation(target);
    if (QFileInfo::exists(target))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyRing",
                                                 "a key with this file name is already in the key folder"))
            .withLocation(target);

    // Copy the file as it is (encrypted stays encrypted).
    QFile source(privatePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, source.errorString()).withLocation(privatePath);
    AtomicWriteOptions privateMode;
    privateMode.permissions = permissionsFromMode(0600);
    if (Status s = writeFileAtomically(target, source.readAll(), privateMode); !s)
        return s.error();
    AtomicWriteOptions publicMode;
    publicMode.permissions = permissionsFromMode(0644);
    if (Status s = writeFileAtomically(target + QStringLiteral(".pub"), key->publicKeyPem(), publicMode); !s)
        return s.error();

    KeyEntry entry;
    entry.privatePath = target;
    entry.publicPath = target + QStringLiteral(".pub");
    entry.name = publicKeyNameFor(target);
    entry.fingerprint = key->fingerprint();
    entry.bits = key->bits();
    entry.created = creationTimeFromKeyName(entry.name);
    entry.privateEncrypted = PrivateKey::isEncryptedFile(target);
    qCInfo(lcKeys) << "imported key" << target;
    return entry;
}

Status KeyRing::exportPublicKey(const KeyEntry &entry, const QString &targetPath)
{
    QByteArray pem;
    if (!entry.publicPath.isEmpty()) {
        Result<PublicKey> pub = PublicKey::load(entry.publicPath);
        if (!pub)
            return pub.error();
        pem = pub->toPem();
    } else if (!entry.privatePath.isEmpty() && !entry.privateEncrypted) {
        Result<PrivateKey> key = PrivateKey::load(entry.privatePath);
        if (!key)
            return key.error();
        pem = key->publicKeyPem();
    } else {
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate(
                         "apkdesk::KeyRing",
                         "the public half of this key is not available (unlock the private key first)"));
    }
    AtomicWriteOptions options;
    options.permissions = permissionsFromMode(0644);
    return writeFileAtomically(targetPath, pem, options);
}

Status KeyRing::deletePrivateKey(const KeyEntry &entry)
{
    if (entry.privatePath.isEmpty())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyRing", "this entry has no private key file"));
    if (!QFile::remove(entry.privatePath))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::KeyRing", "cannot delete the private key"))
            .withLocation(entry.privatePath);
    const QString pubBeside = entry.privatePath + QStringLiteral(".pub");
    if (QFileInfo::exists(pubBeside))
        QFile::remove(pubBeside);
    qCInfo(lcKeys) << "deleted key" << entry.privatePath;
    return {};
}

Status KeyRing::trustPublicKey(const KeyEntry &entry, const QString &trustedDir)
{
    const QString dir = trustedDir.isEmpty() ? TrustStore::apkdeskTrustedKeysDirectory() : trustedDir;
    if (entry.name.isEmpty() || entry.name.contains(u'/'))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyRing", "invalid key name"));
    if (!QDir().mkpath(dir))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::KeyRing", "cannot create the trusted keys folder"))
            .withLocation(dir);
    const QString target = QDir(dir).filePath(entry.name);
    if (QFileInfo::exists(target)) {
        Result<PublicKey> existing = PublicKey::load(target);
        if (existing && existing->fingerprintHex() == entry.fingerprint)
            return {};
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate(
                         "apkdesk::KeyRing",
                         "another key named %1 is already trusted; apk finds keys by name, so it cannot be "
                         "trusted too")
                         .arg(entry.name))
            .withLocation(target);
    }
    if (Status s = exportPublicKey(entry, target); !s)
        return s;
    qCInfo(lcKeys) << "trusted" << entry.name << "in" << dir;
    return {};
}

Status KeyRing::untrustPublicKey(const KeyEntry &entry, const QString &trustedDir)
{
    bool removed = false;
    const QFileInfoList files = QDir(trustedDir).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        Result<PublicKey> key = PublicKey::load(info.filePath());
        if (!key || key->fingerprintHex() != entry.fingerprint)
            continue;
        if (!QFile::remove(info.filePath()))
            return Error(Error::Kind::Io,
                         QCoreApplication::translate(
                             "apkdesk::KeyRing", "cannot remove the trusted key (is the folder writable?)"))
                .withLocation(info.filePath());
        removed = true;
    }
    if (!removed)
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("apkdesk::KeyRing", "the key is not in this folder"))
            .withLocation(trustedDir);
    qCInfo(lcKeys) << "untrusted" << entry.name << "from" << trustedDir;
    return {};
}

} // namespace apkdesk
