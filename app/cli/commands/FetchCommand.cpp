// apkdesk-cli fetch URL NAME: like `apk fetch`, from one repository folder: the index is
// verified first, the package is kept only when its control hash is the index's C:.
#include "CliCommand.h"
#include "IndexCliSupport.h"

#include "common/Error.h"
#include "repositories/NetworkAccess.h"
#include "repositories/PackageFetchJob.h"
#include "versions/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>

using namespace apkdesk;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::fetch", text);
}

// The repository folder: a folder URL as given, or the folder of an APKINDEX.tar.gz URL.
QUrl folderOf(const QString &source)
{
    QUrl url = QFileInfo(source).exists() || source.startsWith(QLatin1Char('/'))
        ? QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath())
        : QUrl(source, QUrl::StrictMode);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.endsWith(QLatin1String(".tar.gz")))
        path = path.left(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

// The newest record named `name` (several versions may be listed).
IndexEntry newestNamed(const ApkIndex &index, const QString &name)
{
    IndexEntry best;
    for (int row : index.findByName(name.toUtf8())) {
        const IndexEntry entry = index.entry(row);
        if (!best.isValid() || versions::compare(entry.versionView(), best.versionView()) > 0)
            best = entry;
    }
    return best;
}

class FetchCommand : public cli::CliCommand
{
public:
    QString name() const override { return QStringLiteral("fetch"); }
    QString summary() const override
    {
        return tr("Download a package from a repository, checked against its index");
    }

    int run(const QStringList &arguments, cli::CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Downloads NAME (its newest version) from the repository folder URL (or the folder of the "
               "APKINDEX.tar.gz URL). The index must verify against the trusted keys; the package is kept "
               "only when its control checksum equals the index's C: field."));
        parser.addHelpOption();
        cli::addJsonOption(parser);
        cli::addIndexReadOptions(parser);
        parser.addOption(
            QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                               tr("Folder to write the package to (default: the current folder)."),
                               QStringLiteral("dir"), QStringLiteral(".")));
        parser.addPositionalArgument(QStringLiteral("URL"),
                                     tr("Repository folder (…/<version>/<repo>/<arch>/)."));
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("Package name."));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return cli::ExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return io.usage(tr("expected: fetch URL NAME"), parser);

        const QUrl folder = folderOf(positional.at(0));
        if (Status ok = NetworkAccess::checkUrl(folder); !ok)
            return io.fail(ok.error(), cli::ExitUsage);
        QUrl indexUrl = folder;
        indexUrl.setPath(folder.path(QUrl::FullyDecoded) + QStringLiteral("APKINDEX.tar.gz"));

        Result<LoadedIndex> loaded = cli::loadIndexForCli(indexUrl.toString(), parser, io);
        if (!loaded)
            return io.fail(loaded.error(), cli::exitCodeFor(loaded.error()));
        const IndexEntry entry = newestNamed(loaded->index, positional.at(1));
        if (!entry.isValid())
            return io.fail(
                Error(Error::Kind::NotFound, tr("no package named '%1' in the index").arg(positional.at(1)))
                    .withLocation(indexUrl.toDisplayString()));

        NetworkAccess access;
        const PackageReference reference { entry.name(), entry.version(), entry.checksum(),
                                           entry.hasField('S') ? qint64(entry.size()) : -1 };
        PackageFetchJob job(&access, folder, reference, parser.value(QStringLiteral("output")), nullptr);
        QEventLoop loop;
        QObject::connect(&job, &AsyncJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (!job.result()) {
            const Error &error = job.result().error();
            return io.fail(error, cli::exitCodeFor(error));
        }
        const qint64 size = QFileInfo(job.filePath()).size();
        if (cli::jsonRequested(parser)) {
            io.printJson(QJsonObject { { QStringLiteral("name"), entry.name() },
                                       { QStringLiteral("version"), entry.version() },
                                       { QStringLiteral("file"), job.filePath() },
                                       { QStringLiteral("url"), job.url().toString() },
                                       { QStringLiteral("size"), size },
                                       { QStringLiteral("checksum"), entry.checksum() },
                                       { QStringLiteral("index"), loaded->verdictDescription() } });
        } else {
            io.out() << tr("%1: %2 bytes, control checksum %3 matches the index")
                            .arg(QDir::current().relativeFilePath(job.filePath()))
                            .arg(size)
                            .arg(entry.checksum())
                     << "\n";
            io.out().flush();
        }
        return cli::ExitOk;
    }
};

} // namespace

APKDESK_CLI_COMMAND(FetchCommand)
