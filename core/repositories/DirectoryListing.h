#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace apkdesk {

struct APKDESK_CORE_EXPORT ListingEntry
{
    QString name; // decoded file or folder name, one safe path segment
    QUrl url; // absolute, a direct child of the listed folder
    bool isDirectory = false;

    bool operator==(const ListingEntry &other) const = default;
};

struct APKDESK_CORE_EXPORT DirectoryListing
{
    QUrl url; // the folder that was listed (ends with '/')
    QList<ListingEntry> entries;
    bool truncated = false; // more entries than maxEntries: the rest was dropped
    int ignoredLinks = 0; // links that were not a safe direct child (parent, off-site, script...)

    QList<ListingEntry> directories() const;
    bool containsFile(const QString &name) const;
};

struct APKDESK_CORE_EXPORT DirectoryListingLimits
{
    qint64 maxBytes = 16LL * 1024 * 1024;
    int maxEntries = 100'000;
};

// Reads the links of an HTML directory listing: reposerve's (`<li><span><a href="/abs/path">
// name/</a>`), nginx autoindex (`<a href="name/">`), Apache mod_autoindex (table or list,
// with sort links and "Parent Directory"), python's http.server. Only links that resolve to a
// direct child of `pageUrl` on the same origin count; parent links, queries, fragments,
// off-site and absolute links elsewhere, names that are not a safe path segment, and anything
// inside <script>, <style> or comments are ignored. Duplicates are merged. A folder is an
// entry whose href or text ends with '/'.
APKDESK_CORE_EXPORT Result<DirectoryListing>
parseDirectoryListing(const QByteArray &html, const QUrl &pageUrl, const DirectoryListingLimits &limits = {});

// The same for a local folder (file:// repositories), sorted by name.
APKDESK_CORE_EXPORT Result<DirectoryListing> listLocalDirectory(const QUrl &folderUrl,
                                                                const DirectoryListingLimits &limits = {});

} // namespace apkdesk
