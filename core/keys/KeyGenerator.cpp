#include "keys/KeyGenerator.h"

#include "common/AtomicFile.h"
#include "common/Logging.h"
#include "keys/KeyFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace apkdesk {

QString keyBaseName(const QString &name, const QDateTime &creationTime)
{
    QString clean;
    for (const QChar c : name.trimmed()) {
        const bool keep = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'.' || c == u'_' || c == u'-'
            || c == u'@' || c == u'+';
        clean += keep ? c : QChar(u'-');
    }
    while (clean.startsWith(u'.') || clean.startsWith(u'-'))
        clean.remove(0, 1);
    const qint64 seconds =
        (creationTime.isValid() ? creationTime : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    return clean + u'-' + QStringLiteral("%1").arg(quint32(seconds), 8, 16, QChar(u'0'))
        + QStringLiteral(".rsa");
}

QDateTime creationTimeFromKeyName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("-([0-9a-fA-F]{8})\\.rsa(\\.pub)?$"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).fileName());
    if (!match.hasMatch())
        return {};
    bool ok = false;
    const qint64 seconds = match.captured(1).toLongLong(&ok, 16);
    return ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

Result<GeneratedKeyPair> generateKeyPair(const KeyGenerationRequest &request)
{
    if (request.name.trimmed().isEmpty())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyGenerator",
                                                 "a key name (your name or e-mail) is needed"));
    const QString folder = request.folder.isEmpty() ? KeyFolders::apkdeskKeysDir() : request.folder;
    const QString baseName = keyBaseName(request.name, request.creationTime);
    if (baseName.startsWith(u'-'))
        return Error(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("apkdesk::KeyGenerator", "the key name has no usable characters"));

    if (!KeyFolders::ensurePrivateDir(folder))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::KeyGenerator", "cannot create the key folder"))
            .withLocation(folder);
    GeneratedKeyPair pair;
    pair.baseName = baseName;
    pair.privatePath = QDir(folder).filePath(baseName);
    pair.publicPath = pair.privatePath + QStringLiteral(".pub");
    if (QFileInfo::exists(pair.privatePath) || QFileInfo::exists(pair.publicPath))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::KeyGenerator",
                                                 "a key with this name already exists"))
            .withLocation(pair.privatePath);

    Result<PrivateKey> key = PrivateKey::generate(request.bits);
    if (!key)
        return key.error();
    Result<QByteArray> pem = key->toPkcs8Pem(request.passphrase);
    if (!pem)
        return pem.error();

    AtomicWriteOptions privateMode;
    privateMode.permissions = permissionsFromMode(0600);
    Status written = writeFileAtomically(pair.privatePath, *pem, privateMode);
    pem->fill('\0');
    if (!written)
        return written.error();
    AtomicWriteOptions publicMode;
    publicMode.permissions = permissionsFromMode(0644);
    if (Status s = writeFileAtomically(pair.publicPath, key->publicKeyPem(), publicMode); !s) {
        QFile::remove(pair.privatePath);
        return s.error();
    }
    pair.fingerprint = key->fingerprint();
    pair.bits = key->bits();
    qCInfo(lcKeys) << "generated key pair" << pair.privatePath << pair.bits << "bits"
                   << (request.passphrase.isEmpty() ? "unencrypted" : "encrypted");
    return pair;
}

} // namespace apkdesk
