// apkdesk-cli: every capability of Apkdesk's core, scriptable. Each subcommand lives in
// commands/<Name>Command.cpp and registers itself.
#include "CliCommand.h"

#include "common/BuildInfo.h"

#include <QCoreApplication>

#include <algorithm>

using namespace apkdesk;
using namespace apkdesk::cli;

namespace {

void printHelp(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << QCoreApplication::translate("cli", "Usage: apkdesk-cli <command> [options] [arguments]") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const auto &command : commands)
        out << "  " << command->name().leftJustified(12) << command->summary() << "\n";
    out << "\n"
        << QCoreApplication::translate("cli", "Run 'apkdesk-cli <command> --help' for a command's options.")
        << "\n";
    out.flush();
}

void printVersion(QTextStream &out)
{
    out << "apkdesk-cli " << BuildInfo::apkdeskVersion() << "\n"
        << "Qt " << BuildInfo::qtVersion() << ", " << BuildInfo::openSslVersion() << ", zlib "
        << BuildInfo::zlibVersion() << ", " << BuildInfo::libarchiveVersion() << "\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apkdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("apkdesk"));
    QCoreApplication::setApplicationVersion(BuildInfo::apkdeskVersion());

    CliIo io;
    auto commands = CliRegistry::instance().createAll();
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a->name() < b->name(); });

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        printHelp(args.size() < 2 ? io.err() : io.out(), commands);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        printVersion(io.out());
        return ExitOk;
    }
    for (const auto &command : commands) {
        if (command->name() == args.at(1)) {
            QStringList commandArgs = args;
            commandArgs[0] = QStringLiteral("apkdesk-cli ") + args.at(1);
            commandArgs.removeAt(1);
            return command->run(commandArgs, io);
        }
    }
    io.err() << QCoreApplication::translate("cli", "apkdesk-cli: unknown command '%1'").arg(args.at(1))
             << "\n\n";
    printHelp(io.err(), commands);
    return ExitUsage;
}
