// apkdesk-cli repo ls URL: the tree a server's directory listings show (versions >
// repositories > arches), like browsing it with a web browser, but checked.
#include "CliCommand.h"

#include "common/Error.h"
#include "repositories/DiscoveryJob.h"
#include "repositories/NetworkAccess.h"
#include "repositories/RepositoriesFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

using namespace apkdesk;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::repo", text);
}

QUrl urlFromArgument(const QString &argument)
{
    if (QFileInfo(argument).isDir() || argument.startsWith(QLatin1Char('/')))
        return QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath());
    return QUrl(argument, QUrl::StrictMode);
}

QJsonObject toJson(const ServerTree &tree)
{
    QJsonArray versions;
    for (const DiscoveredVersion &version : tree.versions) {
        QJsonArray repositories;
        for (const DiscoveredRepository &repository : version.repositories) {
            QJsonArray arches;
            for (const DiscoveredArch &arch : repository.arches) {
                QJsonObject object { { QStringLiteral("name"), arch.name },
                                     { QStringLiteral("url"), arch.url.toString() } };
                object.insert(QStringLiteral("hasIndex"),
                              arch.hasIndex.has_value() ? QJsonValue(*arch.hasIndex) : QJsonValue());
                arches.append(object);
            }
            repositories.append(QJsonObject { { QStringLiteral("name"), repository.name },
                                              { QStringLiteral("url"), repository.url.toString() },
                                              { QStringLiteral("arches"), arches } });
        }
        versions.append(QJsonObject { { QStringLiteral("name"), version.name },
                                      { QStringLiteral("url"), version.url.toString() },
                                      { QStringLiteral("repositories"), repositories } });
    }
    QJsonArray indexes;
    for (const RepositoryLocation &location : tree.locations())
        indexes.append(location.indexUrl().toString());
    return QJsonObject { { QStringLiteral("root"), tree.root.toString() },
                         { QStringLiteral("versions"), versions },
                         { QStringLiteral("indexes"), indexes },
                         { QStringLiteral("warnings"), QJsonArray::fromStringList(tree.warnings) } };
}

void printTree(QTextStream &out, const ServerTree &tree)
{
    out << tree.root.toDisplayString() << "\n";
    for (const DiscoveredVersion &version : tree.versions) {
        out << "  " << version.name << "\n";
        for (const DiscoveredRepository &repository : version.repositories) {
            out << "    " << repository.name << "\n";
            for (const DiscoveredArch &arch : repository.arches) {
                out << "      " << arch.name;
                if (arch.hasIndex.has_value() && !*arch.hasIndex)
                    out << "  " << tr("(no APKINDEX.tar.gz)");
                out << "\n";
            }
        }
    }
    out.flush();
}

QString defaultArch()
{
    const QString cpu = QSysInfo::currentCpuArchitecture();
    if (cpu == QLatin1String("x86_64") || cpu == QLatin1String("i386"))
        return cpu == QLatin1String("i386") ? QStringLiteral("x86") : cpu;
    if (cpu == QLatin1String("arm64"))
        return QStringLiteral("aarch64");
    return cpu;
}

// Every repository line of the file, as the index URL apk would fetch for `--arch`.
int importFile(const QString &path, const QCommandLineParser &parser, cli::CliIo &io)
{
    Result<RepositoriesFile> file = RepositoriesFile::load(path);
    if (!file)
        return io.fail(file.error());
    Result<QList<RepositoryLocation>> locations = file->locations(parser.value(QStringLiteral("arch")));
    if (!locations)
        return io.fail(locations.error().withLocation(path));
    if (cli::jsonRequested(parser)) {
        QJsonArray array;
        for (const RepositoryLocation &location : *locations)
            array.append(QJsonObject { { QStringLiteral("tag"), location.tag },
                                       { QStringLiteral("base"), location.base.toString() },
                                       { QStringLiteral("version"), location.version },
                                       { QStringLiteral("repository"), location.repository },
                                       { QStringLiteral("arch"), location.arch },
                                       { QStringLiteral("index"), location.indexUrl().toString() } });
        io.printJson(array);
        return cli::ExitOk;
    }
    for (const RepositoryLocation &location : *locations)
        io.out() << (location.tag.isEmpty() ? QString() : QLatin1Char('@') + location.tag + QLatin1Char(' '))
                 << location.indexUrl().toDisplayString() << "\n";
    io.out().flush();
    return cli::ExitOk;
}

class RepoCommand : public cli::CliCommand
{
public:
    QString name() const override { return QStringLiteral("repo"); }
    QString summary() const override
    {
        return tr("List a repository server's versions, repositories and arches");
    }

    int run(const QStringList &arguments, cli::CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("repo ls URL: reads the server's directory listings (reposerve, nginx, Apache, or a local "
               "folder) and prints <version>/<repository>/<arch> folders."));
        parser.addHelpOption();
        cli::addJsonOption(parser);
        parser.addOption(QCommandLineOption(QStringLiteral("no-index-check"),
                                            tr("Do not list each arch folder to look for APKINDEX.tar.gz.")));
        parser.addOption(QCommandLineOption(QStringLiteral("arch"),
                                            tr("Architecture for 'import' (default: this machine's)."),
                                            QStringLiteral("arch"), defaultArch()));
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("'ls URL': the server tree; 'import [FILE]': the repositories of an "
                                        "/etc/apk/repositories file as index URLs."));
        parser.addPositionalArgument(QStringLiteral("URL|FILE"),
                                     tr("The server's root URL or a local folder; "
                                        "the repositories file."));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return cli::ExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (!positional.isEmpty() && positional.first() == QLatin1String("import") && positional.size() <= 2)
            return importFile(positional.value(1, QStringLiteral("/etc/apk/repositories")), parser, io);
        if (positional.size() != 2 || positional.first() != QLatin1String("ls"))
            return io.usage(tr("expected: repo ls URL, or repo import [FILE]"), parser);

        const QUrl root = urlFromArgument(positional.at(1));
        if (Status ok = NetworkAccess::checkUrl(root); !ok)
            return io.fail(ok.error(), cli::ExitUsage);

        NetworkAccess access;
        DiscoveryOptions options;
        options.checkIndexes = !parser.isSet(QStringLiteral("no-index-check"));
        DiscoveryJob job(&access, root, options);
        // The CLI has no window to keep alive: waiting in a local loop is fine here.
        QEventLoop loop;
        QObject::connect(&job, &AsyncJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (!job.result())
            return io.fail(job.result().error());
        for (const QString &warning : job.tree().warnings)
            io.err() << tr("warning: %1").arg(warning) << "\n";
        io.err().flush();
        if (cli::jsonRequested(parser))
            io.printJson(toJson(job.tree()));
        else
            printTree(io.out(), job.tree());
        return cli::ExitOk;
    }
};

} // namespace

APKDESK_CLI_COMMAND(RepoCommand)
