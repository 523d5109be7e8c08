// The gzip member scanner and the tar push parser on their own: exact member ranges,
// every compressed byte attributed once, pax/GNU/ustar details, and malformed input.
#include "../packages/ApkTestBuilder.h"

#include "archive/GzipMemberScanner.h"
#include "archive/TarStreamParser.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::test;

namespace {

struct Recorder : GzipMemberConsumer
{
    QList<QByteArray> compressed;
    QList<QByteArray> uncompressed;
    int finished = 0;
    Status memberStarted(const GzipMemberInfo &) override
    {
        compressed.append(QByteArray());
        uncompressed.append(QByteArray());
        return {};
    }
    Status compressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        compressed.last().append(data, size);
        return {};
    }
    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        uncompressed.last().append(data, size);
        return {};
    }
    Status memberFinished(const GzipMemberInfo &) override
    {
        ++finished;
        return {};
    }
};

Status scan(const QByteArray &bytes, Recorder &recorder, std::vector<GzipMemberInfo> *members = nullptr,
            GzipLimits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    GzipMemberScanner scanner(buffer, limits);
    Status status = scanner.run(recorder);
    if (members)
        *members = scanner.members();
    return status;
}

struct EntryRecorder : TarConsumer
{
    QList<TarEntry> entries;
    QList<QByteArray> contents;
    int ends = 0;
    Status entryStarted(const TarEntry &entry) override
    {
        entries.append(entry);
        contents.append(QByteArray());
        return {};
    }
    Status entryData(const TarEntry &, const char *data, qsizetype size) override
    {
        contents.last().append(data, size);
        return {};
    }
    Status endOfArchive(qint64) override
    {
        ++ends;
        return {};
    }
};

Status parseTar(const QByteArray &tar, EntryRecorder &recorder, qsizetype chunk = 0)
{
    TarStreamParser parser(recorder);
    if (chunk <= 0)
        chunk = tar.size();
    for (qsizetype i = 0; i < tar.size(); i += chunk) {
        if (auto s = parser.feed(tar.constData() + i, qMin(chunk, tar.size() - i)); !s)
            return s;
    }
    return parser.finish();
}

} // namespace

class TestArchiveReaders : public QObject
{
    Q_OBJECT

private slots:
    void membersHaveExactRanges()
    {
        const QByteArray a = gzipMember("first member");
        const QByteArray b = gzipMember(QByteArray(300000, 'b'), QByteArray("extra"));
        const QByteArray c = gzipMember({});
        Recorder recorder;
        std::vector<GzipMemberInfo> members;
        QVERIFY(scan(a + b + c, recorder, &members).ok());
        QCOMPARE(members.size(), size_t(3));
        QCOMPARE(members[0].offset, 0);
        QCOMPARE(members[0].end, a.size());
        QCOMPARE(members[1].offset, a.size());
        QCOMPARE(members[1].end, a.size() + b.size());
        QCOMPARE(members[1].headerLength, 10 + 2 + 5);
        QCOMPARE(members[1].flags, quint8(4));
        QCOMPARE(members[2].end, a.size() + b.size() + c.size());
        QCOMPARE(recorder.compressed, (QList<QByteArray> { a, b, c }));
        QCOMPARE(recorder.uncompressed.at(1), QByteArray(300000, 'b'));
        QCOMPARE(members[1].uncompressedSize, quint64(300000));
        QCOMPARE(members[1].uncompressedOffset, qint64(12));
        QCOMPARE(recorder.finished, 3);
        QVERIFY(members[2].complete);
    }

    void headerFields()
    {
        // FNAME + FCOMMENT + FHCRC, as `gzip` with a name and a header CRC would write.
        QByteArray header = QByteArray::fromHex("1f8b08") + char(8 | 16 | 2) + QByteArray::fromHex("78563412")
            + char(0) + char(3);
        header += QByteArray("name.txt\0comment\0", 17);
        const quint32 crc = crc32Of(header);
        header += char(crc & 0xff);
        header += char((crc >> 8) & 0xff);
        GzipMemberInfo info;
        auto length = parseGzipHeader(header.constData(), header.size(), &info);
        QVERIFY(length.ok());
        QCOMPARE(*length, header.size());
        QCOMPARE(info.mtime, 0x12345678u);
        QCOMPARE(info.header, header);
        // Incomplete headers ask for more; a wrong header CRC is a format error.
        QCOMPARE(*parseGzipHeader(header.constData(), 15, nullptr), qsizetype(0));
        QByteArray bad = header;
        bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 1);
        QCOMPARE(parseGzipHeader(bad.constData(), bad.size(), nullptr).error().kind(), Error::Kind::Format);
        QCOMPARE(parseGzipHeader("PK\3\4xxxxxxxx", 12, nullptr).error().kind(), Error::Kind::Format);
    }

    void errorsCarryOffsets()
    {
        const QByteArray good = gzipMember(QByteArray(5000, 'x'));
        Recorder r1;
        Status truncated = scan(good.left(good.size() - 3), r1);
        QCOMPARE(truncated.error().kind(), Error::Kind::Truncated);
        QCOMPARE(truncated.error().offset(), good.size() - 3);

        QByteArray crc = good;
        crc[crc.size() - 8] = char(crc.at(crc.size() - 8) ^ 0xff);
        Recorder r2;
        Status crcError = scan(crc, r2);
        QCOMPARE(crcError.error().kind(), Error::Kind::Format);
        QVERIFY(crcError.error().message().contains(QLatin1String("CRC")));
        QCOMPARE(crcError.error().offset(), good.size() - 8);

        Recorder r3;
        Status trailing = scan(good + "junk", r3);
        QCOMPARE(trailing.error().kind(), Error::Kind::Format);
        QCOMPARE(trailing.error().offset(), good.size());

        QByteArray corrupt = good;
        corrupt[12] = char(0xff);
        corrupt[13] = char(0xff);
        Recorder r4;
        Status deflate = scan(corrupt, r4);
        QVERIFY(!deflate.ok());
        QVERIFY(deflate.error().offset() >= 10);

        Recorder r5;
        QCOMPARE(scan({}, r5).error().kind(), Error::Kind::Format);
    }

    void limits()
    {
        const QByteArray zeros = gzipMember(QByteArray(4 * 1024 * 1024, '\0'));
        Recorder r1;
        GzipLimits ratio;
        ratio.ratioFloor = 1024 * 1024;
        ratio.maxRatio = 100;
        QCOMPARE(scan(zeros, r1, nullptr, ratio).error().kind(), Error::Kind::LimitExceeded);
        Recorder r2;
        GzipLimits size;
        size.maxUncompressedTotal = 1000;
        QCOMPARE(scan(zeros, r2, nullptr, size).error().kind(), Error::Kind::LimitExceeded);
        Recorder r3;
        GzipLimits members;
        members.maxMembers = 2;
        const QByteArray small = gzipMember("a");
        QCOMPARE(scan(small + small + small, r3, nullptr, members).error().kind(),
                 Error::Kind::LimitExceeded);
        Recorder r4;
        QVERIFY(scan(zeros, r4).ok()); // the defaults accept it
    }

    void tarByteByByteEqualsBulk()
    {
        TarItem withPax("dir/file.txt", "content\n");
        withPax.pax << qMakePair(QByteArray("SCHILY.xattr.user.x"), QByteArray("\x00\xff", 2))
                    << qMakePair(QByteArray("path"), QByteArray("very/long/" + QByteArray(150, 'p')))
                    << qMakePair(QByteArray("vendor.unknown"), QByteArray("kept"));
        const QByteArray tar = tarOf(
            { TarItem("dir/", {}, '5', {}, 0755), withPax, TarItem("link", {}, '2', "dir/file.txt") }, true);
        EntryRecorder bulk;
        QVERIFY(parseTar(tar, bulk).ok());
        EntryRecorder bytes;
        QVERIFY(parseTar(tar, bytes, 1).ok());
        QCOMPARE(bulk.entries.size(), 3);
        QCOMPARE(bytes.entries.size(), 3);
        QCOMPARE(bulk.ends, 1);
        const TarEntry &file = bulk.entries.at(1);
        QCOMPARE(file.path, QStringLiteral("very/long/") + QString(150, QLatin1Char('p')));
        QCOMPARE(file.ustarName, QByteArray("dir/file.txt"));
        QCOMPARE(file.xattrs.size(), 1);
        QCOMPARE(file.xattrs.at(0).second, QByteArray("\x00\xff", 2));
        QCOMPARE(file.paxValue("vendor.unknown"), QByteArray("kept"));
        QCOMPARE(file.paxSha1, QCryptographicHash::hash("content\n", QCryptographicHash::Sha1).toHex());
        QCOMPARE(bulk.contents.at(1), QByteArray("content\n"));
        QCOMPARE(bytes.contents.at(1), QByteArray("content\n"));
        QCOMPARE(bytes.entries.at(1).path, file.path);
        QCOMPARE(bulk.entries.at(2).linkTarget, QStringLiteral("dir/file.txt"));
        QCOMPARE(bulk.entries.at(2).type, TarEntry::Type::Symlink);
        QCOMPARE(file.headerOffset, bytes.entries.at(1).headerOffset);
    }

    void gnuLongNamesAndGlobalPax()
    {
        QByteArray tar;
        const QByteArray longName = "gnu/" + QByteArray(200, 'n');
        tar += ustarHeader("././@LongLink", quint64(longName.size() + 1), 'L') + padded(longName + '\0');
        tar += ustarHeader("././@LongLink", 6, 'K') + padded("target");
        tar += ustarHeader("short", 0, '2', "ignored");
        const QByteArray global = paxRecord("uname", "global");
        tar += ustarHeader("pax_global_header", quint64(global.size()), 'g') + padded(global);
        tar += ustarHeader("after", 0, '5');
        EntryRecorder r;
        QVERIFY(parseTar(tar, r).ok()); // no end blocks: a cut tar is fine
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries.at(0).path, QString::fromLatin1(longName));
        QCOMPARE(r.entries.at(0).linkTarget, QStringLiteral("target"));
        QCOMPARE(r.entries.at(1).uname, QStringLiteral("global"));
        QCOMPARE(r.ends, 0);
    }

    void ustarPrefix()
    {
        QByteArray header = ustarHeader("name.txt", 0);
        putString(header, 345, 155, "some/prefix");
        setChecksum(header);
        EntryRecorder r;
        QVERIFY(parseTar(header, r).ok());
        QCOMPARE(r.entries.at(0).path, QStringLiteral("some/prefix/name.txt"));
    }

    void malformedTar_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<int>("kind");
        QByteArray badChecksum = ustarHeader("file", 0);
        badChecksum[0] = 'g';
        QTest::newRow("bad checksum") << badChecksum << int(Error::Kind::Format);
        QTest::newRow("no magic") << QByteArray(512, 'a') << int(Error::Kind::Format);
        QTest::newRow("header cut") << ustarHeader("file", 0).left(300) << int(Error::Kind::Truncated);
        QTest::newRow("content cut") << (ustarHeader("file", 1000) + QByteArray(100, 'c'))
                                     << int(Error::Kind::Truncated);
        QTest::newRow("pax without length")
            << (ustarHeader("PaxHeaders/f", 10, 'x') + padded("path=xxxx\n") + ustarHeader("f", 0))
            << int(Error::Kind::Format);
        QTest::newRow("pax length too long")
            << (ustarHeader("PaxHeaders/f", 10, 'x') + padded("99 path=x\n") + ustarHeader("f", 0))
            << int(Error::Kind::Format);
        QTest::newRow("pax at the end")
            << (ustarHeader("PaxHeaders/f", 9, 'x') + padded(paxRecord("path", "x")))
            << int(Error::Kind::Truncated);
        QTest::newRow("pax 1 GB") << ustarHeader("PaxHeaders/f", quint64(1) << 30, 'x')
                                  << int(Error::Kind::LimitExceeded);
        QTest::newRow("data after end")
            << (QByteArray(1024, '\0') + ustarHeader("f", 0)) << int(Error::Kind::Format);
        QTest::newRow("lone zero block")
            << (QByteArray(512, '\0') + ustarHeader("f", 0)) << int(Error::Kind::Format);
        QByteArray octal = ustarHeader("f", 0);
        putString(octal, 124, 12, "0000000009z");
        setChecksum(octal);
        QTest::newRow("non-octal size") << octal << int(Error::Kind::Format);
    }
    void malformedTar()
    {
        QFETCH(QByteArray, tar);
        QFETCH(int, kind);
        EntryRecorder r;
        Status s = parseTar(tar, r);
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().kind()), kind);
        QVERIFY(s.error().offset() >= 0);
    }

    void entryCap()
    {
        TarLimits limits;
        limits.maxEntries = 2;
        EntryRecorder r;
        TarStreamParser parser(r, limits);
        const QByteArray tar =
            tarOf({ TarItem("a", {}, '5'), TarItem("b", {}, '5'), TarItem("c", {}, '5') }, false);
        QCOMPARE(parser.feed(tar.constData(), tar.size()).error().kind(), Error::Kind::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestArchiveReaders)
#include "tst_archive_readers.moc"
