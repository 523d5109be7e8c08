// `apkdesk-cli apkbuild info|lint|bump|checksum` as a user runs them: exit codes, JSON that
// matches busybox's values, lint lines, in-place edits that keep every other byte.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &arguments)
{
    return test::runCli(QStringList { QStringLiteral("apkbuild") } + arguments);
}

} // namespace

class TestApkbuildCli : public QObject
{
    Q_OBJECT

private slots:
    void infoJson()
    {
        const QString dir = QStringLiteral("22-for-loop-lang");
        const Run run =
            cli({ QStringLiteral("info"), test::fixturePath(QStringLiteral("apkbuild/%1/APKBUILD").arg(dir)),
                  QStringLiteral("--json"), QStringLiteral("--startdir"),
                  QStringLiteral("/home/buildozer/aports/fixture/") + dir });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QVERIFY(info.value(QStringLiteral("fully_expanded")).toBool());
        const QJsonObject values = info.value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("subpackages")).toString(),
                 QStringLiteral(" fixture-i18n-lang-de:_langpkg:noarch fixture-i18n-lang-fr:_langpkg:noarch "
                                "fixture-i18n-lang-pt_BR:_langpkg:noarch"));
        QCOMPARE(values.value(QStringLiteral("builddir")).toString(),
                 QStringLiteral("/home/buildozer/aports/fixture/22-for-loop-lang/src/fixture-i18n-1.9"));
        QCOMPARE(info.value(QStringLiteral("sources")).toArray().size(), 4);
        QCOMPARE(info.value(QStringLiteral("subpackages"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("fixture-i18n-lang-pt_BR"));
        QCOMPARE(info.value(QStringLiteral("helpers")).toObject().value(QStringLiteral("_l")).toString(),
                 QStringLiteral("pt_BR"));
    }

    void infoReportsUnexpandable()
    {
        const Run run = cli({ QStringLiteral("info"),
                              test::fixturePath(QStringLiteral("apkbuild/21-command-substitution/APKBUILD")),
                              QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!info.value(QStringLiteral("fully_expanded")).toBool());
        const QJsonObject first = info.value(QStringLiteral("unexpandable")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("variable")).toString(), QStringLiteral("_short"));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 5);
    }

    void lintExitCodes()
    {
        Run run = cli({ QStringLiteral("lint"),
                        test::fixturePath(QStringLiteral("apkbuild/25-duplicate-names/APKBUILD")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("APKBUILD:9: error: duplicate found in $source: v1.0.tar.gz"));
        run = cli({ QStringLiteral("lint"),
                    test::fixturePath(QStringLiteral("apkbuild/04-remote-basic/APKBUILD")) });
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("lint"), QStringLiteral("/nonexistent/APKBUILD") });
        QCOMPARE(run.exitCode, 3);
        run = cli({ QStringLiteral("frobnicate"), QStringLiteral("x") });
        QCOMPARE(run.exitCode, 2);
    }

    void bumpInPlace()
    {
        QTemporaryDir tmp;
        const QString path =
            test::copyFixture(QStringLiteral("apkbuild/09-major-minor"), tmp) + QStringLiteral("/APKBUILD");
        const QByteArray before = test::readFile(path);
        Run run = cli({ QStringLiteral("bump"), path, QStringLiteral("--version"), QStringLiteral("47.0") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(test::readFile(path), QByteArray(before).replace("pkgver=46.2.1\n", "pkgver=47.0\n"));
        run = cli({ QStringLiteral("bump"), path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(test::readFile(path).contains("pkgrel=1\n"));
        run =
            cli({ QStringLiteral("bump"), path, QStringLiteral("--version"), QStringLiteral("bad version") });
        QCOMPARE(run.exitCode, 2);
    }

    // Local sources only: no network needed.
    void checksumLocal()
    {
        QTemporaryDir tmp;
        const QString path = test::copyFixture(QStringLiteral("apkbuild/18-legacy-all-three"), tmp)
            + QStringLiteral("/APKBUILD");
        const Run run = cli({ QStringLiteral("checksum"), path, QStringLiteral("--srcdest"),
                              tmp.filePath(QStringLiteral("d")) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(test::readFile(path),
                 test::readFile(test::fixturePath(
                     QStringLiteral("apkbuild/18-legacy-all-three/APKBUILD.after-checksum"))));
        QVERIFY(run.out.contains("-sha256sums="));
    }

    void checksumRefusesAmbiguousFile()
    {
        QTemporaryDir tmp;
        const QString path =
            test::copyFixture(QStringLiteral("apkbuild/20-crlf"), tmp) + QStringLiteral("/APKBUILD");
        const QByteArray before = test::readFile(path);
        const Run run = cli({ QStringLiteral("checksum"), path });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("CRLF"));
        QCOMPARE(test::readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestApkbuildCli)
#include "tst_apkbuild_cli.moc"
