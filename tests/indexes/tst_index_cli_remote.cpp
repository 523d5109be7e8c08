// `apkdesk-cli index show URL` and `search URL` end to end against the repository test
// server, including its fault modes: the index is fetched through the cache, verified, and
// every failure is an exit code and a message, never a crash or a wrong answer.
#include "TestServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;

using Run = test::CliRun;

class TestIndexCliRemote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QTemporaryDir m_cache;
    test::TestServerProcess m_server;

    Run cli(const QStringList &arguments, const QString &cacheDir)
    {
        test::CliOptions options;
        options.environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir);
        return test::runCli(arguments, options);
    }

    QStringList show(const QString &path)
    {
        return { QStringLiteral("index"),       QStringLiteral("show"),
                 m_server.url(path).toString(), QStringLiteral("--json"),
                 QStringLiteral("--keys-dir"),  test::fixturePath(QStringLiteral("keys/trusted")) };
    }

    void put(const QString &folder, const QString &fixture)
    {
        QDir().mkpath(m_root.filePath(folder));
        QVERIFY(QFile::copy(test::fixturePath(fixture),
                            m_root.filePath(folder + QStringLiteral("/APKINDEX.tar.gz"))));
    }

private slots:
    void initTestCase()
    {
        put(QStringLiteral("edge/main/x86_64"), QStringLiteral("index-v2/APKINDEX.tar.gz"));
        put(QStringLiteral("edge/stranger/x86_64"),
            QStringLiteral("index-v2/variants/APKINDEX-stranger.tar.gz"));
        put(QStringLiteral("edge/tampered/x86_64"),
            QStringLiteral("index-v2/variants/APKINDEX-tampered.tar.gz"));
        QVERIFY2(m_server.start(m_root.path()), qPrintable(m_server.errorString()));
    }

    void init() { QVERIFY(m_server.resetFaults()); }

    void showsTheRepositoryFolder()
    {
        QTemporaryDir cache;
        const Run run = cli(show(QStringLiteral("/edge/main/x86_64/")), cache.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 9);
        QCOMPARE(
            json.value(QStringLiteral("signature")).toObject().value(QStringLiteral("verdict")).toString(),
            QStringLiteral("trusted"));
    }

    void searchesOverHttp()
    {
        QTemporaryDir cache;
        const Run run = cli({ QStringLiteral("search"),
                              m_server.url(QStringLiteral("/edge/main/x86_64/APKINDEX.tar.gz")).toString(),
                              QStringLiteral("pc:fixture"), QStringLiteral("--keys-dir"),
                              test::fixturePath(QStringLiteral("keys/trusted")) },
                            cache.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("fixture-tool-dev-3.8.1-r2"));
    }

    void untrustedIndexesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("stranger") << QStringLiteral("/edge/stranger/x86_64/");
        QTest::newRow("tampered") << QStringLiteral("/edge/tampered/x86_64/");
    }

    void untrustedIndexesAreRefused()
    {
        QFETCH(QString, path);
        QTemporaryDir cache;
        const Run run = cli(show(path), cache.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("signature") || run.err.contains("trusted"), run.err.constData());
    }

    void faults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("code");
        QTest::newRow("500 twice, then retried") << QStringLiteral("error500") << 2 << 0;
        QTest::newRow("503 always") << QStringLiteral("error503") << -1 << 3;
        QTest::newRow("404") << QStringLiteral("status:404") << -1 << 3;
        QTest::newRow("HTML page with 200") << QStringLiteral("html200") << -1 << 3;
        QTest::newRow("truncated gzip") << QStringLiteral("truncate-gzip") << -1 << 3;
        QTest::newRow("dropped connection") << QStringLiteral("drop") << -1 << 3;
        QTest::newRow("redirect loop") << QStringLiteral("redirect-loop") << -1 << 3;
        QTest::newRow("lying length") << QStringLiteral("lying-length") << -1 << 3;
    }

    void faults()
    {
        QFETCH(QString, mode);
        QFETCH(int, count);
        QFETCH(int, code);
        QTemporaryDir cache;
        QVERIFY(m_server.setFault(QStringLiteral("/edge/main/x86_64/APKINDEX.tar.gz"), mode, count,
                                  QStringLiteral("retry-after=0")));
        const Run run = cli(show(QStringLiteral("/edge/main/x86_64/")), cache.path());
        QVERIFY2(run.exitCode == code, run.err.constData());
        if (code == 0)
            QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("count")).toInt(), 9);
        else
            QVERIFY(!run.err.isEmpty());
    }

    void serverDownAfterAGoodFetchUsesTheCacheMarkedOffline()
    {
        QTemporaryDir cache;
        QCOMPARE(cli(show(QStringLiteral("/edge/main/x86_64/")), cache.path()).exitCode, 0);
        // (a dropped connection would not show: the conditional request gets an empty 304)
        QVERIFY(m_server.setFault(QStringLiteral("/edge/main/x86_64/APKINDEX.tar.gz"),
                                  QStringLiteral("error503"), -1, QStringLiteral("retry-after=0")));
        const Run run = cli(show(QStringLiteral("/edge/main/x86_64/")), cache.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("cached copy"), run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("count")).toInt(), 9);
    }
};

QTEST_GUILESS_MAIN(TestIndexCliRemote)
#include "tst_index_cli_remote.moc"
