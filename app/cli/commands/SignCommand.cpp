// apkdesk-cli sign FILE... --key KEY [--sha256] [--replace]
#include "CliCommand.h"
#include "CliKeyAccess.h"

#include "common/Error.h"
#include "signatures/FileSigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

class SignCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli", "Sign packages or APKINDEX.tar.gz like abuild-sign");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "cli",
            "Signs v2 packages (.apk) and indexes (APKINDEX.tar.gz) in place, atomically. A signature by the "
            "same key is replaced, never duplicated; other keys' signatures stay unless --replace is "
            "given."));
        parser.addHelpOption();
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("files"),
                                     QCoreApplication::translate("cli", "Packages or indexes to sign."),
                                     QStringLiteral("FILE..."));
        parser.addOption(QCommandLineOption(
            { QStringLiteral("k"), QStringLiteral("key") },
            QCoreApplication::translate("cli", "Private key: a file, a key name or a fingerprint prefix."),
            QStringLiteral("KEY")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("sha256"),
            QCoreApplication::translate("cli", "RSA with SHA-256 (.SIGN.RSA256.*) instead of SHA-1.")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("replace"),
                               QCoreApplication::translate("cli", "Remove every existing signature first.")));
        parser.addOption(
            QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                               QCoreApplication::translate(
                                   "cli", "Write the signed file here instead of in place (one FILE only)."),
                               QStringLiteral("FILE")));
        CliPassphrase::addOptions(parser);
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            io.out().flush();
            return ExitOk;
        }
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return io.usage(QCoreApplication::translate("cli", "no file to sign"), parser);
        if (!parser.isSet(QStringLiteral("key")))
            return io.usage(QCoreApplication::translate("cli", "--key is needed"), parser);
        if (parser.isSet(QStringLiteral("output")) && files.size() != 1)
            return io.usage(QCoreApplication::translate("cli", "--output works with one file only"), parser);

        Result<LoadedKey> key = loadSigningKey(parser.value(QStringLiteral("key")), parser, io);
        if (!key)
            return io.fail(key.error(),
                           key.error().kind() == Error::Kind::NotFound ? ExitUsage : ExitFailure);

        SignOptions options;
        options.digest =
            parser.isSet(QStringLiteral("sha256")) ? SignatureDigest::Sha256 : SignatureDigest::Sha1;
        options.existing = parser.isSet(QStringLiteral("replace")) ? SignOptions::Existing::Replace
                                                                   : SignOptions::Existing::AddBeside;
        options.outputPath = parser.value(QStringLiteral("output"));

        QJsonArray results;
        int failures = 0;
        for (const QString &file : files) {
            Result<SignOutcome> outcome = signFile(file, key->key, key->publicKeyName, options);
            QJsonObject result { { QStringLiteral("file"), file }, { QStringLiteral("ok"), outcome.ok() } };
            if (!outcome) {
                ++failures;
                result.insert(QStringLiteral("error"), outcome.error().toString());
                if (!jsonRequested(parser))
                    io.fail(outcome.error());
            } else {
                result.insert(QStringLiteral("output"), outcome->path);
                result.insert(QStringLiteral("kind"),
                              outcome->kind == SignOutcome::Kind::Index ? QStringLiteral("index")
                                                                        : QStringLiteral("package"));
                result.insert(QStringLiteral("signature"), outcome->entryName);
                result.insert(QStringLiteral("removed"), QJsonArray::fromStringList(outcome->removed));
                result.insert(QStringLiteral("kept"), QJsonArray::fromStringList(outcome->kept));
                if (!jsonRequested(parser)) {
                    io.out() << QCoreApplication::translate("cli", "Signed %1 (%2)")
                                    .arg(outcome->path, outcome->entryName);
                    if (!outcome->removed.isEmpty())
                        io.out() << "; "
                                 << QCoreApplication::translate("cli", "replaced %1")
                                        .arg(outcome->removed.join(QStringLiteral(", ")));
                    io.out() << Qt::endl;
                }
            }
            results.append(result);
        }
        if (jsonRequested(parser))
            io.printJson(results);
        return failures == 0 ? ExitOk : ExitFailure;
    }
};

} // namespace

APKDESK_CLI_COMMAND(SignCommand)
