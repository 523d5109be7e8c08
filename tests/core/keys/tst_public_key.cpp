// Public keys and the trust store: PEM forms apk and openssl write, fingerprints as in
// expected.json, files that are not keys, weak keys, lookup by name only.
#include "TestSupport.h"

#include "keys/PublicKey.h"
#include "keys/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;

namespace {

bool runOpenssl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

class TestPublicKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spkiPem()
    {
        auto key = PublicKey::load(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")));
        QVERIFY(key.ok());
        QCOMPARE(key->name(), QStringLiteral("fixture-6b0ae07e.rsa.pub"));
        QCOMPARE(key->bits(), 4096);
        QCOMPARE(key->algorithm(), QStringLiteral("RSA"));
        QCOMPARE(key->fingerprintHex(),
                 QStringLiteral("e5663b13b546ddb8dd7bfe3bd7a71f4e14bc37451f0af5f0eecde424698d2b29"));
        // toPem() round-trips to the same key.
        auto again = PublicKey::fromPem(key->toPem());
        QVERIFY(again.ok());
        QCOMPARE(again->derSpki(), key->derSpki());
    }

    void pkcs1Pem()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pkcs1.pub"));
        if (!runOpenssl({ QStringLiteral("rsa"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                          test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")),
                          QStringLiteral("-RSAPublicKey_out"), QStringLiteral("-out"), out }))
            QSKIP("openssl CLI not available");
        QVERIFY(test::readFile(out).startsWith("-----BEGIN RSA PUBLIC KEY-----"));
        auto key = PublicKey::load(out);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        QCOMPARE(key->fingerprintHex(),
                 QStringLiteral("e5663b13b546ddb8dd7bfe3bd7a71f4e14bc37451f0af5f0eecde424698d2b29"));
    }

    void notKeys_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("hello world\n") << QStringLiteral("PEM");
        QTest::newRow("damaged") << QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
                                 << QStringLiteral("RSA public key");
        QTest::newRow("truncated")
            << test::readFile(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub"))).left(200)
            << QStringLiteral("RSA public key");
        QTest::newRow("private key") << test::readFile(
            test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")))
                                     << QStringLiteral("private");
        QTest::newRow("certificate") << QByteArray(
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
                                     << QStringLiteral("certificate");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << QStringLiteral("PEM");
    }
    void notKeys()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto key = PublicKey::fromPem(bytes);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::Crypto);
        QVERIFY2(key.error().message().contains(says), qPrintable(key.error().message()));
    }

    void nonRsaKey()
    {
        QTemporaryDir dir;
        const QString priv = dir.filePath(QStringLiteral("ec.pem"));
        const QString pub = dir.filePath(QStringLiteral("ec.pub"));
        if (!runOpenssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                          QStringLiteral("-out"), priv })
            || !runOpenssl({ QStringLiteral("pkey"), QStringLiteral("-in"), priv, QStringLiteral("-pubout"),
                             QStringLiteral("-out"), pub }))
            QSKIP("openssl CLI not available");
        auto key = PublicKey::load(pub);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().message().contains(QLatin1String("RSA")), qPrintable(key.error().message()));
    }

    void weakKeysAreNotTrusted()
    {
        QTemporaryDir dir;
        const QString priv = dir.filePath(QStringLiteral("weak.pem"));
        QDir().mkpath(dir.filePath(QStringLiteral("keys")));
        const QString pub = dir.filePath(QStringLiteral("keys/weak-1024.rsa.pub"));
        if (!runOpenssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"),
                          QStringLiteral("-out"), priv })
            || !runOpenssl({ QStringLiteral("pkey"), QStringLiteral("-in"), priv, QStringLiteral("-pubout"),
                             QStringLiteral("-out"), pub }))
            QSKIP("openssl CLI not available");
        QVERIFY(PublicKey::load(pub).ok()); // readable, just not trustworthy
        const TrustStore trust = TrustStore::fromDirectories({ dir.filePath(QStringLiteral("keys")) });
        QVERIFY(trust.isEmpty());
        QCOMPARE(trust.loadErrors().size(), 1);
        QVERIFY(trust.loadErrors().first().message().contains(QLatin1String("1024")));
    }

    void lookupByNameOnly()
    {
        const TrustStore trust =
            TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        QCOMPARE(trust.keyNames(),
                 (QStringList { QStringLiteral("fixture-6b0ae07e.rsa.pub"),
                                QStringLiteral("fixture-6b0ae081.rsa.pub") }));
        QVERIFY(trust.loadErrors().isEmpty());
        QVERIFY(trust.find(QStringLiteral("fixture-6b0ae07e.rsa.pub")));
        QVERIFY(!trust.find(QStringLiteral("fixture-stranger-6b0ae084.rsa.pub")));
        QVERIFY(!trust.find(QStringLiteral("trusted/fixture-6b0ae07e.rsa.pub")));
        QVERIFY(!trust.find(QStringLiteral("./fixture-6b0ae07e.rsa.pub")));
        // The first folder wins for a name found twice, as with apk's --keys-dir order.
        const TrustStore two =
            TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted-a")),
                                          test::fixturePath(QStringLiteral("keys/all-pub")) });
        QCOMPARE(two.keyNames().size(), 3);
        QVERIFY(two.find(QStringLiteral("fixture-6b0ae07e.rsa.pub"))
                    ->filePath()
                    .contains(QLatin1String("trusted-a")));
        const TrustStore missing = TrustStore::fromDirectories({ QStringLiteral("/nonexistent/keys") });
        QCOMPARE(missing.loadErrors().size(), 1);
        QCOMPARE(missing.loadErrors().first().kind(), Error::Kind::NotFound);
    }

    void configuredDirectories()
    {
        QSettings().remove(QStringLiteral("keys/trustedDirectories"));
        QVERIFY(TrustStore::configuredDirectories().contains(TrustStore::apkdeskTrustedKeysDirectory()));
        QVERIFY(TrustStore::apkdeskTrustedKeysDirectory().endsWith(QLatin1String("/keys/trusted")));
        const QStringList mine = { test::fixturePath(QStringLiteral("keys/trusted-b")) };
        TrustStore::setConfiguredDirectories(mine);
        QCOMPARE(TrustStore::configuredDirectories(), mine);
        QCOMPARE(TrustStore::fromSettings().keyNames(),
                 QStringList { QStringLiteral("fixture-6b0ae081.rsa.pub") });
        QSettings().remove(QStringLiteral("keys/trustedDirectories"));
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "tst_public_key.moc"
