#include "signatures/SignatureWriter.h"

#include "archive/GzipWriter.h"
#include "archive/TarWriter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace apkdesk {

QString SignatureMember::entryName(const QString &publicKeyName, SignatureDigest digest)
{
    return (digest == SignatureDigest::Sha256 ? QStringLiteral(".SIGN.RSA256.")
                                              : QStringLiteral(".SIGN.RSA."))
        + publicKeyName;
}

qint64 SignatureMember::defaultMtime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (ok && epoch >= 0)
        return epoch;
    return QDateTime::currentSecsSinceEpoch();
}

SignatureMember::Timestamp SignatureMember::defaultTimestamp()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (ok && epoch >= 0)
        return { epoch, 0 };
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return { ms / 1000, int(ms % 1000) * 1000000 };
}

Result<QByteArray> SignatureMember::tarSegment(const QByteArray &signature, const QString &publicKeyName,
                                               SignatureDigest digest, qint64 mtime, int mtimeNanoseconds)
{
    if (publicKeyName.isEmpty() || publicKeyName.contains(u'/') || publicKeyName.startsWith(u'.'))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::SignatureMember", "invalid public key name '%1'")
                         .arg(publicKeyName));
    if (signature.isEmpty())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::SignatureMember", "empty signature"));
    TarWriterEntry entry;
    entry.name = entryName(publicKeyName, digest).toUtf8();
    entry.mode = 0644; // as abuild-sign's tar --owner=0 --group=0 --numeric-owner stores it
    entry.mtime = mtime;
    entry.mtimeNanoseconds = mtimeNanoseconds;
    entry.size = signature.size();
    QByteArray tar;
    TarWriter writer(GzipWriter::bufferSink(tar));
    if (Status s = writer.addEntry(entry, signature); !s)
        return s.error();
    if (Status s = writer.finish(TarWriter::Ending::Cut); !s)
        return s.error();
    return tar;
}

Result<QByteArray> SignatureMember::create(const PrivateKey &key, const QString &publicKeyName,
                                           SignatureDigest digest, const QByteArray &signedBytes,
                                           qint64 mtime, int mtimeNanoseconds)
{
    if (key.bits() <= 1024)
        return Error(Error::Kind::Crypto,
                     QCoreApplication::translate("apkdesk::SignatureMember",
                                                 "refusing to sign with a %1-bit RSA key: it is too weak")
                         .arg(key.bits()));
    Result<QByteArray> signature = key.sign(signedBytes, digest);
    if (!signature)
        return signature.error();
    Result<QByteArray> tar = tarSegment(*signature, publicKeyName, digest, mtime, mtimeNanoseconds);
    if (!tar)
        return tar.error();
    return gzipMember(*tar);
}

} // namespace apkdesk
