// apkdesk-cli verify: one line per package with apk 3's verdict and its reason; the exit
// code is 0 only when every package is trusted.
#include "CliCommand.h"
#include "PackageCliSupport.h"
#include "PackageJson.h"

#include "packages/PackageReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

class VerifyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::verify", "Verify .apk packages' signatures and integrity");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addHelpOption();
        addKeysDirOption(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("packages"),
                                     QCoreApplication::translate("cli::verify", "Package files (.apk)."),
                                     QStringLiteral("PKG.apk..."));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return ExitOk;
        }
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return io.usage(QCoreApplication::translate("cli::verify", "no package given"), parser);

        PackageReader::Options options;
        options.trust = trustFromOptions(parser, io.err());
        options.readDataEntries = false; // the verdict needs the checks, not the listing
        const bool json = jsonRequested(parser);
        QJsonArray results;
        bool allTrusted = true;
        bool anyUnreadable = false;
        for (const QString &file : files) {
            auto package = PackageReader::read(file, options);
            if (!package) {
                anyUnreadable = true;
                allTrusted = false;
                if (json)
                    results.append(QJsonObject {
                        { QStringLiteral("file"), file },
                        { QStringLiteral("verdict"),
                          QJsonObject { { QStringLiteral("verdict"), QStringLiteral("unreadable") },
                                        { QStringLiteral("message"), package.error().toString() } } } });
                else
                    io.out() << file << ": " << package.error().toString() << "\n";
                continue;
            }
            allTrusted = allTrusted && package->verdict.isTrusted();
            if (json) {
                results.append(packageToJson(*package, false));
            } else {
                io.out() << file << ": " << package->verdict.describe();
                if (package->verdict.isTrusted() && !package->identityChecksum().isEmpty())
                    io.out() << " [" << package->identityChecksum() << "]";
                io.out() << "\n";
            }
        }
        if (json)
            io.printJson(results);
        io.out().flush();
        if (allTrusted)
            return ExitOk;
        return anyUnreadable ? ExitFailure : ExitNegative;
    }
};

} // namespace

APKDESK_CLI_COMMAND(VerifyCommand)
