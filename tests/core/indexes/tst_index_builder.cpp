// The index builder against the real `apk index` output: the same 9 fixture packages give
// the fixture APKINDEX entry by entry (here even byte for byte), signed indexes verify, and a
// single bad package means no index at all.
#include "common/AtomicFile.h"
#include "indexes/IndexBuilder.h"
#include "indexes/IndexReader.h"
#include "packages/PackageCreator.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;

namespace {

const QStringList kGood = { QStringLiteral("fixture-tool-3.8.1-r2.apk"),
                            QStringLiteral("fixture-tool-doc-3.8.1-r2.apk"),
                            QStringLiteral("fixture-tool-dev-3.8.1-r2.apk"),
                            QStringLiteral("fixture-hooks-0.4.0_beta3-r1.apk"),
                            QStringLiteral("fixture-unicode-2024.03.15-r0.apk"),
                            QStringLiteral("fixture-links-1.0-r0.apk"),
                            QStringLiteral("fixture-xattr-2.1.0-r0.apk"),
                            QStringLiteral("fixture-sha256-7.1.0_git20250214-r3.apk"),
                            QStringLiteral("fixture-double-5.2-r0.apk") };

QStringList goodPackages()
{
    QStringList files;
    for (const QString &name : kGood)
        files.append(test::fixturePath(QStringLiteral("pkgs-v2/") + name));
    return files;
}

IndexBuildOptions fixtureOptions()
{
    IndexBuildOptions options;
    options.description = QStringLiteral("fixture repo");
    options.rewriteArch = QStringLiteral("x86_64");
    return options;
}

IndexReadOptions trusted()
{
    IndexReadOptions options;
    options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
    return options;
}

QString makePackage(const QString &dir, const QString &file, qint64 buildDate,
                    const QString &arch = QStringLiteral("noarch"))
{
    const QString root = dir + QStringLiteral("/root-") + file;
    QDir().mkpath(root + QStringLiteral("/usr/share/dup"));
    QFile f(root + QStringLiteral("/usr/share/dup/file"));
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray::number(buildDate));
    f.close();
    PackageMetadata meta;
    meta.name = QStringLiteral("dup");
    meta.version = QStringLiteral("1.0-r0");
    meta.description = QStringLiteral("duplicate");
    meta.arch = arch;
    meta.license = QStringLiteral("MIT");
    meta.buildDate = buildDate;
    const QString path = dir + QLatin1Char('/') + file;
    auto created = PackageCreator::create(root, meta, path, std::nullopt);
    if (!created)
        qFatal("cannot create test package: %s", qPrintable(created.error().toString()));
    return path;
}

} // namespace

class TestIndexBuilder : public QObject
{
    Q_OBJECT

private slots:
    void textMatchesApkIndexEntryByEntry()
    {
        IndexBuildReport report;
        auto text = IndexBuilder::indexText(goodPackages(), fixtureOptions(), &report);
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().toString()));
        QCOMPARE(report.packageCount, 9);
        QCOMPARE(report.unsatisfiedNames,
                 QStringList({ QStringLiteral("/bin/sh"), QStringLiteral("pkgconfig"),
                               QStringLiteral("so:libc.musl-x86_64.so.1") }));
        auto built = ApkIndex::parse(text.value());
        QVERIFY(built.ok());
        const QJsonArray entries =
            QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("expected.json"))))
                .object()
                .value(QStringLiteral("index_v2"))
                .toObject()
                .value(QStringLiteral("entries"))
                .toArray();
        QCOMPARE(built->size(), entries.size());
        for (int row = 0; row < entries.size(); ++row) {
            const IndexEntry e = built->entry(row);
            const QJsonArray fields = entries.at(row).toObject().value(QStringLiteral("fields")).toArray();
            const QList<IndexField> got = e.fields();
            QCOMPARE(got.size(), fields.size());
            for (int i = 0; i < got.size(); ++i) {
                QCOMPARE(QString(QLatin1Char(got[i].letter)), fields.at(i).toArray().at(0).toString());
                QCOMPARE(QString::fromUtf8(e.value(got[i])), fields.at(i).toArray().at(1).toString());
            }
        }
        // No build-time values live in the text: it is byte-identical to apk's.
        QCOMPARE(text.value(), test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX"))));
    }

    void inputOrderDoesNotMatter()
    {
        QStringList reversed = goodPackages();
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(IndexBuilder::indexText(reversed, fixtureOptions()).value(),
                 IndexBuilder::indexText(goodPackages(), fixtureOptions()).value());
    }

    void withoutRewriteArchNoarchStays()
    {
        auto text = IndexBuilder::indexText(goodPackages(), IndexBuildOptions {});
        QVERIFY(text.ok());
        auto index = ApkIndex::parse(text.value());
        QCOMPARE(index->entry(index->find("fixture-tool-doc", "3.8.1-r2")).arch(), QStringLiteral("noarch"));
        QCOMPARE(index->entry(index->find("fixture-tool", "3.8.1-r2")).arch(), QStringLiteral("x86_64"));
    }

    void signedIndexVerifies_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("digest");
        QTest::newRow("A, SHA-1") << QStringLiteral("fixture-6b0ae07e.rsa") << QString()
                                  << int(SignatureDigest::Sha1);
        QTest::newRow("B encrypted, RSA256")
            << QStringLiteral("fixture-6b0ae081.rsa") << QStringLiteral("fixture-passphrase")
            << int(SignatureDigest::Sha256);
    }

    void signedIndexVerifies()
    {
        QFETCH(QString, key);
        QFETCH(QString, passphrase);
        QFETCH(int, digest);
        QTemporaryDir dir;
        IndexBuildOptions options = fixtureOptions();
        auto privateKey = PrivateKey::load(test::fixturePath(QStringLiteral("keys/") + key), passphrase);
        QVERIFY(privateKey.ok());
        options.signingKey = privateKey.value();
        options.publicKeyName = key + QStringLiteral(".pub");
        options.digest = SignatureDigest(digest);
        options.mtime = 1712000000;
        const QString out = dir.filePath(QStringLiteral("APKINDEX.tar.gz"));
        auto report = IndexBuilder::build(goodPackages(), out, options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(
            report->signatureEntry,
            QStringLiteral(".SIGN.")
                + (digest == int(SignatureDigest::Sha1) ? QStringLiteral("RSA.") : QStringLiteral("RSA256."))
                + key + QStringLiteral(".pub"));
        auto loaded = IndexReader::readFile(out, trusted());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->verdictName(), QStringLiteral("trusted"));
        QCOMPARE(loaded->verdict.keyName, key + QStringLiteral(".pub"));
        QCOMPARE(loaded->description, QStringLiteral("fixture repo"));
        QCOMPARE(loaded->index.text(),
                 test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX"))));
        QCOMPARE(loaded->builtAt().toSecsSinceEpoch(), qint64(1712000000));
        QCOMPARE(int(loaded->tarMembers.size()), 3);
        QCOMPARE(loaded->tarMembers[1].name, QStringLiteral("DESCRIPTION"));
        QCOMPARE(loaded->tarMembers[2].name, QStringLiteral("APKINDEX"));
        QCOMPARE(loaded->tarMembers[2].uname, QStringLiteral("root"));
        QCOMPARE(loaded->tarMembers[2].mode, 0644u);
    }

    void unsignedWithoutDescription()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("APKINDEX.tar.gz"));
        QVERIFY(IndexBuilder::build(goodPackages().mid(0, 2), out, IndexBuildOptions {}).ok());
        auto loaded = IndexReader::readFile(out, trusted());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->verdictName(), QStringLiteral("unsigned"));
        QCOMPARE(int(loaded->tarMembers.size()), 1);
        QCOMPARE(loaded->index.size(), 2);
    }

    void oneBadPackageMeansNoIndex_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("tampered data")
            << QStringLiteral("fixture-tampered-2.2.2-r5.apk") << QStringLiteral("datahash");
        QTest::newRow("truncated") << QStringLiteral("fixture-truncated-3.0_rc2-r0.apk") << QString();
        QTest::newRow("v3 package") << QStringLiteral("../pkgs-v3/fixture-v3-deflate-1.4.0-r0.apk")
                                    << QString();
        QTest::newRow("missing file") << QStringLiteral("no-such-package-1.0-r0.apk") << QString();
    }

    void oneBadPackageMeansNoIndex()
    {
        QFETCH(QString, bad);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("APKINDEX.tar.gz"));
        QVERIFY(writeFileAtomically(out, "previous index").ok());
        QStringList files = goodPackages();
        files.insert(3, test::fixturePath(QStringLiteral("pkgs-v2/") + bad));
        auto report = IndexBuilder::build(files, out, fixtureOptions());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().toString().contains(QFileInfo(bad).fileName()),
                 qPrintable(report.error().toString()));
        QVERIFY2(report.error().message().contains(message), qPrintable(report.error().message()));
        QCOMPARE(test::readFile(out), QByteArray("previous index"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({ QStringLiteral("APKINDEX.tar.gz") }));
    }

    void unsignedAndUntrustedPackagesAreIndexed()
    {
        // apk index does not judge signatures: only package integrity.
        auto text = IndexBuilder::indexText(
            { test::fixturePath(QStringLiteral("pkgs-v2/fixture-unsigned-1.1_p3-r0.apk")),
              test::fixturePath(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk")) },
            IndexBuildOptions {});
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().toString()));
        QCOMPARE(ApkIndex::parse(text.value())->size(), 2);
    }

    void newestOfDuplicatesWins()
    {
        QTemporaryDir dir;
        const QString older = makePackage(dir.path(), QStringLiteral("dup-1.0-r0.apk"), 1700000000);
        QDir().mkpath(dir.filePath(QStringLiteral("other")));
        const QString newer =
            makePackage(dir.filePath(QStringLiteral("other")), QStringLiteral("dup-1.0-r0.apk"), 1710000000);
        IndexBuildReport report;
        auto text = IndexBuilder::indexText({ newer, older }, IndexBuildOptions {}, &report);
        QVERIFY(text.ok());
        auto index = ApkIndex::parse(text.value());
        QCOMPARE(index->size(), 1);
        QCOMPARE(index->entry(0).buildTime(), qint64(1710000000));
        QCOMPARE(report.skippedDuplicates, QStringList({ older }));
    }

    void packagesInDirectory()
    {
        auto files = IndexBuilder::packagesInDirectory(test::fixturePath(QStringLiteral("pkgs-v2")));
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 13);
        QVERIFY(!IndexBuilder::packagesInDirectory(test::fixturePath(QStringLiteral("keys"))).ok());
        QCOMPARE(IndexBuilder::packagesInDirectory(QStringLiteral("/no/such/dir")).error().kind(),
                 Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIndexBuilder)
#include "tst_index_builder.moc"
