// PackageCreator: packages rebuilt from the fixtures' own file trees and metadata read back
// through the verifier with the exact metadata, and their data tar is byte for byte what
// abuild (GNU tar + abuild-tar --hash) wrote.
#include "TestSupport.h"

#include "archive/GzipMemberScanner.h"
#include "keys/KeyGenerator.h"
#include "keys/TrustStore.h"
#include "packages/PackageCreator.h"
#include "packages/PackageReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>
#include <sys/xattr.h>

using namespace apkdesk;

namespace {

class Inflater : public GzipMemberConsumer
{
public:
    QList<QByteArray> members;
    Status memberStarted(const GzipMemberInfo &) override
    {
        members << QByteArray();
        return {};
    }
    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        members.last().append(data, size);
        return {};
    }
};

QList<QByteArray> inflateMembers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Inflater inflater;
    GzipMemberScanner scanner(file);
    if (!scanner.run(inflater).ok())
        return {};
    return inflater.members;
}

QJsonObject expectedPackage(const QString &file)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("expected.json"))));
    for (const QJsonValue &value : doc.object().value(QStringLiteral("packages_v2")).toArray()) {
        if (value.toObject().value(QStringLiteral("file")).toString() == file)
            return value.toObject();
    }
    return {};
}

// The fixture's metadata as PackageMetadata, every field as abuild wrote it.
PackageMetadata metadataOf(const QJsonObject &expected)
{
    PackageMetadata m;
    m.arch = QString();
    for (const QJsonValue &value : expected.value(QStringLiteral("pkginfo_fields")).toArray()) {
        const QString key = value.toArray().at(0).toString();
        const QString v = value.toArray().at(1).toString();
        if (key == QLatin1String("pkgname"))
            m.name = v;
        else if (key == QLatin1String("pkgver"))
            m.version = v;
        else if (key == QLatin1String("pkgdesc"))
            m.description = v;
        else if (key == QLatin1String("url"))
            m.url = v;
        else if (key == QLatin1String("builddate"))
            m.buildDate = v.toLongLong();
        else if (key == QLatin1String("packager"))
            m.packager = v;
        else if (key == QLatin1String("arch"))
            m.arch = v;
        else if (key == QLatin1String("origin"))
            m.origin = v;
        else if (key == QLatin1String("commit"))
            m.commit = v;
        else if (key == QLatin1String("maintainer"))
            m.maintainer = v;
        else if (key == QLatin1String("license"))
            m.license = v;
        else if (key == QLatin1String("provider_priority"))
            m.providerPriority = v.toInt();
        else if (key == QLatin1String("replaces_priority"))
            m.replacesPriority = v.toInt();
        else if (key == QLatin1String("depend"))
            m.depends << v;
        else if (key == QLatin1String("provides"))
            m.provides << v;
        else if (key == QLatin1String("replaces"))
            m.replaces << v;
        else if (key == QLatin1String("install_if"))
            m.installIf = v.split(u' ');
        else if (key == QLatin1String("triggers"))
            m.triggers = v.split(u' ');
    }
    return m;
}

// Fields of a .PKGINFO without comments and datahash, in order.
QList<QPair<QString, QString>> fieldsOf(const QByteArray &pkginfo)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &line : pkginfo.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf(" = ");
        const QString key = QString::fromUtf8(line.left(eq));
        if (key != QLatin1String("datahash"))
            fields.append({ key, QString::fromUtf8(line.mid(eq + 3)) });
    }
    return fields;
}

} // namespace

class TestPackageCreator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_keys;
    PrivateKey m_key;
    QString m_pubName;
    TrustStore m_trust;

    // The fixture's data tree, unpacked with GNU tar (modes, links and hardlinks kept).
    QString unpackTree(const QString &fixture, const QTemporaryDir &dir)
    {
        const QString tree = dir.filePath(QStringLiteral("tree"));
        QDir().mkpath(tree);
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  { QStringLiteral("--xattrs"), QStringLiteral("--xattrs-include=*"), QStringLiteral("-xzpf"),
                    test::fixturePath(fixture), QStringLiteral("-C"), tree,
                    QStringLiteral("--numeric-owner") });
        if (!tar.waitForFinished(60000) || tar.exitCode() != 0)
            return {};
        for (const QString &meta : QDir(tree).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(tree + u'/' + meta); // .PKGINFO, .SIGN.*, scripts: not data
        return tree;
    }

private slots:
    void initTestCase()
    {
        KeyGenerationRequest request;
        request.name = QStringLiteral("packager");
        request.bits = 2048;
        request.folder = m_keys.filePath(QStringLiteral("private"));
        const auto pair = generateKeyPair(request);
        QVERIFY(pair.ok());
        m_key = *PrivateKey::load(pair->privatePath);
        m_pubName = QFileInfo(pair->publicPath).fileName();
        QDir().mkpath(m_keys.filePath(QStringLiteral("trusted")));
        QVERIFY(QFile::copy(pair->publicPath, m_keys.filePath(QStringLiteral("trusted/")) + m_pubName));
        m_trust = TrustStore::fromDirectories({ m_keys.filePath(QStringLiteral("trusted")) });
    }

    void rebuildsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("identicalDataTar");
        QTest::newRow("tool") << QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk") << true;
        QTest::newRow("unicode") << QStringLiteral("pkgs-v2/fixture-unicode-2024.03.15-r0.apk") << true;
        QTest::newRow("hooks") << QStringLiteral("pkgs-v2/fixture-hooks-0.4.0_beta3-r1.apk") << true;
        QTest::newRow("xattr") << QStringLiteral("pkgs-v2/fixture-xattr-2.1.0-r0.apk") << true;
        // pkgusers files keep the user name "nobody" in abuild's tar; Apkdesk writes root.
        QTest::newRow("links") << QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk") << false;
    }

    void rebuildsFixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, identicalDataTar);
        QTemporaryDir dir;
        const QString tree = unpackTree(file, dir);
        QVERIFY(!tree.isEmpty());
        if (file.contains(QLatin1String("xattr"))
            && ::listxattr(QFile::encodeName(tree + QStringLiteral("/usr/share/fixture-xattr/tagged.txt"))
                               .constData(),
                           nullptr, 0)
                <= 0)
            QSKIP("the temporary folder's file system keeps no extended attributes");
        const QJsonObject expected = expectedPackage(file);
        PackageMetadata metadata = metadataOf(expected);

        // The install scripts, in the fixture's control-tar order.
        const QList<QByteArray> fixtureMembers = inflateMembers(test::fixturePath(file));
        QVERIFY(fixtureMembers.size() >= 3);
        for (const QJsonValue &value : expected.value(QStringLiteral("install_scripts")).toArray()) {
            const QString name = value.toObject().value(QStringLiteral("name")).toString();
            QProcess tar;
            tar.start(QStringLiteral("tar"), { QStringLiteral("-xzOf"), test::fixturePath(file), name });
            QVERIFY(tar.waitForFinished(60000));
            metadata.scripts.append({ name.mid(1), tar.readAllStandardOutput() });
        }

        const QString output = dir.filePath(QStringLiteral("rebuilt.apk"));
        const auto created = PackageCreator::create(
            tree, metadata, output, PackageSigning { m_key, m_pubName, SignatureDigest::Sha1 });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));

        // .PKGINFO: the same fields as abuild's (size included), apart from where abuild puts
        // its "automatically detected" provides.
        auto ours = fieldsOf(created->pkginfo);
        auto theirs = fieldsOf(expected.value(QStringLiteral("pkginfo_text")).toString().toUtf8());
        if (metadata.installIf.isEmpty() && metadata.triggers.isEmpty()) {
            QCOMPARE(ours, theirs);
        } else {
            std::sort(ours.begin(), ours.end());
            std::sort(theirs.begin(), theirs.end());
            QCOMPARE(ours, theirs);
        }

        // Read back through the verifier: trusted, exact metadata, every checksum right.
        PackageReader::Options options;
        options.trust = m_trust;
        const auto read = PackageReader::read(output, options);
        QVERIFY(read.ok());
        QCOMPARE(read->verdict.kind, PackageVerdict::Kind::Trusted);
        QVERIFY(read->dataHashMatches);
        QVERIFY(read->filesWithBadChecksum.isEmpty());
        QCOMPARE(read->pkgInfo.name(), metadata.name);
        QCOMPARE(read->pkgInfo.version(), metadata.version);
        QCOMPARE(read->pkgInfo.description(), metadata.description);
        QCOMPARE(read->pkgInfo.arch(), metadata.arch);
        QCOMPARE(read->pkgInfo.license(), metadata.license);
        QCOMPARE(read->pkgInfo.values(QStringLiteral("depend")), metadata.depends);
        QCOMPARE(read->pkgInfo.values(QStringLiteral("provides")), metadata.provides);
        QCOMPARE(read->pkgInfo.value(QStringLiteral("datahash")), created->datahash);

        // Layout like the fixtures: [signature][control][data], control cut, data padded.
        QCOMPARE(read->segments.size(), size_t(3));
        QCOMPARE(read->segments[0].role, PackageSegment::Role::Signature);
        QCOMPARE(read->segments[1].role, PackageSegment::Role::Control);
        QCOMPARE(read->segments[2].role, PackageSegment::Role::Data);
        QCOMPARE(read->segments[1].tarEndZeroBlocks, 0);
        QStringList controlNames;
        for (const QJsonValue &v : expected.value(QStringLiteral("control_entries")).toArray())
            controlNames << v.toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(read->segments[1].tarEntries, controlNames);
        for (const PackageSegment &segment : read->segments) {
            QCOMPARE(segment.member.header.toHex(), QByteArray("1f8b0800000000000203"));
        }
        const QList<QByteArray> ourMembers = inflateMembers(output);
        QCOMPARE(ourMembers.last().size() % 10240, 0);
        QCOMPARE(qint64(ourMembers.last().size()),
                 qint64(expected.value(QStringLiteral("data_tar_uncompressed_len")).toInt()));

        // Every data entry as abuild wrote it.
        const QJsonArray entries = expected.value(QStringLiteral("data_entries")).toArray();
        QCOMPARE(read->dataEntries.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            const TarEntry &t = read->dataEntries.at(i).tar;
            QCOMPARE(t.path, e.value(QStringLiteral("path")).toString());
            QCOMPARE(QString::number(t.mode, 8).rightJustified(4, u'0'),
                     e.value(QStringLiteral("mode")).toString());
            QCOMPARE(t.size, qint64(e.value(QStringLiteral("size")).toInt()));
            QCOMPARE(t.mtime, qint64(e.value(QStringLiteral("mtime")).toInteger()));
            QCOMPARE(t.uid, 0);
            QCOMPARE(QString::fromLatin1(t.paxSha1), e.value(QStringLiteral("pax_sha1")).toString());
            QCOMPARE(QString::fromUtf8(t.ustarName), e.value(QStringLiteral("ustar_name_field")).toString());
            if (!e.value(QStringLiteral("link_target")).isNull())
                QCOMPARE(t.linkTarget, e.value(QStringLiteral("link_target")).toString());
        }
        if (identicalDataTar)
            QCOMPARE(ourMembers.last(), fixtureMembers.last());
    }

    void unsignedPackage()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("root/usr/share/hello")));
        QFile file(dir.filePath(QStringLiteral("root/usr/share/hello/world.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\n");
        file.close();
        PackageMetadata metadata;
        metadata.name = QStringLiteral("hello");
        metadata.version = QStringLiteral("1.0-r0");
        metadata.buildDate = 1712000000;
        const QString output = dir.filePath(QStringLiteral("hello-1.0-r0.apk"));
        const auto created = PackageCreator::create(dir.filePath(QStringLiteral("root")), metadata, output);
        QVERIFY(created.ok());
        QCOMPARE(created->installedSize, 6);
        QVERIFY(created->pkginfo.contains("packager = Unknown\n"));
        QVERIFY(created->pkginfo.contains("origin = hello\n"));
        PackageReader::Options options;
        const auto read = PackageReader::read(output, options);
        QVERIFY(read.ok());
        QCOMPARE(read->verdict.kind, PackageVerdict::Kind::Unsigned);
        QCOMPARE(read->segments.size(), size_t(2));
        QVERIFY(read->dataHashMatches);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << QStringLiteral("name") << QString();
        QTest::newRow("name with slash") << QStringLiteral("name") << QStringLiteral("../evil");
        QTest::newRow("bad version") << QStringLiteral("version") << QStringLiteral("1.0-rX");
        QTest::newRow("newline in description")
            << QStringLiteral("description") << QStringLiteral("a\nb = c");
        QTest::newRow("space in depend") << QStringLiteral("depends") << QStringLiteral("a b");
        QTest::newRow("unknown script") << QStringLiteral("script") << QStringLiteral("post-build");
        QTest::newRow("trigger without folders") << QStringLiteral("script") << QStringLiteral("trigger");
    }

    void refusesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        PackageMetadata m;
        m.name = QStringLiteral("ok");
        m.version = QStringLiteral("1.0-r0");
        if (field == QLatin1String("name"))
            m.name = value;
        if (field == QLatin1String("version"))
            m.version = value;
        if (field == QLatin1String("description"))
            m.description = value;
        if (field == QLatin1String("depends"))
            m.depends << value;
        if (field == QLatin1String("script"))
            m.scripts.append({ value, "#!/bin/sh\n" });
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("root")));
        const QString output = dir.filePath(QStringLiteral("out.apk"));
        const auto created = PackageCreator::create(dir.filePath(QStringLiteral("root")), m, output);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), Error::Kind::InvalidArgument);
        QVERIFY(!QFileInfo::exists(output));
    }

    void refusesSpecialFilesAndReservedNames()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("root"));
        QDir().mkpath(root + QStringLiteral("/run"));
        QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/run/fifo")).constData(), 0644) == 0);
        PackageMetadata m;
        m.name = QStringLiteral("ok");
        m.version = QStringLiteral("1.0-r0");
        const QString output = dir.filePath(QStringLiteral("out.apk"));
        auto created = PackageCreator::create(root, m, output);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), Error::Kind::Unsupported);
        QVERIFY(created.error().location().endsWith(QLatin1String("fifo")));
        QVERIFY(!QFileInfo::exists(output));

        QFile::remove(root + QStringLiteral("/run/fifo"));
        QFile pkginfo(root + QStringLiteral("/.PKGINFO"));
        QVERIFY(pkginfo.open(QIODevice::WriteOnly));
        pkginfo.close();
        created = PackageCreator::create(root, m, output);
        QVERIFY(!created.ok());
        QVERIFY(created.error().message().contains(QLatin1String("reserved")));
    }
};

QTEST_GUILESS_MAIN(TestPackageCreator)
#include "tst_package_creator.moc"
