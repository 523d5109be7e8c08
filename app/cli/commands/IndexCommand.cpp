// apkdesk-cli index show|build: read and verify an APKINDEX.tar.gz (local, file:// or
// http(s)), or build one from a folder of packages like `apk index` (+ abuild-sign).
#include "CliCommand.h"
#include "CliKeyAccess.h"
#include "IndexCliSupport.h"

#include "indexes/IndexBuilder.h"
#include "indexes/PackageGraph.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

QJsonObject entryToJson(const IndexEntry &e)
{
    QJsonArray fields;
    for (const IndexField &f : e.fields())
        fields.append(QJsonArray { QString(QLatin1Char(f.letter)), QString::fromUtf8(e.value(f)) });
    return QJsonObject { { QStringLiteral("name"), e.name() },
                         { QStringLiteral("version"), e.version() },
                         { QStringLiteral("arch"), e.arch() },
                         { QStringLiteral("checksum"), e.checksum() },
                         { QStringLiteral("size"), qint64(e.size()) },
                         { QStringLiteral("installedSize"), qint64(e.installedSize()) },
                         { QStringLiteral("line"), e.lineNumber() },
                         { QStringLiteral("fields"), fields } };
}

QJsonObject signaturesToJson(const LoadedIndex &loaded)
{
    QJsonArray signatures;
    for (const SignatureRecord &s : loaded.signatures)
        signatures.append(QJsonObject { { QStringLiteral("entry"), s.entryName },
                                        { QStringLiteral("key"), s.name.keyName },
                                        { QStringLiteral("state"), signatureStateName(s.state) },
                                        { QStringLiteral("decisive"), s.decisive } });
    return QJsonObject { { QStringLiteral("verdict"), loaded.verdictName() },
                         { QStringLiteral("key"), loaded.verdict.keyName },
                         { QStringLiteral("message"), loaded.verdictDescription() },
                         { QStringLiteral("signatures"), signatures } };
}

QString dependencyLine(const PackageGraph &graph, const ResolvedDependency &dep)
{
    if (dep.atom.isConflict())
        return dep.text + QStringLiteral("  (conflict)");
    if (dep.satisfiedBy != NoPackage)
        return dep.text + QStringLiteral("  -> ") + graph.entry(dep.satisfiedBy).nameVersion();
    return dep.text
        + (dep.isBroken() ? QCoreApplication::translate("cli::index", "  (BROKEN: nothing provides it)")
                          : QCoreApplication::translate("cli::index", "  (no matching version)"));
}

void printPackage(QTextStream &out, const PackageGraph &graph, PackageId id)
{
    const IndexEntry e = graph.entry(id);
    for (const IndexField &f : e.fields())
        out << ApkIndex::fieldLabel(f.letter) << " (" << f.letter << "): " << QString::fromUtf8(e.value(f))
            << "\n";
    const auto list = [&](const QString &title, const QList<ResolvedDependency> &deps) {
        if (deps.isEmpty())
            return;
        out << title << ":\n";
        for (const ResolvedDependency &d : deps)
            out << "  " << dependencyLine(graph, d) << "\n";
    };
    list(QCoreApplication::translate("cli::index", "Dependencies"), graph.dependencies(id));
    list(QCoreApplication::translate("cli::index", "Install if"), graph.installIf(id));
    const auto ids = [&](const QString &title, const QList<PackageId> &packages) {
        if (packages.isEmpty())
            return;
        out << title << ":\n";
        for (PackageId p : packages)
            out << "  " << graph.entry(p).nameVersion() << "\n";
    };
    ids(QCoreApplication::translate("cli::index", "Required by"), graph.reverseDependencies(id));
    ids(QCoreApplication::translate("cli::index", "Installed automatically with it (install_if)"),
        graph.installIfTriggeredBy(id));
    ids(QCoreApplication::translate("cli::index", "Same origin"), graph.originGroup(id));
}

int showIndex(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli::index",
                                    "Read an APKINDEX.tar.gz (file, file:// or http(s) URL of the index or "
                                    "of its repository folder), verify it and list its packages."));
    parser.addHelpOption();
    addIndexReadOptions(parser);
    addJsonOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("package"),
        QCoreApplication::translate("cli::index",
                                    "Show one package: every field, dependencies resolved, reverse "
                                    "dependencies."),
        QStringLiteral("NAME")));
    parser.addPositionalArgument(QStringLiteral("index"),
                                 QCoreApplication::translate("cli::index", "APKINDEX.tar.gz path or URL."),
                                 QStringLiteral("FILE|URL"));
    if (!parser.parse(arguments))
        return io.usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return io.usage(QCoreApplication::translate("cli::index", "give exactly one index"), parser);
    auto loaded = loadIndexForCli(parser.positionalArguments().first(), parser, io);
    if (!loaded)
        return io.fail(loaded.error(), exitCodeFor(loaded.error()));
    const ApkIndex &index = loaded->index;
    const PackageGraph graph(index);

    if (parser.isSet(QStringLiteral("package"))) {
        const QList<PackageId> ids = graph.packagesNamed(parser.value(QStringLiteral("package")).toUtf8());
        if (ids.isEmpty())
            return io.fail(
                Error(Error::Kind::NotFound,
                      QCoreApplication::translate("cli::index", "no package named '%1' in the index")
                          .arg(parser.value(QStringLiteral("package")))),
                ExitNegative);
        if (jsonRequested(parser)) {
            QJsonArray packages;
            for (PackageId id : ids)
                packages.append(entryToJson(graph.entry(id)));
            io.printJson(packages);
        } else {
            for (PackageId id : ids) {
                printPackage(io.out(), graph, id);
                io.out() << "\n";
            }
        }
        io.out().flush();
        return ExitOk;
    }

    const QList<BrokenDependency> broken = graph.brokenDependencies();
    if (jsonRequested(parser)) {
        QJsonArray entries;
        for (int row = 0; row < index.size(); ++row)
            entries.append(entryToJson(index.entry(row)));
        QJsonArray brokenJson;
        for (const BrokenDependency &b : broken)
            brokenJson.append(
                QJsonObject { { QStringLiteral("package"), graph.entry(b.package).nameVersion() },
                              { QStringLiteral("dependency"), b.dependency } });
        io.printJson(
            QJsonObject { { QStringLiteral("source"), loaded->source },
                          { QStringLiteral("description"), loaded->description },
                          { QStringLiteral("builtAt"), loaded->builtAt().toString(Qt::ISODate) },
                          { QStringLiteral("signature"), signaturesToJson(*loaded) },
                          { QStringLiteral("count"), index.size() },
                          { QStringLiteral("warnings"), QJsonArray::fromStringList(index.warnings()) },
                          { QStringLiteral("brokenDependencies"), brokenJson },
                          { QStringLiteral("entries"), entries } });
        return ExitOk;
    }
    QTextStream &out = io.out();
    out << QCoreApplication::translate("cli::index", "Index:       %1").arg(loaded->source) << "\n";
    if (!loaded->description.isEmpty())
        out << QCoreApplication::translate("cli::index", "Description: %1").arg(loaded->description) << "\n";
    out << QCoreApplication::translate("cli::index", "Signature:   %1 (%2)")
               .arg(loaded->verdictDescription(), loaded->verdictName())
        << "\n";
    if (loaded->builtAt().isValid())
        out << QCoreApplication::translate("cli::index", "Built:       %1")
                   .arg(loaded->builtAt().toString(Qt::ISODate))
            << "\n";
    out << QCoreApplication::translate("cli::index", "Packages:    %1").arg(index.size()) << "\n";
    if (!broken.isEmpty())
        out << QCoreApplication::translate("cli::index", "Broken dependencies: %1 (nothing provides them)")
                   .arg(broken.size())
            << "\n";
    for (const QString &warning : index.warnings())
        io.err() << QCoreApplication::translate("cli::index", "warning: %1").arg(warning) << "\n";
    out << "\n";
    for (int row = 0; row < index.size(); ++row) {
        const IndexEntry e = index.entry(row);
        out << e.nameVersion() << "  " << e.arch() << "  " << e.description() << "\n";
    }
    out.flush();
    io.err().flush();
    return ExitOk;
}

int buildIndex(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli::index",
                                    "Build APKINDEX.tar.gz from a folder of packages (or package files) "
                                    "like `apk index`, and sign it."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                                        QCoreApplication::translate("cli::index", "Index file to write."),
                                        QStringLiteral("FILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("description"),
                           QCoreApplication::translate("cli::index", "Repository description (DESCRIPTION)."),
                           QStringLiteral("TEXT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("rewrite-arch"),
                           QCoreApplication::translate("cli::index", "Write ARCH as every package's arch."),
                           QStringLiteral("ARCH")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("sign"),
                           QCoreApplication::translate(
                               "cli::index", "Sign with this private key (file, key name or fingerprint)."),
                           QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("key-name"),
        QCoreApplication::translate("cli::index",
                                    "Public key name in the signature (default: the key file name + .pub)."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sha256"),
        QCoreApplication::translate("cli::index", "Sign with SHA-256 (RSA256) instead of SHA-1.")));
    CliPassphrase::addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("packages"),
        QCoreApplication::translate("cli::index", "A folder of .apk files, or .apk files."),
        QStringLiteral("DIR|PKG.apk..."));
    if (!parser.parse(arguments))
        return io.usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out() << parser.helpText();
        return ExitOk;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return io.usage(QCoreApplication::translate("cli::index", "no packages given"), parser);
    if (!parser.isSet(QStringLiteral("output")))
        return io.usage(QCoreApplication::translate("cli::index", "--output is required"), parser);

    QStringList files;
    if (inputs.size() == 1 && QFileInfo(inputs.first()).isDir()) {
        auto found = IndexBuilder::packagesInDirectory(inputs.first());
        if (!found)
            return io.fail(found.error());
        files = found.value();
    } else {
        files = inputs;
    }

    IndexBuildOptions options;
    options.description = parser.value(QStringLiteral("description"));
    options.rewriteArch = parser.value(QStringLiteral("rewrite-arch"));
    options.digest = parser.isSet(QStringLiteral("sha256")) ? SignatureDigest::Sha256 : SignatureDigest::Sha1;
    if (parser.isSet(QStringLiteral("sign"))) {
        auto key = loadSigningKey(parser.value(QStringLiteral("sign")), parser, io);
        if (!key)
            return io.fail(key.error());
        options.signingKey = key->key;
        options.publicKeyName = parser.isSet(QStringLiteral("key-name"))
            ? parser.value(QStringLiteral("key-name"))
            : key->publicKeyName;
    }
    auto report = IndexBuilder::build(files, parser.value(QStringLiteral("output")), options);
    if (!report)
        return io.fail(report.error());
    for (const QString &skipped : report->skippedDuplicates)
        io.err() << QCoreApplication::translate(
                        "cli::index", "note: %1 skipped: a newer build of the same version is indexed")
                        .arg(skipped)
                 << "\n";
    if (!report->unsatisfiedNames.isEmpty())
        io.err() << QCoreApplication::translate("cli::index", "warning: no provider for: %1")
                        .arg(report->unsatisfiedNames.join(QStringLiteral(", ")))
                 << "\n";
    io.out() << QCoreApplication::translate("cli::index", "%1: %2 packages")
                    .arg(report->outputPath)
                    .arg(report->packageCount);
    if (!report->signatureEntry.isEmpty())
        io.out() << QCoreApplication::translate("cli::index", ", signed (%1)").arg(report->signatureEntry);
    io.out() << "\n";
    io.out().flush();
    io.err().flush();
    return ExitOk;
}

class IndexCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("index"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::index",
                                           "Show or build a repository index (APKINDEX.tar.gz)");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        const QString sub = arguments.value(1);
        QStringList rest = arguments;
        if (rest.size() > 1)
            rest.removeAt(1);
        if (!rest.isEmpty())
            rest[0] = arguments.value(0) + QLatin1Char(' ') + sub;
        if (sub == QLatin1String("show"))
            return showIndex(rest, io);
        if (sub == QLatin1String("build"))
            return buildIndex(rest, io);
        const QString help = QCoreApplication::translate(
            "cli::index",
            "Usage: apkdesk-cli index show FILE|URL [--json] [--package NAME] [--keys-dir DIR]... "
            "[--allow-untrusted]\n"
            "       apkdesk-cli index build DIR -o FILE [--sign KEY] [--description TEXT] "
            "[--rewrite-arch ARCH]\n");
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            io.out() << help;
            io.out().flush();
            return ExitOk;
        }
        io.err() << (sub.isEmpty()
                         ? QCoreApplication::translate("cli::index", "apkdesk-cli index: missing subcommand")
                         : QCoreApplication::translate("cli::index",
                                                       "apkdesk-cli index: unknown subcommand '%1'")
                               .arg(sub))
                 << "\n\n"
                 << help;
        io.err().flush();
        return ExitUsage;
    }
};

} // namespace

APKDESK_CLI_COMMAND(IndexCommand)
