// apkdesk-cli key generate|list|import|export-public|fingerprint
#include "CliCommand.h"
#include "CliKeyAccess.h"

#include "common/Error.h"
#include "keys/KeyFolders.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyRing.h"
#include "keys/PublicKey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

QJsonObject entryJson(const KeyEntry &e)
{
    return QJsonObject {
        { QStringLiteral("name"), e.name },
        { QStringLiteral("fingerprint"), e.fingerprint },
        { QStringLiteral("bits"), e.bits },
        { QStringLiteral("created"), e.created.isValid() ? e.created.toString(Qt::ISODate) : QString() },
        { QStringLiteral("private_path"), e.privatePath },
        { QStringLiteral("public_path"), e.publicPath },
        { QStringLiteral("has_private"), e.hasPrivate() },
        { QStringLiteral("private_encrypted"), e.privateEncrypted },
        { QStringLiteral("private_readable_by_others"), e.privateReadableByOthers },
        { QStringLiteral("pair_mismatch"), e.pairMismatch },
        { QStringLiteral("trusted_in"), QJsonArray::fromStringList(e.trustedIn) },
        { QStringLiteral("problem"), e.problem },
    };
}

class KeyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("key"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli", "Generate, list, import and export abuild signing keys");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "cli",
            "Manage abuild-compatible RSA signing keys.\n\n"
            "  generate --name NAME [--bits 4096] [--encrypt] [--dir DIR]\n"
            "  list\n"
            "  import FILE [--dir DIR]\n"
            "  export-public KEY [-o FILE]\n"
            "  fingerprint KEY|FILE\n\n"
            "KEY is a key file, a key name (alice-6b0ae07e.rsa) or a fingerprint prefix."));
        parser.addHelpOption();
        addJsonOption(parser);
        parser.addPositionalArgument(
            QStringLiteral("action"),
            QCoreApplication::translate("cli", "generate, list, import, export-public or fingerprint"));
        parser.addOption(QCommandLineOption(
            QStringLiteral("name"), QCoreApplication::translate("cli", "Key name: your e-mail or user name."),
            QStringLiteral("NAME")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("bits"), QCoreApplication::translate("cli", "RSA key size (default 4096)."),
            QStringLiteral("BITS"), QString::number(kDefaultRsaBits)));
        parser.addOption(QCommandLineOption(
            QStringLiteral("encrypt"),
            QCoreApplication::translate("cli", "Protect the new private key with a passphrase (AES-256).")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("dir"),
            QCoreApplication::translate("cli", "Key folder (default: Apkdesk's key folder)."),
            QStringLiteral("DIR")));
        parser.addOption(QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                                            QCoreApplication::translate("cli", "Write to FILE."),
                                            QStringLiteral("FILE")));
        CliPassphrase::addOptions(parser);
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            io.out().flush();
            return ExitOk;
        }
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("generate"))
            return generate(parser, io);
        if (action == QLatin1String("list"))
            return list(parser, io);
        if (action == QLatin1String("import") && args.size() == 2)
            return importKey(args.at(1), parser, io);
        if (action == QLatin1String("export-public") && args.size() == 2)
            return exportPublic(args.at(1), parser, io);
        if (action == QLatin1String("fingerprint") && args.size() == 2)
            return fingerprint(args.at(1), parser, io);
        return io.usage(action.isEmpty()
                            ? QCoreApplication::translate("cli", "missing action")
                            : QCoreApplication::translate("cli", "bad arguments for '%1'").arg(action),
                        parser);
    }

private:
    int generate(const QCommandLineParser &parser, CliIo &io)
    {
        KeyGenerationRequest request;
        request.name = parser.value(QStringLiteral("name"));
        if (request.name.isEmpty())
            request.name = qEnvironmentVariable("USER");
        if (request.name.isEmpty())
            return io.usage(QCoreApplication::translate("cli", "--name is needed"), parser);
        bool ok = false;
        request.bits = parser.value(QStringLiteral("bits")).toInt(&ok);
        if (!ok)
            return io.usage(QCoreApplication::translate("cli", "--bits must be a number"), parser);
        request.folder = parser.value(QStringLiteral("dir"));
        if (parser.isSet(QStringLiteral("encrypt"))) {
            Result<QString> pass = CliPassphrase::read(
                parser, io, QCoreApplication::translate("cli", "Passphrase for the new key: "), true);
            if (!pass)
                return io.fail(pass.error(), ExitUsage);
            if (pass->isEmpty())
                return io.fail(Error(Error::Kind::InvalidArgument,
                                     QCoreApplication::translate(
                                         "cli", "an empty passphrase does not protect anything")),
                               ExitUsage);
            request.passphrase = *pass;
        }
        Result<GeneratedKeyPair> pair = generateKeyPair(request);
        request.passphrase.fill(QChar(u'\0'));
        if (!pair)
            return io.fail(pair.error(),
                           pair.error().kind() == Error::Kind::InvalidArgument ? ExitUsage : ExitFailure);
        if (jsonRequested(parser)) {
            io.printJson(QJsonObject { { QStringLiteral("private_path"), pair->privatePath },
                                       { QStringLiteral("public_path"), pair->publicPath },
                                       { QStringLiteral("name"), QFileInfo(pair->publicPath).fileName() },
                                       { QStringLiteral("fingerprint"), pair->fingerprint },
                                       { QStringLiteral("bits"), pair->bits } });
        } else {
            io.out() << QCoreApplication::translate("cli", "Private key: %1").arg(pair->privatePath) << "\n"
                     << QCoreApplication::translate("cli", "Public key:  %1").arg(pair->publicPath) << "\n"
                     << QCoreApplication::translate("cli", "Fingerprint: SHA256:%1").arg(pair->fingerprint)
                     << "\n"
                     << QCoreApplication::translate(
                            "cli",
                            "Copy the public key into /etc/apk/keys on the machines that should trust it.")
                     << Qt::endl;
        }
        return ExitOk;
    }

    int list(const QCommandLineParser &parser, CliIo &io)
    {
        KeyRing::Folders folders = KeyRing::defaultFolders();
        if (parser.isSet(QStringLiteral("dir")))
            folders.privateKeyDirs = { parser.value(QStringLiteral("dir")) };
        const QList<KeyEntry> entries = KeyRing(folders).entries();
        if (jsonRequested(parser)) {
            QJsonArray array;
            for (const KeyEntry &e : entries)
                array.append(entryJson(e));
            io.printJson(array);
            return ExitOk;
        }
        if (entries.isEmpty()) {
            io.out() << QCoreApplication::translate(
                "cli", "No keys. Create one with: apkdesk-cli key generate --name you@example.org")
                     << Qt::endl;
            return ExitOk;
        }
        for (const KeyEntry &e : entries) {
            io.out() << e.name << "\n"
                     << "  "
                     << QCoreApplication::translate("cli", "fingerprint: SHA256:%1")
                            .arg(e.fingerprint.isEmpty() ? QCoreApplication::translate("cli", "unknown")
                                                         : e.fingerprint)
                     << "\n"
                     << "  " << QCoreApplication::translate("cli", "size: %1 bits").arg(e.bits) << "\n";
            if (e.created.isValid())
                io.out()
                    << "  "
                    << QCoreApplication::translate("cli", "created: %1").arg(e.created.toString(Qt::ISODate))
                    << "\n";
            io.out() << "  "
                     << QCoreApplication::translate("cli", "private key: %1")
                            .arg(e.hasPrivate() ? e.privatePath
                                         + (e.privateEncrypted
                                                ? QCoreApplication::translate("cli", " (encrypted)")
                                                : QString())
                                                : QCoreApplication::translate("cli", "not here"))
                     << "\n";
            if (!e.trustedIn.isEmpty())
                io.out() << "  "
                         << QCoreApplication::translate("cli", "trusted in: %1")
                                .arg(e.trustedIn.join(QStringLiteral(", ")))
                         << "\n";
            if (e.privateReadableByOthers)
                io.out() << "  "
                         << QCoreApplication::translate("cli",
                                                        "warning: the private key is readable by other users")
                         << "\n";
            if (e.pairMismatch)
                io.out() << "  "
                         << QCoreApplication::translate("cli",
                                                        "warning: the .pub next to it belongs to another key")
                         << "\n";
            if (!e.problem.isEmpty())
                io.out() << "  " << QCoreApplication::translate("cli", "problem: %1").arg(e.problem) << "\n";
        }
        io.out().flush();
        return ExitOk;
    }

    int importKey(const QString &file, const QCommandLineParser &parser, CliIo &io)
    {
        QString passphrase;
        if (PrivateKey::isEncryptedFile(file)) {
            Result<QString> pass = CliPassphrase::read(
                parser, io,
                QCoreApplication::translate("cli", "Passphrase for %1: ").arg(QFileInfo(file).fileName()));
            if (!pass)
                return io.fail(pass.error());
            passphrase = *pass;
        }
        QStringList warnings;
        Result<KeyEntry> entry =
            KeyRing::importPrivateKey(file, passphrase, &warnings, parser.value(QStringLiteral("dir")));
        passphrase.fill(QChar(u'\0'));
        for (const QString &warning : warnings)
            io.err() << QCoreApplication::translate("cli", "warning: %1").arg(warning) << Qt::endl;
        if (!entry)
            return io.fail(entry.error());
        if (jsonRequested(parser)) {
            QJsonObject object = entryJson(*entry);
            object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
            io.printJson(object);
        } else {
            io.out() << QCoreApplication::translate("cli", "Imported %1 (SHA256:%2)")
                            .arg(entry->privatePath, entry->fingerprint)
                     << Qt::endl;
        }
        return ExitOk;
    }

    Result<KeyEntry> resolve(const QString &spec)
    {
        if (QFileInfo(spec).isFile()) {
            KeyEntry entry;
            if (spec.endsWith(QLatin1String(".pub")) || !PrivateKey::isEncryptedFile(spec)) {
                Result<PublicKey> pub = PublicKey::load(spec);
                if (pub) {
                    entry.publicPath = spec;
                    entry.name = QFileInfo(spec).fileName();
                    entry.fingerprint = pub->fingerprintHex();
                    entry.bits = pub->bits();
                    return entry;
                }
            }
            entry.privatePath = spec;
            entry.privateEncrypted = PrivateKey::isEncryptedFile(spec);
            entry.name = publicKeyNameFor(spec);
            if (QFileInfo::exists(spec + QStringLiteral(".pub")))
                entry.publicPath = spec + QStringLiteral(".pub");
            if (!entry.privateEncrypted) {
                Result<PrivateKey> key = PrivateKey::load(spec);
                if (!key)
                    return key.error();
                entry.fingerprint = key->fingerprint();
                entry.bits = key->bits();
            } else if (!entry.publicPath.isEmpty()) {
                Result<PublicKey> pub = PublicKey::load(entry.publicPath);
                if (!pub)
                    return pub.error();
                entry.fingerprint = pub->fingerprintHex();
                entry.bits = pub->bits();
            }
            return entry;
        }
        return KeyRing().find(spec);
    }

    int exportPublic(const QString &spec, const QCommandLineParser &parser, CliIo &io)
    {
        Result<KeyEntry> entry = resolve(spec);
        if (!entry)
            return io.fail(entry.error());
        if (entry->publicPath.isEmpty() && entry->privateEncrypted) {
            Result<LoadedKey> loaded = loadSigningKey(entry->privatePath, parser, io);
            if (!loaded)
                return io.fail(loaded.error());
            if (!parser.isSet(QStringLiteral("output"))) {
                io.out() << QString::fromLatin1(loaded->key.publicKeyPem());
                io.out().flush();
                return ExitOk;
            }
            entry->privateEncrypted = false;
        }
        if (!parser.isSet(QStringLiteral("output"))) {
            Result<PublicKey> pub =
                entry->publicPath.isEmpty() ? Result<PublicKey>(Error()) : PublicKey::load(entry->publicPath);
            if (pub) {
                io.out() << QString::fromLatin1(pub->toPem());
            } else {
                Result<PrivateKey> key = PrivateKey::load(entry->privatePath);
                if (!key)
                    return io.fail(key.error());
                io.out() << QString::fromLatin1(key->publicKeyPem());
            }
            io.out().flush();
            return ExitOk;
        }
        if (Status s = KeyRing::exportPublicKey(*entry, parser.value(QStringLiteral("output"))); !s)
            return io.fail(s.error());
        io.err() << QCoreApplication::translate("cli", "Wrote %1 (install it as /etc/apk/keys/%2)")
                        .arg(parser.value(QStringLiteral("output")), entry->name)
                 << Qt::endl;
        return ExitOk;
    }

    int fingerprint(const QString &spec, const QCommandLineParser &parser, CliIo &io)
    {
        Result<KeyEntry> entry = resolve(spec);
        if (!entry)
            return io.fail(entry.error());
        if (entry->fingerprint.isEmpty())
            return io.fail(Error(
                Error::Kind::NotFound,
                QCoreApplication::translate(
                    "cli",
                    "the key is encrypted and has no .pub next to it: unlock it with 'key export-public'")));
        if (jsonRequested(parser)) {
            io.printJson(QJsonObject { { QStringLiteral("name"), entry->name },
                                       { QStringLiteral("fingerprint"), entry->fingerprint },
                                       { QStringLiteral("bits"), entry->bits } });
        } else {
            io.out() << "SHA256:" << entry->fingerprint << "  " << entry->name << " (" << entry->bits
                     << " bits)" << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

APKDESK_CLI_COMMAND(KeyCommand)
