// Signing packages and indexes: the signature member has exactly the structure abuild-sign
// writes (compared field by field and byte by byte with the fixtures), Apkdesk's verifier
// accepts what we sign, re-signing never duplicates a key, and bad input is refused with
// the original untouched (HOSTILE.md 21-23).
#include "TestSupport.h"

#include "archive/GzipMemberScanner.h"
#include "keys/KeyGenerator.h"
#include "keys/PublicKey.h"
#include "keys/TrustStore.h"
#include "packages/PackageReader.h"
#include "signatures/FileSigner.h"
#include "signatures/SignatureVerifier.h"
#include "signatures/SignatureWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace apkdesk;

namespace {

struct Member
{
    QByteArray header;
    QByteArray compressed;
    QByteArray uncompressed;
    quint8 flags = 0;
    quint32 mtime = 0;
    quint8 xfl = 0;
    quint8 os = 0;
};

class Collector : public GzipMemberConsumer
{
public:
    QList<Member> members;
    Status memberStarted(const GzipMemberInfo &info) override
    {
        Member m;
        m.header = info.header;
        m.flags = info.flags;
        m.mtime = info.mtime;
        m.xfl = info.extraFlags;
        m.os = info.os;
        members << m;
        return {};
    }
    Status compressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        members.last().compressed.append(data, size);
        return {};
    }
    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        members.last().uncompressed.append(data, size);
        return {};
    }
};

QList<Member> membersOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Collector collector;
    GzipMemberScanner scanner(buffer);
    if (!scanner.run(collector).ok())
        return {};
    return collector.members;
}

QByteArray field(const QByteArray &header, int offset, int length)
{
    QByteArray value = header.mid(offset, length);
    const qsizetype nul = value.indexOf('\0');
    return nul < 0 ? value : value.left(nul);
}

qint64 octal(const QByteArray &header, int offset, int length)
{
    return field(header, offset, length).trimmed().toLongLong(nullptr, 8);
}

QJsonArray expectedPackages()
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("expected.json"))));
    return doc.object().value(QStringLiteral("packages_v2")).toArray();
}

uint modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

} // namespace

class TestFileSigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_keys;
    PrivateKey m_key;
    QString m_pubName;
    TrustStore m_trust;

    ApkPackage readPackage(const QString &path, const TrustStore &trust)
    {
        PackageReader::Options options;
        options.trust = trust;
        auto read = PackageReader::read(path, options);
        if (!read.ok())
            return {};
        return *read;
    }

private slots:
    void initTestCase()
    {
        KeyGenerationRequest request;
        request.name = QStringLiteral("signer");
        request.bits = 2048;
        request.folder = m_keys.filePath(QStringLiteral("private"));
        const auto pair = generateKeyPair(request);
        QVERIFY(pair.ok());
        m_key = *PrivateKey::load(pair->privatePath);
        m_pubName = QFileInfo(pair->publicPath).fileName();
        const QString trusted = m_keys.filePath(QStringLiteral("trusted"));
        QDir().mkpath(trusted);
        QVERIFY(QFile::copy(pair->publicPath, trusted + u'/' + m_pubName));
        m_trust = TrustStore::fromDirectories({ trusted });
        QVERIFY(m_trust.contains(m_pubName));
    }

    // The tar segment we write is byte-identical to abuild-sign's for the same key, bytes
    // and mtime (PKCS#1 v1.5 is deterministic), for SHA-1 and SHA-256.
    void segmentIsByteIdenticalToAbuildSign_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("sha256");
        QTest::newRow("rsa-sha1") << QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")
                                  << QStringLiteral("keys/fixture-6b0ae07e.rsa") << false;
        QTest::newRow("rsa256") << QStringLiteral("pkgs-v2/fixture-sha256-7.1.0_git20250214-r3.apk")
                                << QStringLiteral("keys/fixture-6b0ae07e.rsa") << true;
        QTest::newRow("encrypted-key-b") << QStringLiteral("pkgs-v2/fixture-hooks-0.4.0_beta3-r1.apk")
                                         << QStringLiteral("keys/fixture-6b0ae081.rsa") << false;
        QTest::newRow("index") << QStringLiteral("index-v2/APKINDEX.tar.gz")
                               << QStringLiteral("keys/fixture-6b0ae07e.rsa") << false;
    }

    void segmentIsByteIdenticalToAbuildSign()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(bool, sha256);
        const QByteArray bytes = test::readFile(test::fixturePath(file));
        const QList<Member> members = membersOf(bytes);
        QVERIFY(members.size() >= 2);
        const Member &fixtureSig = members.first();
        const auto privateKey =
            PrivateKey::load(test::fixturePath(key), QStringLiteral("fixture-passphrase"));
        QVERIFY(privateKey.ok());
        const QString pubName = QFileInfo(key).fileName() + QStringLiteral(".pub");
        const qint64 mtime = octal(fixtureSig.uncompressed.left(512), 136, 12);
        // Signed without SOURCE_DATE_EPOCH, GNU tar kept the file's sub-second mtime.
        int nanoseconds = 0;
        const QByteArray paxBody = fixtureSig.uncompressed.mid(512, 512);
        if (const qsizetype at = paxBody.indexOf(" mtime="); at >= 0)
            nanoseconds = paxBody.mid(paxBody.indexOf('.', at) + 1, 9).toInt();
        // Package: the control member. Index: everything after the signature member.
        const QByteArray signedBytes = file.startsWith(QLatin1String("index"))
            ? bytes.mid(fixtureSig.compressed.size())
            : members.at(1).compressed;
        const SignatureDigest digest = sha256 ? SignatureDigest::Sha256 : SignatureDigest::Sha1;
        const auto member =
            SignatureMember::create(*privateKey, pubName, digest, signedBytes, mtime, nanoseconds);
        QVERIFY2(member.ok(), qPrintable(member.ok() ? QString() : member.error().toString()));
        const QList<Member> ours = membersOf(*member);
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours.first().uncompressed, fixtureSig.uncompressed);
        QCOMPARE(ours.first().header, fixtureSig.header); // gzip -n -9: 1f8b 08 00 00000000 02 03
    }

    void signatureMemberStructure()
    {
        const auto member =
            SignatureMember::create(m_key, m_pubName, SignatureDigest::Sha1, "signed bytes", 1712000000);
        QVERIFY(member.ok());
        const Member m = membersOf(*member).value(0);
        QCOMPARE(m.header.toHex(), QByteArray("1f8b0800000000000203"));
        QCOMPARE(m.flags, quint8(0));
        QCOMPARE(m.mtime, 0u);
        QCOMPARE(m.xfl, quint8(2));
        QCOMPARE(m.os, quint8(3));
        const QByteArray tar = m.uncompressed;
        QCOMPARE(tar.size(),
                 512 + 512 + 512 + 256 + 256); // x header, pax body, header, 256-byte signature padded
        const QByteArray pax = tar.left(512);
        const QString entry = QStringLiteral(".SIGN.RSA.") + m_pubName;
        QCOMPARE(field(pax, 0, 100), QByteArray("./PaxHeaders/" + entry.toUtf8()));
        QCOMPARE(pax.at(156), 'x');
        QCOMPARE(octal(pax, 100, 8), 0644);
        QCOMPARE(field(tar.mid(512, 512), 0, 512), QByteArray("11 ctime=0\n11 atime=0\n"));
        const QByteArray header = tar.mid(1024, 512);
        QCOMPARE(field(header, 0, 100), entry.toUtf8());
        QCOMPARE(header.at(156), '0');
        QCOMPARE(octal(header, 100, 8), 0644);
        QCOMPARE(octal(header, 108, 8), 0);
        QCOMPARE(octal(header, 116, 8), 0);
        QCOMPARE(octal(header, 124, 12), 256);
        QCOMPARE(octal(header, 136, 12), 1712000000);
        QCOMPARE(field(header, 257, 8), QByteArray("ustar"));
        QCOMPARE(header.mid(263, 2), QByteArray("00"));
        QCOMPARE(field(header, 265, 32), QByteArray()); // empty uname: --numeric-owner
        QCOMPARE(field(header, 297, 32), QByteArray());
        QVERIFY(!tar.endsWith(QByteArray(1024, '\0'))); // cut: no end-of-archive blocks
    }

    void mtimeComesFromSourceDateEpoch()
    {
        qputenv("SOURCE_DATE_EPOCH", "1700000000");
        QCOMPARE(SignatureMember::defaultMtime(), 1700000000);
        qunsetenv("SOURCE_DATE_EPOCH");
        QVERIFY(qAbs(SignatureMember::defaultMtime() - QDateTime::currentSecsSinceEpoch()) < 5);
    }

    // Every good fixture package, signed by Apkdesk with a new key, verifies as trusted.
    void signedFixturesVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sha256");
        for (const QJsonValue &value : expectedPackages()) {
            const QJsonObject p = value.toObject();
            const QString verdict = p.value(QStringLiteral("verdict")).toString();
            if (verdict != QLatin1String("trusted") && verdict != QLatin1String("untrusted")
                && verdict != QLatin1String("unsigned"))
                continue;
            const QString file = p.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file + QStringLiteral(" sha1"))) << file << false;
            QTest::newRow(qPrintable(file + QStringLiteral(" sha256"))) << file << true;
        }
    }

    void signedFixturesVerify()
    {
        QFETCH(QString, file);
        QFETCH(bool, sha256);
        QTemporaryDir dir;
        const QString copy = test::copyFixture(file, dir);
        const ApkPackage before = readPackage(copy, TrustStore());
        SignOptions options;
        options.digest = sha256 ? SignatureDigest::Sha256 : SignatureDigest::Sha1;
        const auto outcome = signFile(copy, m_key, m_pubName, options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->kind, SignOutcome::Kind::Package);

        const ApkPackage after = readPackage(copy, m_trust);
        QCOMPARE(after.verdict.kind, PackageVerdict::Kind::Trusted);
        QCOMPARE(after.verdict.keyName, m_pubName);
        QCOMPARE(after.verdict.digest, sha256 ? DigestAlgorithm::Sha256 : DigestAlgorithm::Sha1);
        // The identity (C:) and data do not change: only a member is put in front.
        QCOMPARE(after.identityChecksum(), before.identityChecksum());
        QCOMPARE(after.dataHashHex(), before.dataHashHex());
        QCOMPARE(after.signatures.size(), before.signatures.size() + 1);
        const PackageSegment &first = after.segments.front();
        QCOMPARE(first.role, PackageSegment::Role::Signature);
        QCOMPARE(first.tarEntries,
                 QStringList { (sha256 ? QStringLiteral(".SIGN.RSA256.") : QStringLiteral(".SIGN.RSA."))
                               + m_pubName });
        QCOMPARE(first.tarEndZeroBlocks, 0);
        QCOMPARE(first.member.flags, quint8(0));
        QCOMPARE(first.member.mtime, 0u);
        QCOMPARE(first.member.extraFlags, quint8(2));
        QCOMPARE(first.member.os, quint8(3));
    }

    void resigningNeverDuplicatesAKey()
    {
        QTemporaryDir dir;
        const QString copy = test::copyFixture(QStringLiteral("pkgs-v2/fixture-double-5.2-r0.apk"), dir);
        auto first = signFile(copy, m_key, m_pubName);
        QVERIFY(first.ok());
        QCOMPARE(first->kept.size(), 2);
        QVERIFY(first->removed.isEmpty());
        const qint64 sizeOnce = QFileInfo(copy).size();
        // Same key again (now SHA-256): replaces our signature, keeps B and A.
        SignOptions sha256;
        sha256.digest = SignatureDigest::Sha256;
        auto second = signFile(copy, m_key, m_pubName, sha256);
        QVERIFY(second.ok());
        QCOMPARE(second->removed, QStringList { QStringLiteral(".SIGN.RSA.") + m_pubName });
        QCOMPARE(second->kept,
                 (QStringList { QStringLiteral(".SIGN.RSA.fixture-6b0ae081.rsa.pub"),
                                QStringLiteral(".SIGN.RSA.fixture-6b0ae07e.rsa.pub") }));
        ApkPackage package = readPackage(copy, m_trust);
        QCOMPARE(package.signatures.size(), size_t(3));
        QCOMPARE(package.verdict.kind, PackageVerdict::Kind::Trusted);
        int ours = 0;
        for (const SignatureRecord &record : package.signatures)
            ours += record.name.keyName == m_pubName ? 1 : 0;
        QCOMPARE(ours, 1);
        QVERIFY(qAbs(QFileInfo(copy).size() - sizeOnce) < 64);

        // The fixtures' own keys still verify their signatures (they cover the same control).
        const ApkPackage byFixtureKeys = readPackage(
            copy, TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted-a")) }));
        QCOMPARE(byFixtureKeys.verdict.kind, PackageVerdict::Kind::Trusted);

        // Replace drops them all.
        SignOptions replace;
        replace.existing = SignOptions::Existing::Replace;
        auto third = signFile(copy, m_key, m_pubName, replace);
        QVERIFY(third.ok());
        QCOMPARE(third->removed.size(), 3);
        package = readPackage(copy, m_trust);
        QCOMPARE(package.signatures.size(), size_t(1));
        QCOMPARE(package.verdict.kind, PackageVerdict::Kind::Trusted);
    }

    void signsIndexes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("keptSignatures");
        QTest::newRow("unsigned") << QStringLiteral("index-v2/variants/APKINDEX-unsigned.tar.gz") << 0;
        QTest::newRow("signed-by-a") << QStringLiteral("index-v2/APKINDEX.tar.gz") << 1;
    }

    void signsIndexes()
    {
        QFETCH(QString, file);
        QFETCH(int, keptSignatures);
        QTemporaryDir dir;
        const QString copy = test::copyFixture(file, dir);
        const QByteArray before = test::readFile(copy);
        const QList<Member> oldMembers = membersOf(before);
        const auto outcome = signFile(copy, m_key, m_pubName);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->kind, SignOutcome::Kind::Index);
        QCOMPARE(outcome->kept.size(), keptSignatures);

        const QByteArray after = test::readFile(copy);
        const QList<Member> members = membersOf(after);
        QCOMPARE(members.size(), oldMembers.size() + 1);
        QVERIFY(after.endsWith(before)); // old bytes untouched behind the new member
        // The signature covers every byte after the signature members (the index member).
        qint64 signedStart = 0;
        for (int i = 0; i <= keptSignatures; ++i)
            signedStart += members.at(i).compressed.size();
        const QByteArray signedBytes = after.mid(signedStart);
        const QByteArray tar = members.first().uncompressed;
        const QByteArray signature = tar.mid(1536, octal(tar.mid(1024, 512), 124, 12));
        const auto pub = PublicKey::fromPem(m_key.publicKeyPem());
        QVERIFY(pub.ok());
        QVERIFY(pub->verifyDigest(DigestAlgorithm::Sha1,
                                  QCryptographicHash::hash(signedBytes, QCryptographicHash::Sha1), signature)
                    .ok());

        // The same check through Apkdesk's signature evaluation.
        MultiDigest digests;
        digests.update(signedBytes.constData(), signedBytes.size());
        digests.finish();
        std::vector<SignatureRecord> records(1);
        records[0].entryName = QStringLiteral(".SIGN.RSA.") + m_pubName;
        records[0].name = *parseSignatureEntryName(records[0].entryName);
        records[0].recognised = true;
        records[0].signature = signature;
        records[0].signatureSize = signature.size();
        QCOMPARE(evaluateSignatures(records, m_trust, digests).kind, SignatureVerdict::Kind::Trusted);
    }

    void refusesWhatMustNotBeSigned_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("tampered data")
            << QStringLiteral("pkgs-v2/fixture-tampered-2.2.2-r5.apk") << QStringLiteral("datahash");
        QTest::newRow("truncated") << QStringLiteral("pkgs-v2/fixture-truncated-3.0_rc2-r0.apk")
                                   << QStringLiteral("damaged");
        QTest::newRow("apk v3") << QStringLiteral("pkgs-v3/fixture-v3-deflate-1.4.0-r0.apk")
                                << QStringLiteral("apk-tools 3");
        QTest::newRow("text file") << QStringLiteral("versions.tsv")
                                   << QStringLiteral("not an Alpine package");
        QTest::newRow("a key") << QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")
                               << QStringLiteral("not an Alpine package");
    }

    void refusesWhatMustNotBeSigned()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString copy = test::copyFixture(file, dir);
        const QByteArray before = test::readFile(copy);
        const auto outcome = signFile(copy, m_key, m_pubName);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message().contains(message), qPrintable(outcome.error().toString()));
        QCOMPARE(outcome.error().location(), copy);
        QCOMPARE(test::readFile(copy), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
    }

    void refusesAGzipThatIsNotAPackage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.tar.gz"));
        const auto member = SignatureMember::create(m_key, m_pubName, SignatureDigest::Sha1, "x", 0);
        QVERIFY(member.ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*member); // only a signature, nothing signed
        file.close();
        const auto outcome = signFile(path, m_key, m_pubName);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind(), Error::Kind::Format);
    }

    void weakKeyRefusedBeforeWriting()
    {
        QTemporaryDir dir;
        const QString weakPath = dir.filePath(QStringLiteral("weak.rsa"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"),
                        QStringLiteral("-out"), weakPath });
        QVERIFY(openssl.waitForFinished(60000));
        const auto weak = PrivateKey::load(weakPath);
        QVERIFY(weak.ok());
        const QString copy = test::copyFixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"), dir);
        const QByteArray before = test::readFile(copy);
        const auto outcome = signFile(copy, *weak, QStringLiteral("weak.rsa.pub"));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind(), Error::Kind::Crypto);
        QCOMPARE(test::readFile(copy), before);
    }

    void keepsModeAndWritesToAnotherFile()
    {
        QTemporaryDir dir;
        const QString copy = test::copyFixture(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk"), dir);
        QVERIFY(QFile::setPermissions(
            copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(signFile(copy, m_key, m_pubName).ok());
        QCOMPARE(modeOf(copy), 0640u);

        const QByteArray before = test::readFile(copy);
        SignOptions options;
        options.outputPath = dir.filePath(QStringLiteral("out.apk"));
        options.existing = SignOptions::Existing::Replace;
        const auto outcome = signFile(copy, m_key, m_pubName, options);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->path, options.outputPath);
        QCOMPARE(test::readFile(copy), before); // the source stays as it was
        QCOMPARE(readPackage(options.outputPath, m_trust).verdict.kind, PackageVerdict::Kind::Trusted);
    }

    void unwritableTargetLeavesOriginal()
    {
        QTemporaryDir dir;
        const QString copy = test::copyFixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"), dir);
        const QByteArray before = test::readFile(copy);
        // A target inside a "folder" that is a regular file fails for every user, root included.
        SignOptions options;
        options.outputPath = copy + QStringLiteral("/signed.apk");
        auto outcome = signFile(copy, m_key, m_pubName, options);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind(), Error::Kind::Io);
        QCOMPARE(test::readFile(copy), before);

        if (::geteuid() == 0)
            QSKIP("running as root: a read-only folder does not stop root");
        const QString readOnly = dir.filePath(QStringLiteral("ro"));
        QDir().mkpath(readOnly);
        const QString inside = readOnly + QStringLiteral("/p.apk");
        QVERIFY(QFile::copy(copy, inside));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        outcome = signFile(inside, m_key, m_pubName);
        QFile::setPermissions(readOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind(), Error::Kind::Io);
        QCOMPARE(test::readFile(inside), before);
    }
};

QTEST_GUILESS_MAIN(TestFileSigner)
#include "tst_file_signer.moc"
