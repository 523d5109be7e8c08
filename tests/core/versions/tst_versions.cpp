// Checks core's version rules against real apk-tools answers (fixtures/versions.tsv, made by
// apk 3.0 and apk 2.14) and against the cases apk-tools' own test/version.data singles out.
#include "TestSupport.h"

#include "versions/Version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace apkdesk;

namespace {

struct Row
{
    int line = 0;
    QString a, b;
    QString apk3, apk2;
    bool aValid3 = false, bValid3 = false, aValid2 = false, bValid2 = false;
};

QString unescape(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
            const QChar c = s[++i];
            out += c == QLatin1Char('t') ? QChar(u'\t') : c == QLatin1Char('n') ? QChar(u'\n') : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

QList<Row> loadRows()
{
    QList<Row> rows;
    QFile file(test::fixturePath(QStringLiteral("versions.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList c = lines[i].split(QLatin1Char('\t'));
        if (c.size() != 8)
            continue;
        Row row;
        row.line = i + 1;
        row.a = unescape(c[0]);
        row.b = unescape(c[1]);
        row.apk3 = c[2];
        row.apk2 = c[3];
        row.aValid3 = c[4] == QLatin1String("1");
        row.bValid3 = c[5] == QLatin1String("1");
        row.aValid2 = c[6] == QLatin1String("1");
        row.bValid2 = c[7] == QLatin1String("1");
        rows.append(row);
    }
    return rows;
}

QString show(const QString &s)
{
    return QLatin1Char('\'') + s.left(60) + QLatin1Char('\'');
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_rows = loadRows();
        QCOMPARE(m_rows.size(), 3000);
    }

    void fixtureApk3()
    {
        QStringList failures;
        int checked = 0;
        for (const Row &row : std::as_const(m_rows)) {
            const bool va = versions::isValid(QStringView(row.a));
            const bool vb = versions::isValid(QStringView(row.b));
            if (va != row.aValid3 || vb != row.bValid3)
                failures << QStringLiteral("line %1: validity of %2/%3")
                                .arg(row.line)
                                .arg(show(row.a), show(row.b));
            const QString answer = va && vb ? versions::resultSymbol(versions::compare(row.a, row.b))
                                            : QStringLiteral("invalid");
            if (answer != row.apk3)
                failures << QStringLiteral("line %1: %2 %3 %4, apk3 says %5")
                                .arg(row.line)
                                .arg(show(row.a), answer, show(row.b), row.apk3);
            // The UTF-8 byte API must agree with the QString one.
            const QByteArray ua = row.a.toUtf8(), ub = row.b.toUtf8();
            if (versions::isValid(QByteArrayView(ua)) != va
                || (va && vb
                    && versions::compare(QByteArrayView(ua), QByteArrayView(ub))
                        != versions::compare(row.a, row.b)))
                failures << QStringLiteral("line %1: byte API disagrees").arg(row.line);
            ++checked;
        }
        qInfo("apk3: checked %d rows of versions.tsv (comparison and validity of both versions)", checked);
        QCOMPARE(failures.mid(0, 20), QStringList());
        QCOMPARE(checked, 3000);
    }

    void fixtureApk2()
    {
        QStringList failures;
        int checked = 0;
        for (const Row &row : std::as_const(m_rows)) {
            if (versions::isValid(QStringView(row.a), VersionRules::Apk2) != row.aValid2
                || versions::isValid(QStringView(row.b), VersionRules::Apk2) != row.bValid2)
                failures << QStringLiteral("line %1: apk2 validity of %2/%3")
                                .arg(row.line)
                                .arg(show(row.a), show(row.b));
            const QString answer =
                versions::resultSymbol(versions::compare(row.a, row.b, VersionRules::Apk2));
            if (answer != row.apk2)
                failures << QStringLiteral("line %1: apk2 %2 %3 %4, apk2 says %5")
                                .arg(row.line)
                                .arg(show(row.a), answer, show(row.b), row.apk2);
            ++checked;
        }
        qInfo("apk2: checked %d rows of versions.tsv", checked);
        QCOMPARE(failures.mid(0, 20), QStringList());
    }

    // The README's classification, recounted: proves the two rule sets differ where it says.
    void fixtureDifferenceCounts()
    {
        QHash<QString, QPair<bool, bool>> strings;
        int invalidRows = 0, disagreeingValidRows = 0;
        for (const Row &row : std::as_const(m_rows)) {
            strings.insert(row.a, { row.aValid3, row.aValid2 });
            strings.insert(row.b, { row.bValid3, row.bValid2 });
            if (row.apk3 == QLatin1String("invalid"))
                ++invalidRows;
            else if (row.aValid2 && row.bValid2 && row.apk3 != row.apk2)
                ++disagreeingValidRows;
        }
        int apk3Only = 0, apk2Only = 0, apk3Count = 0, apk2Count = 0;
        for (auto it = strings.cbegin(); it != strings.cend(); ++it) {
            const bool v3 = versions::isValid(QStringView(it.key()));
            const bool v2 = versions::isValid(QStringView(it.key()), VersionRules::Apk2);
            apk3Count += v3;
            apk2Count += v2;
            apk3Only += v3 && !v2;
            apk2Only += v2 && !v3;
        }
        QCOMPARE(strings.size(), 4913);
        QCOMPARE(apk3Count, 4699);
        QCOMPARE(apk2Count, 4158);
        QCOMPARE(apk3Only, 570);
        QCOMPARE(apk2Only, 29);
        QCOMPARE(invalidRows, 466);
        QCOMPARE(disagreeingValidRows, 19);
    }

    // Hand-picked rows of apk-tools' test/version.data plus the README's examples.
    void compareKnownCases_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("b");
        const char *cases[][3] = {
            { "1.2.3_rc1-r0", "<", "1.2.3-r0" },
            { "2.34", ">", "0.1.0_alpha" },
            { "0.1.0_alpha2", ">", "0.1.0_alpha" },
            { "1.1", ">", "1.1_alpha1" },
            { "3.10.18-r1", ">", "2.3.0b-r1" },
            { "2.3.0b-r1", "<", "2.3.0b-r2" },
            { "1.06-r6", "<", "006" },
            { "0.1.0_alpha_pre2", "<", "0.1.0_alpha" },
            { "1.0.0_pre20191002222144-r0", "<", "1.0.0_pre20210530193627-r0" },
            { "6.0_pre1", "<", "6.0" },
            { "6.0_p1", ">", "6.0" },
            { "1.3_pre1-r1", "<", "1.3.2" },
            { "1.0_p10-r0", ">", "1.0_p9-r0" },
            { "2.5.1-r8", "<", "2.5.1a-r1" },
            { "0.9.28.1", "<", "087-r1" },
            { "1.1z", "<", "1.1.0" },
            { "3.0", "<", "3.00" },
            { "1.09", "<", "1.10" },
            { "0.10", ">", "0.1" },
            { "007", "=", "7" },
            { "2.0_rc09", "=", "2.0_rc9" },
            { "2.0-r09", "=", "2.0-r9" },
            { "2.0~ab", "<", "2.0~b" },
            { "2.0~f", ">", "2.0~10" },
            { "1.0_rc1", "<", "1.0" },
            { "18446744073709551617", "<", "2" }, // 2^64 + 1 wraps to 1
            { "18446744073709551616", "<", "1" },
            { "1.2_git20200101", ">", "1.2_svn20200101" },
            { "4.0_p1_p2", ">", "4.0_p1" },
            { "2.0_rc3", "<", "2.0_rc3-r0" },
        };
        for (const auto &c : cases)
            QTest::addRow("%s %s %s", c[0], c[1], c[2])
                << QString::fromLatin1(c[0]) << QString::fromLatin1(c[1]) << QString::fromLatin1(c[2]);
    }

    void compareKnownCases()
    {
        QFETCH(QString, a);
        QFETCH(QString, op);
        QFETCH(QString, b);
        QVERIFY(versions::isValid(QStringView(a)));
        QVERIFY(versions::isValid(QStringView(b)));
        QCOMPARE(versions::resultSymbol(versions::compare(a, b)), op);
        // Antisymmetry.
        QCOMPARE(versions::compare(b, a), -versions::compare(a, b));
    }

    void validity_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("apk3");
        QTest::addColumn<bool>("apk2");
        QTest::newRow("empty") << QString() << false << true;
        QTest::newRow("plain") << QStringLiteral("1.2.3") << true << true;
        QTest::newRow("everything") << QStringLiteral("1.2.3a_rc1_p2~cafe01-r7") << true << false;
        QTest::newRow("letter first") << QStringLiteral("v2.0") << false << true;
        QTest::newRow("dash first") << QStringLiteral("-r0") << false << true;
        QTest::newRow("r without number") << QStringLiteral("2.0-r") << false << true;
        QTest::newRow("two revisions") << QStringLiteral("2.0-r1-r1") << false << true;
        QTest::newRow("digit after letter") << QStringLiteral("2.0b2") << false << true;
        QTest::newRow("empty component") << QStringLiteral("2..0") << false << true;
        QTest::newRow("trailing dot") << QStringLiteral("2.0.") << false << true;
        QTest::newRow("empty suffix") << QStringLiteral("2.0_") << false << true;
        QTest::newRow("uppercase") << QStringLiteral("2.0_RC1") << false << false;
        QTest::newRow("plus") << QStringLiteral("1.0+dfsg") << false << false;
        QTest::newRow("space") << QStringLiteral("1.0 ") << false << false;
        QTest::newRow("uppercase hash") << QStringLiteral("1.0~ABC") << false << false;
        QTest::newRow("empty hash") << QStringLiteral("1.0~") << false << false;
        QTest::newRow("hash after revision") << QStringLiteral("1.0-r1~ab") << false << false;
        QTest::newRow("18 digits") << QStringLiteral("123456789012345678") << true << false;
        QTest::newRow("17 digits") << QStringLiteral("12345678901234567") << true << true;
        QTest::newRow("non-ascii") << QStringLiteral("1.0é") << false << false;
        QTest::newRow("nul byte") << QString::fromUtf8("1.0\0x", 5) << false << true;
        QTest::newRow("unknown suffix") << QStringLiteral("1.0_foo") << false << false;
    }

    void validity()
    {
        QFETCH(QString, version);
        QFETCH(bool, apk3);
        QFETCH(bool, apk2);
        QCOMPARE(versions::isValid(QStringView(version)), apk3);
        QCOMPARE(versions::isValid(QStringView(version), VersionRules::Apk2), apk2);
        QCOMPARE(versions::invalidOffset(version) < 0, apk3);
    }

    void invalidOffsets()
    {
        QCOMPARE(versions::invalidOffset(u""), 0);
        QCOMPARE(versions::invalidOffset(u"1.2.3"), -1);
        QCOMPARE(versions::invalidOffset(u"1.2_foo"), 3);
        QCOMPARE(versions::invalidOffset(u"1.2-x"), 3);
        QCOMPARE(versions::invalidOffset(u"x1"), 0);
    }

    void compareChecked()
    {
        const auto ok = versions::compareChecked(u"1.0", u"1.1");
        QVERIFY(ok.ok());
        QCOMPARE(*ok, -1);
        const auto firstBad = versions::compareChecked(u"1.0_x", u"1.1");
        QVERIFY(!firstBad.ok());
        QCOMPARE(firstBad.error().kind(), Error::Kind::InvalidArgument);
        QVERIFY(firstBad.error().message().contains(QLatin1String("first version '1.0_x'")));
        QCOMPARE(firstBad.error().offset(), 3);
        const auto secondBad = versions::compareChecked(u"1.0", u"");
        QVERIFY(!secondBad.ok());
        QVERIFY(secondBad.error().message().contains(QLatin1String("second version")));
        // apk2 accepts the empty string.
        QVERIFY(versions::compareChecked(u"1.0", u"", VersionRules::Apk2).ok());
    }

    void fuzzyMatching_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("mask");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("expected");
        const int fuzzy = VersionFuzzy | VersionEqual;
        QTest::newRow("~ same") << QStringLiteral("1.2") << fuzzy << QStringLiteral("1.2") << true;
        QTest::newRow("~ longer") << QStringLiteral("1.2.3") << fuzzy << QStringLiteral("1.2") << true;
        QTest::newRow("~ with suffix") << QStringLiteral("1.2_rc1") << fuzzy << QStringLiteral("1.2") << true;
        QTest::newRow("~ with revision")
            << QStringLiteral("1.2-r4") << fuzzy << QStringLiteral("1.2") << true;
        QTest::newRow("~ shorter") << QStringLiteral("1.2") << fuzzy << QStringLiteral("1.2.3") << false;
        QTest::newRow("~ different") << QStringLiteral("1.20") << fuzzy << QStringLiteral("1.2") << false;
        QTest::newRow(">~ greater") << QStringLiteral("1.3") << (fuzzy | VersionGreater)
                                    << QStringLiteral("1.2") << true;
        QTest::newRow(">~ prefix") << QStringLiteral("1.2.0") << (fuzzy | VersionGreater)
                                   << QStringLiteral("1.2") << true;
        QTest::newRow(">~ less") << QStringLiteral("1.1.9") << (fuzzy | VersionGreater)
                                 << QStringLiteral("1.2") << false;
        QTest::newRow("<~ prefix") << QStringLiteral("1.2.9") << (fuzzy | VersionLess)
                                   << QStringLiteral("1.2") << true;
        QTest::newRow("<~ greater") << QStringLiteral("1.3") << (fuzzy | VersionLess) << QStringLiteral("1.2")
                                    << false;
        QTest::newRow("= exact only")
            << QStringLiteral("1.2.3") << int(VersionEqual) << QStringLiteral("1.2") << false;
        QTest::newRow("any") << QStringLiteral("9") << int(VersionLess | VersionEqual | VersionGreater)
                             << QStringLiteral("1") << true;
        QTest::newRow("conflict inverts")
            << QStringLiteral("1.0") << int(VersionLess | VersionConflict) << QStringLiteral("2.0") << false;
    }

    void fuzzyMatching()
    {
        QFETCH(QString, version);
        QFETCH(int, mask);
        QFETCH(QString, reference);
        QFETCH(bool, expected);
        QCOMPARE(versions::matches(version, mask, reference), expected);
    }

    // Hostile input from untrusted indexes: must end, and must not crash.
    void hostileInput()
    {
        const QString longDigits(10 * 1024, QLatin1Char('9'));
        QVERIFY(versions::isValid(QStringView(longDigits))); // apk3 wraps, still valid
        QVERIFY(!versions::isValid(QStringView(longDigits), VersionRules::Apk2));
        const QString longDots = QStringLiteral("1.").repeated(5000) + QStringLiteral("1");
        QVERIFY(versions::isValid(QStringView(longDots)));
        QCOMPARE(versions::compare(longDots, longDots), 0);
        const QString longJunk = QString(10 * 1024, QChar(0xfffd));
        QVERIFY(!versions::isValid(QStringView(longJunk)));
        QCOMPARE(versions::compare(longJunk, longJunk), 0);

        QByteArray binary;
        for (int i = 0; i < 10 * 1024; ++i)
            binary.append(char((i * 37 + 1) % 256));
        QVERIFY(!versions::isValid(QByteArrayView(binary)));
        QVERIFY(!versions::isValid(QByteArrayView(binary), VersionRules::Apk2));
        (void)versions::compare(QByteArrayView(binary), QByteArrayView("1.0"));
        (void)versions::compare(QByteArrayView(binary), QByteArrayView(binary), VersionRules::Apk2);

        const QString zeros = QStringLiteral("1.") + QString(20000, QLatin1Char('0'));
        QVERIFY(versions::isValid(QStringView(zeros)));
        QVERIFY(versions::isValid(QStringView(zeros), VersionRules::Apk2));
        QCOMPARE(versions::compare(zeros, QStringLiteral("1.0")), 1);

        // Every prefix of a rich version is either valid or invalid, never a hang.
        const QString rich = QStringLiteral("12.04.5a_rc1_p20200101~deadbeef-r12");
        for (int i = 0; i <= rich.size(); ++i) {
            (void)versions::isValid(QStringView(rich).left(i));
            (void)versions::isValid(QStringView(rich).left(i), VersionRules::Apk2);
            (void)versions::compare(QStringView(rich).left(i), QStringView(rich));
        }
    }

    // std::sort and ordered containers need a strict weak ordering: after sorting every valid
    // fixture version, no later element may compare below an earlier one, and equal ones sit together.
    void orderingIsAStrictWeakOrder()
    {
        QSet<QString> unique;
        for (const Row &row : std::as_const(m_rows)) {
            for (const QString &v : { row.a, row.b })
                if (versions::isValid(QStringView(v)))
                    unique.insert(v);
        }
        QList<QString> sorted(unique.cbegin(), unique.cend());
        QCOMPARE(sorted.size(), 4699);
        std::sort(sorted.begin(), sorted.end(), VersionLessThan());
        quint32 seed = 20261128;
        int checked = 0;
        for (int k = 0; k < 200000; ++k) {
            seed = seed * 1664525u + 1013904223u;
            const qsizetype i = qsizetype(seed % quint32(sorted.size()));
            seed = seed * 1664525u + 1013904223u;
            const qsizetype j = qsizetype(seed % quint32(sorted.size()));
            const qsizetype lo = std::min(i, j), hi = std::max(i, j);
            const int c = versions::compare(sorted[lo], sorted[hi]);
            if (c > 0)
                QFAIL(qPrintable(
                    QStringLiteral("%1 sorts before %2 but compares greater").arg(sorted[lo], sorted[hi])));
            ++checked;
        }
        for (qsizetype i = 1; i < sorted.size(); ++i)
            QVERIFY(versions::compare(sorted[i - 1], sorted[i]) <= 0);
        qInfo("ordering: %lld distinct valid versions sorted, %d random pairs agree", qint64(sorted.size()),
              checked);
    }

    void sortingIsConsistent()
    {
        QStringList list { QStringLiteral("1.0"),   QStringLiteral("1.0_rc1"),  QStringLiteral("1.0-r1"),
                           QStringLiteral("1.0.1"), QStringLiteral("0.9"),      QStringLiteral("1.0_p1"),
                           QStringLiteral("1.0a"),  QStringLiteral("1.0_alpha") };
        std::sort(list.begin(), list.end(), VersionLessThan());
        const QStringList expected { QStringLiteral("0.9"),     QStringLiteral("1.0_alpha"),
                                     QStringLiteral("1.0_rc1"), QStringLiteral("1.0"),
                                     QStringLiteral("1.0-r1"),  QStringLiteral("1.0_p1"),
                                     QStringLiteral("1.0a"),    QStringLiteral("1.0.1") };
        QCOMPARE(list, expected);
    }

private:
    QList<Row> m_rows;
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
