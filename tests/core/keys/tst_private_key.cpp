// Private keys: loading every PEM form abuild and openssl write, passphrases, hostile keys
// (HOSTILE.md 23, 24), generation like abuild-keygen checked with the openssl CLI.
#include "TestSupport.h"

#include "keys/KeyGenerator.h"
#include "keys/KeyRing.h"
#include "keys/PrivateKey.h"
#include "keys/PublicKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace apkdesk;

namespace {

QJsonObject expectedKey(const QString &file)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("expected.json"))));
    for (const QJsonValue &value : doc.object().value(QStringLiteral("keys")).toArray()) {
        if (value.toObject().value(QStringLiteral("file")).toString() == file)
            return value.toObject();
    }
    return {};
}

uint modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// Runs openssl; returns exit code, stdout in *out.
int openssl(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestPrivateKey : public QObject
{
    Q_OBJECT

private slots:
    void loadsUnencryptedPkcs8()
    {
        const auto key = PrivateKey::load(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        const QJsonObject expected = expectedKey(QStringLiteral("keys/fixture-6b0ae07e.rsa"));
        QCOMPARE(key->bits(), expected.value(QStringLiteral("bits")).toInt());
        QCOMPARE(key->fingerprint(), expected.value(QStringLiteral("public_der_sha256")).toString());
        const auto pub = PublicKey::load(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")));
        QVERIFY(pub.ok());
        QVERIFY(key->matchesPublicKeyDer(pub->derSpki()));
        QCOMPARE(key->publicKeyPem(),
                 test::readFile(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub"))));
    }

    void encryptedKeyNeedsTheRightPassphrase()
    {
        const QString path = test::fixturePath(QStringLiteral("keys/fixture-6b0ae081.rsa"));
        QVERIFY(PrivateKey::isEncryptedFile(path));
        const auto missing = PrivateKey::load(path);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), Error::Kind::Auth);
        QVERIFY(missing.error().message().contains(QLatin1String("passphrase is needed")));

        const auto wrong = PrivateKey::load(path, QStringLiteral("not-the-passphrase"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind(), Error::Kind::Auth);
        QVERIFY(wrong.error().message().contains(QLatin1String("wrong passphrase")));
        QCOMPARE(wrong.error().location(), path);

        const auto right = PrivateKey::load(path, QStringLiteral("fixture-passphrase"));
        QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : right.error().toString()));
        QCOMPARE(right->fingerprint(),
                 expectedKey(QStringLiteral("keys/fixture-6b0ae081.rsa"))
                     .value(QStringLiteral("public_der_sha256"))
                     .toString());
    }

    void loadsTraditionalRsaPem()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("trad.rsa"));
        const QString encrypted = dir.filePath(QStringLiteral("trad-enc.rsa"));
        const QString source = test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa"));
        QCOMPARE(openssl({ QStringLiteral("rsa"), QStringLiteral("-traditional"), QStringLiteral("-in"),
                           source, QStringLiteral("-out"), plain }),
                 0);
        QCOMPARE(openssl({ QStringLiteral("rsa"), QStringLiteral("-traditional"), QStringLiteral("-aes256"),
                           QStringLiteral("-passout"), QStringLiteral("pass:trad-pass"),
                           QStringLiteral("-in"), source, QStringLiteral("-out"), encrypted }),
                 0);
        QVERIFY(test::readFile(plain).contains("BEGIN RSA PRIVATE KEY"));
        const QString fp = expectedKey(QStringLiteral("keys/fixture-6b0ae07e.rsa"))
                               .value(QStringLiteral("public_der_sha256"))
                               .toString();
        const auto a = PrivateKey::load(plain);
        QVERIFY(a.ok());
        QCOMPARE(a->fingerprint(), fp);
        QVERIFY(PrivateKey::isEncryptedFile(encrypted));
        QCOMPARE(PrivateKey::load(encrypted, QStringLiteral("nope")).error().kind(), Error::Kind::Auth);
        const auto b = PrivateKey::load(encrypted, QStringLiteral("trad-pass"));
        QVERIFY(b.ok());
        QCOMPARE(b->fingerprint(), fp);
    }

    void hostileKeys()
    {
        QTemporaryDir dir;
        // A public key given as the private key.
        const auto pub = PrivateKey::load(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")));
        QVERIFY(!pub.ok());
        QCOMPARE(pub.error().kind(), Error::Kind::Crypto);
        QVERIFY(pub.error().message().contains(QLatin1String("public key")));

        // Truncated PEM: cut in the middle of the base64 body, and cut before the END line.
        const QByteArray pem = test::readFile(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
        const auto cut = PrivateKey::fromPem(pem.left(pem.size() / 2), {}, QStringLiteral("cut.rsa"));
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().kind(), Error::Kind::Truncated);
        QCOMPARE(cut.error().location(), QStringLiteral("cut.rsa"));
        QByteArray damaged = pem;
        damaged.remove(200, 300);
        const auto broken = PrivateKey::fromPem(damaged);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind(), Error::Kind::Format);

        // Not a key at all, and an empty file.
        QCOMPARE(PrivateKey::fromPem("hello world\n").error().kind(), Error::Kind::Format);
        QCOMPARE(PrivateKey::fromPem({}).error().kind(), Error::Kind::Format);
        QCOMPARE(PrivateKey::load(dir.filePath(QStringLiteral("missing.rsa"))).error().kind(),
                 Error::Kind::NotFound);

        // A non-RSA key (EC P-256).
        const QString ec = dir.filePath(QStringLiteral("ec.key"));
        QCOMPARE(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                           QStringLiteral("-out"), ec }),
                 0);
        const auto ecKey = PrivateKey::load(ec);
        QVERIFY(!ecKey.ok());
        QCOMPARE(ecKey.error().kind(), Error::Kind::Crypto);
        QVERIFY(ecKey.error().message().contains(QLatin1String("not an RSA key")));
    }

    void weakKeysRefused()
    {
        const auto weak = PrivateKey::generate(1024);
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().kind(), Error::Kind::InvalidArgument);
        KeyGenerationRequest request;
        request.name = QStringLiteral("weak");
        request.bits = 1024;
        QTemporaryDir dir;
        request.folder = dir.filePath(QStringLiteral("keys"));
        QVERIFY(!generateKeyPair(request).ok());
        QVERIFY(!QFileInfo::exists(request.folder) || QDir(request.folder).isEmpty());

        // Importing a 1024-bit key works but warns.
        const QString small = dir.filePath(QStringLiteral("small-6b0ae000.rsa"));
        QCOMPARE(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"),
                           QStringLiteral("-out"), small }),
                 0);
        QStringList warnings;
        const auto imported =
            KeyRing::importPrivateKey(small, {}, &warnings, dir.filePath(QStringLiteral("imported")));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported->bits, 1024);
        QVERIFY(!warnings.filter(QStringLiteral("1024-bit")).isEmpty());
    }

    void namesCarryTheCreationTime()
    {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(0x6b0ae07e, Qt::UTC);
        QCOMPARE(keyBaseName(QStringLiteral("fixture"), when), QStringLiteral("fixture-6b0ae07e.rsa"));
        QCOMPARE(keyBaseName(QStringLiteral("alice@example.org"), when),
                 QStringLiteral("alice@example.org-6b0ae07e.rsa"));
        QCOMPARE(keyBaseName(QStringLiteral("../evil name"), when), QStringLiteral("evil-name-6b0ae07e.rsa"));
        QCOMPARE(creationTimeFromKeyName(QStringLiteral("fixture-6b0ae07e.rsa.pub")), when);
        QCOMPARE(
            creationTimeFromKeyName(QStringLiteral("/x/fixture-stranger-6b0ae084.rsa")).toSecsSinceEpoch(),
            0x6b0ae084);
        QVERIFY(!creationTimeFromKeyName(QStringLiteral("alpine-devel.rsa.pub")).isValid());
    }

    void generatesLikeAbuildKeygen_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("plain") << QString();
        QTest::newRow("encrypted") << QStringLiteral("generated-pass");
    }

    void generatesLikeAbuildKeygen()
    {
        QFETCH(QString, passphrase);
        QTemporaryDir dir;
        KeyGenerationRequest request;
        request.name = QStringLiteral("tester@example.org");
        request.bits = 2048; // 4096 is the default; 2048 keeps the test quick
        request.passphrase = passphrase;
        request.folder = dir.filePath(QStringLiteral("keys"));
        request.creationTime = QDateTime::fromSecsSinceEpoch(0x6b0ae100, Qt::UTC);
        const auto pair = generateKeyPair(request);
        QVERIFY2(pair.ok(), qPrintable(pair.ok() ? QString() : pair.error().toString()));
        QCOMPARE(QFileInfo(pair->privatePath).fileName(), QStringLiteral("tester@example.org-6b0ae100.rsa"));
        QCOMPARE(pair->publicPath, pair->privatePath + QStringLiteral(".pub"));
        QCOMPARE(pair->bits, 2048);
        QCOMPARE(modeOf(pair->privatePath), 0600u);
        QCOMPARE(modeOf(pair->publicPath), 0644u);
        QCOMPARE(modeOf(request.folder), 0700u);

        const QByteArray privatePem = test::readFile(pair->privatePath);
        QVERIFY(privatePem.startsWith(passphrase.isEmpty() ? "-----BEGIN PRIVATE KEY-----"
                                                           : "-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(test::readFile(pair->publicPath).startsWith("-----BEGIN PUBLIC KEY-----"));

        // openssl reads both halves; the encrypted one only with the passphrase, and it is
        // PBES2 + AES-256-CBC.
        QStringList pkeyArgs = { QStringLiteral("pkey"), QStringLiteral("-in"), pair->privatePath,
                                 QStringLiteral("-noout") };
        if (!passphrase.isEmpty()) {
            QVERIFY(
                openssl(pkeyArgs + QStringList { QStringLiteral("-passin"), QStringLiteral("pass:wrong") })
                != 0);
            pkeyArgs << QStringLiteral("-passin") << QStringLiteral("pass:") + passphrase;
            QByteArray asn1;
            QCOMPARE(
                openssl({ QStringLiteral("asn1parse"), QStringLiteral("-in"), pair->privatePath }, &asn1), 0);
            QVERIFY(asn1.contains("PBES2"));
            QVERIFY(asn1.contains("aes-256-cbc"));
        }
        QByteArray output;
        QCOMPARE(openssl(pkeyArgs, &output), 0);
        QCOMPARE(openssl({ QStringLiteral("rsa"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                           pair->publicPath, QStringLiteral("-noout"), QStringLiteral("-text") },
                         &output),
                 0);
        QVERIFY(output.contains("2048 bit"));

        const auto loaded = PrivateKey::load(pair->privatePath, passphrase);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->fingerprint(), pair->fingerprint);
        QVERIFY(checkKeyPair(*loaded, pair->publicPath).ok());

        // Never overwrites an existing key of the same name.
        QVERIFY(!generateKeyPair(request).ok());
        QCOMPARE(test::readFile(pair->privatePath), privatePem);
    }

    void mismatchedPairAndLooseModesAreReported()
    {
        QTemporaryDir dir;
        const QString keys = dir.filePath(QStringLiteral("keys"));
        QDir().mkpath(keys);
        // A's private key with B's public key next to it, world-readable (0644 as in the fixtures).
        QVERIFY(QFile::copy(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")),
                            keys + QStringLiteral("/mixed-6b0ae07e.rsa")));
        QVERIFY(QFile::copy(test::fixturePath(QStringLiteral("keys/fixture-6b0ae081.rsa.pub")),
                            keys + QStringLiteral("/mixed-6b0ae07e.rsa.pub")));
        QFile::setPermissions(keys + QStringLiteral("/mixed-6b0ae07e.rsa"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);

        const auto key = PrivateKey::load(keys + QStringLiteral("/mixed-6b0ae07e.rsa"));
        QVERIFY(key.ok());
        const Status pair = checkKeyPair(*key, keys + QStringLiteral("/mixed-6b0ae07e.rsa.pub"));
        QVERIFY(!pair.ok());
        QCOMPARE(pair.error().kind(), Error::Kind::Crypto);
        QVERIFY(pair.error().message().contains(QLatin1String("does not belong")));

        QStringList warnings;
        const auto imported = KeyRing::importPrivateKey(keys + QStringLiteral("/mixed-6b0ae07e.rsa"), {},
                                                        &warnings, dir.filePath(QStringLiteral("target")));
        QVERIFY(!imported.ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("target/mixed-6b0ae07e.rsa"))));

        KeyRing::Folders folders;
        folders.privateKeyDirs = { keys };
        const QList<KeyEntry> entries = KeyRing(folders).entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().pairMismatch);
        QVERIFY(entries.first().privateReadableByOthers);
        QVERIFY(isReadableByOthers(keys + QStringLiteral("/mixed-6b0ae07e.rsa")));
    }

    void keyRingMergesPrivateAndTrusted()
    {
        QTemporaryDir dir;
        const QString keys = test::copyFixture(QStringLiteral("keys"), dir);
        KeyRing::Folders folders;
        folders.privateKeyDirs = { keys };
        folders.trustedDirs = { keys + QStringLiteral("/trusted"), keys + QStringLiteral("/all-pub") };
        const QList<KeyEntry> entries = KeyRing(folders).entries();
        QCOMPARE(entries.size(), 3); // A, B (encrypted), stranger: each once
        QHash<QString, KeyEntry> byName;
        for (const KeyEntry &e : entries)
            byName.insert(e.name, e);
        const KeyEntry a = byName.value(QStringLiteral("fixture-6b0ae07e.rsa.pub"));
        QVERIFY(a.hasPrivate());
        QCOMPARE(a.bits, 4096);
        QCOMPARE(a.trustedIn.size(), 2);
        QCOMPARE(a.created.toSecsSinceEpoch(), 0x6b0ae07e);
        QCOMPARE(a.fingerprint,
                 expectedKey(QStringLiteral("keys/fixture-6b0ae07e.rsa"))
                     .value(QStringLiteral("public_der_sha256"))
                     .toString());
        const KeyEntry b = byName.value(QStringLiteral("fixture-6b0ae081.rsa.pub"));
        QVERIFY(b.privateEncrypted);
        QCOMPARE(b.fingerprint,
                 expectedKey(QStringLiteral("keys/fixture-6b0ae081.rsa"))
                     .value(QStringLiteral("public_der_sha256"))
                     .toString());
        const KeyEntry stranger = byName.value(QStringLiteral("fixture-stranger-6b0ae084.rsa.pub"));
        QCOMPARE(stranger.trustedIn, QStringList { keys + QStringLiteral("/all-pub") });

        const auto found = KeyRing(folders).find(a.fingerprint.left(12));
        QVERIFY(found.ok());
        QCOMPARE(found->name, a.name);
        QVERIFY(KeyRing(folders).find(QStringLiteral("fixture-6b0ae081.rsa")).ok());
        QCOMPARE(KeyRing(folders).find(QStringLiteral("nobody")).error().kind(), Error::Kind::NotFound);

        const QString exported = dir.filePath(QStringLiteral("exported.pub"));
        QVERIFY(KeyRing::exportPublicKey(b, exported).ok());
        QCOMPARE(test::readFile(exported),
                 test::readFile(test::fixturePath(QStringLiteral("keys/fixture-6b0ae081.rsa.pub"))));
    }

    void importCopiesEncryptedKeysAsTheyAre()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("mine"));
        QStringList warnings;
        const auto wrong =
            KeyRing::importPrivateKey(test::fixturePath(QStringLiteral("keys/fixture-6b0ae081.rsa")),
                                      QStringLiteral("bad"), &warnings, target);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind(), Error::Kind::Auth);
        const auto imported =
            KeyRing::importPrivateKey(test::fixturePath(QStringLiteral("keys/fixture-6b0ae081.rsa")),
                                      QStringLiteral("fixture-passphrase"), &warnings, target);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QVERIFY(imported->privateEncrypted);
        QCOMPARE(modeOf(imported->privatePath), 0600u);
        QCOMPARE(modeOf(target), 0700u);
        QCOMPARE(test::readFile(imported->privatePath),
                 test::readFile(test::fixturePath(QStringLiteral("keys/fixture-6b0ae081.rsa"))));
        QVERIFY(!warnings.filter(QStringLiteral("readable by other users")).isEmpty());
        QVERIFY(KeyRing::deletePrivateKey(*imported).ok());
        QVERIFY(!QFileInfo::exists(imported->privatePath));
        QVERIFY(!QFileInfo::exists(imported->publicPath));
    }
};

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "tst_private_key.moc"
