// apkdesk-cli index show / index build / search, run as a user would.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = apkdesk::test::CliRun;

Run cli(const QStringList &arguments)
{
    return apkdesk::test::runCli(arguments);
}

QString fixture(const QString &relative)
{
    return apkdesk::test::fixturePath(relative);
}

QStringList trusted()
{
    return { QStringLiteral("--keys-dir"), fixture(QStringLiteral("keys/trusted")) };
}

} // namespace

class TestIndexCli : public QObject
{
    Q_OBJECT

private slots:
    void showVariants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("signed") << QStringLiteral("index-v2/APKINDEX.tar.gz") << 0
                                << QStringLiteral("trusted");
        QTest::newRow("rsa256") << QStringLiteral("index-v2/variants/APKINDEX-rsa256.tar.gz") << 0
                                << QStringLiteral("trusted");
        QTest::newRow("apk3") << QStringLiteral("index-v2/variants/APKINDEX-by-apk3-index.tar.gz") << 0
                              << QStringLiteral("trusted");
        QTest::newRow("unsigned") << QStringLiteral("index-v2/variants/APKINDEX-unsigned.tar.gz") << 1
                                  << QStringLiteral("unsigned");
        QTest::newRow("stranger") << QStringLiteral("index-v2/variants/APKINDEX-stranger.tar.gz") << 1
                                  << QStringLiteral("untrusted");
        QTest::newRow("tampered") << QStringLiteral("index-v2/variants/APKINDEX-tampered.tar.gz") << 1
                                  << QStringLiteral("bad-signature");
    }

    void showVariants()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, verdict);
        const Run refused = cli(QStringList { QStringLiteral("index"), QStringLiteral("show"), fixture(file),
                                              QStringLiteral("--json") }
                                + trusted());
        QCOMPARE(refused.exitCode, code);
        if (code != 0) {
            QVERIFY(refused.out.isEmpty());
            QVERIFY(refused.err.contains("--allow-untrusted"));
        }
        const Run run = cli(QStringList { QStringLiteral("index"), QStringLiteral("show"),
                                          QStringLiteral("file://") + fixture(file), QStringLiteral("--json"),
                                          QStringLiteral("--allow-untrusted") }
                            + trusted());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(
            json.value(QStringLiteral("signature")).toObject().value(QStringLiteral("verdict")).toString(),
            verdict);
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("description")).toString(), QStringLiteral("fixture repo"));
        const QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 9);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("fixture-double"));
        QCOMPARE(json.value(QStringLiteral("brokenDependencies")).toArray().size(), 3);
    }

    void showOnePackage()
    {
        const Run run = cli(QStringList { QStringLiteral("index"), QStringLiteral("show"),
                                          fixture(QStringLiteral("index-v2/APKINDEX.tar.gz")),
                                          QStringLiteral("--package"), QStringLiteral("fixture-sha256") }
                            + trusted());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("fixture-tool=3.8.1-r2  -> fixture-tool-3.8.1-r2"));
        QVERIFY(run.out.contains("pc:fixture>=3  -> fixture-tool-dev-3.8.1-r2"));
        QVERIFY(run.out.contains("!fixture-conflict  (conflict)"));
        const Run missing = cli(QStringList { QStringLiteral("index"), QStringLiteral("show"),
                                              fixture(QStringLiteral("index-v2/APKINDEX.tar.gz")),
                                              QStringLiteral("--package"), QStringLiteral("nope") }
                                + trusted());
        QCOMPARE(missing.exitCode, 1);
    }

    void showErrors()
    {
        QCOMPARE(cli({ QStringLiteral("index") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("index"), QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("index"), QStringLiteral("show") }).exitCode, 2);
        const Run notIndex = cli(QStringList { QStringLiteral("index"), QStringLiteral("show"),
                                               fixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")) }
                                 + trusted());
        QCOMPARE(notIndex.exitCode, 3);
        QVERIFY2(notIndex.err.contains(".PKGINFO"), notIndex.err.constData());
        const Run missing = cli(QStringList { QStringLiteral("index"), QStringLiteral("show"),
                                              QStringLiteral("/no/such/APKINDEX.tar.gz") });
        QCOMPARE(missing.exitCode, 3);
    }

    void search()
    {
        const QString index = fixture(QStringLiteral("index-v2/APKINDEX.tar.gz"));
        Run run =
            cli(QStringList { QStringLiteral("search"), index, QStringLiteral("cmd:ftool") } + trusted());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QByteArray("fixture-tool-3.8.1-r2  Fixture tool: an ELF program and its library, split into "
                            "-doc and -dev\n"));
        run = cli(QStringList { QStringLiteral("search"), index, QStringLiteral("fixture"),
                                QStringLiteral("--origin"), QStringLiteral("fixture-tool"),
                                QStringLiteral("--json"), QStringLiteral("--sort"), QStringLiteral("size") }
                  + trusted());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("fixture-tool-dev"));
        QCOMPARE(
            cli(QStringList { QStringLiteral("search"), index, QStringLiteral("zzz-nothing") } + trusted())
                .exitCode,
            1);
        QCOMPARE(cli(QStringList { QStringLiteral("search"),
                                   fixture(QStringLiteral("index-v2/variants/APKINDEX-stranger.tar.gz")),
                                   QStringLiteral("fixture") }
                     + trusted())
                     .exitCode,
                 1);
        QCOMPARE(cli(QStringList { QStringLiteral("search"), index } + trusted()).exitCode, 2);
        QCOMPARE(cli(QStringList { QStringLiteral("search"), index, QStringLiteral("x"),
                                   QStringLiteral("--sort"), QStringLiteral("bogus") })
                     .exitCode,
                 2);
    }

    void buildSignAndShow()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QDir().mkpath(repo);
        for (const char *name : { "fixture-tool-3.8.1-r2.apk", "fixture-tool-doc-3.8.1-r2.apk",
                                  "fixture-tool-dev-3.8.1-r2.apk" })
            QVERIFY(QFile::copy(fixture(QStringLiteral("pkgs-v2/") + QLatin1String(name)),
                                repo + QLatin1Char('/') + QLatin1String(name)));
        const QString out = repo + QStringLiteral("/APKINDEX.tar.gz");
        Run run = cli({ QStringLiteral("index"), QStringLiteral("build"), repo, QStringLiteral("-o"), out,
                        QStringLiteral("--description"), QStringLiteral("mine"),
                        QStringLiteral("--rewrite-arch"), QStringLiteral("x86_64"), QStringLiteral("--sign"),
                        fixture(QStringLiteral("keys/fixture-6b0ae07e.rsa")) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("3 packages, signed (.SIGN.RSA.fixture-6b0ae07e.rsa.pub)"));
        QVERIFY(run.err.contains("no provider for: pkgconfig, so:libc.musl-x86_64.so.1"));
        run =
            cli(QStringList { QStringLiteral("index"), QStringLiteral("show"), out, QStringLiteral("--json") }
                + trusted());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("description")).toString(), QStringLiteral("mine"));

        // A package that fails: no index, the old one kept, exit code 3.
        QVERIFY(QFile::copy(fixture(QStringLiteral("pkgs-v2/fixture-truncated-3.0_rc2-r0.apk")),
                            repo + QStringLiteral("/fixture-truncated-3.0_rc2-r0.apk")));
        const QByteArray before = apkdesk::test::readFile(out);
        run = cli({ QStringLiteral("index"), QStringLiteral("build"), repo, QStringLiteral("-o"), out });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("fixture-truncated-3.0_rc2-r0.apk"));
        QCOMPARE(apkdesk::test::readFile(out), before);
        QCOMPARE(cli({ QStringLiteral("index"), QStringLiteral("build"), repo }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestIndexCli)
#include "tst_index_cli.moc"
