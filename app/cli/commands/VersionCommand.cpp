// `apkdesk-cli version`: apk version comparison, validity and dependency satisfaction,
// answering exactly like `apk version -t` / `apk version -c` of apk-tools 3 (or 2.14).
#include "CliCommand.h"

#include "common/Error.h"
#include "versions/DependencyAtom.h"
#include "versions/Version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace apkdesk::cli {
namespace {

// lupdate files the tr() calls below under the class they appear in; keep the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::cli::VersionCommand", text);
}

QString rulesName(VersionRules rules)
{
    return rules == VersionRules::Apk2 ? QStringLiteral("apk2") : QStringLiteral("apk3");
}

class VersionCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override { return tr("Compare and check apk versions, test dependency atoms"); }

    int run(const QStringList &arguments, CliIo &io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Answers like apk-tools 3 (`apk version -t`, `apk version -c`).\n"
               "  compare A B        print <, = or > (exit 1 if a version is invalid)\n"
               "  check V...         say whether each version is valid (exit 1 if one is not)\n"
               "  satisfies V ATOM   does version V satisfy the dependency ATOM, e.g. 'foo>=1.2'\n"
               "Put -- before versions that start with '-'."));
        const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                            tr("Show this help."));
        parser.addOption(helpOption);
        const QCommandLineOption apk2Option(QStringLiteral("apk2"),
                                            tr("Use the rules of apk-tools 2.14 instead of apk-tools 3."));
        parser.addOption(apk2Option);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("action"), tr("compare, check or satisfies"));
        parser.addPositionalArgument(QStringLiteral("arguments"), tr("Versions or a dependency atom."),
                                     QStringLiteral("[arguments...]"));

        if (!parser.parse(arguments))
            return io.usage(parser.errorText(), parser);
        if (parser.isSet(helpOption)) {
            io.out() << parser.helpText();
            io.out().flush();
            return ExitOk;
        }
        m_rules = parser.isSet(apk2Option) ? VersionRules::Apk2 : VersionRules::Apk3;
        m_json = jsonRequested(parser);

        QStringList args = parser.positionalArguments();
        if (args.isEmpty())
            return io.usage(tr("missing action"), parser);
        const QString action = args.takeFirst();
        if (action == QLatin1String("compare")) {
            if (args.size() != 2)
                return io.usage(tr("'compare' takes exactly two versions"), parser);
            return compare(args.at(0), args.at(1), io);
        }
        if (action == QLatin1String("check")) {
            if (args.isEmpty())
                return io.usage(tr("'check' takes at least one version"), parser);
            return check(args, io);
        }
        if (action == QLatin1String("satisfies")) {
            if (args.size() != 2)
                return io.usage(tr("'satisfies' takes a version and a dependency atom"), parser);
            return satisfies(args.at(0), args.at(1), io);
        }
        return io.usage(tr("unknown action '%1'").arg(action), parser);
    }

private:
    int compare(const QString &a, const QString &b, CliIo &io)
    {
        auto result = versions::compareChecked(a, b, m_rules);
        if (!result && m_rules == VersionRules::Apk2) {
            // apk 2.14's `version -t` answers for invalid strings too; so do we, with a warning.
            io.err() << tr("apkdesk-cli: warning: %1; apk2 compares it anyway").arg(result.error().message())
                     << Qt::endl;
            result = versions::compare(a, b, m_rules);
        }
        if (m_json) {
            QJsonObject object { { QStringLiteral("a"), a },
                                 { QStringLiteral("b"), b },
                                 { QStringLiteral("rules"), rulesName(m_rules) },
                                 { QStringLiteral("aValid"), versions::isValid(QStringView(a), m_rules) },
                                 { QStringLiteral("bValid"), versions::isValid(QStringView(b), m_rules) } };
            object.insert(QStringLiteral("result"),
                          result ? QJsonValue(versions::resultSymbol(*result)) : QJsonValue());
            if (!result)
                object.insert(QStringLiteral("error"), result.error().message());
            io.printJson(object);
        } else if (result) {
            io.out() << versions::resultSymbol(*result) << Qt::endl;
        }
        if (!result)
            return m_json ? int(ExitNegative) : io.fail(result.error(), ExitNegative);
        return ExitOk;
    }

    int check(const QStringList &candidates, CliIo &io)
    {
        bool allValid = true;
        QJsonArray array;
        for (const QString &version : candidates) {
            const qsizetype offset = versions::invalidOffset(version, m_rules);
            allValid = allValid && offset < 0;
            if (m_json) {
                QJsonObject entry { { QStringLiteral("version"), version },
                                    { QStringLiteral("valid"), offset < 0 } };
                if (offset >= 0)
                    entry.insert(QStringLiteral("offset"), qint64(offset));
                array.append(entry);
            } else if (offset < 0) {
                io.out() << tr("%1: valid").arg(version) << Qt::endl;
            } else {
                io.out() << tr("%1: invalid (at character %2)").arg(version).arg(offset) << Qt::endl;
            }
        }
        if (m_json)
            io.printJson(QJsonObject { { QStringLiteral("rules"), rulesName(m_rules) },
                                       { QStringLiteral("versions"), array } });
        return allValid ? ExitOk : ExitNegative;
    }

    int satisfies(const QString &version, const QString &atomText, CliIo &io)
    {
        const auto atom = DependencyAtom::parse(atomText, m_rules);
        if (!atom)
            return io.fail(Error(atom.error()).prefixed(tr("invalid dependency atom")), ExitNegative);
        const qsizetype offset = versions::invalidOffset(version, m_rules);
        if (offset >= 0) {
            return io.fail(Error(Error::Kind::InvalidArgument, tr("version '%1' is invalid").arg(version))
                               .withOffset(offset),
                           ExitNegative);
        }
        const bool ok = atom->isSatisfiedBy(version);
        if (m_json) {
            io.printJson(QJsonObject { { QStringLiteral("version"), version },
                                       { QStringLiteral("atom"), atom->toString() },
                                       { QStringLiteral("name"), atom->name() },
                                       { QStringLiteral("operator"), atom->canonicalOperator() },
                                       { QStringLiteral("constraint"), atom->version() },
                                       { QStringLiteral("conflict"), atom->isConflict() },
                                       { QStringLiteral("rules"), rulesName(m_rules) },
                                       { QStringLiteral("satisfied"), ok } });
        } else {
            io.out() << (ok ? tr("yes: %1 satisfies %2") : tr("no: %1 does not satisfy %2"))
                            .arg(version, atom->toString())
                     << Qt::endl;
        }
        return ok ? ExitOk : ExitNegative;
    }

    VersionRules m_rules = VersionRules::Apk3;
    bool m_json = false;
};

} // namespace
} // namespace apkdesk::cli

using apkdesk::cli::VersionCommand;
APKDESK_CLI_COMMAND(VersionCommand)
