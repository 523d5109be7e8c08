// `apkdesk-cli apkbuild`: read, lint, bump and refresh the checksums of an APKBUILD without
// an Alpine system and without executing the file.
#include "CliCommand.h"

#include "apkbuild/Apkbuild.h"
#include "apkbuild/ApkbuildLinter.h"
#include "apkbuild/ChecksumRefresh.h"
#include "apkbuild/VersionBump.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <chrono>

namespace apkdesk::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApkbuildCommand", text);
}

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString humanSize(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

class ApkbuildCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("apkbuild"); }
    QString summary() const override { return tr("Show, lint, bump an APKBUILD and refresh its checksums"); }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("APKBUILDs are evaluated statically (never executed), like busybox ash would source them.\n"
               "  info FILE        expanded variables, sources, subpackages, what cannot be expanded\n"
               "  checksum FILE    download/hash the sources and rewrite sha512sums in place\n"
               "  bump FILE        pkgrel+1, or with --version V: pkgver=V and pkgrel=0\n"
               "  lint FILE        abuild validate / apkbuild-lint style checks (exit 1 on errors)"));
        const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                            tr("Show this help."));
        const QCommandLineOption archOption(QStringLiteral("arch"),
                                            tr("CARCH to evaluate for (default x86_64)."),
                                            QStringLiteral("arch"), QStringLiteral("x86_64"));
        const QCommandLineOption startdirOption(QStringLiteral("startdir"),
                                                tr("abuild's $startdir (default: the APKBUILD's folder)."),
                                                QStringLiteral("dir"));
        const QCommandLineOption srcdestOption(
            QStringLiteral("srcdest"), tr("Folder for downloaded sources (default: $SRCDEST or the cache)."),
            QStringLiteral("dir"));
        const QCommandLineOption reuseOption(
            QStringLiteral("reuse-cached"),
            tr("Hash a source already in the source folder instead of downloading it."));
        const QCommandLineOption forceOption(
            QStringLiteral("force"), tr("Write even when an upstream file changed under the same pkgver."));
        const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                              tr("Show the change, do not write it."));
        const QCommandLineOption versionOption(
            QStringLiteral("version"), tr("New pkgver (resets pkgrel to 0)."), QStringLiteral("version"));
        const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            tr("Give up on a download after this many seconds without data (default 30)."),
            QStringLiteral("seconds"), QStringLiteral("30"));
        parser.addOptions({ helpOption, archOption, startdirOption, srcdestOption, reuseOption, forceOption,
                            dryRunOption, versionOption, timeoutOption });
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("action"), tr("info, checksum, bump or lint"));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The APKBUILD."));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(helpOption)) {
            io.out() << parser.helpText();
            io.out().flush();
            return ExitOk;
        }
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2)
            return io.usage(tr("expected an action and one APKBUILD"), parser);
        const QString action = args.at(0);
        if (!QStringList { QStringLiteral("info"), QStringLiteral("lint"), QStringLiteral("bump"),
                           QStringLiteral("checksum") }
                 .contains(action))
            return io.usage(tr("unknown action '%1'").arg(action), parser);
        ApkbuildOptions options;
        options.arch = parser.value(archOption);
        options.startdir = parser.value(startdirOption);
        auto loaded = Apkbuild::load(args.at(1), options);
        if (!loaded)
            return io.fail(loaded.error());
        const Apkbuild &apkbuild = loaded.value();
        if (action == QLatin1String("info"))
            return info(apkbuild, jsonRequested(parser), io);
        if (action == QLatin1String("lint"))
            return lint(apkbuild, jsonRequested(parser), io);
        if (action == QLatin1String("bump"))
            return bump(apkbuild, parser.value(versionOption), parser.isSet(dryRunOption), io);
        if (action == QLatin1String("checksum")) {
            QString srcdest = parser.value(srcdestOption);
            if (srcdest.isEmpty())
                srcdest = qEnvironmentVariable("SRCDEST");
            if (srcdest.isEmpty())
                srcdest = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                    + QStringLiteral("/distfiles");
            bool ok = false;
            const int timeout = parser.value(timeoutOption).toInt(&ok);
            if (!ok || timeout <= 0)
                return io.usage(tr("--timeout needs a positive number of seconds"), parser);
            m_inactivityTimeout = std::chrono::seconds(timeout);
            return checksum(apkbuild, srcdest, parser.isSet(reuseOption), parser.isSet(forceOption),
                            parser.isSet(dryRunOption), io);
        }
        return io.usage(tr("unknown action '%1'").arg(action), parser);
    }

private:
    static QJsonObject infoJson(const Apkbuild &a)
    {
        QJsonObject values;
        for (const QString &name : ApkbuildOptions::metadataVariables())
            values.insert(name, optionalString(a.value(name)));
        QJsonObject helpers;
        for (const QString &name : a.helperVariables())
            helpers.insert(name, optionalString(a.value(name)));
        QJsonArray sources;
        for (const ApkbuildSource &s : a.sources())
            sources.append(QJsonObject {
                { QStringLiteral("entry"), s.entry },
                { QStringLiteral("remote"), s.remote },
                { QStringLiteral("local_name"), s.localName },
                { QStringLiteral("renamed"), s.renamed },
                { QStringLiteral("url"), s.remote ? QJsonValue(s.url) : QJsonValue() },
                { QStringLiteral("local_path"), s.remote ? QJsonValue() : QJsonValue(s.localPath) },
                { QStringLiteral("known"), s.known },
                { QStringLiteral("problem"), s.problem } });
        QJsonArray subpackages;
        for (const ApkbuildSubpackage &s : a.subpackages())
            subpackages.append(QJsonObject { { QStringLiteral("entry"), s.entry },
                                             { QStringLiteral("name"), s.name },
                                             { QStringLiteral("split_function"), s.splitFunction },
                                             { QStringLiteral("arch"), s.arch } });
        QJsonArray unexpandable;
        for (const ApkbuildUnexpandable &u : a.unexpandable())
            unexpandable.append(QJsonObject { { QStringLiteral("variable"), u.variable },
                                              { QStringLiteral("line"), u.line },
                                              { QStringLiteral("construct"), u.construct },
                                              { QStringLiteral("text"), u.text } });
        QJsonArray unknown;
        for (const QString &name : a.assignedVariables())
            if (!a.isKnown(name))
                unknown.append(name);
        return QJsonObject { { QStringLiteral("file"), a.path() },
                             { QStringLiteral("arch"), a.options().arch },
                             { QStringLiteral("values"), values },
                             { QStringLiteral("helpers"), helpers },
                             { QStringLiteral("sources"), sources },
                             { QStringLiteral("subpackages"), subpackages },
                             { QStringLiteral("fully_expanded"), a.fullyExpanded() },
                             { QStringLiteral("unknown_variables"), unknown },
                             { QStringLiteral("unexpandable"), unexpandable },
                             { QStringLiteral("parse_error"),
                               a.parseError() ? QJsonValue(a.parseError()->message()) : QJsonValue() } };
    }

    int info(const Apkbuild &a, bool json, CliIo &io)
    {
        if (json) {
            io.printJson(infoJson(a));
            return ExitOk;
        }
        QTextStream &out = io.out();
        if (a.parseError())
            out << tr("syntax error: %1").arg(a.parseError()->message()) << "\n";
        if (a.lineEndings() == LineEndings::Crlf || a.lineEndings() == LineEndings::Mixed)
            out << tr("warning: CRLF line ends: every value ends in \\r, as abuild's shell reads it") << "\n";
        const auto printable = [](QString text) {
            return text.replace(QLatin1Char('\n'), QLatin1String("\\n"))
                .replace(QLatin1Char('\r'), QLatin1String("\\r"));
        };
        for (const QString &name : ApkbuildOptions::metadataVariables()) {
            const auto value = a.value(name);
            if (!value || name.endsWith(QLatin1String("sums")))
                continue;
            out << name.leftJustified(18) << ' ' << printable(*value)
                << (a.isKnown(name) ? QString() : tr("   [not expandable]")) << "\n";
        }
        for (const QString &name : a.helperVariables())
            out << name.leftJustified(18) << ' ' << printable(a.value(name).value_or(QString())) << "\n";
        out << "\n" << tr("Sources:") << "\n";
        for (const ApkbuildSource &s : a.sources())
            out << "  " << s.localName << "  " << (s.remote ? s.url : tr("(local) %1").arg(s.localPath))
                << (s.problem.isEmpty() ? QString() : QStringLiteral("  ! ") + s.problem)
                << (s.known ? QString() : tr("  [not expandable]")) << "\n";
        out << tr("Subpackages:") << "\n";
        for (const ApkbuildSubpackage &s : a.subpackages())
            out << "  " << s.name << "  " << s.splitFunction << "()  " << s.arch << "\n";
        if (!a.unexpandable().empty()) {
            out << tr("Not expanded (never executed):") << "\n";
            for (const ApkbuildUnexpandable &u : a.unexpandable())
                out << "  " << tr("line %1").arg(u.line) << ": "
                    << (u.variable.isEmpty() ? QString() : u.variable + QStringLiteral(": ")) << u.construct
                    << "\n";
        }
        out.flush();
        return ExitOk;
    }

    int lint(const Apkbuild &a, bool json, CliIo &io)
    {
        const auto issues = lintApkbuild(a);
        bool errors = false;
        QJsonArray array;
        for (const LintIssue &issue : issues) {
            errors = errors || issue.severity == LintIssue::Severity::Error;
            if (json)
                array.append(QJsonObject { { QStringLiteral("line"), issue.line },
                                           { QStringLiteral("severity"), lintSeverityName(issue.severity) },
                                           { QStringLiteral("code"), issue.code },
                                           { QStringLiteral("message"), issue.message } });
            else
                io.out() << a.path() << ':' << issue.line << ": " << lintSeverityName(issue.severity) << ": "
                         << issue.message << " [" << issue.code << "]\n";
        }
        if (json)
            io.printJson(array);
        io.out().flush();
        return errors ? ExitNegative : ExitOk;
    }

    int write(const Apkbuild &a, const QByteArray &content, CliIo &io)
    {
        const Status status = writeFileAtomically(a.path(), content);
        if (!status)
            return io.fail(status.error());
        return ExitOk;
    }

    int bump(const Apkbuild &a, const QString &version, bool dryRun, CliIo &io)
    {
        const auto result =
            version.isEmpty() ? VersionBump::incrementRelease(a) : VersionBump::setVersion(a, version);
        if (!result)
            return io.fail(result.error(),
                           result.error().kind() == Error::Kind::InvalidArgument ? ExitUsage : ExitFailure);
        const Apkbuild updated = Apkbuild::parse(result.value(), a.path(), a.options());
        io.out() << tr("%1: %2-r%3 -> %4-r%5")
                        .arg(a.pkgname(), a.pkgver(), a.pkgrel(), updated.pkgver(), updated.pkgrel())
                 << "\n";
        if (!version.isEmpty() && !a.sources().empty())
            io.out() << tr("Run 'apkdesk-cli apkbuild checksum %1' to refresh the checksums.").arg(a.path())
                     << "\n";
        io.out().flush();
        return dryRun ? ExitOk : write(a, result.value(), io);
    }

    int checksum(const Apkbuild &a, const QString &srcdest, bool reuse, bool force, bool dryRun, CliIo &io)
    {
        NetworkPolicy policy;
        policy.inactivityTimeout = m_inactivityTimeout;
        NetworkAccess access(policy);
        ChecksumRefresh refresh(&access);
        refresh.setCacheDir(srcdest);
        refresh.setReuseCached(reuse);
        QTextStream &err = io.err();
        QObject::connect(&refresh, &ChecksumRefresh::sourceChanged, [&](int index) {
            const auto &s = refresh.sources()[size_t(index)];
            if (s.phase == ChecksumRefresh::Phase::Done)
                err << ">>> " << s.source.localName << ": "
                    << (s.source.remote
                            ? (s.fromCache ? tr("cached") : tr("downloaded %1").arg(humanSize(s.received)))
                            : tr("local"))
                    << Qt::endl;
            else if (s.phase == ChecksumRefresh::Phase::Failed)
                err << ">>> " << tr("FAILED") << ' ' << s.source.localName << ": " << s.error << Qt::endl;
        });
        QEventLoop loop;
        QObject::connect(&refresh, &ChecksumRefresh::finished, &loop, &QEventLoop::quit);
        const Status started = refresh.start(a);
        if (!started)
            return io.fail(started.error());
        loop.exec();
        const ChecksumProposal proposal = refresh.proposal();
        for (const QString &warning : proposal.warnings)
            err << "!!! " << tr("WARNING") << ": " << warning << Qt::endl;
        for (const QString &note : proposal.notes)
            err << ">>> " << note << Qt::endl;
        if (!proposal.complete()) {
            for (const QString &failure : proposal.failures)
                err << ">>> " << tr("ERROR") << ": " << failure << Qt::endl;
            err << tr("%1 was not changed.").arg(a.path()) << Qt::endl;
            return ExitFailure;
        }
        if (!proposal.changed()) {
            io.out() << tr("%1: checksums are up to date").arg(a.path()) << "\n";
            io.out().flush();
            return ExitOk;
        }
        io.out() << unifiedDiff(proposal.original, proposal.updated, QFileInfo(a.path()).fileName());
        io.out().flush();
        if (!proposal.warnings.isEmpty() && !force) {
            err << tr(
                "Not written: an upstream file changed while pkgver did not. Check it, then run again with "
                "--force to accept the new checksum.")
                << Qt::endl;
            return ExitNegative;
        }
        if (dryRun)
            return ExitOk;
        return write(a, proposal.updated, io);
    }

    std::chrono::milliseconds m_inactivityTimeout { 30'000 };
};

} // namespace
} // namespace apkdesk::cli

using apkdesk::cli::ApkbuildCommand;
APKDESK_CLI_COMMAND(ApkbuildCommand)
