#pragma once

#include "HandlerRegistry.h"

#include <QDateTime>

namespace apkdesk::testserver {

// GET/HEAD of the served folder: files with ETag, Last-Modified, conditional requests (304)
// and single byte ranges (206/416, If-Range); folders as reposerve's directory listing.
HttpResponse serveStatic(const HttpRequest &request, const ServerContext &context);

// reposerve's listing markup (src/directory.rs): absolute hrefs, folders first, "name/".
QByteArray directoryListingHtml(const QString &folder, const QString &requestPath, bool isRoot);

QByteArray httpDate(const QDateTime &time);

} // namespace apkdesk::testserver
