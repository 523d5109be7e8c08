// `apkdesk-cli repo ls` and `apkdesk-cli fetch` run as processes against apkdesk-testserver.
#include "RepositoryTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::test;

class TestRepoCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root;
    TestServerProcess m_server;
    int m_case = 0;

    CliRun cli(const QStringList &arguments)
    {
        CliOptions options;
        // An isolated cache and settings per run: nothing from the user's real ones.
        const QString home = m_dir.filePath(QStringLiteral("home") + QString::number(++m_case));
        options.environment.insert(QStringLiteral("HOME"), home);
        options.environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        options.workingDirectory = m_dir.path();
        return runCli(arguments, options);
    }
    QString keys(const QString &which = QStringLiteral("trusted"))
    {
        return fixturePath(QStringLiteral("keys/") + which);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = makeServedRepository(m_dir);
        QDir().mkpath(m_root + QStringLiteral("/v3.21/community/x86_64"));
        QVERIFY2(m_server.start(m_root), qPrintable(m_server.errorString()));
    }

    void init() { QVERIFY(m_server.resetFaults()); }

    void repoLsPrintsTheTree()
    {
        const CliRun run = cli(
            { QStringLiteral("repo"), QStringLiteral("ls"), m_server.url(QStringLiteral("/")).toString() });
        QCOMPARE(run.exitCode, 0);
        const QString expected =
            m_server.url(QStringLiteral("/")).toString()
            + QStringLiteral(
                "\n  v3.21\n    community\n      x86_64  (no APKINDEX.tar.gz)\n    main\n      x86_64\n");
        QCOMPARE(QString::fromUtf8(run.out), expected);
    }

    void repoLsJson()
    {
        const CliRun run = cli({ QStringLiteral("repo"), QStringLiteral("ls"), QStringLiteral("--json"),
                                 m_server.url(QStringLiteral("/")).toString() });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject tree = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(tree.value(QStringLiteral("indexes")).toArray(),
                 QJsonArray({ m_server.url(kIndexPath).toString() }));
        const QJsonArray versions = tree.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("v3.21"));
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("repositories")).toArray().size(), 2);
    }

    void repoLsLocalFolder()
    {
        const CliRun run = cli({ QStringLiteral("repo"), QStringLiteral("ls"), m_root });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("      x86_64\n"));
    }

    void repoLsErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << "error500" << QString() << 3 << "HTTP 500";
        QTest::newRow("redirect loop") << "redirect-loop" << QString() << 3 << "redirects";
        QTest::newRow("credentials") << QString() << "http://u:pw@127.0.0.1:1/" << 2
                                     << "user name or password";
        QTest::newRow("usage") << QString() << "" << 2 << "expected: repo ls URL";
    }
    void repoLsErrors()
    {
        QFETCH(QString, fault);
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!fault.isEmpty())
            QVERIFY(m_server.setFault(QStringLiteral("/"), fault, -1, QStringLiteral("retry-after=0")));
        QStringList arguments { QStringLiteral("repo"), QStringLiteral("ls") };
        if (fault.isEmpty() && !url.isEmpty())
            arguments << url;
        else if (!fault.isEmpty())
            arguments << m_server.url(QStringLiteral("/")).toString();
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(!run.err.contains("pw@"));
    }

    void repoImportListsIndexUrls()
    {
        const QString path = m_dir.filePath(QStringLiteral("repositories"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# local mirror\n" + m_server.url(QStringLiteral("/v3.21/main")).toEncoded()
                   + "\n\n@edge https://dl-cdn.alpinelinux.org/alpine/edge/testing\n");
        file.close();
        const CliRun run = cli({ QStringLiteral("repo"), QStringLiteral("import"), path,
                                 QStringLiteral("--arch"), QStringLiteral("x86_64") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            QString::fromUtf8(run.out),
            m_server.url(kIndexPath).toString()
                + QStringLiteral(
                    "\n@edge https://dl-cdn.alpinelinux.org/alpine/edge/testing/x86_64/APKINDEX.tar.gz\n"));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# ok\n@bad\n");
        file.close();
        const CliRun bad = cli({ QStringLiteral("repo"), QStringLiteral("import"), path });
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains("line 2"), bad.err.constData());
    }

    void fetchKeepsAVerifiedPackage()
    {
        const QString out = m_dir.filePath(QStringLiteral("fetched"));
        const CliRun run = cli({ QStringLiteral("fetch"), QStringLiteral("--keys-dir"), keys(),
                                 QStringLiteral("-o"), out, QStringLiteral("--json"),
                                 m_server.url(kArchPath).toString(), QStringLiteral("fixture-sha256") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("version")).toString(), QStringLiteral("7.1.0_git20250214-r3"));
        const QString file = out + QStringLiteral("/fixture-sha256-7.1.0_git20250214-r3.apk");
        QCOMPARE(result.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(readFile(file),
                 readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-sha256-7.1.0_git20250214-r3.apk"))));
    }

    void fetchFromTheIndexUrlWithAFlakyServer()
    {
        QVERIFY(
            m_server.setFault(QStringLiteral("/v3.21/main/x86_64/fixture-links"), QStringLiteral("drop"), 1));
        QVERIFY(
            m_server.setFault(kIndexPath, QStringLiteral("error503"), 1, QStringLiteral("retry-after=1")));
        const QString out = m_dir.filePath(QStringLiteral("flaky"));
        const CliRun run =
            cli({ QStringLiteral("fetch"), QStringLiteral("--keys-dir"), keys(), QStringLiteral("-o"), out,
                  m_server.url(kIndexPath).toString(), QStringLiteral("fixture-links") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("matches the index"));
        QCOMPARE(readFile(out + QStringLiteral("/fixture-links-1.0-r0.apk")),
                 readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk"))));
    }

    void fetchRefusesAnUntrustedIndex()
    {
        const QString out = m_dir.filePath(QStringLiteral("untrusted"));
        const CliRun run = cli({ QStringLiteral("fetch"), QStringLiteral("--keys-dir"),
                                 keys(QStringLiteral("trusted-b")), QStringLiteral("-o"), out,
                                 m_server.url(kArchPath).toString(), QStringLiteral("fixture-tool") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not trusted"), run.err.constData());
        QVERIFY(!QDir(out).exists() || QDir(out).isEmpty());

        const CliRun allowed =
            cli({ QStringLiteral("fetch"), QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted-b")),
                  QStringLiteral("--allow-untrusted"), QStringLiteral("-o"), out,
                  m_server.url(kArchPath).toString(), QStringLiteral("fixture-tool") });
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    }

    void fetchRefusesASwappedPackage()
    {
        const QString name = QStringLiteral("fixture-xattr-2.1.0-r0.apk");
        const QString served = m_root + kArchPath + name;
        QFile::remove(served);
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("pkgs-v2/fixture-unsigned-1.1_p3-r0.apk")), served));
        const QString out = m_dir.filePath(QStringLiteral("swapped"));
        const CliRun run =
            cli({ QStringLiteral("fetch"), QStringLiteral("--keys-dir"), keys(), QStringLiteral("-o"), out,
                  m_server.url(kArchPath).toString(), QStringLiteral("fixture-xattr") });
        QFile::remove(served);
        QFile::copy(fixturePath(QStringLiteral("pkgs-v2/") + name), served);
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QVERIFY2(run.err.contains("was not kept"), run.err.constData());
        QVERIFY(!QFile::exists(out + QLatin1Char('/') + name));
    }

    void fetchErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("package");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown name") << QString() << "no-such-package" << 3 << "no package named";
        QTest::newRow("html 200 index") << "html200"
                                        << "fixture-tool" << 3 << "";
        QTest::newRow("gzip-encoded index") << "gzip-encoding"
                                            << "fixture-tool" << 3 << "Content-Encoding";
        QTest::newRow("index 404") << "status:404"
                                   << "fixture-tool" << 3 << "HTTP 404";
    }
    void fetchErrors()
    {
        QFETCH(QString, fault);
        QFETCH(QString, package);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!fault.isEmpty())
            QVERIFY(m_server.setFault(kIndexPath, fault));
        const QString out = m_dir.filePath(QStringLiteral("errors"));
        const CliRun run = cli({ QStringLiteral("fetch"), QStringLiteral("--keys-dir"), keys(),
                                 QStringLiteral("-o"), out, m_server.url(kArchPath).toString(), package });
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(!QDir(out).exists() || QDir(out).isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestRepoCli)
#include "tst_repocli.moc"
