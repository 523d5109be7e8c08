// The strict APKINDEX text parser: every field of the real fixture index, and the hostile
// inputs of HOSTILE.md case 8.
#include "indexes/ApkIndex.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk;

namespace {

const char kGood[] = "C:Q1mF/tmttvdU5LR5GkVD/B1KzRYqI=\n"
                     "P:alpha\n"
                     "V:1.0-r0\n"
                     "S:100\n"
                     "I:200\n"
                     "T:First\n"
                     "\n";

QByteArray record(const QByteArray &name, const QByteArray &version, const QByteArray &checksum,
                  const QByteArray &extra = {})
{
    return "C:" + checksum + "\nP:" + name + "\nV:" + version + "\n" + extra + "\n";
}

const QByteArray kSum1 = "Q1mF/tmttvdU5LR5GkVD/B1KzRYqI=";
const QByteArray kSum2 = "Q1F0pHVgsyNjnsUa/ufxWhkMbtL/0=";

} // namespace

class TestApkIndexText : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIndexMatchesExpectedJson()
    {
        const QByteArray text = test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX")));
        const auto parsed = ApkIndex::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        const ApkIndex &index = parsed.value();

        const QJsonObject expected =
            QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("expected.json"))))
                .object()
                .value(QStringLiteral("index_v2"))
                .toObject();
        const QJsonArray entries = expected.value(QStringLiteral("entries")).toArray();
        QCOMPARE(index.size(), expected.value(QStringLiteral("entries_count")).toInt());
        QCOMPARE(index.size(), entries.size());
        for (int row = 0; row < index.size(); ++row) {
            const IndexEntry e = index.entry(row);
            const QJsonObject want = entries.at(row).toObject();
            QCOMPARE(e.name(), want.value(QStringLiteral("P")).toString());
            QCOMPARE(e.version(), want.value(QStringLiteral("V")).toString());
            QCOMPARE(e.checksum(), want.value(QStringLiteral("C")).toString());
            QCOMPARE(e.checksumDigest().size(), 20);
            const QJsonArray fields = want.value(QStringLiteral("fields")).toArray();
            const QList<IndexField> got = e.fields();
            QCOMPARE(got.size(), fields.size());
            for (int i = 0; i < got.size(); ++i) {
                const QJsonArray pair = fields.at(i).toArray();
                QCOMPARE(QString(QLatin1Char(got[i].letter)), pair.at(0).toString());
                QCOMPARE(QString::fromUtf8(e.value(got[i])), pair.at(1).toString());
                QCOMPARE(e.text(got[i].letter).isEmpty(), pair.at(1).toString().isEmpty());
            }
        }
        const int tool = index.find("fixture-tool", "3.8.1-r2");
        QVERIFY(tool >= 0);
        const IndexEntry e = index.entry(tool);
        QCOMPARE(e.size(), quint64(4534));
        QCOMPARE(e.installedSize(), quint64(28428));
        QCOMPARE(e.buildTime(), qint64(1710000000));
        QCOMPARE(e.license(), QStringLiteral("GPL-3.0-only OR MIT"));
        QCOMPARE(e.provides(),
                 QByteArrayView("fixture-cli=3.8.1-r2 cmd:fixture-tool=3.8.1-r2 cmd:ftool=3.8.1-r2 "
                                "so:libfixture.so.2=2.0.1"));
        QCOMPARE(index.entry(index.find("fixture-double", "5.2-r0")).providerPriority(), qint64(50));
        QVERIFY(index.entry(index.find("fixture-unicode", "2024.03.15-r0"))
                    .description()
                    .contains(QStringLiteral("日本語")));
        QCOMPARE(index.find("fixture-tool", "9"), -1);
        QCOMPARE(index.findByName("fixture-hooks").size(), 1);
        QVERIFY(index.warnings().isEmpty());
    }

    void unknownAndRepeatedLettersAreKept()
    {
        const auto parsed = ApkIndex::parse(record("x", "1-r0", kSum1, "Z:zulu\nr:old\nq:5\nZ:again\nT:\n"));
        QVERIFY(parsed.ok());
        const IndexEntry e = parsed->entry(0);
        QCOMPARE(e.fields().size(), 8);
        QCOMPARE(e.field('Z'), QByteArrayView("zulu"));
        QCOMPARE(e.replaces(), QByteArrayView("old"));
        QCOMPARE(e.field('q'), QByteArrayView("5"));
        QVERIFY(e.hasField('T'));
        QVERIFY(e.description().isEmpty());
        QVERIFY(!e.hasField('U'));
        QCOMPARE(ApkIndex::fieldLabel('Z'), QStringLiteral("Field 'Z'"));
        QCOMPARE(ApkIndex::fieldLabel('P'), QStringLiteral("Name"));
    }

    void recordsNeedNoTrailingBlankLine()
    {
        QByteArray text = record("a", "1-r0", kSum1) + record("b", "2-r0", kSum2);
        text.chop(2); // no blank line after the last record, no final newline
        const auto parsed = ApkIndex::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->entry(1).lineNumber(), 5);
        QVERIFY(ApkIndex::parse(QByteArray()).ok());
        QCOMPARE(ApkIndex::parse(QByteArray("\n\n\n"))->size(), 0);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const int format = int(Error::Kind::Format);
        const QByteArray good(kGood);
        QTest::newRow("missing P") << good + "C:" + kSum2 + "\nV:1-r0\n"
                                   << format << QStringLiteral("line 8: record without a package name");
        QTest::newRow("missing V") << good + "C:" + kSum2 + "\nP:b\n"
                                   << format << QStringLiteral("line 8: b: record without a version");
        QTest::newRow("missing C") << good + "P:b\nV:1-r0\n"
                                   << format << QStringLiteral("line 8: b: record without a checksum");
        QTest::newRow("empty P") << good + "C:" + kSum2 + "\nP:\nV:1\n"
                                 << format << QStringLiteral("line 8: record without a package name");
        QTest::newRow("bad base64") << record("b", "1-r0", "Q1mF/tmttvdU5LR5G*VD/B1KzRYqI=") << format
                                    << QStringLiteral("line 1: b: C:");
        QTest::newRow("short checksum")
            << record("b", "1-r0", "Q1abc=") << format << QStringLiteral("is not Q1/Q2");
        QTest::newRow("S 2^64+1") << record("b", "1-r0", kSum1, "S:18446744073709551617\n") << format
                                  << QStringLiteral("value \"18446744073709551617\" of S:");
        QTest::newRow("S negative") << record("b", "1-r0", kSum1, "S:-1\n") << format
                                    << QStringLiteral("of S:");
        QTest::newRow("t overflow") << record("b", "1-r0", kSum1, "t:9223372036854775808\n") << format
                                    << QStringLiteral("of t:");
        QTest::newRow("NUL byte") << good + "C:" + kSum2 + "\nP:b" + QByteArray(1, '\0') + "x\nV:1\n"
                                  << format << QStringLiteral("line 9: NUL byte");
        QTest::newRow("not a field") << good + "garbage line\n"
                                     << format << QStringLiteral("line 8: expected a field line");
        QTest::newRow("digit letter") << good + "1:x\n"
                                      << format << QStringLiteral("line 8: expected a field line");
        QTest::newRow("duplicate different C")
            << record("a", "1-r0", kSum1) + record("b", "1", kSum1) + record("a", "1-r0", kSum2) << format
            << QStringLiteral("line 9: a-1-r0 appears twice with different checksums (C:), first at line 1");
        QTest::newRow("1 MB line") << good + "C:" + kSum2 + "\nP:b\nV:1\nT:" + QByteArray(1 << 20, 'x') + "\n"
                                   << int(Error::Kind::LimitExceeded)
                                   << QStringLiteral("line 11: line of 1048578 bytes");
    }

    void hostile()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto parsed = ApkIndex::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().kind()), kind);
        QVERIFY2(parsed.error().message().contains(message), qPrintable(parsed.error().message()));
        QVERIFY(parsed.error().offset() >= 0);
    }

    void nulOffsetIsExact()
    {
        QByteArray text = record("a", "1-r0", kSum1);
        text[20] = '\0';
        const auto parsed = ApkIndex::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().offset(), qint64(20));
    }

    void exactDuplicateIsDroppedWithWarning()
    {
        const auto parsed = ApkIndex::parse(record("a", "1-r0", kSum1) + record("b", "1", kSum2)
                                            + record("a", "1-r0", kSum1));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->warnings().size(), 1);
        QVERIFY(parsed->warnings().first().contains(QStringLiteral("line 9")));
        QCOMPARE(parsed->find("b", "1"), 1);
        QCOMPARE(parsed->find("a", "1-r0"), 0);
    }

    void millionRecordsHitTheCap()
    {
        // A million minimal records: refused at the cap with the line of the first one over it,
        // in linear time.
        QByteArray text;
        const QByteArray one = record("p", "1", kSum1);
        text.reserve(one.size() * 1'000'000 + 64);
        for (int i = 0; i < 1'000'000; ++i)
            text.append(one);
        const auto parsed = ApkIndex::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind(), Error::Kind::LimitExceeded);
        QVERIFY2(parsed.error().message().contains(QStringLiteral("line 2000001: more than 500000 records")),
                 qPrintable(parsed.error().message()));
        // Under a higher cap the same names repeat: identical records are dropped.
        ApkIndexParseOptions options;
        options.maxRecords = 2'000'000;
        const auto all = ApkIndex::parse(text, options);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->warnings().size(), 101);
        QVERIFY(all->warnings().last().contains(QStringLiteral("999899 more")));
    }

    void capsAreConfigurable()
    {
        ApkIndexParseOptions options;
        options.maxLineLength = 10;
        const auto parsed = ApkIndex::parse(record("averylongname", "1", kSum1), options);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind(), Error::Kind::LimitExceeded);
        options = {};
        options.maxTextSize = 5;
        QCOMPARE(ApkIndex::parse(record("a", "1", kSum1), options).error().kind(),
                 Error::Kind::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestApkIndexText)
#include "tst_apk_index_text.moc"
