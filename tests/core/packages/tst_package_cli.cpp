// apkdesk-cli inspect / verify / extract: output, JSON and exit codes on fixture packages.
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
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

QString keys(const QString &folder)
{
    return fixture(QStringLiteral("keys/") + folder);
}

} // namespace

class TestPackageCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QDir(apkdesk::test::binDir()).filePath(QStringLiteral("apkdesk-cli"))))
            QFAIL("apkdesk-cli not built");
    }

    void verifyTrusted()
    {
        const Run run =
            cli({ QStringLiteral("verify"), QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                  fixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")),
                  fixture(QStringLiteral("pkgs-v2/fixture-sha256-7.1.0_git20250214-r3.apk")) });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 2);
        QVERIFY(run.out.contains("trusted: signed by fixture-6b0ae07e.rsa.pub (RSA/SHA-1)"));
        QVERIFY(run.out.contains("RSA256/SHA-256"));
        QVERIFY(run.out.contains("Q19DjB38bZWCiQ4zbHQ5hv68C5FsU="));
    }

    void verifyNegative()
    {
        const Run run =
            cli({ QStringLiteral("verify"), QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                  fixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")),
                  fixture(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("fixture-stranger-6b0ae084.rsa.pub, which is not a trusted key"));
        // The same file is trusted once the stranger's key is.
        QCOMPARE(
            cli({ QStringLiteral("verify"), QStringLiteral("--keys-dir"), keys(QStringLiteral("all-pub")),
                  fixture(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk")) })
                .exitCode,
            0);
    }

    void verifyJson()
    {
        const Run run =
            cli({ QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--keys-dir"),
                  keys(QStringLiteral("trusted-b")),
                  fixture(QStringLiteral("pkgs-v2/variants/fixture-hooks-0.4.0_beta3-r1.naive-resign.apk")),
                  fixture(QStringLiteral("pkgs-v2/fixture-truncated-3.0_rc2-r0.apk")) });
        QCOMPARE(run.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0)[QStringLiteral("verdict")][QStringLiteral("verdict")].toString(),
                 QStringLiteral("trusted"));
        QCOMPARE(results.at(0)[QStringLiteral("verdict")][QStringLiteral("key")].toString(),
                 QStringLiteral("fixture-6b0ae081.rsa.pub"));
        const QJsonObject truncated = results.at(1)[QStringLiteral("verdict")].toObject();
        QCOMPARE(truncated[QStringLiteral("verdict")].toString(), QStringLiteral("truncated"));
        QCOMPARE(truncated[QStringLiteral("offset")].toInt(), 941);
    }

    void verifyUnreadableAndUsage()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({ QStringLiteral("verify"), dir.path() }).exitCode, 3);
        QCOMPARE(cli({ QStringLiteral("verify") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("inspect") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("extract"), QStringLiteral("only-one-argument") }).exitCode, 2);
    }

    void inspectText()
    {
        const Run run =
            cli({ QStringLiteral("inspect"), QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                  fixture(QStringLiteral("pkgs-v2/fixture-hooks-0.4.0_beta3-r1.apk")) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Package:     fixture-hooks-0.4.0_beta3-r1 (x86_64)"));
        QVERIFY(run.out.contains(".post-deinstall"));
        QVERIFY(run.out.contains("Identity:    Q1F0pHVgsyNjnsUa/ufxWhkMbtL/0="));
        QVERIFY(run.out.contains("(matches)"));
    }

    void inspectJson()
    {
        const Run run = cli({ QStringLiteral("inspect"), QStringLiteral("--json"),
                              QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                              fixture(QStringLiteral("pkgs-v2/fixture-xattr-2.1.0-r0.apk")) });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object[QStringLiteral("identity")].toString(),
                 QStringLiteral("Q1rz7jL3CT8DcGY6vmMNqyyu9EJVU="));
        bool sawBlob = false;
        for (const QJsonValue &file : object[QStringLiteral("files")].toArray()) {
            if (file[QStringLiteral("xattrs")][QStringLiteral("user.fixture.blob")].toString()
                == QLatin1String("00ff7f0a20"))
                sawBlob = true;
        }
        QVERIFY(sawBlob);
        const Run v3 = cli({ QStringLiteral("inspect"), QStringLiteral("--json"),
                             fixture(QStringLiteral("pkgs-v3/fixture-v3-zstd-0.9_rc1-r2.apk")) });
        QCOMPARE(QJsonDocument::fromJson(v3.out).object()[QStringLiteral("format")].toString(),
                 QStringLiteral("apk-v3"));
    }

    void extract()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("root"));
        const Run refused =
            cli({ QStringLiteral("extract"), QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                  fixture(QStringLiteral("pkgs-v2/fixture-unsigned-1.1_p3-r0.apk")), target });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--force"));
        QVERIFY(!QFileInfo::exists(target));
        const Run done =
            cli({ QStringLiteral("extract"), QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                  fixture(QStringLiteral("pkgs-v2/fixture-unicode-2024.03.15-r0.apk")), target });
        QCOMPARE(done.exitCode, 0);
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/usr/share/fixture-unicode/日本語/テスト.txt")));
        QVERIFY(QFileInfo(target
                          + QStringLiteral(
                              "/usr/share/fixture-unicode/link-with-a-target-longer-than-one-hundred-bytes"))
                    .isSymLink());
        const Run forced = cli({ QStringLiteral("extract"), QStringLiteral("--force"),
                                 QStringLiteral("--keys-dir"), keys(QStringLiteral("trusted")),
                                 fixture(QStringLiteral("pkgs-v2/fixture-unsigned-1.1_p3-r0.apk")),
                                 dir.filePath(QStringLiteral("forced")) });
        QCOMPARE(forced.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestPackageCli)
#include "tst_package_cli.moc"
