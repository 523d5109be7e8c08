// `apkdesk-cli upload` as a CI job runs it: token from the environment or stdin (never argv),
// an abuild output folder, exit 0 only when the re-fetched signed index confirms everything.
#include "TestServerProcess.h"
#include "TestSupport.h"
#include "TestTokens.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk::test;

class TestUploadCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    TokenIssuer m_issuer { QStringLiteral("ci-key") };
    QString m_jwks;
    QString m_signKey;
    QString m_abuildDir;
    std::unique_ptr<TestServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_root;

    bool startServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<TestServerProcess>();
        m_root = std::make_unique<QTemporaryDir>();
        QStringList arguments { QStringLiteral("--option"), QStringLiteral("upload-jwks=") + m_jwks,
                                QStringLiteral("--option"), QStringLiteral("upload-claims=iss=ci.example"),
                                QStringLiteral("--option"), QStringLiteral("upload-sign-key=") + m_signKey };
        for (const QString &option : extra)
            arguments << QStringLiteral("--option") << option;
        return m_server->start(m_root->path(), arguments);
    }

    CliRun run(const QStringList &arguments, const QByteArray &token, const QByteArray &stdinData = {})
    {
        CliOptions options;
        options.environment.insert(QStringLiteral("CI_JOB_JWT_V2"), QString::fromLatin1(token));
        options.environment.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("home")));
        options.environment.insert(QStringLiteral("XDG_DATA_HOME"),
                                   m_work.filePath(QStringLiteral("home/data")));
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_work.filePath(QStringLiteral("home/config")));
        options.input = stdinData;
        return runCli(QStringList { QStringLiteral("upload") } + arguments, options);
    }

    QStringList common() const
    {
        return { QStringLiteral("--server"),   m_server->url().toString(),
                 QStringLiteral("--version"),  QStringLiteral("v3.21"),
                 QStringLiteral("--keys-dir"), fixturePath(QStringLiteral("keys/trusted")) };
    }

private slots:
    void initTestCase()
    {
        m_jwks = m_work.filePath(QStringLiteral("jwks.json"));
        QVERIFY(TokenIssuer::writeJwks(m_jwks, { &m_issuer }));
        m_signKey = copyFixture(QStringLiteral("keys/fixture-6b0ae07e.rsa"), m_work);
        // What abuild leaves in ~/packages: <repo>/<arch>/*.apk, noarch packages in each arch.
        m_abuildDir = m_work.filePath(QStringLiteral("packages"));
        const QList<QPair<QString, QString>> files {
            { QStringLiteral("x86_64"), QStringLiteral("fixture-tool-3.8.1-r2.apk") },
            { QStringLiteral("x86_64"), QStringLiteral("fixture-tool-doc-3.8.1-r2.apk") },
            { QStringLiteral("aarch64"), QStringLiteral("fixture-tool-doc-3.8.1-r2.apk") }
        };
        for (const auto &[arch, file] : files) {
            QVERIFY(QDir().mkpath(m_abuildDir + QStringLiteral("/community/") + arch));
            QVERIFY(
                QFile::copy(fixturePath(QStringLiteral("pkgs-v2/") + file),
                            m_abuildDir + QStringLiteral("/community/") + arch + QLatin1Char('/') + file));
        }
    }

    void init() { QVERIFY2(startServer(), qPrintable(m_server->errorString())); }

    void uploadsAbuildFolder()
    {
        const QByteArray token = m_issuer.sign(standardClaims());
        const CliRun result = run(common() << QStringLiteral("--token-env") << QStringLiteral("CI_JOB_JWT_V2")
                                           << QStringLiteral("--json") << m_abuildDir,
                                  token);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY(json.value(QStringLiteral("ok")).toBool());
        const QJsonArray packages = json.value(QStringLiteral("packages")).toArray();
        QCOMPARE(packages.size(), 3);
        QStringList targets;
        for (const QJsonValue &value : packages) {
            QCOMPARE(value.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
            targets << value.toObject().value(QStringLiteral("target")).toString();
        }
        targets.sort();
        QCOMPARE(targets,
                 (QStringList { QStringLiteral("v3.21/community/aarch64"),
                                QStringLiteral("v3.21/community/x86_64"),
                                QStringLiteral("v3.21/community/x86_64") }));
        QVERIFY(QFile::exists(m_root->filePath(QStringLiteral("v3.21/community/aarch64/APKINDEX.tar.gz"))));
        // The token is in no output.
        QVERIFY(!result.out.contains(token));
        QVERIFY(!result.err.contains(token));
    }

    void tokenFromStdin()
    {
        const QByteArray token = m_issuer.sign(standardClaims());
        const CliRun result = run(common() << QStringLiteral("--token-stdin")
                                           << fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")),
                                  QByteArray(), token + "\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("confirmed"));
    }

    void exitCodes()
    {
        const QByteArray token = m_issuer.sign(standardClaims());
        const QString package = fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk"));
        // Credentials in the URL: usage error, nothing sent.
        CliRun result = run({ QStringLiteral("--server"), QStringLiteral("http://ci:pw@127.0.0.1:1"),
                              QStringLiteral("--token-env"), QStringLiteral("CI_JOB_JWT_V2"), package },
                            token);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.contains("pw@"));
        // Plain http to another machine without consent.
        result = run({ QStringLiteral("--server"), QStringLiteral("http://192.0.2.1"),
                       QStringLiteral("--token-env"), QStringLiteral("CI_JOB_JWT_V2"), package },
                     token);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("plain http"));
        // An expired token: refused before any request.
        m_server->clearRequests();
        result = run(common() << QStringLiteral("--token-env") << QStringLiteral("CI_JOB_JWT_V2") << package,
                     m_issuer.sign(standardClaims(-5)));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("expired"));
        QCOMPARE(m_server->requests().size(), 0);
        // Unset variable.
        result =
            run(common() << QStringLiteral("--token-env") << QStringLiteral("NO_SUCH_VARIABLE_X") << package,
                token);
        QCOMPARE(result.exitCode, 2);
        // Wrong claim: refused by the server -> failure, with the reason.
        QJsonObject claims = standardClaims();
        claims.insert(QStringLiteral("iss"), QStringLiteral("other"));
        result = run(common() << QStringLiteral("--token-env") << QStringLiteral("CI_JOB_JWT_V2") << package,
                     m_issuer.sign(claims));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains("ci.example"), result.out.constData());
        QCOMPARE(m_server->requests().size() > 0, true);
    }

    void serverSaysOkButIndexDoesNot()
    {
        QVERIFY(startServer({ QStringLiteral("upload-index=fail") }));
        const CliRun result = run(common() << QStringLiteral("--token-env") << QStringLiteral("CI_JOB_JWT_V2")
                                           << fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")),
                                  m_issuer.sign(standardClaims()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains("failed"));
    }
};

QTEST_GUILESS_MAIN(TestUploadCli)
#include "tst_upload_cli.moc"
