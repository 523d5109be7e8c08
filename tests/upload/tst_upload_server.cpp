// End to end against apkdesk-testserver's reposerve /upload and Gitea Alpine endpoints:
// real RS256 tokens checked against a JWKS, the index rebuilt and signed by
// `apkdesk-cli index build --sign`, and each upload confirmed from the re-fetched index.
#include "TestServerProcess.h"
#include "TestSupport.h"
#include "TestTokens.h"

#include "indexes/IndexReader.h"
#include "repositories/NetworkAccess.h"
#include "upload/PackageProbe.h"
#include "upload/RegistryKey.h"
#include "upload/UploadHistory.h"
#include "upload/UploadSession.h"
#include "upload/UploadVerifier.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::test;
using Stage = PackageUploadState::Stage;

namespace {

const QString kSigningKey = QStringLiteral("keys/fixture-6b0ae07e.rsa");

QString fixturePackage(const QString &name)
{
    return fixturePath(QStringLiteral("pkgs-v2/") + name);
}

NetworkPolicy fastPolicy()
{
    NetworkPolicy policy;
    policy.retryBaseDelay = std::chrono::milliseconds(10);
    policy.maxRetryDelay = std::chrono::milliseconds(50);
    policy.maxRetries = 1;
    policy.inactivityTimeout = std::chrono::seconds(20);
    return policy;
}

QStringList apkFilesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, { QStringLiteral("*.apk"), QStringLiteral("*.tmp"), QStringLiteral("*.apk.*") },
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

int uploadRequests(TestServerProcess &server, const QString &path = QStringLiteral("/upload"))
{
    int count = 0;
    const QJsonArray requests = server.requests();
    for (const QJsonValue &value : requests)
        count += value.toObject().value(QStringLiteral("path")).toString() == path;
    return count;
}

} // namespace

class TestUploadServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    TokenIssuer m_issuer { QStringLiteral("ci-key-1") };
    TokenIssuer m_stranger { QStringLiteral("ci-key-1") }; // same kid, another key
    QString m_jwks;
    QString m_signKey;
    TrustStore m_trust;
    std::unique_ptr<TestServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<NetworkAccess> m_network;

    bool startServer(const QStringList &extraOptions = {})
    {
        m_server = std::make_unique<TestServerProcess>();
        m_root = std::make_unique<QTemporaryDir>();
        QStringList arguments { QStringLiteral("--option"),
                                QStringLiteral("upload-jwks=") + m_jwks,
                                QStringLiteral("--option"),
                                QStringLiteral("upload-claims=iss=ci.example;project_path=group/repo"),
                                QStringLiteral("--option"),
                                QStringLiteral("upload-sign-key=") + m_signKey };
        for (const QString &option : extraOptions)
            arguments << QStringLiteral("--option") << option;
        return m_server->start(m_root->path(), arguments);
    }

    ServerProfile reposerveProfile() const
    {
        ServerProfile profile;
        profile.id = QStringLiteral("test");
        profile.baseUrl = m_server->url();
        return profile;
    }

    QList<UploadPackage> probe(const QStringList &paths)
    {
        QList<UploadPackage> packages;
        for (const QString &path : paths) {
            auto package = PackageProbe::probe(path, m_trust);
            if (package)
                packages << *package;
        }
        return packages;
    }

    // Runs a whole session; the history goes to the work folder.
    std::unique_ptr<UploadSession> upload(const ServerProfile &profile, const QByteArray &token,
                                          const QList<UploadPackage> &packages, UploadOptions options = {})
    {
        options.historyPath = m_work.filePath(QStringLiteral("history.json"));
        auto session = std::make_unique<UploadSession>(m_network.get(), profile, token, m_trust);
        session->setPackages(packages);
        session->setOptions(options);
        QSignalSpy finished(session.get(), &UploadSession::finished);
        session->start();
        if (!finished.wait(60'000))
            qWarning() << "upload session did not finish";
        return session;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_issuer.isValid());
        QVERIFY(m_stranger.isValid());
        m_jwks = m_work.filePath(QStringLiteral("jwks.json"));
        QVERIFY(TokenIssuer::writeJwks(m_jwks, { &m_issuer }));
        m_signKey = copyFixture(kSigningKey, m_work);
        m_trust = TrustStore::fromDirectories({ fixturePath(QStringLiteral("keys/trusted")) });
        QVERIFY(!m_trust.isEmpty());
        m_network = std::make_unique<NetworkAccess>(fastPolicy());
    }

    void init() { QVERIFY2(startServer(), qPrintable(m_server->errorString())); }

    void uploadIsConfirmedBySignedIndex()
    {
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")),
                                      fixturePackage(QStringLiteral("fixture-tool-doc-3.8.1-r2.apk")) });
        QCOMPARE(packages.size(), 2);
        UploadOptions options;
        options.version = QStringLiteral("v3.21");
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages, options);
        QVERIFY2(session->result().ok(),
                 qPrintable(session->result().ok() ? QString() : session->result().error().toString()));
        for (const PackageUploadState &state : session->states()) {
            QCOMPARE(state.stage, Stage::Confirmed);
            QCOMPARE(state.target.toString(), QStringLiteral("v3.21/main/x86_64"));
            QVERIFY(state.packageUrl.toString().startsWith(
                m_server->url(QStringLiteral("/v3.21/main/x86_64/")).toString()));
        }
        QCOMPARE(uploadRequests(*m_server), 1); // both packages in one request for one arch

        // The server's own index, read independently: signed by the trusted key, same C:.
        IndexReadOptions readOptions;
        readOptions.trust = m_trust;
        auto index = IndexReader::readFile(
            m_root->filePath(QStringLiteral("v3.21/main/x86_64/APKINDEX.tar.gz")), readOptions);
        QVERIFY(index.ok());
        QVERIFY(index->isTrusted());
        const int row = index->index.find("fixture-tool", "3.8.1-r2");
        QVERIFY(row >= 0);
        QCOMPARE(index->index.entry(row).checksum(), QStringLiteral("Q19DjB38bZWCiQ4zbHQ5hv68C5FsU="));

        auto history = UploadHistory(m_work.filePath(QStringLiteral("history.json"))).load();
        QVERIFY(history.ok());
        QVERIFY(!history->isEmpty());
        QVERIFY(history->first().success);
        QCOMPARE(history->first().items.size(), 2);
    }

    void multiArchSelectionIsSplit()
    {
        QTemporaryDir layout;
        QVERIFY(QDir().mkpath(layout.filePath(QStringLiteral("main/x86_64"))));
        QVERIFY(QDir().mkpath(layout.filePath(QStringLiteral("main/aarch64"))));
        QVERIFY(QFile::copy(fixturePackage(QStringLiteral("fixture-links-1.0-r0.apk")),
                            layout.filePath(QStringLiteral("main/x86_64/fixture-links-1.0-r0.apk"))));
        QVERIFY(QFile::copy(fixturePackage(QStringLiteral("fixture-double-5.2-r0.apk")),
                            layout.filePath(QStringLiteral("main/aarch64/fixture-double-5.2-r0.apk"))));
        auto packages = probe({ layout.filePath(QStringLiteral("main/x86_64/fixture-links-1.0-r0.apk")),
                                layout.filePath(QStringLiteral("main/aarch64/fixture-double-5.2-r0.apk")) });
        packages[1].layoutArch = QStringLiteral("aarch64");
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QVERIFY2(session->result().ok(),
                 qPrintable(session->states().first().message + QLatin1Char('|')
                            + session->states().last().message));
        QCOMPARE(uploadRequests(*m_server), 2);
        QCOMPARE(session->states().at(1).target.toString(), QStringLiteral("edge/main/aarch64"));
        QVERIFY(QFile::exists(m_root->filePath(QStringLiteral("edge/main/aarch64/APKINDEX.tar.gz"))));
        QVERIFY(QFile::exists(m_root->filePath(QStringLiteral("edge/main/x86_64/fixture-links-1.0-r0.apk"))));
    }

    void badTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("reachesServer");
        QJsonObject wrongIssuer = standardClaims();
        wrongIssuer.insert(QStringLiteral("iss"), QStringLiteral("evil.example"));
        QJsonObject noProject = standardClaims();
        noProject.remove(QStringLiteral("project_path"));
        QTest::newRow("no token") << QByteArray() << QStringLiteral("received no token") << true;
        QTest::newRow("wrong issuer")
            << m_issuer.sign(wrongIssuer)
            << QStringLiteral("\"iss\" is \"ci.example\", but this token says \"evil.example\"") << true;
        QTest::newRow("missing claim")
            << m_issuer.sign(noProject) << QStringLiteral("carry the claim \"project_path\"") << true;
        QTest::newRow("bad signature") << m_stranger.sign(standardClaims())
                                       << QStringLiteral("could not verify the token's signature") << true;
        QTest::newRow("unknown kid") << m_issuer.sign(standardClaims(), QStringLiteral("rotated-key"))
                                     << QStringLiteral("signed with key \"rotated-key\"") << true;
        QTest::newRow("expired") << m_issuer.sign(standardClaims(-30)) << QStringLiteral("expired at")
                                 << false;
        QTest::newRow("expires in 30 s")
            << QByteArray("expiring") << QStringLiteral("in less than 60 seconds") << false;
        QTest::newRow("malformed") << QByteArray("not.a-jwt") << QStringLiteral("not a valid JWT") << false;
    }

    void badTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, expected);
        QFETCH(bool, reachesServer);
        if (token == "expiring") // made now: rows run a while after the data is built
            token = m_issuer.sign(standardClaims(30));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), token, packages);
        QVERIFY(!session->result().ok());
        const PackageUploadState &state = session->states().first();
        QCOMPARE(state.stage, Stage::Failed);
        QVERIFY2(state.message.contains(expected), qPrintable(state.message));
        QCOMPARE(uploadRequests(*m_server), reachesServer ? 1 : 0);
        QVERIFY(apkFilesUnder(m_root->path()).isEmpty());
        // The token never shows up in what the user sees.
        if (token.size() > 10)
            QVERIFY(!state.message.contains(QString::fromLatin1(token)));
    }

    void serverSideExpiry()
    {
        // The server's clock is an hour ahead: the token is still fine locally, the server
        // answers "ExpiredSignature".
        QVERIFY(startServer({ QStringLiteral("upload-clock-offset=7200") }));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims(3600)), packages);
        QCOMPARE(session->states().first().stage, Stage::Failed);
        QVERIFY2(session->states().first().message.contains(QLatin1String("has expired")),
                 qPrintable(session->states().first().message));
    }

    void forbiddenRepository()
    {
        QVERIFY(startServer({ QStringLiteral("upload-readonly-repos=main") }));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QVERIFY2(session->states().first().message.contains(QLatin1String("does not allow it")),
                 qPrintable(session->states().first().message));
    }

    void refusedBeforeSending()
    {
        QTemporaryDir dir;
        const QString notApk = dir.filePath(QStringLiteral("notes.apk"));
        QFile file(notApk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a package\n");
        file.close();
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")), notApk,
                                      fixturePackage(QStringLiteral("fixture-hooks-0.4.0_beta3-r1.apk")),
                                      fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")),
                                      fixturePackage(QStringLiteral("fixture-truncated-3.0_rc2-r0.apk")),
                                      fixturePackage(QStringLiteral("fixture-stranger-0.1_alpha-r0.apk")) });
        QCOMPARE(packages.size(), 6);
        UploadOptions options;
        options.arch = QStringLiteral("aarch64"); // every x86_64 package is now the wrong arch
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages, options);
        QVERIFY(!session->result().ok());
        for (const PackageUploadState &state : session->states())
            QCOMPARE(state.stage, Stage::Refused);
        QVERIFY(session->states().at(0).message.contains(QLatin1String("built for x86_64")));
        QVERIFY(session->states().at(1).message.contains(QLatin1String("Not sent")));
        QVERIFY(session->states().at(5).message.contains(QLatin1String("Trust the signing key")));
        QCOMPARE(uploadRequests(*m_server), 0);

        // Without the arch override: the same package twice is sent once.
        session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QCOMPARE(session->states().at(0).stage, Stage::Confirmed);
        QCOMPARE(session->states().at(2).stage, Stage::Confirmed);
        QCOMPARE(session->states().at(3).stage, Stage::Refused);
        QVERIFY(session->states().at(3).message.contains(QLatin1String("same package")));
        QCOMPARE(uploadRequests(*m_server), 1);
    }

    void insecureTransportAndCredentials()
    {
        ServerProfile profile;
        profile.id = QStringLiteral("remote");
        profile.baseUrl = QUrl(QStringLiteral("http://192.0.2.10:8080"));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(profile, m_issuer.sign(standardClaims()), packages);
        QCOMPARE(session->states().first().stage, Stage::Failed);
        QVERIFY2(session->states().first().message.contains(QLatin1String("plain http")),
                 qPrintable(session->states().first().message));
        QVERIFY(!ServerProfile::normaliseBaseUrl(QStringLiteral("https://ci:secret@repo.example.com")).ok());
    }

    void disconnectMidUpload()
    {
        // The server reads 2000 bytes of the body, then the connection breaks (every attempt).
        QVERIFY(m_server->setFault(QStringLiteral("/upload"), QStringLiteral("drop-upload"), -1,
                                   QStringLiteral("after=2000")));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QVERIFY(!session->result().ok());
        const PackageUploadState &state = session->states().first();
        QCOMPARE(state.stage, Stage::Failed);
        QVERIFY(!state.accepted);
        QVERIFY2(state.message.contains(QLatin1String("did not complete")), qPrintable(state.message));
        QVERIFY(apkFilesUnder(m_root->path()).isEmpty()); // nothing half-stored
    }

    void retriedAfter503()
    {
        // A busy proxy in front of reposerve: re-sending is safe (same files, re-indexed).
        QVERIFY(m_server->setFault(QStringLiteral("/upload"), QStringLiteral("error503"), 1,
                                   QStringLiteral("retry-after=0")));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QVERIFY2(session->result().ok(), qPrintable(session->states().first().message));
        QCOMPARE(uploadRequests(*m_server), 2);
    }

    void redirectDoesNotCarryToken()
    {
        QVERIFY(m_server->setFault(QStringLiteral("/upload"), QStringLiteral("redirect-offsite")));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QVERIFY(!session->result().ok());
        // Whatever reached another origin came without the Authorization header.
        const QJsonArray requests = m_server->requests();
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            if (request.value(QStringLiteral("path")).toString() != QLatin1String("/upload"))
                QVERIFY2(!request.value(QStringLiteral("authorization")).toBool(),
                         qPrintable(request.value(QStringLiteral("path")).toString()));
        }
        QVERIFY(apkFilesUnder(m_root->path()).isEmpty());
    }

    void cancelMidUpload()
    {
        QVERIFY(m_server->setFault(QStringLiteral("/upload"), QStringLiteral("slow-upload"), -1,
                                   QStringLiteral("chunk=256&interval=200")));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        UploadSession session(m_network.get(), reposerveProfile(), m_issuer.sign(standardClaims()), m_trust);
        UploadOptions options;
        options.recordHistory = false;
        session.setPackages(packages);
        session.setOptions(options);
        QSignalSpy finished(&session, &UploadSession::finished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.states().first().stage == Stage::Sending, 20'000);
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20'000);
        QCOMPARE(session.result().error().kind(), Error::Kind::Cancelled);
        QCOMPARE(session.states().first().stage, Stage::Cancelled);
        QTest::qWait(300); // let the server notice the closed connection
        QVERIFY(apkFilesUnder(m_root->path()).isEmpty());
    }

    void serverIndexingFailureIsCaught()
    {
        // reposerve answers 200 even when apk index / abuild-sign failed (HOSTILE 35).
        QVERIFY(startServer({ QStringLiteral("upload-index=fail") }));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), m_issuer.sign(standardClaims()), packages);
        QVERIFY(!session->result().ok());
        const PackageUploadState &state = session->states().first();
        QVERIFY(state.accepted);
        QCOMPARE(state.stage, Stage::Failed);
        QVERIFY2(state.message.contains(QLatin1String("index could not be downloaded")),
                 qPrintable(state.message));
    }

    void unsignedIndexIsNotTrusted()
    {
        m_server = std::make_unique<TestServerProcess>();
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(
            m_server->start(m_root->path(), { QStringLiteral("--option"), QStringLiteral("upload-dev=1") }));
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) });
        auto session = upload(reposerveProfile(), QByteArray(), packages); // dev mode: no token
        QVERIFY(!session->result().ok());
        QVERIFY(session->states().first().accepted);
        QVERIFY2(session->states().first().message.contains(QLatin1String("not trustworthy")),
                 qPrintable(session->states().first().message));
    }

    void gitea()
    {
        // The registry's key is named like Gitea names it: <owner>@<fingerprint>.rsa.pub.
        const QString keyPath = m_work.filePath(QStringLiteral("acme@6b0ae07e.rsa"));
        QFile::remove(keyPath);
        QFile::remove(keyPath + QStringLiteral(".pub"));
        QVERIFY(QFile::copy(m_signKey, keyPath));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")),
                            keyPath + QStringLiteral(".pub")));
        QVERIFY(startServer({ QStringLiteral("gitea-user=ci"), QStringLiteral("gitea-token=s3cret-token"),
                              QStringLiteral("gitea-key=") + keyPath }));
        ServerProfile profile;
        profile.id = QStringLiteral("gitea");
        profile.kind = ServerProfile::Kind::Gitea;
        profile.baseUrl = m_server->url();
        profile.owner = QStringLiteral("acme");
        profile.user = QStringLiteral("ci");
        const auto packages = probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")),
                                      fixturePackage(QStringLiteral("fixture-tool-doc-3.8.1-r2.apk")) });
        UploadOptions options;
        options.version = QStringLiteral("v3.21");

        // Wrong token: 401 in plain words.
        auto session = upload(profile, "wrong", packages, options);
        QVERIFY(session->states().first().message.contains(QLatin1String("user name and token")));

        // The registry key is not trusted yet: uploaded, but not confirmed.
        QTemporaryDir trusted;
        m_trust = TrustStore::fromDirectories({ trusted.path() });
        session = upload(profile, "s3cret-token", packages, options);
        QVERIFY(!session->result().ok());
        QVERIFY(session->states().first().accepted);
        QVERIFY(session->states().first().message.contains(QLatin1String("not trustworthy")));
        QVERIFY(QFile::exists(m_root->filePath(
            QStringLiteral("api/packages/acme/alpine/v3.21/main/x86_64/fixture-tool-3.8.1-r2.apk"))));
        QCOMPARE(session->states().at(1).target.arch, QStringLiteral("noarch"));

        // Fetch the key, trust it (what the user agrees to in the GUI), check again.
        RegistryKeyFetcher fetcher(m_network.get(), profile);
        std::optional<Result<RegistryKey>> key;
        connect(&fetcher, &RegistryKeyFetcher::finished, this,
                [&key](const Result<RegistryKey> &r) { key = r; });
        fetcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(key.has_value(), 20'000);
        QVERIFY(key->ok());
        QCOMPARE((*key)->name, QStringLiteral("acme@6b0ae07e.rsa.pub"));
        QVERIFY((*key)->trust(trusted.path()).ok());
        m_trust = TrustStore::fromDirectories({ trusted.path() });
        UploadVerifier verifier(m_network.get(), profile, "s3cret-token", m_trust);
        std::optional<UploadVerification> verification;
        connect(&verifier, &UploadVerifier::finished, this,
                [&verification](const UploadVerification &v) { verification = v; });
        verifier.verify(session->states().first().target, { packages.first() });
        QTRY_VERIFY_WITH_TIMEOUT(verification.has_value(), 20'000);
        QVERIFY2(verification->status.ok(),
                 qPrintable(verification->status.ok() ? QString() : verification->status.error().toString()));

        // The same package again: 409 "already exists".
        session = upload(profile, "s3cret-token", { packages.first() }, options);
        QCOMPARE(session->states().first().stage, Stage::Failed);
        QVERIFY(session->states().first().message.contains(QLatin1String("already exists")));

        // A file that is not a package: the registry says 400 (sent with allowUntrusted off is
        // impossible, so the refusal here is the client's).
        m_trust = TrustStore::fromDirectories({ fixturePath(QStringLiteral("keys/trusted")) });
    }

    void giteaQuota()
    {
        const QString keyPath = m_work.filePath(QStringLiteral("acme@quota.rsa"));
        QFile::remove(keyPath);
        QVERIFY(QFile::copy(m_signKey, keyPath));
        QVERIFY(startServer({ QStringLiteral("gitea-user=ci"), QStringLiteral("gitea-token=t"),
                              QStringLiteral("gitea-key=") + keyPath, QStringLiteral("gitea-quota=1000") }));
        ServerProfile profile;
        profile.id = QStringLiteral("gitea");
        profile.kind = ServerProfile::Kind::Gitea;
        profile.baseUrl = m_server->url();
        profile.owner = profile.user = QStringLiteral("ci");
        auto session =
            upload(profile, "t", probe({ fixturePackage(QStringLiteral("fixture-tool-3.8.1-r2.apk")) }));
        QVERIFY2(session->states().first().message.contains(QLatin1String("quota")),
                 qPrintable(session->states().first().message));
    }
};

QTEST_GUILESS_MAIN(TestUploadServer)
#include "tst_upload_server.moc"
