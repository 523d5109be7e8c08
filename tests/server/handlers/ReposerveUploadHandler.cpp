// reposerve's POST /upload for apkdesk-testserver: the JWT checked like reposerve (RS256,
// JWKS, required claims), the multipart fields version/repo/arch and `file` parts, the files
// stored under <version>/<repo>/<arch>/ and the folder re-indexed and signed.
//
// Options (--option key=value):
//   upload-jwks=<file>          JWKS with the RSA keys tokens are checked against (enables /upload)
//   upload-claims=a=b;c=d       claims every token must carry with these values (jwt.claims)
//   upload-dev=1                dev mode: no token checked at all
//   upload-sign-key=<file.rsa>  private key the rebuilt index is signed with
//   upload-readonly-repos=r1,r2 valid tokens still get 403 for these repositories
//   upload-index=fail           skip re-indexing, answer 200 anyway (reposerve ignores failures)
//   upload-clock-offset=<s>     the server's clock runs <s> seconds ahead (expiry seen by the server)
#include "HandlerRegistry.h"
#include "UploadJwtCheck.h"
#include "UploadStorage.h"

#include <QDateTime>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace apkdesk::testserver {

namespace {

QString folderName(const QByteArray &value, const QString &fallback)
{
    const QString name = sanitizeFileName(value);
    return name.isEmpty() ? fallback : name;
}

class ReposerveUploadHandler : public Handler
{
public:
    QString name() const override { return QStringLiteral("reposerve-upload"); }

    bool matches(const HttpRequest &request) const override
    {
        return request.path == QLatin1String("/upload");
    }

    HttpResponse handle(const HttpRequest &request, ServerContext &context) override
    {
        const bool dev = context.option(QStringLiteral("upload-dev")) == QLatin1String("1");
        const QString jwks = context.option(QStringLiteral("upload-jwks"));
        if (!dev && jwks.isEmpty())
            return HttpResponse::text(404, "Not Found"); // reposerve: no jwt config, no /upload
        if (request.method != "POST")
            return HttpResponse::text(405, "Method Not Allowed");
        if (!dev) {
            const JwtCheck check = checkBearerToken(
                request.header("authorization"), jwks,
                parseClaimsOption(context.option(QStringLiteral("upload-claims"))),
                QDateTime::currentSecsSinceEpoch()
                    + context.option(QStringLiteral("upload-clock-offset"), QStringLiteral("0"))
                          .toLongLong());
            if (!check.ok)
                return HttpResponse::text(401, check.failure);
        }
        QByteArray error;
        const auto parts = parseMultipart(request.body, request.header("content-type"), &error);
        if (!parts)
            return HttpResponse::text(400, error);

        QString version = QStringLiteral("edge");
        QString repo = QStringLiteral("main");
        QString arch = QStringLiteral("x86_64");
        QList<FormPart> files;
        for (const FormPart &part : *parts) {
            if (part.name == "file" && part.hasFileName)
                files << part;
            else if (part.name == "version")
                version = folderName(part.data, version);
            else if (part.name == "repo")
                repo = folderName(part.data, repo);
            else if (part.name == "arch")
                arch = folderName(part.data, arch);
        }
        const QStringList readonly = context.option(QStringLiteral("upload-readonly-repos"))
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (readonly.contains(repo))
            return HttpResponse::text(403, "Uploads to " + repo.toUtf8() + " are not allowed");

        const QString directory =
            context.root + QLatin1Char('/') + version + QLatin1Char('/') + repo + QLatin1Char('/') + arch;
        for (const FormPart &file : std::as_const(files)) {
            const QString fileName = sanitizeFileName(file.fileName);
            if (fileName.isEmpty())
                return HttpResponse::text(400, "Bad file name");
            if (const QString problem = storeAtomically(directory, fileName, file.data); !problem.isEmpty())
                return HttpResponse::text(500, problem.toUtf8());
        }
        // reposerve logs indexing and signing failures and answers 200 all the same.
        if (context.option(QStringLiteral("upload-index")) != QLatin1String("fail")) {
            const QString problem =
                rebuildIndex(context, directory, arch, context.option(QStringLiteral("upload-sign-key")));
            if (!problem.isEmpty())
                QTextStream(stderr) << "reposerve-upload: indexing failed: " << problem << Qt::endl;
        }
        HttpResponse response;
        response.status = 200;
        return response;
    }
};

} // namespace

} // namespace apkdesk::testserver

using apkdesk::testserver::ReposerveUploadHandler;
APKDESK_TESTSERVER_HANDLER(ReposerveUploadHandler)
