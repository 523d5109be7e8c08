#include "StaticFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace apkdesk::testserver {

namespace {

QByteArray htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#x27;")).toUtf8();
}

QByteArray contentTypeFor(const QString &name)
{
    if (name.endsWith(QLatin1String(".gz")))
        return "application/gzip";
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (name.endsWith(QLatin1String(".json")))
        return "application/json";
    if (name.endsWith(QLatin1String(".txt")) || name == QLatin1String("APKBUILD"))
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

QByteArray etagOf(const QFileInfo &info)
{
    return '"' + QByteArray::number(info.size(), 16) + '-'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch(), 16) + '"';
}

} // namespace

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray directoryListingHtml(const QString &folder, const QString &requestPath, bool isRoot)
{
    QString base = requestPath;
    while (base.size() > 1 && base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString prefix = base == QLatin1String("/") ? QString() : base;
    QByteArray body;
    if (!isRoot) {
        const QString parent = prefix.left(std::max<qsizetype>(0, prefix.lastIndexOf(QLatin1Char('/'))));
        body += "<li><a href=\""
            + QUrl::toPercentEncoding(parent.isEmpty() ? QStringLiteral("/") : parent, "/")
            + "\">../</a></li>";
    }
    QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        if (a.isDir() != b.isDir())
            return a.isDir();
        return a.fileName() < b.fileName();
    });
    for (const QFileInfo &entry : entries) {
        const QByteArray href = QUrl::toPercentEncoding(prefix + QLatin1Char('/') + entry.fileName(), "/");
        const QByteArray name = htmlEscape(entry.fileName());
        if (entry.isDir()) {
            body += "<li><span><a href=\"" + href + "\">" + name + "/</a></span></li>";
        } else {
            body += "<li><span><a href=\"" + href + "\">" + name + "</a></span><span>"
                + entry.lastModified().toUTC().toString(QStringLiteral("yyyy/MM/dd hh:mm:ss")).toLatin1()
                + "</span><span>" + QByteArray::number(entry.size()) + "B</span></li>";
        }
    }
    const QByteArray title = "Index of " + htmlEscape(requestPath);
    return "<html><head>\n<style>\nul { list-style: none; }\nli { display: flex; }\n"
           "li:hover { background-color: lightgray; }\nli>span { width: 33.333333%; }\n</style>\n<title>"
        + title + "</title></head><body><h1>" + title + "</h1><hr>\n<ul>" + body
        + "</ul><hr></body>\n</html>";
}

HttpResponse serveStatic(const HttpRequest &request, const ServerContext &context)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = HttpResponse::text(405, "method not allowed\n");
        response.setHeader("Allow", "GET, HEAD");
        return response;
    }
    const QString path = context.resolve(request.path);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return HttpResponse::text(404, "not found\n");
    if (info.isDir()) {
        HttpResponse response;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.body = directoryListingHtml(path, request.path, QDir(path) == QDir(context.root));
        return response;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return HttpResponse::text(403, "forbidden\n");
    const QByteArray etag = etagOf(info);
    const QByteArray lastModified = httpDate(info.lastModified());

    HttpResponse response;
    response.setHeader("ETag", etag);
    response.setHeader("Last-Modified", lastModified);
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("Content-Type", contentTypeFor(info.fileName()));

    const QByteArray ifNoneMatch = request.header("If-None-Match");
    const QByteArray ifModifiedSince = request.header("If-Modified-Since");
    bool notModified = false;
    if (!ifNoneMatch.isEmpty()) {
        notModified = ifNoneMatch == "*" || ifNoneMatch.split(',').contains(etag)
            || ifNoneMatch.split(',').contains(' ' + etag);
    } else if (!ifModifiedSince.isEmpty()) {
        const QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(ifModifiedSince),
                                                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        const QDateTime since(parsed.date(), parsed.time(), Qt::UTC);
        notModified = parsed.isValid() && info.lastModified().toSecsSinceEpoch() <= since.toSecsSinceEpoch();
    }
    if (notModified) {
        response.status = 304;
        return response;
    }

    const QByteArray content = file.readAll();
    const QByteArray range = request.header("Range");
    const QByteArray ifRange = request.header("If-Range");
    const bool rangeApplies =
        !range.isEmpty() && (ifRange.isEmpty() || ifRange == etag || ifRange == lastModified);
    if (rangeApplies) {
        static const QRegularExpression pattern(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
        const auto match = pattern.match(QString::fromLatin1(range.trimmed()));
        if (match.hasMatch()) {
            const qint64 first = match.captured(1).toLongLong();
            qint64 last = match.captured(2).isEmpty() ? content.size() - 1 : match.captured(2).toLongLong();
            if (first >= content.size() || last < first) {
                response.status = 416;
                response.setHeader("Content-Range", "bytes */" + QByteArray::number(content.size()));
                return response;
            }
            last = std::min<qint64>(last, content.size() - 1);
            response.status = 206;
            response.setHeader("Content-Range",
                               "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                   + QByteArray::number(content.size()));
            response.body = content.mid(first, last - first + 1);
            return response;
        }
    }
    response.body = content;
    return response;
}

} // namespace apkdesk::testserver
