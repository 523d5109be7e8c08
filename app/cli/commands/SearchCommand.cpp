// apkdesk-cli search: the browser's search (name, description, provides, filters) over a
// verified index, for scripts.
#include "CliCommand.h"
#include "IndexCliSupport.h"

#include "indexes/PackageSearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

std::optional<PackageSortKey> sortKeyOf(const QString &name)
{
    static const QList<QPair<QString, PackageSortKey>> keys = {
        { QStringLiteral("name"), PackageSortKey::Name },
        { QStringLiteral("version"), PackageSortKey::Version },
        { QStringLiteral("arch"), PackageSortKey::Arch },
        { QStringLiteral("size"), PackageSortKey::Size },
        { QStringLiteral("installed-size"), PackageSortKey::InstalledSize },
        { QStringLiteral("build-time"), PackageSortKey::BuildTime },
        { QStringLiteral("origin"), PackageSortKey::Origin },
        { QStringLiteral("maintainer"), PackageSortKey::Maintainer },
        { QStringLiteral("license"), PackageSortKey::License },
    };
    for (const auto &key : keys) {
        if (key.first == name)
            return key.second;
    }
    return std::nullopt;
}

class SearchCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::search",
                                           "Search a repository index by name, description and provides");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "cli::search",
            "Search an APKINDEX.tar.gz: every word of TERM must appear (case-insensitively) in a package's "
            "name, description or provides (so:, cmd:, pc: names). Exit code 1 when nothing matches."));
        parser.addHelpOption();
        addIndexReadOptions(parser);
        addJsonOption(parser);
        for (const char *filter : { "origin", "maintainer", "license", "arch" })
            parser.addOption(QCommandLineOption(
                QLatin1String(filter),
                QCoreApplication::translate("cli::search", "Only packages with exactly this %1.")
                    .arg(QLatin1String(filter)),
                QStringLiteral("VALUE")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("sort"),
            QCoreApplication::translate("cli::search",
                                        "Sort by name (default), version, arch, size, installed-size, "
                                        "build-time, origin, maintainer or license."),
            QStringLiteral("KEY"), QStringLiteral("name")));
        parser.addPositionalArgument(
            QStringLiteral("index"),
            QCoreApplication::translate("cli::search", "APKINDEX.tar.gz path or URL."),
            QStringLiteral("FILE|URL"));
        parser.addPositionalArgument(
            QStringLiteral("term"),
            QCoreApplication::translate("cli::search", "Words to look for (may be empty with filters)."),
            QStringLiteral("TERM..."));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return ExitOk;
        }
        QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return io.usage(QCoreApplication::translate("cli::search", "no index given"), parser);
        const auto sortKey = sortKeyOf(parser.value(QStringLiteral("sort")));
        if (!sortKey)
            return io.usage(QCoreApplication::translate("cli::search", "unknown sort key '%1'")
                                .arg(parser.value(QStringLiteral("sort"))),
                            parser);
        const QString source = positional.takeFirst();
        PackageFilter filter;
        filter.text = positional.join(QLatin1Char(' '));
        filter.origin = parser.value(QStringLiteral("origin"));
        filter.maintainer = parser.value(QStringLiteral("maintainer"));
        filter.license = parser.value(QStringLiteral("license"));
        filter.arch = parser.value(QStringLiteral("arch"));
        if (filter == PackageFilter {})
            return io.usage(QCoreApplication::translate("cli::search", "give a search term or a filter"),
                            parser);

        auto loaded = loadIndexForCli(source, parser, io);
        if (!loaded)
            return io.fail(loaded.error(), exitCodeFor(loaded.error()));
        PackageSearch search { PackageGraph(loaded->index) };
        std::vector<PackageId> ids = search.search(filter);
        search.sort(ids, *sortKey);

        if (jsonRequested(parser)) {
            QJsonArray results;
            for (PackageId id : ids) {
                const IndexEntry e = search.graph().entry(id);
                results.append(QJsonObject { { QStringLiteral("name"), e.name() },
                                             { QStringLiteral("version"), e.version() },
                                             { QStringLiteral("arch"), e.arch() },
                                             { QStringLiteral("description"), e.description() },
                                             { QStringLiteral("origin"), e.origin() },
                                             { QStringLiteral("license"), e.license() },
                                             { QStringLiteral("provides"), QString::fromUtf8(e.provides()) },
                                             { QStringLiteral("checksum"), e.checksum() } });
            }
            io.printJson(results);
        } else {
            for (PackageId id : ids) {
                const IndexEntry e = search.graph().entry(id);
                io.out() << e.nameVersion() << "  " << e.description() << "\n";
            }
            io.out().flush();
        }
        return ids.empty() ? ExitNegative : ExitOk;
    }
};

} // namespace

APKDESK_CLI_COMMAND(SearchCommand)
