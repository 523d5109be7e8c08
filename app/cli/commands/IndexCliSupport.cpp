#include "IndexCliSupport.h"

#include "CliCommand.h"
#include "PackageCliSupport.h"

#include "repositories/IndexCache.h"
#include "repositories/IndexFetchJob.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

namespace apkdesk::cli {

namespace {

bool isRemote(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// A repository folder URL means its APKINDEX.tar.gz.
QUrl indexUrlOf(QUrl url)
{
    if (!url.path().endsWith(QLatin1String(".tar.gz"))) {
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + QStringLiteral("APKINDEX.tar.gz"));
    }
    return url;
}

// The CLI has no window to freeze: waiting on the job's own loop is fine here.
Result<QString> fetchRemote(const QUrl &url, const TrustStore &trust, bool allowUntrusted, CliIo &io)
{
    NetworkAccess access;
    IndexCache cache;
    IndexFetchJob job(&access, &cache, url, verifyingIndexVetter(trust, allowUntrusted));
    QEventLoop loop;
    QObject::connect(&job, &AsyncJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (!job.result())
        return job.result().error();
    if (job.fetchResult().offline())
        io.err() << QCoreApplication::translate(
                        "cli::index", "warning: %1 could not be reached (%2); using the cached copy")
                        .arg(url.toDisplayString(), job.fetchResult().offlineReason)
                 << "\n";
    return job.fetchResult().path;
}

} // namespace

void addIndexReadOptions(QCommandLineParser &parser)
{
    addKeysDirOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("allow-untrusted"),
        QCoreApplication::translate("cli::index",
                                    "Read the index even when it is unsigned, signed by an unknown key or "
                                    "its signature does not verify.")));
}

Result<LoadedIndex> loadIndexForCli(const QString &source, const QCommandLineParser &parser, CliIo &io)
{
    const bool allowUntrusted = parser.isSet(QStringLiteral("allow-untrusted"));
    IndexReadOptions options;
    options.trust = trustFromOptions(parser, io.err());

    QString path = source;
    const QUrl url(source);
    if (url.isLocalFile()) {
        path = url.toLocalFile();
    } else if (isRemote(url)) {
        auto fetched = fetchRemote(indexUrlOf(url), options.trust, allowUntrusted, io);
        if (!fetched)
            return fetched.error();
        path = fetched.value();
    }
    auto loaded = IndexReader::readFile(path, options);
    if (!loaded)
        return loaded.error();
    loaded->source = source;
    if (!loaded->isTrusted()) {
        if (!allowUntrusted)
            return Error(Error::Kind::Untrusted,
                         QCoreApplication::translate("cli::index",
                                                     "%1; use --allow-untrusted to read it anyway")
                             .arg(loaded->verdictDescription()))
                .withLocation(source);
        io.err() << QCoreApplication::translate("cli::index", "warning: %1: %2")
                        .arg(source, loaded->verdictDescription())
                 << "\n";
        io.err().flush();
    }
    return loaded;
}

int exitCodeFor(const Error &error)
{
    return error.kind() == Error::Kind::Untrusted ? ExitNegative : ExitFailure;
}

} // namespace apkdesk::cli
