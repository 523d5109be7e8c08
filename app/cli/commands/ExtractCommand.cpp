// apkdesk-cli extract: writes a package's files into a folder, only after it verified and
// only inside that folder.
#include "CliCommand.h"
#include "PackageCliSupport.h"

#include "packages/PackageExtractor.h"

#include <QCoreApplication>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::extract", text);
}

class ExtractCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override { return tr("Extract a verified .apk package's files into a folder"); }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addHelpOption();
        addKeysDirOption(parser);
        parser.addOption(QCommandLineOption(
            QStringLiteral("force"),
            tr("Extract even when the package is not trusted (unsafe paths are still refused).")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("overwrite"), tr("Replace files that already exist in DIR.")));
        parser.addPositionalArgument(QStringLiteral("package"), tr("Package file (.apk)."),
                                     QStringLiteral("PKG.apk"));
        parser.addPositionalArgument(QStringLiteral("dir"), tr("Target folder (created if missing)."),
                                     QStringLiteral("DIR"));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return ExitOk;
        }
        if (parser.positionalArguments().size() != 2)
            return io.usage(tr("give a package and a target folder"), parser);
        PackageExtractor::Options options;
        options.read.trust = trustFromOptions(parser, io.err());
        options.force = parser.isSet(QStringLiteral("force"));
        options.overwrite = parser.isSet(QStringLiteral("overwrite"));
        const QString package = parser.positionalArguments().at(0);
        const QString target = parser.positionalArguments().at(1);
        auto report = PackageExtractor::extract(package, target, options);
        if (!report) {
            const Error::Kind kind = report.error().kind();
            return io.fail(report.error(),
                           kind == Error::Kind::Untrusted || kind == Error::Kind::Unsafe ? ExitNegative
                                                                                         : ExitFailure);
        }
        for (const QString &line : std::as_const(report->skipped))
            io.err() << tr("skipped: %1").arg(line) << "\n";
        for (const QString &line : std::as_const(report->warnings))
            io.err() << tr("warning: %1").arg(line) << "\n";
        io.err().flush();
        io.out() << QCoreApplication::translate("cli::extract", "%1: %2; %n entries written to %3", nullptr,
                                                report->written)
                        .arg(package, report->package.verdict.describe(), target)
                 << "\n";
        io.out().flush();
        return ExitOk;
    }
};

} // namespace

APKDESK_CLI_COMMAND(ExtractCommand)
