// The Gitea/Forgejo Alpine registry for apkdesk-testserver:
//   PUT /api/packages/<owner>/alpine/<branch>/<repository>  raw .apk body, HTTP Basic auth
//       201 created, 400 not a package, 401, 403 quota, 409 the file exists
//   GET /api/packages/<owner>/alpine/key                    the registry's public key
// Packages land in <root>/api/packages/<owner>/alpine/<branch>/<repository>/<arch>/ with a
// signed APKINDEX.tar.gz, so the static file serving answers apk's GETs like Gitea does.
//
// Options: gitea-user, gitea-token (the accepted credentials), gitea-key=<owner@x.rsa> (the
// signing key; its .pub next to it is served), gitea-quota=<bytes> (total size allowed).
#include "HandlerRegistry.h"
#include "UploadStorage.h"

#include "packages/PackageReader.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace apkdesk::testserver {

namespace {

const QRegularExpression kUpload(QStringLiteral("^/api/packages/([^/]+)/alpine/([^/]+)/([^/]+)$"));
const QRegularExpression kKey(QStringLiteral("^/api/packages/([^/]+)/alpine/key$"));

qint64 storedBytes(const QString &directory)
{
    qint64 total = 0;
    QDirIterator it(directory, { QStringLiteral("*.apk") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

class GiteaAlpineHandler : public Handler
{
public:
    QString name() const override { return QStringLiteral("gitea-alpine"); }

    bool matches(const HttpRequest &request) const override
    {
        return (request.method == "PUT" && kUpload.match(request.path).hasMatch())
            || (request.method == "GET" && kKey.match(request.path).hasMatch());
    }

    HttpResponse handle(const HttpRequest &request, ServerContext &context) override
    {
        if (request.method == "GET")
            return serveKey(context);
        const auto match = kUpload.match(request.path);
        const QString owner = match.captured(1);
        const QString branch = match.captured(2).trimmed();
        const QString repository = match.captured(3).trimmed();

        const QByteArray expected = "Basic "
            + (context.option(QStringLiteral("gitea-user")) + QLatin1Char(':')
               + context.option(QStringLiteral("gitea-token")))
                  .toUtf8()
                  .toBase64();
        if (context.option(QStringLiteral("gitea-token")).isEmpty()
            || request.header("authorization") != expected)
            return HttpResponse::text(401, "Unauthorized");
        if (branch.isEmpty() || repository.isEmpty() || branch.contains(QLatin1String(".."))
            || repository.contains(QLatin1String("..")))
            return HttpResponse::text(400, "invalid branch or repository");

        QByteArray body = request.body;
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        PackageReader::Options options;
        options.readDataEntries = false;
        const ApkPackage package = PackageReader::read(buffer, QStringLiteral("upload"), options);
        if (!package.hasPkgInfo || !package.isComplete() || package.pkgInfo.name().isEmpty()
            || package.pkgInfo.version().isEmpty() || package.pkgInfo.arch().isEmpty())
            return HttpResponse::text(400, "package is invalid: " + package.verdict.detail.toUtf8());

        const QString ownerDir =
            context.root + QStringLiteral("/api/packages/") + owner + QStringLiteral("/alpine");
        const qint64 quota = context.option(QStringLiteral("gitea-quota"), QStringLiteral("-1")).toLongLong();
        if (quota >= 0 && storedBytes(ownerDir) + body.size() > quota)
            return HttpResponse::text(403, "quota exceeded: total size of packages");

        const QString arch = package.pkgInfo.arch();
        const QString directory =
            ownerDir + QLatin1Char('/') + branch + QLatin1Char('/') + repository + QLatin1Char('/') + arch;
        const QString fileName =
            package.pkgInfo.name() + QLatin1Char('-') + package.pkgInfo.version() + QStringLiteral(".apk");
        if (QFileInfo::exists(QDir(directory).filePath(fileName)))
            return HttpResponse::text(409, "package file already exists");
        if (const QString problem = storeAtomically(directory, fileName, body); !problem.isEmpty())
            return HttpResponse::text(500, problem.toUtf8());
        // Gitea's index keeps the package's own arch: no --rewrite-arch.
        if (const QString problem =
                rebuildIndex(context, directory, QString(), context.option(QStringLiteral("gitea-key")));
            !problem.isEmpty()) {
            QTextStream(stderr) << "gitea-alpine: indexing failed: " << problem << Qt::endl;
            return HttpResponse::text(500, problem.toUtf8());
        }
        HttpResponse response;
        response.status = 201;
        return response;
    }

private:
    static HttpResponse serveKey(const ServerContext &context)
    {
        const QString key = context.option(QStringLiteral("gitea-key"));
        QFile file(key + QStringLiteral(".pub"));
        if (key.isEmpty() || !file.open(QIODevice::ReadOnly))
            return HttpResponse::text(404, "Not Found");
        HttpResponse response;
        response.status = 200;
        response.body = file.readAll();
        response.setHeader("Content-Type", "application/x-pem-file");
        response.setHeader("Content-Disposition",
                           "attachment; filename=\"" + QFileInfo(file.fileName()).fileName().toUtf8() + "\"");
        return response;
    }
};

} // namespace

} // namespace apkdesk::testserver

using apkdesk::testserver::GiteaAlpineHandler;
APKDESK_TESTSERVER_HANDLER(GiteaAlpineHandler)
