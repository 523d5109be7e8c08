// apkdesk-cli inspect: everything in a package: metadata, signatures with their states,
// identity checksum and datahash, install scripts, files with their checksum state.
#include "CliCommand.h"
#include "PackageCliSupport.h"
#include "PackageJson.h"

#include "packages/PackageReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::inspect", text);
}

void printText(const ApkPackage &p, QTextStream &out)
{
    out << tr("File:        %1 (%2 bytes)").arg(p.path).arg(p.fileSize) << "\n";
    out << tr("Verdict:     %1").arg(p.verdict.describe()) << "\n";
    if (!p.v3Magic.isEmpty()) {
        out << tr("Format:      apk v3 (ADB), magic %1, compression %2")
                   .arg(QString::fromLatin1(p.v3Magic), p.v3Compression)
            << "\n";
        if (p.v3SignatureBlocks >= 0)
            out << tr("Signatures:  %1 signature block(s), not verified").arg(p.v3SignatureBlocks) << "\n";
    }
    if (p.hasPkgInfo || !p.pkgInfo.name().isEmpty()) {
        const PkgInfo &info = p.pkgInfo;
        out << tr("Package:     %1-%2 (%3)").arg(info.name(), info.version(), info.arch()) << "\n";
        out << tr("Description: %1").arg(info.description()) << "\n";
        out << tr("URL:         %1").arg(info.url()) << "\n";
        out << tr("License:     %1").arg(info.license()) << "\n";
        out << tr("Origin:      %1").arg(info.origin()) << "\n";
        out << tr("Maintainer:  %1").arg(info.maintainer()) << "\n";
        if (info.buildDate() >= 0)
            out << tr("Build date:  %1")
                       .arg(QDateTime::fromSecsSinceEpoch(info.buildDate()).toString(Qt::ISODate))
                << "\n";
        if (info.installedSize() >= 0)
            out << tr("Installed:   %1").arg(QLocale::c().formattedDataSize(info.installedSize())) << "\n";
        if (!info.commit().isEmpty())
            out << tr("Commit:      %1").arg(info.commit()) << "\n";
        for (const QString &key :
             { QStringLiteral("depend"), QStringLiteral("provides"), QStringLiteral("replaces"),
               QStringLiteral("install_if"), QStringLiteral("triggers") }) {
            const QStringList values = info.listValues(key);
            if (!values.isEmpty())
                out << QStringLiteral("%1:").arg(key).leftJustified(13) << values.join(QLatin1Char(' '))
                    << "\n";
        }
    }
    if (!p.v3Magic.isEmpty())
        return;
    out << tr("Identity:    %1").arg(p.identityChecksum().isEmpty() ? tr("(unknown)") : p.identityChecksum())
        << "\n";
    if (p.dataHashChecked)
        out << tr("Datahash:    %1 (%2)")
                   .arg(QString::fromLatin1(p.pkgInfo.dataHash()),
                        p.dataHashMatches ? tr("matches") : tr("MISMATCH"))
            << "\n";
    out << "\n" << tr("Segments:") << "\n";
    for (const PackageSegment &s : p.segments)
        out << QStringLiteral("  %1 [%2, %3) %4 bytes -> %5 bytes%6")
                   .arg(segmentRoleName(s.role).leftJustified(9))
                   .arg(s.member.offset)
                   .arg(s.member.end)
                   .arg(s.member.compressedLength())
                   .arg(s.member.uncompressedSize)
                   .arg(s.member.complete ? QString() : tr(" (incomplete)"))
            << "\n";
    out << "\n" << tr("Signatures:") << "\n";
    if (p.signatures.empty())
        out << "  " << tr("(none)") << "\n";
    for (size_t i = 0; i < p.signatures.size(); ++i) {
        const SignatureRecord &r = p.signatures[i];
        out << QStringLiteral("  %1 %2 %3%4")
                   .arg(int(i) == p.decisiveSignature ? QStringLiteral("*") : QStringLiteral(" "),
                        r.entryName, signatureStateName(r.state),
                        r.detail.isEmpty() ? QString() : QStringLiteral(" (") + r.detail + QLatin1Char(')'))
            << "\n";
    }
    if (!p.installScripts.isEmpty()) {
        out << "\n" << tr("Install scripts:") << "\n";
        for (const InstallScript &s : p.installScripts)
            out << QStringLiteral("  %1 %2 bytes sha1 %3")
                       .arg(s.name.leftJustified(16))
                       .arg(s.size)
                       .arg(QString::fromLatin1(s.sha1))
                << "\n";
    }
    out << "\n" << tr("Files:") << "\n";
    for (const DataEntry &e : p.dataEntries) {
        const QString owner = QStringLiteral("%1/%2").arg(e.tar.uname, e.tar.gname);
        QString line = QStringLiteral("  %1 %2 %3 %4 %5")
                           .arg(QStringLiteral("%1").arg(e.tar.mode, 4, 8, QLatin1Char('0')))
                           .arg(tarEntryTypeName(e.tar.type).leftJustified(8))
                           .arg(owner.leftJustified(15))
                           .arg(e.tar.size, 10)
                           .arg(e.tar.path);
        if (!e.tar.linkTarget.isEmpty())
            line += QStringLiteral(" -> ") + e.tar.linkTarget;
        if (e.checksum != DataEntry::Checksum::NotApplicable && e.checksum != DataEntry::Checksum::Match)
            line += QStringLiteral("  [checksum %1]").arg(checksumStateName(e.checksum));
        out << line << "\n";
    }
    if (p.dataEntriesCapped)
        out << "  " << tr("(more files not listed)") << "\n";
    for (const QString &path : p.duplicatePaths)
        out << tr("warning: duplicate entry %1").arg(path) << "\n";
    for (const QString &path : p.unsafePaths)
        out << tr("warning: unsafe entry %1").arg(path) << "\n";
    if (p.streamError)
        out << tr("warning: %1").arg(p.streamError->toString()) << "\n";
}

class InspectCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override { return tr("Show what an .apk package holds and who signed it"); }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addHelpOption();
        addKeysDirOption(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("package"), tr("Package file (.apk)."),
                                     QStringLiteral("PKG.apk"));
        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            io.out() << parser.helpText();
            return ExitOk;
        }
        if (parser.positionalArguments().size() != 1)
            return io.usage(tr("give exactly one package"), parser);
        PackageReader::Options options;
        options.trust = trustFromOptions(parser, io.err());
        auto package = PackageReader::read(parser.positionalArguments().constFirst(), options);
        if (!package)
            return io.fail(package.error());
        if (jsonRequested(parser))
            io.printJson(packageToJson(*package, true));
        else
            printText(*package, io.out());
        io.out().flush();
        switch (package->verdict.kind) {
        case PackageVerdict::Kind::Unreadable:
        case PackageVerdict::Kind::NotApk: return ExitFailure;
        default: return ExitOk; // inspect answers "what is it"; verify answers "is it trusted"
        }
    }
};

} // namespace

APKDESK_CLI_COMMAND(InspectCommand)
