// apkdesk-cli package create DIR --name N --version V [...] -o FILE.apk [--key KEY]
#include "CliCommand.h"
#include "CliKeyAccess.h"

#include "common/Error.h"
#include "packages/PackageCreator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

// Repeatable list options also accept space-separated values ("--depends 'a b'").
QStringList listOption(const QCommandLineParser &parser, const QString &name)
{
    QStringList items;
    for (const QString &value : parser.values(name))
        items += value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return items;
}

struct TextOption
{
    const char *name;
    const char *help;
    QString PackageMetadata::*field;
};

const TextOption kTextOptions[] = {
    { "name", QT_TRANSLATE_NOOP("cli", "Package name (required)."), &PackageMetadata::name },
    { "version", QT_TRANSLATE_NOOP("cli", "Full version with release, e.g. 1.2.3-r0 (required)."),
      &PackageMetadata::version },
    { "description", QT_TRANSLATE_NOOP("cli", "One-line description."), &PackageMetadata::description },
    { "url", QT_TRANSLATE_NOOP("cli", "Project URL."), &PackageMetadata::url },
    { "arch", QT_TRANSLATE_NOOP("cli", "Architecture (default noarch)."), &PackageMetadata::arch },
    { "license", QT_TRANSLATE_NOOP("cli", "SPDX license expression."), &PackageMetadata::license },
    { "origin", QT_TRANSLATE_NOOP("cli", "Origin package (default: the name)."), &PackageMetadata::origin },
    { "maintainer", QT_TRANSLATE_NOOP("cli", "Maintainer, \"Name <mail>\"."), &PackageMetadata::maintainer },
    { "packager", QT_TRANSLATE_NOOP("cli", "Packager, \"Name <mail>\" (default: $PACKAGER or Unknown)."),
      &PackageMetadata::packager },
    { "commit", QT_TRANSLATE_NOOP("cli", "Source commit id."), &PackageMetadata::commit },
};

struct ListOption
{
    const char *name;
    const char *help;
    QStringList PackageMetadata::*field;
};

const ListOption kListOptions[] = {
    { "depends", QT_TRANSLATE_NOOP("cli", "Dependency (repeatable or space-separated)."),
      &PackageMetadata::depends },
    { "provides", QT_TRANSLATE_NOOP("cli", "Provided name (repeatable)."), &PackageMetadata::provides },
    { "replaces", QT_TRANSLATE_NOOP("cli", "Replaced package (repeatable)."), &PackageMetadata::replaces },
    { "install-if", QT_TRANSLATE_NOOP("cli", "install_if condition (repeatable)."),
      &PackageMetadata::installIf },
    { "triggers", QT_TRANSLATE_NOOP("cli", "Trigger folder (repeatable; needs --script trigger=FILE)."),
      &PackageMetadata::triggers },
};

class PackageCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("package"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli", "Create .apk packages from a folder tree");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "cli",
            "package create DIR --name N --version V [options] -o FILE.apk [--key KEY]\n\n"
            "Builds a v2 package the way abuild does: data and control tars with "
            "checksums, .PKGINFO with size and datahash, optionally signed."));
        parser.addHelpOption();
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "create"));
        parser.addPositionalArgument(
            QStringLiteral("dir"),
            QCoreApplication::translate("cli", "The folder tree that becomes the package's files."));
        for (const TextOption &option : kTextOptions)
            parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                                QCoreApplication::translate("cli", option.help),
                                                QStringLiteral("VALUE")));
        for (const ListOption &option : kListOptions)
            parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                                QCoreApplication::translate("cli", option.help),
                                                QStringLiteral("VALUE")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("script"),
            QCoreApplication::translate(
                "cli",
                "Install script NAME=FILE, NAME one of pre-install, post-install, pre-upgrade, "
                "post-upgrade, pre-deinstall, post-deinstall, trigger (repeatable; order kept)."),
            QStringLiteral("NAME=FILE")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("builddate"),
            QCoreApplication::translate(
                "cli", "Build time, seconds since 1970 (default: $SOURCE_DATE_EPOCH or now)."),
            QStringLiteral("SECONDS")));
        parser.addOption(QCommandLineOption(QStringLiteral("provider-priority"),
                                            QCoreApplication::translate("cli", "provider_priority."),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(QStringLiteral("replaces-priority"),
                                            QCoreApplication::translate("cli", "replaces_priority."),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                                            QCoreApplication::translate("cli", "The .apk to write."),
                                            QStringLiteral("FILE")));
        parser.addOption(QCommandLineOption({ QStringLiteral("k"), QStringLiteral("key") },
                                            QCoreApplication::translate("cli", "Sign with this private key."),
                                            QStringLiteral("KEY")));
        parser.addOption(QCommandLineOption(QStringLiteral("sha256"),
                                            QCoreApplication::translate("cli", "Sign with RSA/SHA-256.")));
        CliPassphrase::addOptions(parser);
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            io.out().flush();
            return ExitOk;
        }
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2 || args.at(0) != QLatin1String("create"))
            return io.usage(QCoreApplication::translate(
                                "cli", "usage: package create DIR --name N --version V -o FILE.apk"),
                            parser);
        if (!parser.isSet(QStringLiteral("output")))
            return io.usage(QCoreApplication::translate("cli", "-o FILE.apk is needed"), parser);

        PackageMetadata metadata;
        for (const TextOption &option : kTextOptions) {
            const QString key = QString::fromLatin1(option.name);
            if (parser.isSet(key))
                metadata.*(option.field) = parser.value(key);
        }
        if (metadata.packager.isEmpty())
            metadata.packager = qEnvironmentVariable("PACKAGER");
        for (const ListOption &option : kListOptions)
            metadata.*(option.field) = listOption(parser, QString::fromLatin1(option.name));
        if (int code = readNumbers(parser, metadata, io); code != ExitOk)
            return code;
        for (const QString &spec : parser.values(QStringLiteral("script"))) {
            const qsizetype eq = spec.indexOf(u'=');
            if (eq <= 0)
                return io.usage(
                    QCoreApplication::translate("cli", "--script wants NAME=FILE, got '%1'").arg(spec),
                    parser);
            QFile file(spec.mid(eq + 1));
            if (!file.open(QIODevice::ReadOnly))
                return io.fail(Error(Error::Kind::Io, file.errorString()).withLocation(file.fileName()));
            metadata.scripts.append({ spec.left(eq), file.readAll() });
        }
        if (Status s = PackageCreator::validate(metadata); !s)
            return io.fail(s.error(), ExitUsage);

        std::optional<PackageSigning> signing;
        if (parser.isSet(QStringLiteral("key"))) {
            Result<LoadedKey> key = loadSigningKey(parser.value(QStringLiteral("key")), parser, io);
            if (!key)
                return io.fail(key.error());
            signing = PackageSigning { key->key, key->publicKeyName,
                                       parser.isSet(QStringLiteral("sha256")) ? SignatureDigest::Sha256
                                                                              : SignatureDigest::Sha1 };
        }
        Result<CreatedPackage> created =
            PackageCreator::create(args.at(1), metadata, parser.value(QStringLiteral("output")), signing);
        if (!created)
            return io.fail(created.error());
        if (jsonRequested(parser)) {
            io.printJson(QJsonObject { { QStringLiteral("path"), created->path },
                                       { QStringLiteral("datahash"), created->datahash },
                                       { QStringLiteral("size"), created->installedSize },
                                       { QStringLiteral("files"), created->fileCount },
                                       { QStringLiteral("signed"), signing.has_value() },
                                       { QStringLiteral("pkginfo"), QString::fromUtf8(created->pkginfo) } });
        } else {
            io.out() << QCoreApplication::translate("cli", "Created %1 (%2 files, %3 bytes installed%4)")
                            .arg(created->path)
                            .arg(created->fileCount)
                            .arg(created->installedSize)
                            .arg(signing ? QCoreApplication::translate("cli", ", signed with %1")
                                               .arg(signing->publicKeyName)
                                         : QString())
                     << Qt::endl;
        }
        return ExitOk;
    }

private:
    static int readNumbers(const QCommandLineParser &parser, PackageMetadata &metadata, CliIo &io)
    {
        bool ok = true;
        if (parser.isSet(QStringLiteral("builddate"))) {
            metadata.buildDate = parser.value(QStringLiteral("builddate")).toLongLong(&ok);
            if (!ok || *metadata.buildDate < 0)
                return io.usage(QCoreApplication::translate("cli", "--builddate must be seconds since 1970"),
                                parser);
        }
        if (parser.isSet(QStringLiteral("provider-priority"))) {
            metadata.providerPriority = parser.value(QStringLiteral("provider-priority")).toInt(&ok);
            if (!ok)
                return io.usage(QCoreApplication::translate("cli", "--provider-priority must be a number"),
                                parser);
        }
        if (parser.isSet(QStringLiteral("replaces-priority"))) {
            metadata.replacesPriority = parser.value(QStringLiteral("replaces-priority")).toInt(&ok);
            if (!ok)
                return io.usage(QCoreApplication::translate("cli", "--replaces-priority must be a number"),
                                parser);
        }
        return ExitOk;
    }
};

} // namespace

APKDESK_CLI_COMMAND(PackageCommand)
