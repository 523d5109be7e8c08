// apkdesk-cli key / sign / package as scripts use them: passphrases only from an environment
// variable or a file descriptor, JSON output, exit codes.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace apkdesk;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKeyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run cli(const QStringList &args, const QProcessEnvironment &extra = {}, const QByteArray &stdinData = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("APKDESK_KEY_PASSPHRASE_ENV"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(test::binDir() + QStringLiteral("/apkdesk-cli"), args);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.waitForFinished(120000);
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_home.filePath(QStringLiteral("home")));
        QVERIFY(QFileInfo::exists(test::binDir() + QStringLiteral("/apkdesk-cli")));
    }

    void generateListSignVerify()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MY_PASS"), QStringLiteral("cli-secret"));
        const Run generated =
            cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--name"),
                  QStringLiteral("ci"), QStringLiteral("--bits"), QStringLiteral("2048"),
                  QStringLiteral("--encrypt"), QStringLiteral("--passphrase-env"), QStringLiteral("MY_PASS"),
                  QStringLiteral("--json") },
                env);
        QVERIFY2(generated.code == 0, generated.err.constData());
        const QJsonObject key = QJsonDocument::fromJson(generated.out).object();
        const QString privatePath = key.value(QStringLiteral("private_path")).toString();
        QVERIFY(privatePath.startsWith(m_home.filePath(QStringLiteral("data"))));
        QVERIFY(test::readFile(privatePath).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(privatePath).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        const Run list = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        const QJsonArray keys = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).toObject().value(QStringLiteral("fingerprint")).toString(),
                 key.value(QStringLiteral("fingerprint")).toString());
        QVERIFY(keys.at(0).toObject().value(QStringLiteral("private_encrypted")).toBool());

        const Run fingerprint =
            cli({ QStringLiteral("key"), QStringLiteral("fingerprint"), QStringLiteral("ci") });
        QCOMPARE(fingerprint.code, 0);
        QVERIFY(fingerprint.out.contains(key.value(QStringLiteral("fingerprint")).toString().toLatin1()));

        QTemporaryDir work;
        const QString trusted = work.filePath(QStringLiteral("trusted"));
        QDir().mkpath(trusted);
        const QString pubName = key.value(QStringLiteral("name")).toString();
        const Run exported = cli({ QStringLiteral("key"), QStringLiteral("export-public"),
                                   QStringLiteral("ci"), QStringLiteral("-o"), trusted + u'/' + pubName });
        QVERIFY2(exported.code == 0, exported.err.constData());

        const QString package =
            test::copyFixture(QStringLiteral("pkgs-v2/fixture-hooks-0.4.0_beta3-r1.apk"), work);
        const QString index = test::copyFixture(QStringLiteral("index-v2/APKINDEX.tar.gz"), work);

        // No passphrase source and no terminal: a clear failure, nothing written.
        const QByteArray before = test::readFile(package);
        const Run noPass =
            cli({ QStringLiteral("sign"), package, QStringLiteral("--key"), QStringLiteral("ci") });
        QCOMPARE(noPass.code, 3);
        QVERIFY(noPass.err.contains("passphrase"));
        QCOMPARE(test::readFile(package), before);

        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("MY_PASS"), QStringLiteral("nope"));
        const Run badPass =
            cli({ QStringLiteral("sign"), package, QStringLiteral("--key"), QStringLiteral("ci"),
                  QStringLiteral("--passphrase-env"), QStringLiteral("MY_PASS") },
                wrong);
        QCOMPARE(badPass.code, 3);
        QVERIFY(badPass.err.contains("wrong passphrase"));

        // The passphrase through a file descriptor (stdin = fd 0), then through the env var
        // named by APKDESK_KEY_PASSPHRASE_ENV.
        QProcess process;
        QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
        penv.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
        penv.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(penv);
        process.start(test::binDir() + QStringLiteral("/apkdesk-cli"),
                      { QStringLiteral("sign"), package, index, QStringLiteral("--key"), QStringLiteral("ci"),
                        QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("--json") });
        QVERIFY(process.waitForStarted());
        process.write("cli-secret\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("index"));

        QProcessEnvironment named = env;
        named.insert(QStringLiteral("APKDESK_KEY_PASSPHRASE_ENV"), QStringLiteral("MY_PASS"));
        const Run again = cli({ QStringLiteral("sign"), package, QStringLiteral("--key"),
                                QStringLiteral("ci"), QStringLiteral("--sha256"), QStringLiteral("--json") },
                              named);
        QVERIFY2(again.code == 0, again.err.constData());
        const QJsonObject replaced = QJsonDocument::fromJson(again.out).array().at(0).toObject();
        QCOMPARE(replaced.value(QStringLiteral("removed")).toArray().size(), 1); // never duplicated
        QCOMPARE(replaced.value(QStringLiteral("signature")).toString(),
                 QStringLiteral(".SIGN.RSA256.") + pubName);

        const Run verify = cli({ QStringLiteral("verify"), QStringLiteral("--keys-dir"), trusted, package });
        QVERIFY2(verify.code == 0, QByteArray(verify.out + verify.err).constData());
        QVERIFY(verify.out.contains("trusted"));

        const Run notApk = cli({ QStringLiteral("sign"), test::fixturePath(QStringLiteral("versions.tsv")),
                                 QStringLiteral("--key"), QStringLiteral("ci"),
                                 QStringLiteral("--passphrase-env"), QStringLiteral("MY_PASS") },
                               env);
        QCOMPARE(notApk.code, 3);
        QVERIFY(notApk.err.contains("not an Alpine package"));
    }

    void packageCreate()
    {
        QTemporaryDir work;
        QDir().mkpath(work.filePath(QStringLiteral("tree/usr/bin")));
        QFile tool(work.filePath(QStringLiteral("tree/usr/bin/hello")));
        QVERIFY(tool.open(QIODevice::WriteOnly));
        tool.write("#!/bin/sh\necho hello\n");
        tool.close();
        QFile script(work.filePath(QStringLiteral("post-install")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexit 0\n");
        script.close();
        const QString output = work.filePath(QStringLiteral("hello-2.0-r1.apk"));
        const Run created =
            cli({ QStringLiteral("package"),
                  QStringLiteral("create"),
                  work.filePath(QStringLiteral("tree")),
                  QStringLiteral("--name"),
                  QStringLiteral("hello"),
                  QStringLiteral("--version"),
                  QStringLiteral("2.0-r1"),
                  QStringLiteral("--description"),
                  QStringLiteral("Says hello"),
                  QStringLiteral("--arch"),
                  QStringLiteral("x86_64"),
                  QStringLiteral("--license"),
                  QStringLiteral("MIT"),
                  QStringLiteral("--depends"),
                  QStringLiteral("musl /bin/sh"),
                  QStringLiteral("--provides"),
                  QStringLiteral("cmd:hello=2.0-r1"),
                  QStringLiteral("--script"),
                  QStringLiteral("post-install=") + work.filePath(QStringLiteral("post-install")),
                  QStringLiteral("--builddate"),
                  QStringLiteral("1712000000"),
                  QStringLiteral("-o"),
                  output,
                  QStringLiteral("--key"),
                  test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")),
                  QStringLiteral("--json") });
        QVERIFY2(created.code == 0, created.err.constData());
        const QString pkginfo =
            QJsonDocument::fromJson(created.out).object().value(QStringLiteral("pkginfo")).toString();
        QVERIFY(pkginfo.contains(QLatin1String("depend = musl\ndepend = /bin/sh\n")));
        QVERIFY(pkginfo.contains(QLatin1String("builddate = 1712000000\n")));

        const Run verify = cli({ QStringLiteral("verify"), QStringLiteral("--keys-dir"),
                                 test::fixturePath(QStringLiteral("keys/trusted")), output });
        QVERIFY2(verify.code == 0, QByteArray(verify.out + verify.err).constData());

        const Run usage = cli(
            { QStringLiteral("package"), QStringLiteral("create"), work.filePath(QStringLiteral("tree")),
              QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--version"),
              QStringLiteral("bad version"), QStringLiteral("-o"), work.filePath(QStringLiteral("x.apk")) });
        QCOMPARE(usage.code, 2);
        QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("x.apk"))));
    }
};

QTEST_GUILESS_MAIN(TestKeyCli)
#include "tst_key_cli.moc"
