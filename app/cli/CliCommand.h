#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace apkdesk {
class Error;
}

namespace apkdesk::cli {

// Exit codes shared by every subcommand, so scripts can branch on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitNegative = 1, // the command ran and the answer is "no": untrusted, invalid, lint errors
    ExitUsage = 2,    // bad command line
    ExitFailure = 3,  // could not do the job: I/O, network, format errors
};

// Where a command writes. Data goes to out (JSON with --json), messages to err.
class CliIo
{
public:
    CliIo();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);
    int fail(const Error &error, int code = ExitFailure);
    int usage(const QString &message, const QCommandLineParser &parser);

private:
    QTextStream m_out;
    QTextStream m_err;
};

// One top-level subcommand (`apkdesk-cli <name> ...`). Each command owns its parser;
// `arguments` starts with "apkdesk-cli <name>" so QCommandLineParser::process works.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, CliIo &io) = 0;
};

using CliCommandFactory = std::function<std::unique_ptr<CliCommand>()>;

// Commands register themselves from their own file (see APKDESK_CLI_COMMAND), so adding
// a command never touches main.cpp.
class CliRegistry
{
public:
    static CliRegistry &instance();
    bool add(CliCommandFactory factory);
    std::vector<std::unique_ptr<CliCommand>> createAll() const;

private:
    std::vector<CliCommandFactory> m_factories;
};

// Adds --json to a parser and tells whether it was given.
void addJsonOption(QCommandLineParser &parser);
bool jsonRequested(const QCommandLineParser &parser);

} // namespace apkdesk::cli

#define APKDESK_CLI_COMMAND(Class)                                                                 \
    namespace {                                                                                    \
    const bool registered_##Class = ::apkdesk::cli::CliRegistry::instance().add(                   \
        [] { return std::unique_ptr<::apkdesk::cli::CliCommand>(new Class); });                    \
    }
