// Every v2 fixture package against what the real apk-tools recorded in expected.json, with
// every trust folder the fixtures use; v3 packages recognised as such.
#include "TestSupport.h"

#include "keys/PublicKey.h"
#include "keys/TrustStore.h"
#include "packages/PackageReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk;

namespace {

QJsonObject expected()
{
    static const QJsonObject root = [] {
        QFile file(test::fixturePath(QStringLiteral("expected.json")));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

QString modeString(uint mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

QString typeName(const TarEntry &entry)
{
    return tarEntryTypeName(entry.type);
}

// What apk 3 answered with this trust folder, as our verdict name.
QString apk3VerdictFor(const QJsonObject &pkg, const QString &dirKey, const QString &folder)
{
    const QJsonValue run = pkg.value(QStringLiteral("apk3_verify_") + dirKey);
    if (run.isObject()) {
        const QString out = run.toObject().value(QStringLiteral("stdout")).toString();
        if (out.endsWith(QLatin1String(": OK\n")))
            return QStringLiteral("trusted");
        if (out.contains(QLatin1String("UNTRUSTED signature")))
            return pkg.value(QStringLiteral("signatures")).toArray().isEmpty() ? QStringLiteral("unsigned")
                                                                               : QStringLiteral("untrusted");
        if (out.contains(QLatin1String("BAD signature")))
            return QStringLiteral("bad-signature");
        if (out.contains(QLatin1String("integrity error")))
            return QStringLiteral("data-integrity-error");
        if (out.contains(QLatin1String("unexpected end of file")))
            return QStringLiteral("truncated");
        return QStringLiteral("?") + out;
    }
    // Not recorded (single-signature files with trusted-a/-b): apply apk's rule to the
    // recorded signature facts: the first signature whose key is in the folder decides.
    const QString verdict = pkg.value(QStringLiteral("verdict")).toString();
    if (verdict == QLatin1String("truncated") || verdict == QLatin1String("unsigned"))
        return verdict;
    const QStringList keys =
        expected().value(QStringLiteral("key_dirs")).toObject().value(folder).toVariant().toStringList();
    for (const QJsonValue &sig : pkg.value(QStringLiteral("signatures")).toArray()) {
        const QJsonObject s = sig.toObject();
        if (!keys.contains(s.value(QStringLiteral("key_name")).toString()))
            continue;
        if (!s.value(QStringLiteral("valid_over_signed_member")).toBool())
            return QStringLiteral("bad-signature");
        return verdict == QLatin1String("data-integrity-error") ? verdict : QStringLiteral("trusted");
    }
    return QStringLiteral("untrusted");
}

} // namespace

class TestPackageFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!expected().isEmpty(), "expected.json not found"); }

    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("verdict");
        const QStringList folders = { QStringLiteral("trusted"), QStringLiteral("all-pub"),
                                      QStringLiteral("trusted-a"), QStringLiteral("trusted-b") };
        for (const QJsonValue &value : expected().value(QStringLiteral("packages_v2")).toArray()) {
            const QJsonObject pkg = value.toObject();
            const QString file = pkg.value(QStringLiteral("file")).toString();
            for (const QString &folder : folders) {
                QString dirKey = folder;
                dirKey.replace(QLatin1Char('-'), QLatin1Char('_'));
                QString verdict = apk3VerdictFor(pkg, dirKey, folder);
                if (folder == QLatin1String("trusted"))
                    QCOMPARE(verdict, pkg.value(QStringLiteral("verdict")).toString());
                QTest::addRow("%s %s", qPrintable(file), qPrintable(folder)) << file << folder << verdict;
            }
        }
    }

    void verdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, folder);
        QFETCH(QString, verdict);
        PackageReader::Options options;
        options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/") + folder) });
        QVERIFY(options.trust.loadErrors().isEmpty());
        auto package = PackageReader::read(test::fixturePath(file), options);
        QVERIFY(package.ok());
        QCOMPARE(package->verdict.name(), verdict);
    }

    void contents_data()
    {
        QTest::addColumn<QJsonObject>("pkg");
        for (const QJsonValue &value : expected().value(QStringLiteral("packages_v2")).toArray())
            QTest::addRow("%s", qPrintable(value.toObject().value(QStringLiteral("file")).toString()))
                << value.toObject();
    }

    void contents()
    {
        QFETCH(QJsonObject, pkg);
        PackageReader::Options options;
        options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        auto result =
            PackageReader::read(test::fixturePath(pkg.value(QStringLiteral("file")).toString()), options);
        QVERIFY(result.ok());
        const ApkPackage &p = *result;
        QCOMPARE(p.fileSize, pkg.value(QStringLiteral("size")).toInteger());

        // Segments: exact compressed ranges, roles, headers, tar entries.
        const QJsonArray segments = pkg.value(QStringLiteral("segments")).toArray();
        QCOMPARE(qsizetype(p.segments.size()), segments.size());
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QJsonObject s = segments.at(i).toObject();
            const PackageSegment &seg = p.segments[size_t(i)];
            QCOMPARE(seg.member.offset, s.value(QStringLiteral("offset")).toInteger());
            QCOMPARE(seg.member.end, s.value(QStringLiteral("end")).toInteger());
            QCOMPARE(segmentRoleName(seg.role), s.value(QStringLiteral("role")).toString());
            QCOMPARE(seg.member.complete, s.value(QStringLiteral("complete")).toBool());
            if (seg.member.complete) {
                QCOMPARE(qint64(seg.member.uncompressedSize),
                         s.value(QStringLiteral("uncompressed_len")).toInteger());
                QCOMPARE(seg.tarEndZeroBlocks, s.value(QStringLiteral("tar_end_zero_blocks")).toInt());
            }
            const QJsonObject header = s.value(QStringLiteral("gzip_header")).toObject();
            QCOMPARE(int(seg.member.flags), header.value(QStringLiteral("flags")).toInt());
            QCOMPARE(qint64(seg.member.mtime), header.value(QStringLiteral("mtime")).toInteger());
            QCOMPARE(int(seg.member.extraFlags), header.value(QStringLiteral("xfl")).toInt());
            QCOMPARE(int(seg.member.os), header.value(QStringLiteral("os")).toInt());
            QCOMPARE(seg.member.header.left(2).toHex(),
                     header.value(QStringLiteral("id")).toString().toLatin1());
            const QJsonValue entries = s.value(QStringLiteral("tar_entries"));
            if (entries.isDouble()) // the data member: only the count is recorded
                QCOMPARE(qsizetype(p.dataEntries.size()), qsizetype(entries.toInt()));
            else
                QCOMPARE(seg.tarEntries, entries.toVariant().toStringList().mid(0, 64));
        }

        // Identity and datahash over compressed bytes.
        const QJsonValue expectedC = pkg.value(QStringLiteral("expected_C"));
        if (expectedC.isString()) {
            QCOMPARE(p.identityChecksum(), expectedC.toString());
            QCOMPARE(QString::fromLatin1(p.controlSha1.toHex()),
                     pkg.value(QStringLiteral("control_sha1_hex")).toString());
            QCOMPARE(p.identityChecksum(), pkg.value(QStringLiteral("apk2_index_C")).toString());
        } else {
            QVERIFY(p.identityChecksum().isEmpty());
        }
        if (pkg.value(QStringLiteral("datahash_computed")).isString()) {
            QCOMPARE(p.dataHashHex(), pkg.value(QStringLiteral("datahash_computed")).toString());
            QCOMPARE(QString::fromLatin1(p.pkgInfo.dataHash()),
                     pkg.value(QStringLiteral("datahash_pkginfo")).toString());
            QCOMPARE(p.dataHashMatches, pkg.value(QStringLiteral("datahash_matches")).toBool());
        }

        // Signatures, each with its own state (all-pub makes every key available).
        const QJsonArray sigs = pkg.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(qsizetype(p.signatures.size()), sigs.size());
        for (qsizetype i = 0; i < sigs.size(); ++i) {
            const QJsonObject s = sigs.at(i).toObject();
            const SignatureRecord &r = p.signatures[size_t(i)];
            QCOMPARE(r.memberIndex, s.value(QStringLiteral("member_index")).toInt());
            QCOMPARE(r.entryName, s.value(QStringLiteral("entry_name")).toString());
            QCOMPARE(r.name.type, s.value(QStringLiteral("type")).toString());
            QCOMPARE(digestAlgorithmName(r.name.digest), s.value(QStringLiteral("digest")).toString());
            QCOMPARE(r.name.keyName, s.value(QStringLiteral("key_name")).toString());
            QCOMPARE(r.signature.size(), s.value(QStringLiteral("sig_len")).toInt());
            const bool trusted = s.value(QStringLiteral("trusted_by_keys_trusted")).toBool();
            const QJsonValue valid = s.value(QStringLiteral("valid_over_signed_member"));
            if (!trusted)
                QCOMPARE(r.state, SignatureRecord::State::UntrustedKey);
            else if (valid.isNull())
                QCOMPARE(r.state, SignatureRecord::State::NotReached);
            else
                QCOMPARE(r.state,
                         valid.toBool() ? SignatureRecord::State::Valid : SignatureRecord::State::Invalid);
        }
        const QJsonValue verdictSignature = pkg.value(QStringLiteral("verdict_signature"));
        if (verdictSignature.isString()
            && pkg.value(QStringLiteral("verdict")).toString() != QLatin1String("truncated")) {
            QVERIFY(p.decisiveSignature >= 0);
            QCOMPARE(p.signatures[size_t(p.decisiveSignature)].entryName, verdictSignature.toString());
            QCOMPARE(p.verdict.keyName, p.signatures[size_t(p.decisiveSignature)].name.keyName);
        }

        if (pkg.value(QStringLiteral("pkginfo_fields")).isNull()) {
            QVERIFY(!p.hasPkgInfo);
            return;
        }
        // .PKGINFO: every line in order, repeated keys kept.
        QCOMPARE(QString::fromUtf8(p.pkgInfo.text()), pkg.value(QStringLiteral("pkginfo_text")).toString());
        const QJsonArray fields = pkg.value(QStringLiteral("pkginfo_fields")).toArray();
        QCOMPARE(p.pkgInfo.fields().size(), fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QCOMPARE(p.pkgInfo.fields().at(i).key, fields.at(i).toArray().at(0).toString());
            QCOMPARE(p.pkgInfo.fields().at(i).value, fields.at(i).toArray().at(1).toString());
        }
        QCOMPARE(p.pkgInfo.name(), pkg.value(QStringLiteral("pkgname")).toString());
        QCOMPARE(p.pkgInfo.version(), pkg.value(QStringLiteral("pkgver")).toString());
        QCOMPARE(p.pkgInfo.arch(), pkg.value(QStringLiteral("arch")).toString());
        const QJsonValue triggers = pkg.value(QStringLiteral("triggers"));
        QCOMPARE(p.pkgInfo.value(QStringLiteral("triggers")),
                 triggers.isNull() ? QString() : triggers.toString());

        // Control entries and install scripts, in tar order.
        const QJsonArray control = pkg.value(QStringLiteral("control_entries")).toArray();
        QCOMPARE(p.controlEntries.size(), control.size());
        for (qsizetype i = 0; i < control.size(); ++i) {
            const QJsonObject c = control.at(i).toObject();
            const TarEntry &e = p.controlEntries.at(i);
            QCOMPARE(e.path, c.value(QStringLiteral("path")).toString());
            QCOMPARE(modeString(e.mode), c.value(QStringLiteral("mode")).toString());
            QCOMPARE(e.size, c.value(QStringLiteral("size")).toInteger());
            QCOMPARE(e.mtime, c.value(QStringLiteral("mtime")).toInteger());
            QCOMPARE(e.uname, c.value(QStringLiteral("uname")).toString());
        }
        const QJsonArray scripts = pkg.value(QStringLiteral("install_scripts")).toArray();
        QCOMPARE(p.installScripts.size(), scripts.size());
        for (qsizetype i = 0; i < scripts.size(); ++i) {
            const QJsonObject s = scripts.at(i).toObject();
            QCOMPARE(p.installScripts.at(i).name, s.value(QStringLiteral("name")).toString());
            QCOMPARE(p.installScripts.at(i).size, s.value(QStringLiteral("size")).toInteger());
            QCOMPARE(QString::fromLatin1(p.installScripts.at(i).sha1),
                     s.value(QStringLiteral("sha1")).toString());
            QCOMPARE(p.installScripts.at(i).content.size(), p.installScripts.at(i).size);
        }

        // Data entries: every field abuild wrote, and the per-file checksum.
        const QJsonArray data = pkg.value(QStringLiteral("data_entries")).toArray();
        QCOMPARE(p.dataEntries.size(), data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject d = data.at(i).toObject();
            const DataEntry &e = p.dataEntries.at(i);
            const QString where = d.value(QStringLiteral("path")).toString();
            QCOMPARE(e.tar.path, where);
            QCOMPARE(typeName(e.tar), d.value(QStringLiteral("type")).toString());
            QCOMPARE(modeString(e.tar.mode), d.value(QStringLiteral("mode")).toString());
            QCOMPARE(e.tar.uid, d.value(QStringLiteral("uid")).toInteger());
            QCOMPARE(e.tar.gid, d.value(QStringLiteral("gid")).toInteger());
            QCOMPARE(e.tar.uname, d.value(QStringLiteral("uname")).toString());
            QCOMPARE(e.tar.gname, d.value(QStringLiteral("gname")).toString());
            QCOMPARE(e.tar.mtime, d.value(QStringLiteral("mtime")).toInteger());
            QCOMPARE(e.tar.size, d.value(QStringLiteral("size")).toInteger());
            QCOMPARE(e.tar.headerOffset, d.value(QStringLiteral("header_offset")).toInteger());
            QCOMPARE(QString::fromUtf8(e.tar.ustarName),
                     d.value(QStringLiteral("ustar_name_field")).toString());
            QCOMPARE(QString::fromUtf8(e.tar.ustarPrefix),
                     d.value(QStringLiteral("ustar_prefix_field")).toString());
            const QJsonValue link = d.value(QStringLiteral("link_target"));
            QCOMPARE(e.tar.linkTarget, link.isNull() ? QString() : link.toString());
            const QJsonValue paxSha1 = d.value(QStringLiteral("pax_sha1"));
            QCOMPARE(QString::fromLatin1(e.tar.paxSha1), paxSha1.isNull() ? QString() : paxSha1.toString());
            const QJsonValue contentSha1 = d.value(QStringLiteral("content_sha1"));
            QCOMPARE(QString::fromLatin1(e.contentSha1),
                     contentSha1.isNull() ? QString() : contentSha1.toString());
            const QJsonValue matches = d.value(QStringLiteral("pax_sha1_matches"));
            if (matches.isNull())
                QCOMPARE(e.checksum, DataEntry::Checksum::NotApplicable);
            else
                QCOMPARE(e.checksum,
                         matches.toBool() ? DataEntry::Checksum::Match : DataEntry::Checksum::Mismatch);
            QStringList keywords;
            for (const QByteArray &k : e.tar.paxKeywords())
                keywords << QString::fromUtf8(k);
            keywords.sort();
            QStringList expectedKeywords = d.value(QStringLiteral("pax_keywords")).toVariant().toStringList();
            expectedKeywords.sort();
            QCOMPARE(keywords, expectedKeywords);
            const QJsonObject xattrs = d.value(QStringLiteral("xattrs")).toObject();
            QCOMPARE(e.tar.xattrs.size(), xattrs.size());
            for (const auto &[name, value] : e.tar.xattrs)
                QCOMPARE(QString::fromLatin1(value.toHex()),
                         xattrs.value(name).toObject().value(QStringLiteral("hex")).toString());
        }
        QCOMPARE(p.filesWithBadChecksum,
                 pkg.value(QStringLiteral("files_with_bad_sha1")).toVariant().toStringList());
        QVERIFY(p.duplicatePaths.isEmpty());
        QVERIFY(p.unsafePaths.isEmpty());
    }

    void keysMatchExpected()
    {
        for (const QJsonValue &value : expected().value(QStringLiteral("keys")).toArray()) {
            const QJsonObject k = value.toObject();
            const QString file = k.value(QStringLiteral("kind")).toString() == QLatin1String("public")
                ? k.value(QStringLiteral("file")).toString()
                : k.value(QStringLiteral("public_key_file")).toString();
            auto key = PublicKey::load(test::fixturePath(file));
            QVERIFY2(key.ok(), qPrintable(file));
            QCOMPARE(key->bits(), k.value(QStringLiteral("bits")).toInt());
            QCOMPARE(key->fingerprintHex(), k.value(QStringLiteral("public_der_sha256")).toString());
            QCOMPARE(key->fingerprintBase64(), k.value(QStringLiteral("public_der_sha256_b64")).toString());
        }
    }

    void privateKeyIsNotAPublicKey()
    {
        auto key = PublicKey::load(test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::Crypto);
        QVERIFY(key.error().message().contains(QLatin1String("private")));
    }

    void v3PackagesRecognised()
    {
        for (const QJsonValue &value : expected().value(QStringLiteral("packages_v3")).toArray()) {
            const QJsonObject pkg = value.toObject();
            auto result =
                PackageReader::read(test::fixturePath(pkg.value(QStringLiteral("file")).toString()), {});
            QVERIFY(result.ok());
            QCOMPARE(result->verdict.kind, PackageVerdict::Kind::ApkV3);
            QCOMPARE(QString::fromLatin1(result->v3Magic), pkg.value(QStringLiteral("magic")).toString());
            QVERIFY(!result->hasPkgInfo);
            const QJsonObject info = pkg.value(QStringLiteral("adbdump_parsed"))
                                         .toObject()
                                         .value(QStringLiteral("info"))
                                         .toObject();
            int sigBlocks = 0;
            for (const QJsonValue &block : pkg.value(QStringLiteral("blocks")).toArray())
                sigBlocks +=
                    block.toObject().value(QStringLiteral("type")).toString() == QLatin1String("SIG");
            if (result->v3Compression.startsWith(QLatin1String("zstd"))) {
                QCOMPARE(result->v3SignatureBlocks, -1); // no zstd decoder: the container is not read
                continue;
            }
            QCOMPARE(result->v3Schema, QStringLiteral("pckg"));
            QCOMPARE(result->v3SignatureBlocks, sigBlocks);
            QCOMPARE(result->pkgInfo.name(), info.value(QStringLiteral("name")).toString());
            QCOMPARE(result->pkgInfo.version(), info.value(QStringLiteral("version")).toString());
            QCOMPARE(result->pkgInfo.description(), info.value(QStringLiteral("description")).toString());
            QCOMPARE(result->pkgInfo.arch(), info.value(QStringLiteral("arch")).toString());
            QCOMPARE(result->pkgInfo.license(), info.value(QStringLiteral("license")).toString());
            QCOMPARE(result->pkgInfo.buildDate(),
                     info.value(QStringLiteral("build-time")).toString().toLongLong());
            QCOMPARE(result->pkgInfo.installedSize(),
                     info.value(QStringLiteral("installed-size")).toString().toLongLong());
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageFixtures)
#include "tst_package_fixtures.moc"
