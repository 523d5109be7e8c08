#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace apkdesk {

// What the cache knows about one index URL.
struct APKDESK_CORE_EXPORT IndexCacheEntry
{
    QUrl url;
    QString path; // the cached APKINDEX.tar.gz
    QByteArray etag; // as the server sent it (quotes included)
    QByteArray lastModified; // HTTP date as sent
    QDateTime fetchedAt; // last time the server confirmed it (200 or 304), UTC
    bool trusted = false; // the vetter's verdict when it was stored
    QString verdict; // the vetter's one-line summary ("signed by fixture-6b0ae07e.rsa.pub")
    QDateTime builtAt; // when the index was made (its tar members' mtime), if known
};

// APKINDEX.tar.gz files by URL on disk (<dir>/<sha256 of url>/APKINDEX.tar.gz + meta.json),
// so a browser can start offline and ask the server only "changed since?". Every write goes
// through temp file + rename: a crash leaves the previous good copy.
class APKDESK_CORE_EXPORT IndexCache
{
public:
    // <CacheLocation>/indexes
    static QString defaultDirectory();
    explicit IndexCache(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }
    std::optional<IndexCacheEntry> lookup(const QUrl &url) const;
    // The folder for this URL's files (created on demand): the fetcher downloads there so the
    // final rename stays on one file system.
    QString entryDirectory(const QUrl &url) const;

    // Moves `temporaryPath` over the cached copy and records its metadata.
    Result<IndexCacheEntry> store(const QUrl &url, const QString &temporaryPath, const QByteArray &etag,
                                  const QByteArray &lastModified, bool trusted, const QString &verdict,
                                  const QDateTime &builtAt = {});
    // After a 304: the copy is still current.
    Status touch(const QUrl &url);
    Status remove(const QUrl &url);

private:
    QString m_directory;
};

} // namespace apkdesk
