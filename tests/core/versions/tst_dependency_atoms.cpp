// Dependency atoms as apk-tools 3 reads them (apk_dep_parse / apk_blob_pull_dep): every
// operator spelling, conflicts, tags, providers, round trips, satisfaction, hostile input.
#include "versions/DependencyAtom.h"

#include <QtTest>

using namespace apkdesk;

class TestDependencyAtoms : public QObject
{
    Q_OBJECT

private slots:
    void parsesParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("mask");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("canonical");

        const int L = VersionLess, E = VersionEqual, G = VersionGreater, F = VersionFuzzy;
        QTest::newRow("name") << "musl" << false << "musl"
                              << "" << 0 << ""
                              << "musl";
        QTest::newRow("conflict") << "!busybox-suid" << true << "busybox-suid"
                                  << "" << 0 << ""
                                  << "!busybox-suid";
        QTest::newRow("<") << "foo<2.0" << false << "foo"
                           << "" << L << "2.0"
                           << "foo<2.0";
        QTest::newRow("<=") << "foo<=2.0" << false << "foo"
                            << "" << (L | E) << "2.0"
                            << "foo<=2.0";
        QTest::newRow("=") << "foo=2.0-r1" << false << "foo"
                           << "" << E << "2.0-r1"
                           << "foo=2.0-r1";
        QTest::newRow(">=") << "openssl>=3.1" << false << "openssl"
                            << "" << (G | E) << "3.1"
                            << "openssl>=3.1";
        QTest::newRow(">") << "foo>1" << false << "foo"
                           << "" << G << "1"
                           << "foo>1";
        QTest::newRow("~") << "python3~3.12" << false << "python3"
                           << "" << (F | E) << "3.12"
                           << "python3~3.12";
        QTest::newRow("<~") << "foo<~2" << false << "foo"
                            << "" << (L | E | F) << "2"
                            << "foo<~2";
        QTest::newRow(">~") << "foo>~1.2" << false << "foo"
                            << "" << (G | E | F) << "1.2"
                            << "foo>~1.2";
        QTest::newRow("=~ spelled") << "foo=~1.2" << false << "foo"
                                    << "" << (F | E) << "1.2"
                                    << "foo~1.2";
        QTest::newRow("~= spelled") << "foo~=1.2" << false << "foo"
                                    << "" << (F | E) << "1.2"
                                    << "foo~1.2";
        QTest::newRow("=< spelled") << "foo=<1" << false << "foo"
                                    << "" << (L | E) << "1"
                                    << "foo<=1";
        QTest::newRow("=> spelled") << "foo=>1" << false << "foo"
                                    << "" << (G | E) << "1"
                                    << "foo>=1";
        QTest::newRow("== spelled") << "foo==1" << false << "foo"
                                    << "" << E << "1"
                                    << "foo=1";
        QTest::newRow("~> spelled") << "foo~>1" << false << "foo"
                                    << "" << (G | E | F) << "1"
                                    << "foo>~1";
        QTest::newRow("checksum ><") << "foo><Q1abcdefghijklmnopqrstuvwxyz0=" << false << "foo"
                                     << "" << (L | G) << "Q1abcdefghijklmnopqrstuvwxyz0="
                                     << "foo><Q1abcdefghijklmnopqrstuvwxyz0=";
        QTest::newRow("checksum <>") << "foo<>Q1x=" << false << "foo"
                                     << "" << (L | G) << "Q1x="
                                     << "foo><Q1x=";
        QTest::newRow("conflict <") << "!alsa-lib<1.2.14-r0" << true << "alsa-lib"
                                    << "" << L << "1.2.14-r0"
                                    << "!alsa-lib<1.2.14-r0";
        QTest::newRow("conflict >") << "!lld20>20.1.2-r0" << true << "lld20"
                                    << "" << G << "20.1.2-r0"
                                    << "!lld20>20.1.2-r0";
        QTest::newRow("tag") << "nginx@edge" << false << "nginx"
                             << "edge" << 0 << ""
                             << "nginx@edge";
        QTest::newRow("tag and version") << "nginx@testing>=1.25" << false << "nginx"
                                         << "testing" << (G | E) << "1.25"
                                         << "nginx@testing>=1.25";
        QTest::newRow("so provider") << "so:libc.musl-x86_64.so.1=1" << false << "so:libc.musl-x86_64.so.1"
                                     << "" << E << "1"
                                     << "so:libc.musl-x86_64.so.1=1";
        QTest::newRow("so c++") << "so:libstdc++.so.6" << false << "so:libstdc++.so.6"
                                << "" << 0 << ""
                                << "so:libstdc++.so.6";
        QTest::newRow("cmd") << "cmd:sh" << false << "cmd:sh"
                             << "" << 0 << ""
                             << "cmd:sh";
        QTest::newRow("cmd [") << "cmd:[=1.36.1-r2" << false << "cmd:["
                               << "" << E << "1.36.1-r2"
                               << "cmd:[=1.36.1-r2";
        QTest::newRow("pc") << "pc:zlib" << false << "pc:zlib"
                            << "" << 0 << ""
                            << "pc:zlib";
        QTest::newRow("pc versioned") << "pc:zlib=1.3.1" << false << "pc:zlib"
                                      << "" << E << "1.3.1"
                                      << "pc:zlib=1.3.1";
        QTest::newRow("hash version") << "foo=1.0~abc123-r0" << false << "foo"
                                      << "" << E << "1.0~abc123-r0"
                                      << "foo=1.0~abc123-r0";
        QTest::newRow("conflict provider") << "!so:libfoo.so.1" << true << "so:libfoo.so.1"
                                           << "" << 0 << ""
                                           << "!so:libfoo.so.1";
    }

    void parsesParts()
    {
        QFETCH(QString, text);
        QFETCH(bool, conflict);
        QFETCH(QString, name);
        QFETCH(QString, tag);
        QFETCH(int, mask);
        QFETCH(QString, version);
        QFETCH(QString, canonical);

        const auto atom = DependencyAtom::parse(text);
        QVERIFY2(atom.ok(), qPrintable(atom.ok() ? QString() : atom.error().toString()));
        QCOMPARE(atom->isConflict(), conflict);
        QCOMPARE(atom->name(), name);
        QCOMPARE(atom->tag(), tag);
        QCOMPARE(atom->mask(), mask);
        QCOMPARE(atom->version(), version);
        QCOMPARE(atom->hasVersionConstraint(), mask != 0);
        // Round trip: printed back exactly as written, and the canonical form reparses to
        // the same atom.
        QCOMPARE(atom->toString(), text);
        QCOMPARE(atom->canonicalString(), canonical);
        const auto again = DependencyAtom::parse(atom->canonicalString());
        QVERIFY(again.ok());
        QCOMPARE(*again, *atom);
        QCOMPARE(atom->isVirtualName(), name.contains(QLatin1Char(':')));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("only conflict") << QStringLiteral("!") << 1;
        QTest::newRow("double conflict") << QStringLiteral("!!foo") << 1;
        QTest::newRow("no name") << QStringLiteral(">=1.0") << 0;
        QTest::newRow("operator without version") << QStringLiteral("foo>=") << 5;
        QTest::newRow("invalid version") << QStringLiteral("foo>=1.0_bogus") << 8;
        QTest::newRow("version with letter first") << QStringLiteral("foo=v1") << 4;
        QTest::newRow("empty tag") << QStringLiteral("foo@") << 4;
        QTest::newRow("bad tag char") << QStringLiteral("foo@ed ge") << 6;
        QTest::newRow("two tags") << QStringLiteral("foo@a@b") << 5;
        QTest::newRow("space in name") << QStringLiteral("fo o") << 2;
        QTest::newRow("tab") << QStringLiteral("foo\t") << 3;
        QTest::newRow("non-ascii name") << QStringLiteral("fö") << 1;
        QTest::newRow("control char") << QStringLiteral("foo\x01") << 3;
        QTest::newRow("unknown operator !") << QStringLiteral("foo!=1") << 3;
        QTest::newRow("unknown operator ^") << QStringLiteral("foo^1") << 3;
        QTest::newRow("version junk") << QStringLiteral("foo=1.0 ") << 7;
        QTest::newRow("checksum with space") << QStringLiteral("foo><Q1 x") << 7;
        QTest::newRow("operator inside version") << QStringLiteral("foo=1.0=2") << 7;
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        const auto atom = DependencyAtom::parse(text);
        QVERIFY(!atom.ok());
        QCOMPARE(atom.error().kind(), Error::Kind::Format);
        QCOMPARE(atom.error().offset(), qint64(offset));
        QVERIFY(!atom.error().message().isEmpty());
    }

    void satisfaction_data()
    {
        QTest::addColumn<QString>("atom");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("expected");
        auto row = [](const char *atom, const char *version, bool expected) {
            QTest::addRow("%s by %s", atom, version)
                << QString::fromUtf8(atom) << QString::fromUtf8(version) << expected;
        };
        row("foo", "1.0", true);
        row("!foo", "1.0", false); // a conflict without version excludes every version
        row("foo<2.0", "1.9", true);
        row("foo<2.0", "2.0", false);
        row("foo<2.0", "2.0_rc1", true);
        row("foo<=2.0", "2.0", true);
        row("foo<=2.0", "2.0-r1", false);
        row("foo=2.0", "2.0", true);
        row("foo=2.0", "2.0-r0", false); // -r0 is not the same string token-wise
        row("foo=2.0", "2.00", false);
        row("foo>=2.0", "2.0", true);
        row("foo>=2.0", "10", true);
        row("foo>=2.0", "1.99", false);
        row("foo>2.0", "2.0", false);
        row("foo>2.0", "2.0_p1", true);
        row("foo>2.0", "2.0_alpha", false);
        row("python3~3.12", "3.12.4-r0", true);
        row("python3~3.12", "3.12", true);
        row("python3~3.12", "3.13.0", false);
        row("python3~3.12", "3.1", false);
        row("python3~3.12", "3.120", false);
        row("foo<~2", "2.5", true);
        row("foo<~2", "1.0", true);
        row("foo<~2", "3", false);
        row("foo>~1.2", "1.2.0", true);
        row("foo>~1.2", "1.3", true);
        row("foo>~1.2", "1.1.9", false);
        row("!foo<2", "1.0", false);
        row("!foo<2", "2.0", true);
        row("!foo>=3", "3.1", false);
        row("!foo>=3", "2.9", true);
        row("so:libc.musl-x86_64.so.1=1", "1", true);
        row("so:libc.musl-x86_64.so.1=1", "2", false);
        row("foo=1.0~abc", "1.0~abc", true);
        row("foo>1.0~abc", "1.0~abd", true);
        row("foo<=>1.0", "7", true); // every result bit: apk matches anything
        row("foo>=1.0", "not-a-version", false);
        row("foo", "not-a-version", true); // no constraint: the name alone decides
        row("foo><Q1abc=", "1.0", false); // checksums never match versions
    }

    void satisfaction()
    {
        QFETCH(QString, atom);
        QFETCH(QString, version);
        QFETCH(bool, expected);
        const auto parsed = DependencyAtom::parse(atom);
        QVERIFY2(parsed.ok(), qPrintable(atom));
        QCOMPARE(parsed->isSatisfiedBy(version), expected);
    }

    void checksumMatching()
    {
        const auto atom = DependencyAtom::parse(u"foo><Q1abc=");
        QVERIFY(atom.ok());
        QVERIFY(atom->isChecksum());
        QVERIFY(atom->matchesChecksum(u"Q1abc="));
        QVERIFY(!atom->matchesChecksum(u"Q1abd="));
    }

    void apk2RulesForVersions()
    {
        // A `~hash` is unknown to apk2, so the atom is invalid under its rules.
        QVERIFY(DependencyAtom::parse(u"foo=1.0~abc").ok());
        QVERIFY(!DependencyAtom::parse(u"foo=1.0~abc", VersionRules::Apk2).ok());
        // apk2 accepts `-r` without a number.
        QVERIFY(!DependencyAtom::parse(u"foo>=1.0-r").ok());
        QVERIFY(DependencyAtom::parse(u"foo>=1.0-r", VersionRules::Apk2).ok());
    }

    void makeBuildsCanonicalAtoms()
    {
        const auto a =
            DependencyAtom::make(QStringLiteral("foo"), VersionGreater | VersionEqual, QStringLiteral("1.0"));
        QCOMPARE(a.toString(), QStringLiteral("foo>=1.0"));
        const auto b = DependencyAtom::make(QStringLiteral("bar"), VersionConflict);
        QCOMPARE(b.toString(), QStringLiteral("!bar"));
        const auto c =
            DependencyAtom::make(QStringLiteral("baz"), VersionLess | VersionEqual | VersionGreater,
                                 QStringLiteral("1"), QStringLiteral("edge"));
        QCOMPARE(c.toString(), QStringLiteral("baz@edge<>=1"));
        const auto reparsed = DependencyAtom::parse(c.toString());
        QVERIFY(reparsed.ok());
        QCOMPARE(*reparsed, c);
    }

    void parsesLists()
    {
        const QString line =
            QStringLiteral("musl>=1.2  so:libc.musl-x86_64.so.1\n!foo pc:zlib python3~3.12 ");
        const auto list = dependencies::parseList(line);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 5);
        QCOMPARE(list->at(0).name(), QStringLiteral("musl"));
        QCOMPARE(list->at(2).isConflict(), true);
        QCOMPARE(list->at(4).isFuzzy(), true);
        QCOMPARE(dependencies::toString(*list),
                 QStringLiteral("musl>=1.2 so:libc.musl-x86_64.so.1 !foo pc:zlib python3~3.12"));

        QVERIFY(dependencies::parseList(u"").ok());
        QCOMPARE(dependencies::parseList(u"   \n ")->size(), 0);

        const auto bad = dependencies::parseList(u"musl foo>=x bar");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().offset(), qint64(10)); // offset in the whole line
    }

    void names()
    {
        QVERIFY(dependencies::isValidName(u"so:libc.musl-x86_64.so.1"));
        QVERIFY(dependencies::isValidName(u"cmd:["));
        QVERIFY(!dependencies::isValidName(u""));
        QVERIFY(!dependencies::isValidName(u"foo bar"));
        QVERIFY(!dependencies::isValidName(u"foo=1"));
    }

    void hostileInput()
    {
        const QString huge(10 * 1024, QLatin1Char('a'));
        QVERIFY(DependencyAtom::parse(huge).ok()); // long but well-formed name
        QVERIFY(!DependencyAtom::parse(QString(huge + QStringLiteral(">="))).ok());
        QVERIFY(!DependencyAtom::parse(QString(QStringLiteral("foo=") + QString(10 * 1024, QLatin1Char('_'))))
                     .ok());
        QVERIFY(DependencyAtom::parse(QString(QStringLiteral("foo=") + QString(10 * 1024, QLatin1Char('9'))))
                    .ok());
        QVERIFY(!DependencyAtom::parse(QString(10 * 1024, QLatin1Char('<'))).ok());
        QVERIFY(
            !DependencyAtom::parse(QString(QStringLiteral("foo") + QString(5000, QLatin1Char('~')))).ok());

        QString binary;
        for (int i = 0; i < 10 * 1024; ++i)
            binary.append(QChar(char16_t((i * 7919) % 0xd000 + 1)));
        QVERIFY(!DependencyAtom::parse(binary).ok());
        const auto list = dependencies::parseList(binary);
        QVERIFY(!list.ok());
        QVERIFY(!list.error().message().isEmpty());
        // The message shortens and escapes what it quotes.
        QVERIFY(list.error().message().size() < 400);

        QString many;
        for (int i = 0; i < 2000; ++i)
            many += QStringLiteral("p%1>=1.%1 ").arg(i);
        const auto manyList = dependencies::parseList(many);
        QVERIFY(manyList.ok());
        QCOMPARE(manyList->size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestDependencyAtoms)
#include "tst_dependency_atoms.moc"
