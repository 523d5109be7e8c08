// apkdesk-cli: every capability of Apkdesk's core, scriptable. Each subcommand lives in
// commands/<Name>Command.cpp and registers itself.
#include "CliCommand.h"

#include "common/BuildInfo.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

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
    // QCommandLineParser prints QCoreApplication::arguments().first() in "Usage:" lines, so the
    // application sees "apkdesk-cli <command>" as its name and the command word is dropped.
    std::string programName = "apkdesk-cli";
    std::vector<char *> appArgv(argv, argv + argc);
    if (argc >= 2 && argv[1][0] != '-' && std::strcmp(argv[1], "help") != 0) {
        programName += std::string(" ") + argv[1];
        appArgv.erase(appArgv.begin() + 1);
    }
    appArgv[0] = programName.data();
    int appArgc = int(appArgv.size());
    appArgv.push_back(nullptr);
    const QString commandName = argc >= 2 ? QString::fromLocal8Bit(argv[1]) : QString();

    QCoreApplication app(appArgc, appArgv.data());
    QCoreApplication::setApplicationName(QStringLiteral("apkdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("apkdesk"));
    QCoreApplication::setApplicationVersion(BuildInfo::apkdeskVersion());

    CliIo io;
    auto commands = CliRegistry::instance().createAll();
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a->name() < b->name(); });

    const QStringList args = QCoreApplication::arguments();
    if (commandName.isEmpty() || commandName == QLatin1String("--help") || commandName == QLatin1String("-h")
        || commandName == QLatin1String("help")) {
        printHelp(commandName.isEmpty() ? io.err() : io.out(), commands);
        return commandName.isEmpty() ? ExitUsage : ExitOk;
    }
    if (commandName == QLatin1String("--version") || commandName == QLatin1String("-v")) {
        printVersion(io.out());
        return ExitOk;
    }
    for (const auto &command : commands) {
        if (command->name() == commandName)
            return command->run(args, io);
    }
    io.err() << QCoreApplication::translate("cli", "apkdesk-cli: unknown command '%1'").arg(commandName)
             << "\n\n";
    printHelp(io.err(), commands);
    return ExitUsage;
}
