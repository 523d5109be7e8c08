// APKINDEX.tar.gz reading: every fixture variant against expected.json (entries, description,
// verdict), and the hostile archives of HOSTILE.md cases 3, 7, 9 and 12.
#include "archive/GzipWriter.h"
#include "archive/TarWriter.h"
#include "indexes/IndexReader.h"
#include "keys/PrivateKey.h"
#include "signatures/SignatureWriter.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk;

namespace {

const QByteArray kText = "C:Q1mF/tmttvdU5LR5GkVD/B1KzRYqI=\nP:a\nV:1-r0\n\n";

struct Member
{
    Member(QByteArray n, QByteArray c, TarWriterEntry::Type t = TarWriterEntry::Type::File,
           QByteArray link = {})
        : name(std::move(n)), contents(std::move(c)), type(t), linkTarget(std::move(link))
    { }
    QByteArray name;
    QByteArray contents;
    TarWriterEntry::Type type;
    QByteArray linkTarget;
};

QByteArray indexArchive(const QList<Member> &members)
{
    QByteArray tar;
    TarWriter writer(TarWriter::Sink([&tar](QByteArrayView bytes) -> Status {
        tar.append(bytes);
        return {};
    }));
    for (const Member &m : members) {
        TarWriterEntry entry;
        entry.name = m.name;
        entry.type = m.type;
        entry.size = m.type == TarWriterEntry::Type::File ? m.contents.size() : 0;
        entry.linkTarget = m.linkTarget;
        entry.uname = entry.gname = "root";
        if (!writer.addEntry(
                entry, m.type == TarWriterEntry::Type::File ? QByteArrayView(m.contents) : QByteArrayView()))
            qFatal("tar writer failed");
    }
    if (!writer.finish(TarWriter::Ending::EndBlocks))
        qFatal("tar writer failed");
    return gzipMember(tar).value();
}

IndexReadOptions trustedOptions()
{
    IndexReadOptions options;
    options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
    return options;
}

QJsonObject expectedJson()
{
    return QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("expected.json"))))
        .object();
}

} // namespace

class TestIndexReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtureVariants_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject json = expectedJson();
        QTest::newRow("index-v2") << json.value(QStringLiteral("index_v2")).toObject();
        for (const QJsonValue &v : json.value(QStringLiteral("index_v2_variants")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString())) << o;
        }
    }

    void fixtureVariants()
    {
        QFETCH(QJsonObject, expected);
        const QString path = test::fixturePath(expected.value(QStringLiteral("file")).toString());
        const auto loaded = IndexReader::readFile(path, trustedOptions());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->verdictName(), expected.value(QStringLiteral("verdict")).toString());
        QCOMPARE(loaded->description, expected.value(QStringLiteral("description")).toString());
        QCOMPARE(loaded->fileSize, expected.value(QStringLiteral("size")).toInteger());

        const QJsonArray signatures = expected.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(int(loaded->signatures.size()), signatures.size());
        for (int i = 0; i < signatures.size(); ++i) {
            const QJsonObject want = signatures.at(i).toObject();
            QCOMPARE(loaded->signatures[i].entryName, want.value(QStringLiteral("entry_name")).toString());
            QCOMPARE(loaded->signatures[i].name.keyName, want.value(QStringLiteral("key_name")).toString());
            QCOMPARE(loaded->signatures[i].signature.size(), want.value(QStringLiteral("sig_len")).toInt());
        }
        if (!signatures.isEmpty())
            QCOMPARE(loaded->verdict.keyName,
                     signatures.at(0).toObject().value(QStringLiteral("key_name")).toString());

        const QJsonArray segments = expected.value(QStringLiteral("segments")).toArray();
        QCOMPARE(int(loaded->members.size()), segments.size());
        for (int i = 0; i < segments.size(); ++i) {
            QCOMPARE(loaded->members[i].offset,
                     segments.at(i).toObject().value(QStringLiteral("offset")).toInteger());
            QCOMPARE(loaded->members[i].end,
                     segments.at(i).toObject().value(QStringLiteral("end")).toInteger());
        }
        const QJsonArray tarMembers = expected.value(QStringLiteral("tar_members")).toArray();
        QStringList names;
        for (const IndexTarMember &m : loaded->tarMembers) {
            if (!m.name.startsWith(QLatin1String(".SIGN.")))
                names.append(m.name);
        }
        QCOMPARE(names.size(), tarMembers.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(names[i], tarMembers.at(i).toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(loaded->builtAt().toSecsSinceEpoch(),
                 tarMembers.at(0).toObject().value(QStringLiteral("mtime")).toInteger());

        const QJsonArray entries = expected.value(QStringLiteral("entries")).toArray();
        QCOMPARE(loaded->index.size(), expected.value(QStringLiteral("entries_count")).toInt());
        for (int row = 0; row < entries.size(); ++row) {
            const IndexEntry e = loaded->index.entry(row);
            const QJsonObject want = entries.at(row).toObject();
            QCOMPARE(e.name(), want.value(QStringLiteral("P")).toString());
            QCOMPARE(e.version(), want.value(QStringLiteral("V")).toString());
            QCOMPARE(e.checksum(), want.value(QStringLiteral("C")).toString());
            const QJsonArray fields = want.value(QStringLiteral("fields")).toArray();
            const QList<IndexField> got = e.fields();
            QCOMPARE(got.size(), fields.size());
            for (int i = 0; i < got.size(); ++i) {
                QCOMPARE(QString(QLatin1Char(got[i].letter)), fields.at(i).toArray().at(0).toString());
                QCOMPARE(QString::fromUtf8(e.value(got[i])), fields.at(i).toArray().at(1).toString());
            }
        }
    }

    void strangerIsTrustedWithAllPub()
    {
        IndexReadOptions options;
        options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/all-pub")) });
        const auto loaded = IndexReader::readFile(
            test::fixturePath(QStringLiteral("index-v2/variants/APKINDEX-stranger.tar.gz")), options);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->isTrusted());
        QVERIFY(loaded->verdictDescription().contains(QStringLiteral("fixture-stranger-6b0ae084.rsa.pub")));
    }

    void noTrustedKeysMeansUntrusted()
    {
        const auto loaded = IndexReader::readFile(
            test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")), IndexReadOptions {});
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->verdictName(), QStringLiteral("untrusted"));
        QCOMPARE(loaded->index.size(), 9);
    }

    void byteFlippedInSignedPartIsBadSignature()
    {
        // Flip a byte in the deflate stream's stored... any change must not be trusted: either
        // the gzip CRC or inflate fails (format error), or the signature does not verify.
        QByteArray bytes = test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")));
        for (qsizetype at : { qsizetype(740), qsizetype(1500), bytes.size() - 6 }) {
            QByteArray copy = bytes;
            copy[at] = static_cast<char>(copy[at] ^ 0x01);
            const auto loaded = IndexReader::readBytes(copy, QStringLiteral("flipped"), trustedOptions());
            QVERIFY(!loaded.ok() || !loaded->isTrusted());
        }
        const auto appended =
            IndexReader::readBytes(bytes + "junk", QStringLiteral("appended"), trustedOptions());
        QVERIFY(!appended.ok());
        QCOMPARE(appended.error().kind(), Error::Kind::Format);
        QCOMPARE(appended.error().location(), QStringLiteral("appended"));
    }

    void truncatedEverywhereIsAnErrorNeverACrash()
    {
        const QByteArray bytes =
            test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")));
        for (qsizetype cut = 0; cut < bytes.size(); cut += 37) {
            const auto loaded =
                IndexReader::readBytes(bytes.left(cut), QStringLiteral("cut"), trustedOptions());
            QVERIFY2(!loaded.ok(), qPrintable(QString::number(cut)));
        }
    }

    void hostileArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const Member index { "APKINDEX", kText };
        const int format = int(Error::Kind::Format);
        QTest::newRow("APKINDEX twice")
            << indexArchive({ index, index }) << format << QStringLiteral("APKINDEX appears twice");
        QTest::newRow("APKINDEX symlink")
            << indexArchive({ Member { "APKINDEX", {}, TarWriterEntry::Type::Symlink, "/etc/passwd" } })
            << format << QStringLiteral("APKINDEX in the index archive is a symlink");
        QTest::newRow("APKINDEX hardlink")
            << indexArchive({ Member { "DESCRIPTION", "d" },
                              Member { "APKINDEX", {}, TarWriterEntry::Type::HardLink, "DESCRIPTION" } })
            << format << QStringLiteral("is a hardlink");
        QTest::newRow("../APKINDEX") << indexArchive({ Member { "../APKINDEX", kText } })
                                     << int(Error::Kind::Unsafe)
                                     << QStringLiteral("'../APKINDEX' points outside");
        QTest::newRow("sub/APKINDEX") << indexArchive({ Member { "sub/APKINDEX", kText } }) << format
                                      << QStringLiteral("under another path");
        QTest::newRow(".PKGINFO") << indexArchive({ Member { ".PKGINFO", "pkgname = x\n" }, index }) << format
                                  << QStringLiteral("this is a package");
        QTest::newRow("no APKINDEX") << indexArchive({ Member { "DESCRIPTION", "x" } }) << format
                                     << QStringLiteral("no APKINDEX");
        QTest::newRow("bad text") << indexArchive({ Member { "APKINDEX", "P:a\nV:1\n\n" } }) << format
                                  << QStringLiteral("APKINDEX: line 1: a: record without a checksum");
        QTest::newRow("html page") << QByteArray("<html><body>Service unavailable</body></html>") << format
                                   << QString();
        QTest::newRow("empty") << QByteArray() << -1 << QString();
    }

    void hostileArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto loaded = IndexReader::readBytes(bytes, QStringLiteral("hostile.tar.gz"), trustedOptions());
        QVERIFY(!loaded.ok());
        if (kind >= 0)
            QCOMPARE(int(loaded.error().kind()), kind);
        QVERIFY2(loaded.error().message().contains(message), qPrintable(loaded.error().message()));
        QCOMPARE(loaded.error().location(), QStringLiteral("hostile.tar.gz"));
    }

    void unsignedBuiltArchiveReads()
    {
        const auto loaded = IndexReader::readBytes(
            indexArchive({ Member { "DESCRIPTION", "mine" }, Member { "APKINDEX", kText } }),
            QStringLiteral("ok"), trustedOptions());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->verdictName(), QStringLiteral("unsigned"));
        QCOMPARE(loaded->description, QStringLiteral("mine"));
        QCOMPARE(loaded->index.size(), 1);
    }

    // HOSTILE 2 and 4: signature entries that do not count, several signature members.
    void signatureMembers_data()
    {
        QTest::addColumn<QStringList>("signers"); // key file per signature member, in file order
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("keyName");
        QTest::newRow("A then stranger")
            << QStringList { QStringLiteral("fixture-6b0ae07e.rsa"),
                             QStringLiteral("fixture-stranger-6b0ae084.rsa") }
            << QStringLiteral("trusted") << QStringLiteral("fixture-6b0ae07e.rsa.pub");
        QTest::newRow("stranger then B")
            << QStringList { QStringLiteral("fixture-stranger-6b0ae084.rsa"),
                             QStringLiteral("fixture-6b0ae081.rsa") }
            << QStringLiteral("trusted") << QStringLiteral("fixture-6b0ae081.rsa.pub");
        QTest::newRow("stranger only")
            << QStringList { QStringLiteral("fixture-stranger-6b0ae084.rsa") } << QStringLiteral("untrusted")
            << QStringLiteral("fixture-stranger-6b0ae084.rsa.pub");
    }

    void signatureMembers()
    {
        QFETCH(QStringList, signers);
        QFETCH(QString, verdict);
        QFETCH(QString, keyName);
        const QByteArray data = indexArchive({ Member { "APKINDEX", kText } });
        QByteArray file;
        for (const QString &signer : signers) {
            auto key = PrivateKey::load(test::fixturePath(QStringLiteral("keys/") + signer),
                                        signer.contains(QLatin1String("6b0ae081"))
                                            ? QStringLiteral("fixture-passphrase")
                                            : QString());
            QVERIFY(key.ok());
            auto member = SignatureMember::create(key.value(), signer + QStringLiteral(".pub"),
                                                  SignatureDigest::Sha1, data, 0);
            QVERIFY(member.ok());
            file.append(member.value());
        }
        file.append(data);
        const auto loaded = IndexReader::readBytes(file, QStringLiteral("multi"), trustedOptions());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->verdictName(), verdict);
        QCOMPARE(loaded->verdict.keyName, keyName);
        QCOMPARE(int(loaded->signatures.size()), signers.size());
    }

    void signatureEntriesThatDoNotCount_data()
    {
        QTest::addColumn<QByteArray>("entryName");
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("slash in key name")
            << QByteArray(".SIGN.RSA.../../../fixture-6b0ae07e.rsa.pub") << qsizetype(512);
        QTest::newRow("unknown type") << QByteArray(".SIGN.XYZ.fixture-6b0ae07e.rsa.pub") << qsizetype(512);
        QTest::newRow("empty body") << QByteArray(".SIGN.RSA.fixture-6b0ae07e.rsa.pub") << qsizetype(0);
        QTest::newRow("oversized body")
            << QByteArray(".SIGN.RSA.fixture-6b0ae07e.rsa.pub") << qsizetype(70000);
    }

    void signatureEntriesThatDoNotCount()
    {
        QFETCH(QByteArray, entryName);
        QFETCH(qsizetype, size);
        QByteArray tar;
        TarWriter writer(TarWriter::Sink([&tar](QByteArrayView bytes) -> Status {
            tar.append(bytes);
            return {};
        }));
        TarWriterEntry entry;
        entry.name = entryName;
        entry.size = size;
        QVERIFY(writer.addEntry(entry, QByteArray(size, 'x')).ok());
        QVERIFY(writer.finish(TarWriter::Ending::Cut).ok());
        const QByteArray file = gzipMember(tar).value() + indexArchive({ Member { "APKINDEX", kText } });
        const auto loaded = IndexReader::readBytes(file, QStringLiteral("odd"), trustedOptions());
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->isTrusted());
        QCOMPARE(int(loaded->signatures.size()), 1);
        QCOMPARE(loaded->index.size(), 1);
    }

    // HOSTILE 3: the signed member recompressed (same content, other bytes) no longer verifies.
    void recompressedMemberIsBadSignature()
    {
        const QByteArray original =
            test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")));
        const QByteArray recompressed =
            original.left(732)
            + indexArchive(
                { Member { "DESCRIPTION",
                           test::readFile(test::fixturePath(QStringLiteral("index-v2/DESCRIPTION"))) },
                  Member { "APKINDEX",
                           test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX"))) } });
        const auto loaded =
            IndexReader::readBytes(recompressed, QStringLiteral("recompressed"), trustedOptions());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->verdictName(), QStringLiteral("bad-signature"));
        QCOMPARE(loaded->index.size(), 9);
    }

    void zeroBombStopsAtTheCap()
    {
        // 1 GiB of zeros compresses to ~1 MB: the ratio cap must stop it long before.
        QByteArray bomb;
        GzipWriter writer(GzipWriter::bufferSink(bomb), 1);
        const QByteArray zeros(1 << 20, '\0');
        for (int i = 0; i < 1024; ++i)
            QVERIFY(writer.write(zeros).ok());
        QVERIFY(writer.finish().ok());
        const auto loaded = IndexReader::readBytes(bomb, QStringLiteral("bomb"), trustedOptions());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), Error::Kind::LimitExceeded);
    }

    void hugeDeclaredApkindexIsRefusedBeforeAllocation()
    {
        IndexReadOptions options = trustedOptions();
        options.parse.maxTextSize = 16;
        const auto loaded = IndexReader::readBytes(indexArchive({ Member { "APKINDEX", kText } }),
                                                   QStringLiteral("big"), options);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), Error::Kind::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestIndexReader)
#include "tst_index_reader.moc"
