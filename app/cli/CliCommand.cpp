#include "CliCommand.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace apkdesk::cli {

CliIo::CliIo() : m_out(stdout), m_err(stderr) {}

void CliIo::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliIo::fail(const Error &error, int code)
{
    m_err << "apkdesk-cli: " << error.toString() << Qt::endl;
    return code;
}

int CliIo::usage(const QString &message, const QCommandLineParser &parser)
{
    m_err << "apkdesk-cli: " << message << "\n\n" << parser.helpText();
    m_err.flush();
    return ExitUsage;
}

CliRegistry &CliRegistry::instance()
{
    static CliRegistry registry;
    return registry;
}

bool CliRegistry::add(CliCommandFactory factory)
{
    m_factories.push_back(std::move(factory));
    return true;
}

std::vector<std::unique_ptr<CliCommand>> CliRegistry::createAll() const
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const auto &factory : m_factories)
        commands.push_back(factory());
    return commands;
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print the result as JSON.")));
}

bool jsonRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("json"));
}

} // namespace apkdesk::cli
