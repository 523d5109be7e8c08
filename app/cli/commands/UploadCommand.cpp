// apkdesk-cli upload: sends packages to reposerve or a Gitea/Forgejo registry and proves the
// upload by re-fetching the server's signed index. Meant to replace apkdeploy.sh in CI: the
// token comes from an environment variable or stdin, never from the command line.
#include "CliCommand.h"

#include "keys/TrustStore.h"
#include "repositories/NetworkAccess.h"
#include "upload/Jwt.h"
#include "upload/PackageProbe.h"
#include "upload/ServerProfile.h"
#include "upload/UploadSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::upload", text);
}

// Folder names abuild uses for $CARCH: anything else is a plain folder, not an arch.
bool isAlpineArch(const QString &name)
{
    static const QStringList arches = { QStringLiteral("x86_64"),      QStringLiteral("x86"),
                                        QStringLiteral("aarch64"),     QStringLiteral("armhf"),
                                        QStringLiteral("armv7"),       QStringLiteral("ppc64le"),
                                        QStringLiteral("s390x"),       QStringLiteral("riscv64"),
                                        QStringLiteral("loongarch64"), QStringLiteral("mips64"),
                                        QStringLiteral("mips64el"),    QStringLiteral("noarch") };
    return arches.contains(name);
}

struct Input
{
    QString path;
    QString layoutRepo;
    QString layoutArch;
};

Result<QList<Input>> collectInputs(const QStringList &arguments)
{
    QList<Input> inputs;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        auto files = PackageProbe::collect({ argument });
        if (!files)
            return files.error();
        for (const QString &file : std::as_const(*files)) {
            Input input { file, {}, {} };
            if (info.isDir()) {
                // <repo>/<arch>/x.apk or <arch>/x.apk below the folder given.
                const QStringList parts =
                    QDir(info.absoluteFilePath()).relativeFilePath(file).split(QLatin1Char('/'));
                if (parts.size() >= 2 && isAlpineArch(parts.at(parts.size() - 2))) {
                    input.layoutArch = parts.at(parts.size() - 2);
                    if (parts.size() >= 3)
                        input.layoutRepo = parts.at(parts.size() - 3);
                }
            }
            inputs << input;
        }
    }
    return inputs;
}

Result<QByteArray> readToken(const QCommandLineParser &parser)
{
    const bool fromEnv = parser.isSet(QStringLiteral("token-env"));
    const bool fromStdin = parser.isSet(QStringLiteral("token-stdin"));
    if (fromEnv && fromStdin)
        return Error(Error::Kind::InvalidArgument, tr("Give either --token-env or --token-stdin, not both."));
    if (fromEnv) {
        const QString variable = parser.value(QStringLiteral("token-env"));
        const QByteArray token = qgetenv(variable.toLocal8Bit().constData()).trimmed();
        if (token.isEmpty())
            return Error(Error::Kind::Auth,
                         tr("The environment variable %1 is not set or empty.").arg(variable));
        return token;
    }
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error(Error::Kind::Io, tr("Cannot read the token from standard input."));
        const QByteArray token = in.readLine(64 * 1024).trimmed();
        if (token.isEmpty())
            return Error(Error::Kind::Auth, tr("No token on standard input."));
        return token;
    }
    return QByteArray();
}

QJsonObject packageJson(const UploadPackage &package, const PackageUploadState &state)
{
    return QJsonObject { { QStringLiteral("file"), package.path },
                         { QStringLiteral("name"), package.name },
                         { QStringLiteral("version"), package.version },
                         { QStringLiteral("arch"), package.arch },
                         { QStringLiteral("checksum"), package.identity },
                         { QStringLiteral("verdict"), package.verdict.name() },
                         { QStringLiteral("target"), state.target.toString() },
                         { QStringLiteral("state"), PackageUploadState::stageName(state.stage) },
                         { QStringLiteral("accepted"), state.accepted },
                         { QStringLiteral("message"), state.message },
                         { QStringLiteral("url"), state.packageUrl.toString() } };
}

class UploadCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("upload"); }
    QString summary() const override
    {
        return tr("Upload packages to reposerve or a Gitea/Forgejo registry and confirm them in its index");
    }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Uploads packages (files, or folders laid out as abuild leaves them: <repo>/<arch>/*.apk), "
               "one request per target arch, then downloads the server's index again and checks that "
               "it is signed by a trusted key and lists every package with the same checksum. Exits 0 "
               "only then. The token is read from an environment variable or standard input."));
        parser.addHelpOption();
        addJsonOption(parser);
        parser.addOptions({
            { QStringLiteral("server"), tr("Server address, e.g. https://repo.example.com."), tr("URL") },
            { QStringLiteral("kind"), tr("reposerve (default) or gitea (also Forgejo)."), tr("kind"),
              QStringLiteral("reposerve") },
            { QStringLiteral("token-env"), tr("Read the token from this environment variable."), tr("VAR") },
            { QStringLiteral("token-stdin"), tr("Read the token from the first line of standard input.") },
            { QStringLiteral("user"), tr("Gitea: the user the token belongs to."), tr("user") },
            { QStringLiteral("owner"),
              tr("Gitea: the user or organisation owning the packages (default: --user)."), tr("owner") },
            { QStringLiteral("version"),
              tr("Alpine version folder, e.g. v3.21 (Gitea: branch). Default edge."), tr("V") },
            { QStringLiteral("repo"),
              tr("Repository, e.g. main (default: from the folder layout, else main)."), tr("R") },
            { QStringLiteral("arch"), tr("Target arch (default: each package's, or its folder's)."),
              tr("A") },
            { QStringLiteral("keys-dir"),
              tr("Trusted public keys folder (repeatable; default: the configured ones)."), tr("DIR") },
            { QStringLiteral("ca-file"), tr("Extra CA certificate(s) (PEM) to trust for this server."),
              tr("FILE") },
            { QStringLiteral("allow-insecure-http"),
              tr("Allow sending the token over plain http to a host that is not this machine.") },
            { QStringLiteral("allow-untrusted"), tr("Also send packages not signed by a trusted key.") },
            { QStringLiteral("timeout"), tr("Seconds without progress before giving up (default 60)."),
              tr("seconds"), QStringLiteral("60") },
        });
        parser.addPositionalArgument(QStringLiteral("files"), tr("Packages or folders."),
                                     QStringLiteral("FILES...|DIR"));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return ExitOk;
        }
        if (!parser.isSet(QStringLiteral("server")))
            return io.usage(tr("--server is required."), parser);
        if (parser.positionalArguments().isEmpty())
            return io.usage(tr("Name at least one package or folder."), parser);

        ServerProfile profile;
        profile.id = QStringLiteral("cli");
        auto kind = ServerProfile::kindFromName(parser.value(QStringLiteral("kind")));
        if (!kind)
            return io.usage(kind.error().message(), parser);
        profile.kind = *kind;
        auto url = ServerProfile::normaliseBaseUrl(parser.value(QStringLiteral("server")));
        if (!url)
            return io.fail(url.error(), ExitUsage);
        profile.baseUrl = *url;
        profile.user = parser.value(QStringLiteral("user"));
        profile.owner =
            parser.isSet(QStringLiteral("owner")) ? parser.value(QStringLiteral("owner")) : profile.user;
        profile.caFile = parser.value(QStringLiteral("ca-file"));
        profile.allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
        if (auto status = profile.validate(); !status)
            return io.fail(status.error(), ExitUsage);
        // Refused before the token is even read (HOSTILE 28).
        if (auto status = profile.checkTransportAllowed(); !status)
            return io.fail(status.error(), ExitUsage);

        auto token = readToken(parser);
        if (!token)
            return io.fail(token.error(), ExitUsage);
        if (token->isEmpty() && profile.kind == ServerProfile::Kind::Gitea)
            return io.usage(tr("A Gitea upload needs --token-env or --token-stdin."), parser);

        // HOSTILE 26: an expired, expiring or malformed JWT stops the job before any request.
        if (profile.kind == ServerProfile::Kind::Reposerve && !token->isEmpty()) {
            auto jwt = Jwt::decode(*token);
            if (!jwt)
                return io.fail(jwt.error(), ExitUsage);
            if (auto usable = jwt->checkUsable(); !usable)
                return io.fail(usable.error(), ExitUsage);
        }

        bool ok = false;
        const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout <= 0)
            return io.usage(tr("--timeout takes a positive number of seconds."), parser);

        const TrustStore trust = parser.isSet(QStringLiteral("keys-dir"))
            ? TrustStore::fromDirectories(parser.values(QStringLiteral("keys-dir")))
            : TrustStore::fromSettings();

        auto inputs = collectInputs(parser.positionalArguments());
        if (!inputs)
            return io.fail(inputs.error(), ExitUsage);
        if (inputs->isEmpty())
            return io.fail(Error(Error::Kind::NotFound, tr("No .apk file found.")), ExitUsage);

        QList<UploadPackage> packages;
        for (const Input &input : std::as_const(*inputs)) {
            auto package = PackageProbe::probe(input.path, trust);
            if (!package)
                return io.fail(package.error());
            package->layoutRepo = input.layoutRepo;
            package->layoutArch = input.layoutArch;
            packages << *package;
        }

        NetworkPolicy policy;
        policy.inactivityTimeout = std::chrono::seconds(timeout);
        // A 5 GB upload on a slow line takes hours; the inactivity timer catches stalls.
        policy.overallDeadline = std::chrono::hours(24);
        NetworkAccess access(policy);
        if (!profile.caFile.isEmpty()) {
            if (auto status = access.setCaFile(profile.baseUrl, profile.caFile); !status)
                return io.fail(status.error(), ExitUsage);
        }

        UploadOptions options;
        options.version = parser.value(QStringLiteral("version"));
        options.repo = parser.value(QStringLiteral("repo"));
        options.arch = parser.value(QStringLiteral("arch"));
        options.allowUntrusted = parser.isSet(QStringLiteral("allow-untrusted"));

        UploadSession session(&access, profile, *token, trust);
        session.setPackages(packages);
        session.setOptions(options);
        const bool json = jsonRequested(parser);
        if (!json) {
            QObject::connect(&session, &UploadSession::statusMessage, &session,
                             [&io](const QString &message) { io.err() << message << Qt::endl; });
        }
        QEventLoop loop; // a CLI has no GUI to keep responsive: waiting here is fine
        QObject::connect(&session, &UploadSession::finished, &loop, &QEventLoop::quit);
        session.start();
        loop.exec();

        return report(io, session, json);
    }

private:
    static int report(CliIo &io, const UploadSession &session, bool json)
    {
        bool sendFailure = false;
        bool negative = false;
        QJsonArray array;
        for (int row = 0; row < session.packages().size(); ++row) {
            const UploadPackage &package = session.packages().at(row);
            const PackageUploadState &state = session.states().at(row);
            if (state.stage == PackageUploadState::Stage::Refused)
                negative = true;
            else if (state.stage != PackageUploadState::Stage::Confirmed) {
                if (state.accepted)
                    negative = true; // sent, but the index does not prove it
                else
                    sendFailure = true;
            }
            if (json) {
                array.append(packageJson(package, state));
                continue;
            }
            io.out() << PackageUploadState::stageName(state.stage).leftJustified(10) << ' '
                     << package.nameVersion().leftJustified(30) << ' ' << state.target.toString();
            if (state.stage == PackageUploadState::Stage::Confirmed)
                io.out() << "  " << state.packageUrl.toDisplayString();
            io.out() << "\n";
            if (state.stage != PackageUploadState::Stage::Confirmed && !state.message.isEmpty())
                io.out() << "           " << state.message << "\n";
        }
        if (json) {
            QJsonObject result { { QStringLiteral("ok"), session.result().ok() },
                                 { QStringLiteral("server"), session.profile().baseUrl.toDisplayString() },
                                 { QStringLiteral("packages"), array } };
            if (!session.result())
                result.insert(QStringLiteral("error"), session.result().error().message());
            io.printJson(result);
        } else {
            io.out().flush();
            if (session.result())
                io.err() << session.summary() << Qt::endl;
            else
                io.err() << "apkdesk-cli: " << session.result().error().message() << Qt::endl;
        }
        if (session.result())
            return ExitOk;
        if (sendFailure)
            return ExitFailure;
        return negative ? ExitNegative : ExitFailure;
    }
};

} // namespace

APKDESK_CLI_COMMAND(UploadCommand)
