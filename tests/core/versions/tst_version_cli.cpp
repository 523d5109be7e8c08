// `apkdesk-cli version`: output and exit codes, run as a real process.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    apkdesk::test::CliOptions options;
    options.timeoutMs = 30000;
    const apkdesk::test::CliRun run = apkdesk::test::runCli(arguments, options);
    return { run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

} // namespace

class TestVersionCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(apkdesk::test::binDir() + QStringLiteral("/apkdesk-cli")),
                 "build apkdesk-cli first");
    }

    void compare_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rc before release") << QStringList { "1.2.3_rc1-r0", "1.2.3-r0" } << "<";
        QTest::newRow("equal") << QStringList { "007", "7" } << "=";
        QTest::newRow("greater") << QStringList { "1.10", "1.9" } << ">";
        QTest::newRow("zero padded (apk3)") << QStringList { "3.0", "3.00" } << "<";
        QTest::newRow("zero padded (apk2)") << QStringList { "--apk2", "3.0", "3.00" } << ">";
        QTest::newRow("hash (apk2 stops)") << QStringList { "--apk2", "5.4~1a2b3c", "5.4~1a2b3d" } << "=";
    }

    void compare()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run run = cli(QStringList { "version", "compare" } + args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected + QLatin1Char('\n'));
    }

    void compareInvalidSaysWhich()
    {
        Run run = cli({ "version", "compare", "1.0", "1.0_bogus" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("second version '1.0_bogus' is invalid")),
                 qPrintable(run.err));

        run = cli({ "version", "compare", "--", "-r0", "1.0" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("first version '-r0' is invalid")), qPrintable(run.err));
    }

    void compareUsage()
    {
        QCOMPARE(cli({ "version", "compare", "1.0" }).exitCode, 2);
        QCOMPARE(cli({ "version", "frobnicate" }).exitCode, 2);
        QCOMPARE(cli({ "version" }).exitCode, 2);
        QCOMPARE(cli({ "version", "--help" }).exitCode, 0);
    }

    void compareJson()
    {
        const Run run = cli({ "version", "compare", "--json", "1.0", "1.1" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("result")).toString(), QStringLiteral("<"));
        QCOMPARE(object.value(QStringLiteral("rules")).toString(), QStringLiteral("apk3"));
    }

    void check()
    {
        Run run = cli({ "version", "check", "1.0", "2.0_rc1-r3" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("1.0: valid")));

        run = cli({ "version", "check", "1.0", "v2", "3.0" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("v2: invalid")), qPrintable(run.out));

        run = cli({ "version", "check", "--apk2", "v2" });
        QCOMPARE(run.exitCode, 0);

        run = cli({ "version", "check", "--json", "1.0", "x" });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("versions")).toArray().size(), 2);
        QCOMPARE(object.value(QStringLiteral("versions"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("valid"))
                     .toBool(),
                 false);
    }

    void satisfies()
    {
        QCOMPARE(cli({ "version", "satisfies", "3.12.4-r0", "python3~3.12" }).exitCode, 0);
        QCOMPARE(cli({ "version", "satisfies", "3.13", "python3~3.12" }).exitCode, 1);
        QCOMPARE(cli({ "version", "satisfies", "1.0", "!foo<2" }).exitCode, 1);
        const Run bad = cli({ "version", "satisfies", "1.0", "foo>=x" });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QLatin1String("invalid dependency atom")));
        const Run json = cli({ "version", "satisfies", "--json", "2.0", "so:libfoo.so.1>=1.5" });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("satisfied")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("so:libfoo.so.1"));
    }
};

QTEST_GUILESS_MAIN(TestVersionCli)
#include "tst_version_cli.moc"
