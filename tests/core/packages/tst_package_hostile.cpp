// Hostile packages (HOSTILE.md, archives and signatures): each gives a clear verdict or
// error, never a crash, and extraction writes nothing outside its folder.
#include "ApkTestBuilder.h"
#include "TestSupport.h"

#include "keys/TrustStore.h"
#include "packages/PackageExtractor.h"
#include "packages/PackageReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::test;

namespace {

PackageReader::Options trustedOptions()
{
    PackageReader::Options options;
    options.trust = TrustStore::fromDirectories({ fixturePath(QStringLiteral("keys/trusted")) });
    return options;
}

ApkPackage readBytes(const QByteArray &bytes, const PackageReader::Options &options = trustedOptions())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return PackageReader::read(buffer, QStringLiteral("memory.apk"), options);
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

// A deflate stream that inflates to 1 + 258*repeats zero bytes at ~1030:1, the best
// deflate can do: one dynamic Huffman block where "length 258, distance 1" costs 2 bits.
QByteArray deflateBomb(quint64 repeats)
{
    QByteArray out;
    quint32 bitBuffer = 0;
    int bitCount = 0;
    auto bits = [&](quint32 value, int count) { // LSB first (header fields, extra bits)
        bitBuffer |= value << bitCount;
        bitCount += count;
        while (bitCount >= 8) {
            out += char(bitBuffer & 0xff);
            bitBuffer >>= 8;
            bitCount -= 8;
        }
    };
    auto code = [&](quint32 value, int count) { // Huffman codes go MSB first
        for (int i = count - 1; i >= 0; --i)
            bits((value >> i) & 1, 1);
    };
    bits(1, 1); // BFINAL
    bits(2, 2); // dynamic Huffman
    bits(29, 5); // HLIT: 286 literal/length codes
    bits(0, 5); // HDIST: 1 distance code
    bits(14, 4); // HCLEN: 18 code length codes
    // Code length code lengths in the RFC 1951 order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1:
    // 18 -> 1 bit (code 0), 1 -> 2 bits (10), 2 -> 2 bits (11).
    const int order[18] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1 };
    for (const int symbol : order)
        bits(symbol == 18 ? 1 : (symbol == 1 || symbol == 2) ? 2 : 0, 3);
    // Literal/length lengths: 0 -> 2, 1..255 -> 0, 256 -> 2, 257..284 -> 0, 285 -> 1.
    code(3, 2); // length 2 for literal 0
    code(0, 1), bits(127, 7); // 18: 138 zeros
    code(0, 1), bits(106, 7); // 18: 117 zeros
    code(3, 2); // length 2 for end-of-block
    code(0, 1), bits(17, 7); // 18: 28 zeros
    code(2, 2); // length 1 for symbol 285
    code(2, 2); // distance code 0: length 1
    // Codes: 285 -> 0, literal 0 -> 10, end-of-block -> 11, distance 0 -> 0.
    code(2, 2); // one literal zero
    for (quint64 i = 0; i < repeats; ++i) {
        code(0, 1);
        code(0, 1);
    }
    code(3, 2);
    if (bitCount > 0)
        out += char(bitBuffer & 0xff);
    return out;
}

QByteArray gzipBomb(quint64 uncompressed)
{
    QByteArray out = QByteArray::fromHex("1f8b0800000000000203");
    out += deflateBomb((uncompressed - 1) / 258);
    out += QByteArray(8, '\0'); // trailer never reached
    return out;
}

QList<TarItem> simpleData()
{
    return { TarItem { "usr/", {}, '5', {}, 0755 }, TarItem { "usr/bin/", {}, '5', {}, 0755 },
             TarItem { "usr/bin/tool", "#!/bin/sh\necho hello\n", '0', {}, 0755 } };
}

} // namespace

class TestPackageHostile : public QObject
{
    Q_OBJECT

private slots:
    void generatedPackageIsTrusted()
    {
        const PackageParts parts = buildPackage(simpleData());
        const ApkPackage p = readBytes(parts.whole());
        QCOMPARE(p.verdict.name(), QStringLiteral("trusted"));
        QCOMPARE(p.dataEntries.size(), 3);
        QCOMPARE(p.dataEntries.at(2).checksum, DataEntry::Checksum::Match);
    }

    void truncatedAtEverySegmentBoundary_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : { "pkgs-v2/fixture-double-5.2-r0.apk", "pkgs-v2/fixture-tool-3.8.1-r2.apk",
                                  "pkgs-v2/fixture-sha256-7.1.0_git20250214-r3.apk" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void truncatedAtEverySegmentBoundary()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readFile(fixturePath(file));
        const ApkPackage whole = readBytes(bytes);
        QCOMPARE(whole.verdict.kind, PackageVerdict::Kind::Trusted);
        for (const PackageSegment &segment : whole.segments) {
            for (const qint64 cut :
                 { segment.member.offset + 1, segment.member.offset + segment.member.headerLength,
                   segment.member.end - 8, segment.member.end - 1, segment.member.end }) {
                if (cut >= bytes.size())
                    continue;
                const ApkPackage p = readBytes(bytes.left(cut));
                QVERIFY2(p.verdict.kind == PackageVerdict::Kind::Truncated,
                         qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(p.verdict.describe())));
                QVERIFY(p.verdict.offset >= 0 && p.verdict.offset <= cut);
            }
        }
    }

    void truncatedAtEveryOffset()
    {
        const QByteArray bytes = readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")));
        QCOMPARE(readBytes(bytes.left(0)).verdict.kind, PackageVerdict::Kind::NotApk); // empty
        for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
            const ApkPackage p = readBytes(bytes.left(cut));
            if (p.verdict.kind != PackageVerdict::Kind::Truncated)
                QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(p.verdict.describe())));
            QVERIFY(p.verdict.offset <= cut);
        }
    }

    void trailingGarbage_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("text") << QByteArray("garbage");
        QTest::newRow("zeros") << QByteArray(512, '\0');
        QTest::newRow("gzip magic only") << QByteArray::fromHex("1f8b");
        QTest::newRow("another member") << gzipMember("hello");
    }
    void trailingGarbage()
    {
        QFETCH(QByteArray, tail);
        const QByteArray bytes = readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")));
        const ApkPackage p = readBytes(bytes + tail);
        QVERIFY2(p.verdict.kind == PackageVerdict::Kind::Corrupt
                     || p.verdict.kind == PackageVerdict::Kind::Truncated,
                 qPrintable(p.verdict.describe()));
        QVERIFY(p.verdict.offset >= qint64(bytes.size()));
        QVERIFY(p.verdict.offset <= qint64(bytes.size() + tail.size()));
    }

    void gzipBombAlone()
    {
        const QByteArray bomb = gzipBomb(quint64(1) << 30); // 1 GiB of zeros in ~1 MB
        QVERIFY(bomb.size() < 2 * 1024 * 1024);
        const ApkPackage p = readBytes(bomb);
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::LimitExceeded);
        QVERIFY(p.verdict.describe().contains(QLatin1String("gzip bomb")));
    }

    void gzipBombAsDataMember()
    {
        PackageParts parts = buildPackage(simpleData());
        const ApkPackage p = readBytes(parts.signature + parts.control + gzipBomb(quint64(1) << 30));
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::LimitExceeded);
        QVERIFY(p.verdict.offset > parts.signature.size() + parts.control.size());
    }

    void sizeCapIsConfigurable()
    {
        PackageReader::Options options = trustedOptions();
        options.gzipLimits.maxUncompressedTotal = 4096;
        const ApkPackage p = readBytes(buildPackage(simpleData()).whole(), options);
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::LimitExceeded);
    }

    void hugePkgInfo()
    {
        const QByteArray big = "pkgdesc = " + QByteArray(10 * 1024 * 1024, 'x') + "\n";
        const ApkPackage p = readBytes(buildPackage(simpleData(), true, big).whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::LimitExceeded);
        QVERIFY(p.verdict.describe().contains(QLatin1String(".PKGINFO")));
    }

    void binaryPkgInfo_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("NUL") << QByteArray("pkgdesc = a\0b\n", 14);
        QTest::newRow("invalid UTF-8") << QByteArray("pkgdesc = \xff\xfe\n");
    }
    void binaryPkgInfo()
    {
        QFETCH(QByteArray, line);
        const ApkPackage p = readBytes(buildPackage(simpleData(), true, line).whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Corrupt);
        QVERIFY2(p.verdict.detail.contains(QLatin1String("line 6")), qPrintable(p.verdict.detail));
    }

    void wrongLengthSignature()
    {
        const ApkPackage p = readBytes(buildPackage(simpleData(), true, {}, QByteArray(100, 'x')).whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::BadSignature);
        QCOMPARE(p.signatures.at(0).state, SignatureRecord::State::Invalid);
        QVERIFY(p.signatures.at(0).detail.contains(QLatin1String("100 bytes")));
    }

    void emptySignature()
    {
        const ApkPackage p = readBytes(buildPackage(simpleData(), true, {}, QByteArray("")).whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::BadSignature);
    }

    void oversizedSignatureIgnored()
    {
        const ApkPackage p =
            readBytes(buildPackage(simpleData(), true, {}, QByteArray(70 * 1024, 'x')).whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Untrusted);
        QCOMPARE(p.signatures.at(0).state, SignatureRecord::State::Ignored);
        QVERIFY(p.signatures.at(0).signature.isEmpty());
    }

    void signatureNameWithSlash()
    {
        // apk never opens the name as a path; a '/' makes it data, so this is no package at all.
        const PackageParts parts = buildPackage(simpleData(), true, {}, {}, "../../../x.pub");
        const ApkPackage p = readBytes(parts.whole());
        QVERIFY(!p.verdict.isTrusted());
        QVERIFY(p.verdict.kind == PackageVerdict::Kind::NotApk
                || p.verdict.kind == PackageVerdict::Kind::Corrupt);
        TrustStore trust = TrustStore::fromDirectories({ fixturePath(QStringLiteral("keys/trusted")) });
        QVERIFY(trust.find(QStringLiteral("fixture-6b0ae07e.rsa.pub")));
        QVERIFY(!trust.find(QStringLiteral("../trusted/fixture-6b0ae07e.rsa.pub")));
        QVERIFY(!trust.find(QStringLiteral("/work/fixture-6b0ae07e.rsa.pub")));
        QVERIFY(!trust.find(QString()));
    }

    void untrustedKeyNamed()
    {
        const PackageParts parts = buildPackage(simpleData(), true, {}, {}, "somebody-else.rsa.pub");
        const ApkPackage p = readBytes(parts.whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Untrusted);
        QCOMPARE(p.verdict.keyName, QStringLiteral("somebody-else.rsa.pub"));
        QVERIFY(p.verdict.describe().contains(QLatin1String("somebody-else.rsa.pub")));
    }

    void flippedByteAnywhere()
    {
        const QByteArray bytes = buildPackage(simpleData()).whole();
        for (qsizetype i = 0; i < bytes.size(); i += 7) {
            // MTIME, XFL and OS of the signature member's gzip header are covered by nothing,
            // in apk as here (the CRC covers the uncompressed bytes only).
            if (i >= 4 && i < 10)
                continue;
            QByteArray copy = bytes;
            copy[i] = char(copy.at(i) ^ 0x01);
            const ApkPackage p = readBytes(copy);
            if (p.verdict.isTrusted())
                QFAIL(qPrintable(QStringLiteral("flip at %1 still trusted").arg(i)));
        }
    }

    void randomMutationsOfEveryFixture()
    {
        // Deterministic pseudo-random damage (flips, cuts, inserted junk) over every v2
        // fixture: never a crash or hang, and never "trusted" unless the bytes are unchanged
        // where a signature or checksum covers them.
        const QStringList files =
            QDir(fixturePath(QStringLiteral("pkgs-v2"))).entryList({ QStringLiteral("*.apk") }, QDir::Files);
        quint32 seed = 20240301;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        int trustedAfterDamage = 0;
        for (const QString &name : files) {
            const QByteArray original = readFile(fixturePath(QStringLiteral("pkgs-v2/") + name));
            for (int round = 0; round < 150; ++round) {
                QByteArray bytes = original;
                const int kind = int(next() % 3);
                const qsizetype at = qsizetype(next() % quint32(bytes.size()));
                if (kind == 0) {
                    bytes[at] = char(bytes.at(at) ^ char(1 + next() % 255));
                } else if (kind == 1) {
                    bytes.truncate(at);
                } else {
                    bytes.insert(at, QByteArray(int(1 + next() % 64), char(next() & 0xff)));
                }
                const ApkPackage p = readBytes(bytes);
                if (p.verdict.isTrusted())
                    ++trustedAfterDamage;
            }
        }
        // Only a flip inside the signature member's gzip header (MTIME/XFL/OS) could keep a
        // package trusted; this deterministic sequence never hits one.
        QCOMPARE(trustedAfterDamage, 0);
    }

    void damagedV3Packages()
    {
        // The ADB container reader on cut and flipped v3 files: always "apk v3" (or "not an
        // apk" when even the magic is gone), never a crash, never trusted.
        for (const char *name :
             { "pkgs-v3/fixture-v3-deflate-1.4.0-r0.apk", "pkgs-v3/fixture-v3-unsigned-2.0-r1.apk" }) {
            const QByteArray bytes = readFile(fixturePath(QString::fromLatin1(name)));
            for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
                const ApkPackage p = readBytes(bytes.left(cut));
                QVERIFY(!p.verdict.isTrusted());
                QCOMPARE(p.verdict.kind,
                         cut < 4 ? PackageVerdict::Kind::NotApk : PackageVerdict::Kind::ApkV3);
            }
            for (qsizetype at = 4; at < bytes.size(); at += 3) {
                QByteArray copy = bytes;
                copy[at] = char(copy.at(at) ^ 0x5a);
                QCOMPARE(readBytes(copy).verdict.kind, PackageVerdict::Kind::ApkV3);
            }
        }
    }

    void badTarHeaderChecksum()
    {
        QByteArray tar = tarOf(simpleData(), true);
        tar[1024 + 10] = 'Z'; // inside the name of the third header, checksum not updated
        PackageParts parts = buildPackage(simpleData());
        const ApkPackage p = readBytes(parts.signature + parts.control + gzipMember(tar));
        QVERIFY(!p.verdict.isTrusted());
        QVERIFY2(p.verdict.kind == PackageVerdict::Kind::Corrupt
                     || p.verdict.kind == PackageVerdict::Kind::DataHashMismatch,
                 qPrintable(p.verdict.describe()));
        // The datahash no longer matches either, but the format error is found first.
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Corrupt);
        QVERIFY(p.verdict.detail.contains(QLatin1String("checksum")));
    }

    void hugeSizeFields_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::newRow("pax header of 1 GB")
            << (ustarHeader("PaxHeaders/x", quint64(1) << 30, 'x') + QByteArray(512, 'a'));
        QTest::newRow("GNU long name of 1 GB")
            << (ustarHeader("././@LongLink", quint64(1) << 30, 'L') + QByteArray(512, 'a'));
        QTest::newRow("pax size 2^63")
            << (ustarHeader("PaxHeaders/x", 512, 'x') + padded(paxRecord("size", "9223372036854775808"))
                + ustarHeader("x", 0));
        QByteArray base256 = ustarHeader("file", 0);
        base256[124] = char(0x80);
        for (int i = 125; i < 136; ++i)
            base256[i] = char(0xff);
        setChecksum(base256);
        QTest::newRow("base-256 size near 2^63") << base256;
    }
    void hugeSizeFields()
    {
        QFETCH(QByteArray, tar);
        PackageParts parts = buildPackage(simpleData());
        const ApkPackage p = readBytes(parts.signature + parts.control + gzipMember(tar));
        QVERIFY2(p.verdict.kind == PackageVerdict::Kind::LimitExceeded
                     || p.verdict.kind == PackageVerdict::Kind::Corrupt,
                 qPrintable(p.verdict.describe()));
    }

    void gzipHeaderWith64KiBExtraField()
    {
        PackageParts parts = buildPackage(simpleData(), false);
        const QByteArray tar =
            tarOf({ TarItem { ".PKGINFO", "pkgname = x\npkgver = 1-r0\n", '0', {}, 0644, false } }, false);
        const QByteArray control = gzipMember(tar, QByteArray(65535, 'e'));
        const ApkPackage p = readBytes(control + parts.data);
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Unsigned);
        QCOMPARE(p.segments.at(0).member.headerLength, qint64(10 + 2 + 65535));
        const ApkPackage cut = readBytes(QByteArray(control + parts.data).left(30000));
        QCOMPARE(cut.verdict.kind, PackageVerdict::Kind::Truncated);
    }

    void zeroByteFileAndDirectory()
    {
        QTemporaryDir dir;
        const QString empty = writeTemp(dir, QStringLiteral("empty.apk"), {});
        auto p = PackageReader::read(empty, trustedOptions());
        QVERIFY(p.ok());
        QCOMPARE(p->verdict.kind, PackageVerdict::Kind::NotApk);
        QVERIFY(p->verdict.describe().contains(QLatin1String("empty")));
        auto d = PackageReader::read(dir.path(), trustedOptions());
        QVERIFY(!d.ok());
        QVERIFY(d.error().message().contains(QLatin1String("directory")));
        auto missing = PackageReader::read(dir.filePath(QStringLiteral("nope.apk")), trustedOptions());
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
    }

    void keyFilesThatAreNotKeys()
    {
        QTemporaryDir dir;
        writeTemp(dir, QStringLiteral("empty.rsa.pub"), {});
        writeTemp(dir, QStringLiteral("text.rsa.pub"), "hello\n");
        writeTemp(dir, QStringLiteral("broken.rsa.pub"),
                  "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QFile::copy(fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")),
                    dir.filePath(QStringLiteral("private.rsa.pub")));
        QFile::copy(fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa.pub")),
                    dir.filePath(QStringLiteral("fixture-6b0ae07e.rsa.pub")));
        QDir(dir.path()).mkdir(QStringLiteral("folder.rsa.pub"));
        const TrustStore trust = TrustStore::fromDirectories({ dir.path() });
        QCOMPARE(trust.keyNames(), QStringList { QStringLiteral("fixture-6b0ae07e.rsa.pub") });
        QCOMPARE(trust.loadErrors().size(), 4);
        for (const Error &error : trust.loadErrors()) {
            QCOMPARE(error.kind(), Error::Kind::Crypto);
            QVERIFY(!error.location().isEmpty());
        }
        QVERIFY(!PublicKey::load(dir.filePath(QStringLiteral("folder.rsa.pub"))).ok());
        QVERIFY(PublicKey::load(dir.filePath(QStringLiteral("private.rsa.pub")))
                    .error()
                    .message()
                    .contains(QLatin1String("private")));
    }

    void duplicateEntries()
    {
        QList<TarItem> items = simpleData();
        items << TarItem { "usr/bin/tool", "other\n", '0', {}, 0755 };
        const ApkPackage p = readBytes(buildPackage(items).whole());
        QCOMPARE(p.duplicatePaths, QStringList { QStringLiteral("usr/bin/tool") });
        QTemporaryDir dir;
        const QString pkg = writeTemp(dir, QStringLiteral("dup.apk"), buildPackage(items).whole());
        PackageExtractor::Options options;
        options.read = trustedOptions();
        auto result = PackageExtractor::extract(pkg, dir.filePath(QStringLiteral("out")), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Unsafe);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/usr"))));
    }

    void extractRefusesEscapes_data()
    {
        QTest::addColumn<QList<TarItem>>("items");
        QTest::addColumn<int>("kind");
        QTest::newRow("dotdot") << QList<TarItem> { TarItem { "usr/../../sentinel", "owned\n" } }
                                << int(Error::Kind::Format);
        QTest::newRow("absolute") << QList<TarItem> { TarItem { "/tmp/apkdesk-absolute-escape", "owned\n" } }
                                  << int(Error::Kind::Format);
        QTest::newRow("newline") << QList<TarItem> { TarItem { "usr/a\nb", "x\n" } }
                                 << int(Error::Kind::Format);
        QTest::newRow("symlink then write through it")
            << QList<TarItem> { TarItem { "usr/", {}, '5', {}, 0755 },
                                TarItem { "usr/lib", {}, '2', "../.." },
                                TarItem { "usr/lib/sentinel", "owned\n" } }
            << int(Error::Kind::Unsafe);
        QTest::newRow("absolute symlink then write through it")
            << QList<TarItem> { TarItem { "usr/", {}, '5', {}, 0755 }, TarItem { "usr/lib", {}, '2', "/etc" },
                                TarItem { "usr/lib/passwd", "owned\n" } }
            << int(Error::Kind::Unsafe);
        QTest::newRow("hardlink out of the tree")
            << QList<TarItem> { TarItem { "link", {}, '1', "../../sentinel", 0644, false } }
            << int(Error::Kind::Format);
        QTest::newRow("hardlink to a missing file")
            << QList<TarItem> { TarItem { "link", {}, '1', "etc/shadow", 0644, false } }
            << int(Error::Kind::Unsafe);
    }
    void extractRefusesEscapes()
    {
        QFETCH(QList<TarItem>, items);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString sentinel = writeTemp(dir, QStringLiteral("sentinel"), "original\n");
        const QString target = dir.filePath(QStringLiteral("a/b"));
        QDir().mkpath(target);
        const QString pkg = writeTemp(dir, QStringLiteral("evil.apk"), buildPackage(items).whole());
        PackageExtractor::Options options;
        options.read = trustedOptions();
        options.force = true; // even forced, nothing unsafe is written
        auto result = PackageExtractor::extract(pkg, target, options);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind()), kind);
        QCOMPARE(readFile(sentinel), QByteArray("original\n"));
        QVERIFY(QDir(target)
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
                    .isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("never"))));
        QVERIFY(!PackageExtractor::extract(pkg, dir.filePath(QStringLiteral("never")), options).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("never")))); // not even the folder
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/apkdesk-absolute-escape")));
    }

    void extractRefusesExistingSymlinkInTarget()
    {
        QTemporaryDir dir;
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(outside);
        const QString target = dir.filePath(QStringLiteral("target"));
        QDir().mkpath(target);
        QVERIFY(QFile::link(outside, target + QStringLiteral("/usr")));
        const QString pkg = writeTemp(dir, QStringLiteral("ok.apk"), buildPackage(simpleData()).whole());
        PackageExtractor::Options options;
        options.read = trustedOptions();
        auto result = PackageExtractor::extract(pkg, target, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Unsafe);
        QVERIFY(QDir(outside).isEmpty());

        // A planted symlink where the package has a file: replaced with --overwrite, never followed.
        QFile::remove(target + QStringLiteral("/usr"));
        QDir().mkpath(target + QStringLiteral("/usr/bin"));
        const QString victim = writeTemp(dir, QStringLiteral("victim"), "keep\n");
        QVERIFY(QFile::link(victim, target + QStringLiteral("/usr/bin/tool")));
        options.overwrite = true;
        auto replaced = PackageExtractor::extract(pkg, target, options);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().toString()));
        QCOMPARE(readFile(victim), QByteArray("keep\n"));
        QVERIFY(!QFileInfo(target + QStringLiteral("/usr/bin/tool")).isSymLink());
        QCOMPARE(readFile(target + QStringLiteral("/usr/bin/tool")), QByteArray("#!/bin/sh\necho hello\n"));
    }

    void extractWritesNothingForUntrusted()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out"));
        PackageExtractor::Options options;
        options.read = trustedOptions();
        for (const char *file :
             { "pkgs-v2/fixture-stranger-0.1_alpha-r0.apk", "pkgs-v2/fixture-unsigned-1.1_p3-r0.apk",
               "pkgs-v2/fixture-tampered-2.2.2-r5.apk",
               "pkgs-v2/variants/fixture-hooks-0.4.0_beta3-r1.naive-resign.apk" }) {
            auto result = PackageExtractor::extract(fixturePath(QString::fromLatin1(file)), target, options);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind(), Error::Kind::Untrusted);
            QVERIFY(!QFileInfo::exists(target));
        }
        auto truncated = PackageExtractor::extract(
            fixturePath(QStringLiteral("pkgs-v2/fixture-truncated-3.0_rc2-r0.apk")), target, options);
        QVERIFY(!truncated.ok());
        QVERIFY(!QFileInfo::exists(target));
        options.force = true;
        auto forced = PackageExtractor::extract(
            fixturePath(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk")), target, options);
        QVERIFY2(forced.ok(), forced.ok() ? "" : qPrintable(forced.error().toString()));
        QVERIFY(forced->written > 0);
    }

    void extractTrustedFixture()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("root"));
        PackageExtractor::Options options;
        options.read = trustedOptions();
        auto result = PackageExtractor::extract(
            fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")), target, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        QCOMPARE(result->written, 26);
        const QFileInfo link(target + QStringLiteral("/usr/sbin/fixture-links-abs"));
        QVERIFY(link.isSymLink());
        QCOMPARE(link.symLinkTarget(), QStringLiteral("/usr/bin/fixture-links"));
        QCOMPARE(QFileInfo(target + QStringLiteral("/usr/share/fixture-links/v1/a.txt")).size(), 23);
        const auto groupAndOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(target + QStringLiteral("/usr/share/fixture-links/private/settings"))
                     & groupAndOther,
                 QFileDevice::Permissions(QFileDevice::ReadGroup)); // 0640 kept
        // Again: the files exist now, nothing is replaced without --overwrite.
        auto again = PackageExtractor::extract(
            fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")), target, options);
        QVERIFY(!again.ok());
        options.overwrite = true;
        auto overwritten = PackageExtractor::extract(
            fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")), target, options);
        QVERIFY2(overwritten.ok(), overwritten.ok() ? "" : qPrintable(overwritten.error().toString()));
    }

    void deviceNodesSkipped()
    {
        QList<TarItem> items = simpleData();
        items << TarItem { "dev-null", {}, '3', {}, 0666, false }
              << TarItem { "fifo", {}, '6', {}, 0644, false };
        QTemporaryDir dir;
        const QString pkg = writeTemp(dir, QStringLiteral("dev.apk"), buildPackage(items).whole());
        PackageExtractor::Options options;
        options.read = trustedOptions();
        auto result = PackageExtractor::extract(pkg, dir.filePath(QStringLiteral("out")), options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        QCOMPARE(result->skipped.size(), 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/dev-null"))));
    }

    void fileChecksumMismatchNamesTheFile()
    {
        QList<TarItem> items = simpleData();
        items[2].pax << qMakePair(QByteArray("APK-TOOLS.checksum.SHA1"), QByteArray(40, '0'));
        items[2].checksumPax = false;
        const ApkPackage p = readBytes(buildPackage(items).whole());
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::FileChecksumMismatch);
        QCOMPARE(p.verdict.file, QStringLiteral("usr/bin/tool"));
        // Checked even when the listing is not kept (as `verify` reads), unless switched off.
        PackageReader::Options options = trustedOptions();
        options.readDataEntries = false;
        const ApkPackage unlisted = readBytes(buildPackage(items).whole(), options);
        QCOMPARE(unlisted.verdict.kind, PackageVerdict::Kind::FileChecksumMismatch);
        QVERIFY(unlisted.dataEntries.isEmpty());
        options.checkFileChecksums = false;
        QCOMPARE(readBytes(buildPackage(items).whole(), options).verdict.kind, PackageVerdict::Kind::Trusted);
    }

    void stopAfterControl()
    {
        PackageReader::Options options = trustedOptions();
        options.stopAfterControl = true;
        const QByteArray bytes =
            readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-tampered-2.2.2-r5.apk")));
        const ApkPackage p = readBytes(bytes, options);
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Trusted); // control is fine; data not read
        QVERIFY(!p.dataRead);
        QVERIFY(p.dataEntries.isEmpty());
        QCOMPARE(p.identityChecksum(), readBytes(bytes).identityChecksum());
    }

    void cancellation()
    {
        std::atomic_bool cancel { true };
        PackageReader::Options options = trustedOptions();
        options.cancel = &cancel;
        const ApkPackage p =
            readBytes(readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"))), options);
        QCOMPARE(p.verdict.kind, PackageVerdict::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPackageHostile)
#include "tst_package_hostile.moc"
