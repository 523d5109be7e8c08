#include "repositories/IndexCache.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::IndexCache", text);
}

const QString kIndexName = QStringLiteral("APKINDEX.tar.gz");
const QString kMetaName = QStringLiteral("meta.json");

QJsonObject toJson(const IndexCacheEntry &entry, qint64 size)
{
    return QJsonObject {
        { QStringLiteral("url"), entry.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("etag"), QString::fromLatin1(entry.etag) },
        { QStringLiteral("lastModified"), QString::fromLatin1(entry.lastModified) },
        { QStringLiteral("fetchedAt"), entry.fetchedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("trusted"), entry.trusted },
        { QStringLiteral("verdict"), entry.verdict },
        { QStringLiteral("size"), size },
        { QStringLiteral("builtAt"),
          entry.builtAt.isValid() ? entry.builtAt.toUTC().toString(Qt::ISODate) : QString() },
    };
}

} // namespace

QString IndexCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/indexes");
}

IndexCache::IndexCache(const QString &directory) : m_directory(QDir(directory).absolutePath()) { }

QString IndexCache::entryDirectory(const QUrl &url) const
{
    const QByteArray key =
        QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    const QString path = m_directory + QLatin1Char('/') + QString::fromLatin1(key);
    QDir().mkpath(path);
    return path;
}

std::optional<IndexCacheEntry> IndexCache::lookup(const QUrl &url) const
{
    const QString dir = entryDirectory(url);
    QFile meta(dir + QLatin1Char('/') + kMetaName);
    const QFileInfo index(dir + QLatin1Char('/') + kIndexName);
    if (!index.isFile() || !meta.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
    if (json.value(QStringLiteral("url")).toString() != url.toString(QUrl::FullyEncoded))
        return std::nullopt;
    IndexCacheEntry entry;
    entry.url = url;
    entry.path = index.absoluteFilePath();
    entry.fetchedAt = QDateTime::fromString(json.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    entry.verdict = json.value(QStringLiteral("verdict")).toString();
    // Metadata from another copy (a crash between the two renames): the file is kept but the
    // server is asked for it again and its verdict is unknown.
    if (json.value(QStringLiteral("size")).toInteger(-1) == index.size()) {
        entry.etag = json.value(QStringLiteral("etag")).toString().toLatin1();
        entry.lastModified = json.value(QStringLiteral("lastModified")).toString().toLatin1();
        entry.trusted = json.value(QStringLiteral("trusted")).toBool();
        entry.builtAt = QDateTime::fromString(json.value(QStringLiteral("builtAt")).toString(), Qt::ISODate);
    }
    return entry;
}

Result<IndexCacheEntry> IndexCache::store(const QUrl &url, const QString &temporaryPath,
                                          const QByteArray &etag, const QByteArray &lastModified,
                                          bool trusted, const QString &verdict, const QDateTime &builtAt)
{
    const QString dir = entryDirectory(url);
    const QString target = dir + QLatin1Char('/') + kIndexName;
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(target).constData()) != 0)
        return Error(Error::Kind::Io,
                     tr("cannot store the index in the cache: %1").arg(qt_error_string(errno)))
            .withLocation(target);
    IndexCacheEntry entry { url,     target,  etag,   lastModified, QDateTime::currentDateTimeUtc(),
                            trusted, verdict, builtAt };
    const QByteArray json = QJsonDocument(toJson(entry, QFileInfo(target).size())).toJson();
    if (Status ok = writeFileAtomically(dir + QLatin1Char('/') + kMetaName, json); !ok)
        return ok.error();
    return entry;
}

Status IndexCache::touch(const QUrl &url)
{
    std::optional<IndexCacheEntry> entry = lookup(url);
    if (!entry)
        return Error(Error::Kind::NotFound, tr("no cached copy")).withLocation(url.toDisplayString());
    entry->fetchedAt = QDateTime::currentDateTimeUtc();
    const QByteArray json = QJsonDocument(toJson(*entry, QFileInfo(entry->path).size())).toJson();
    return writeFileAtomically(entryDirectory(url) + QLatin1Char('/') + kMetaName, json);
}

Status IndexCache::remove(const QUrl &url)
{
    QDir dir(entryDirectory(url));
    if (!dir.removeRecursively())
        return Error(Error::Kind::Io, tr("cannot remove the cached copy")).withLocation(dir.path());
    return {};
}

} // namespace apkdesk
