// Version bumps, lint and the constructs the static evaluator must refuse to run
// (HOSTILE 16) or survive (unterminated quotes, 10,000 lines, tabs, unicode).
#include "apkbuild/Apkbuild.h"
#include "apkbuild/ApkbuildLinter.h"
#include "apkbuild/VersionBump.h"
#include "common/AtomicFile.h"

#include "TestSupport.h"

#include <QtTest>

using namespace apkdesk;

namespace {

Apkbuild fixture(const QString &dir)
{
    return Apkbuild::load(test::fixturePath(QStringLiteral("apkbuild/%1/APKBUILD").arg(dir))).value();
}

bool hasIssue(const std::vector<LintIssue> &issues, const QString &code, int line)
{
    for (const LintIssue &issue : issues)
        if (issue.code == code && (line < 0 || issue.line == line))
            return true;
    return false;
}

QString describe(const std::vector<LintIssue> &issues)
{
    QStringList lines;
    for (const LintIssue &issue : issues)
        lines << QStringLiteral("%1:%2 %3").arg(issue.code).arg(issue.line).arg(issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestApkbuildEdit : public QObject
{
    Q_OBJECT

private slots:
    void setVersionResetsPkgrel()
    {
        const Apkbuild a = fixture(QStringLiteral("08-underscore-version"));
        const auto bumped = VersionBump::setVersion(a, QStringLiteral("1.85.0"));
        QVERIFY(bumped);
        QByteArray expected = a.content();
        expected.replace("pkgver=1.84.0\npkgrel=4\n", "pkgver=1.85.0\npkgrel=0\n");
        QCOMPARE(bumped.value(), expected);
        const Apkbuild after = Apkbuild::parse(bumped.value(), a.path());
        QCOMPARE(after.value(QStringLiteral("_pkgver")).value(), QStringLiteral("1_85_0"));
    }

    void incrementKeepsComment()
    {
        const Apkbuild a = fixture(QStringLiteral("15-quoting"));
        const auto bumped = VersionBump::incrementRelease(a);
        QVERIFY(bumped);
        QVERIFY(bumped->contains("pkgrel=8 # rebuild against the new fixture-tool\n"));
        QCOMPARE(bumped->size(), a.content().size());
    }

    void lastAssignmentIsEdited()
    {
        const Apkbuild a = fixture(QStringLiteral("29-order-and-reassign"));
        const auto bumped = VersionBump::setVersion(a, QStringLiteral("0.3"));
        QVERIFY(bumped);
        QVERIFY(bumped->contains("pkgver=0.1\npkgver=0.3\npkgrel=0\n"));
    }

    void bumpRefusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("version");
        QTest::newRow("invalid version")
            << QByteArray("pkgver=1.0\npkgrel=0\n") << QStringLiteral("1.0-beta");
        QTest::newRow("conditional pkgver")
            << QByteArray("pkgver=1.0\nif true; then pkgver=2.0; fi\npkgrel=0\n") << QStringLiteral("3.0");
        QTest::newRow("computed pkgver")
            << QByteArray("_v=1.0\npkgver=$_v\npkgrel=0\n") << QStringLiteral("3.0");
        QTest::newRow("pkgrel not a number") << QByteArray("pkgver=1.0\npkgrel=x\n") << QString();
        QTest::newRow("no pkgrel") << QByteArray("pkgver=1.0\n") << QString();
    }

    void bumpRefusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, version);
        const Apkbuild a = Apkbuild::parse(text, QStringLiteral("APKBUILD"));
        const auto result =
            version.isEmpty() ? VersionBump::incrementRelease(a) : VersionBump::setVersion(a, version);
        QVERIFY(!result);
        QVERIFY(!result.error().message().isEmpty());
    }

    // HOSTILE 21: an atomic save keeps the file's mode.
    void saveKeepsMode()
    {
        QTemporaryDir tmp;
        const QString path =
            test::copyFixture(QStringLiteral("apkbuild/04-remote-basic"), tmp) + QStringLiteral("/APKBUILD");
        QFile::setPermissions(path, permissionsFromMode(0640));
        const auto a = Apkbuild::load(path);
        QVERIFY(a);
        QVERIFY(writeFileAtomically(path, VersionBump::incrementRelease(a.value()).value()));
        QCOMPARE(QFile::permissions(path) & permissionsFromMode(0777), permissionsFromMode(0640));
        QCOMPARE(Apkbuild::load(path)->pkgrel(), QStringLiteral("1"));
    }

    void lintFixtures()
    {
        auto issues = lintApkbuild(fixture(QStringLiteral("19-legacy-sha256-only")));
        QVERIFY2(hasIssue(issues, QStringLiteral("plain-http"), 9), qPrintable(describe(issues)));
        QVERIFY2(hasIssue(issues, QStringLiteral("deprecated-checksums"), 21), qPrintable(describe(issues)));
        issues = lintApkbuild(fixture(QStringLiteral("25-duplicate-names")));
        QVERIFY2(hasIssue(issues, QStringLiteral("duplicate-source"), 9), qPrintable(describe(issues)));
        QVERIFY(hasIssue(issues, QStringLiteral("source-rename"), 9));
        issues = lintApkbuild(fixture(QStringLiteral("26-fewer-sums-single-quoted")));
        QVERIFY2(hasIssue(issues, QStringLiteral("checksum-count"), 21), qPrintable(describe(issues)));
        QVERIFY(hasIssue(issues, QStringLiteral("checksum-missing"), 21));
        issues = lintApkbuild(fixture(QStringLiteral("20-crlf")));
        QVERIFY(hasIssue(issues, QStringLiteral("crlf"), 1));
        issues = lintApkbuild(fixture(QStringLiteral("17-hash-inside-quotes")));
        QVERIFY2(hasIssue(issues, QStringLiteral("missing-local-source"), 9), qPrintable(describe(issues)));
        issues = lintApkbuild(fixture(QStringLiteral("21-command-substitution")));
        QVERIFY(hasIssue(issues, QStringLiteral("not-expandable"), 5));
        // A clean file has no errors.
        issues = lintApkbuild(fixture(QStringLiteral("04-remote-basic")));
        for (const LintIssue &issue : issues)
            QVERIFY2(issue.severity != LintIssue::Severity::Error, qPrintable(describe(issues)));
    }

    void lintRequiredVariables()
    {
        const Apkbuild a = Apkbuild::parse("# Maintainer: A <a@b.c>\npkgname=foo\npkgver=1.0\npkgrel=r1\n"
                                           "package() { :; }\n",
                                           QStringLiteral("APKBUILD"));
        const auto issues = lintApkbuild(a);
        QVERIFY(hasIssue(issues, QStringLiteral("pkgrel-not-number"), 4));
        QVERIFY(hasIssue(issues, QStringLiteral("missing-variable"), 0));
    }

    // HOSTILE 16: never executed, reported with the line and the construct.
    void notExecuted_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("construct");
        QTest::newRow("command substitution")
            << QByteArray("pkgver=1\n_x=$(touch /tmp/pwned)\n") << QStringLiteral("_x") << 2
            << QStringLiteral("command substitution");
        QTest::newRow("backticks") << QByteArray("pkgver=1\n_x=`id`\n") << QStringLiteral("_x") << 2
                                   << QStringLiteral("backquoted");
        QTest::newRow("eval") << QByteArray("pkgver=1\neval \"pkgver=2\"\n") << QString() << 2
                              << QStringLiteral("eval");
        QTest::newRow("heredoc") << QByteArray("pkgver=1\ncat > /tmp/x <<EOF\n$pkgver\nEOF\npkgrel=0\n")
                                 << QString() << 2 << QStringLiteral("heredoc");
        QTest::newRow("function call") << QByteArray("_f() { pkgver=9; }\npkgver=1\n_f\n") << QString() << 3
                                       << QStringLiteral("function call");
        QTest::newRow("unknown condition")
            << QByteArray("pkgver=1\n[ -f /etc/x ] && pkgver=2\n") << QStringLiteral("pkgver") << 2
            << QStringLiteral("cannot be evaluated");
    }

    void notExecuted()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, variable);
        QFETCH(int, line);
        QFETCH(QString, construct);
        const Apkbuild a = Apkbuild::parse(text, QStringLiteral("APKBUILD"));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/pwned")));
        bool found = false;
        for (const auto &u : a.unexpandable())
            if (u.variable == variable && u.line == line && u.construct.contains(construct))
                found = true;
        QVERIFY2(found,
                 qPrintable(a.unexpandable().empty() ? QStringLiteral("nothing reported")
                                                     : a.unexpandable().front().construct));
        if (!variable.isEmpty())
            QVERIFY(!a.isKnown(variable));
    }

    void heredocBodyIsSkipped()
    {
        const Apkbuild a = Apkbuild::parse("pkgver=1\ncat <<-EOF\n\tpkgver=2 \"unbalanced\n\tEOF\npkgrel=3\n",
                                           QStringLiteral("APKBUILD"));
        QVERIFY(!a.parseError());
        QCOMPARE(a.pkgver(), QStringLiteral("1"));
        QCOMPARE(a.pkgrel(), QStringLiteral("3"));
    }

    void expansions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("prefix glob") << QByteArray("v=1.2.3\nr=${v#*.}\n") << QStringLiteral("2.3");
        QTest::newRow("bracket") << QByteArray("v=abc123\nr=${v%%[0-9]*}\n") << QStringLiteral("abc");
        QTest::newRow("quoted pattern") << QByteArray("v='a*b'\nr=${v%\"*b\"}\n") << QStringLiteral("a");
        QTest::newRow("nested") << QByteArray("v=xyz\nr=${v%\"${v#?}\"}\n") << QStringLiteral("x");
        QTest::newRow("anchored replace")
            << QByteArray("v=aXa\nr=${v/#a/b}${v/%a/c}\n") << QStringLiteral("bXaaXc");
        QTest::newRow("negative offset") << QByteArray("v=abcdef\nr=${v: -2}\n") << QStringLiteral("ef");
        QTest::newRow("length") << QByteArray("v=abcdef\nr=${#v}\n") << QStringLiteral("6");
        QTest::newRow("assign default") << QByteArray(": ${x:=def}\nr=$x\n") << QStringLiteral("def");
        QTest::newRow("arith") << QByteArray("a=7\nr=$(( (a + 3) * 2 % 7 ))\n") << QStringLiteral("6");
        QTest::newRow("case glob") << QByteArray("case 1.2 in 1.*) r=one;; *) r=other;; esac\n")
                                   << QStringLiteral("one");
        QTest::newRow("if else") << QByteArray(
            "if [ \"$CARCH\" != x86_64 ]; then r=a; elif false; then r=b; else r=c; fi\n")
                                 << QStringLiteral("c");
        QTest::newRow("test -o -a") << QByteArray(
            "[ \"$CARCH\" = x86 -o \"$CARCH\" = x86_64 -a -n x ] && r=yes\n")
                                    << QStringLiteral("yes");
        QTest::newRow("test !") << QByteArray("if [ ! \"$CARCH\" = s390x ]; then r=not; fi\n")
                                << QStringLiteral("not");
        QTest::newRow("if and-list") << QByteArray(
            "if [ \"$CARCH\" != s390x ] && [ 1 -lt 2 ]; then r=both; fi\n")
                                     << QStringLiteral("both");
        QTest::newRow("substring length")
            << QByteArray("v=1.2.3_rc1\nr=${v:0:${#v}-4}\n") << QStringLiteral("1.2.3");
        QTest::newRow("or list") << QByteArray("[ -n \"\" ] || r=set\n") << QStringLiteral("set");
        QTest::newRow("unset") << QByteArray("r=1\nunset r\nr=${r-gone}\n") << QStringLiteral("gone");
        QTest::newRow("subshell") << QByteArray("r=1\n(r=2)\n") << QStringLiteral("1");
        QTest::newRow("escaped newline") << QByteArray("r=\"a\\\nb\"\n") << QStringLiteral("ab");
        QTest::newRow("for split") << QByteArray("l='a b'\nr=\nfor x in $l c; do r=\"$r$x\"; done\n")
                                   << QStringLiteral("abc");
    }

    void expansions()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const Apkbuild a = Apkbuild::parse(text, QStringLiteral("APKBUILD"));
        QVERIFY2(!a.parseError(), qPrintable(a.parseError() ? a.parseError()->message() : QString()));
        QCOMPARE(a.value(QStringLiteral("r")).value_or(QStringLiteral("<unset>")), expected);
        QVERIFY(a.isKnown(QStringLiteral("r")));
    }

    void otherArch()
    {
        ApkbuildOptions options;
        options.arch = QStringLiteral("aarch64");
        const auto a =
            Apkbuild::load(test::fixturePath(QStringLiteral("apkbuild/12-carch-case/APKBUILD")), options);
        QVERIFY(a);
        QCOMPARE(a->value(QStringLiteral("_arch")).value(), QStringLiteral("arm64"));
        QCOMPARE(a->value(QStringLiteral("CHOST")).value(), QStringLiteral("aarch64-alpine-linux-musl"));
        const auto b =
            Apkbuild::load(test::fixturePath(QStringLiteral("apkbuild/13-carch-if/APKBUILD")), options);
        QCOMPARE(b->value(QStringLiteral("provides")).value(),
                 QStringLiteral("fixture-codec-neon=0.8.11-r2"));
    }

    void syntaxErrorsHaveLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated double quote") << QByteArray("pkgname=a\nsource=\"x\ny\n") << 2;
        QTest::newRow("unterminated single quote") << QByteArray("pkgname=a\n\nsha512sums='x\n") << 3;
        QTest::newRow("missing fi") << QByteArray("pkgname=a\nif true; then\npkgver=1\n") << 2;
        QTest::newRow("missing esac") << QByteArray("case x in\n*) a=1 ;;\n") << 1;
        QTest::newRow("unterminated ${") << QByteArray("a=1\nb=${a\n") << 2;
        QTest::newRow("operator in for list") << QByteArray("a=1\nfor x in a (b); do :; done\n") << 2;
    }

    void syntaxErrorsHaveLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const Apkbuild a = Apkbuild::parse(text, QStringLiteral("APKBUILD"));
        QVERIFY(a.parseError());
        QCOMPARE(a.lineAt(a.parseError()->offset()), line);
        QVERIFY(a.parseError()->message().startsWith(QStringLiteral("line %1:").arg(line)));
    }

    void largeFileWithTabsAndUnicode()
    {
        QByteArray text = "pkgname=gros\npkgver=1.0\npkgdesc=\"Données — テスト\"\n";
        for (int i = 0; i < 10000; ++i)
            text += "_v" + QByteArray::number(i) + "=\"\t${pkgver%.*}\t\"\n";
        text += "source=\"données.txt\"\n";
        const Apkbuild a = Apkbuild::parse(text, QStringLiteral("APKBUILD"));
        QVERIFY(!a.parseError());
        QCOMPARE(a.value(QStringLiteral("_v9999")).value(), QStringLiteral("\t1\t"));
        QCOMPARE(a.sources().front().localName, QStringLiteral("données.txt"));
        QCOMPARE(a.lineAt(a.assignmentsOf(QStringLiteral("source")).front().begin), 10004);
    }

    void hostileNestingAndLoops_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("deep $(") << QByteArray(100000, '$').replace("$", "$(");
        QTest::newRow("deep (") << "a=1\n" + QByteArray(100000, '(');
        QTest::newRow("deep ${") << "a=" + QByteArray(50000, 'x').replace("x", "${a:-") + "\n";
        QTest::newRow("deep arithmetic") << "a=$((" + QByteArray(100000, '(') + "1))\n";
        QTest::newRow("unary chain") << "a=$((" + QByteArray(100000, '-') + "1))\n";
        QByteArray loops = "l=\"" + QByteArray(2000, 'x').replace("x", "w ") + "\"\n";
        loops += "for a in $l; do for b in $l; do for c in $l; do r=1; done; done; done\n";
        QTest::newRow("nested loops") << loops;
        QTest::newRow("star pattern")
            << "v=" + QByteArray(20000, 'a') + "\nr=${v%%" + QByteArray(30, '*').replace("*", "*a") + "b}\n";
    }

    void hostileNestingAndLoops()
    {
        QFETCH(QByteArray, text);
        const Apkbuild a = Apkbuild::parse(text, QStringLiteral("APKBUILD"));
        QVERIFY(a.parseError() || !a.unexpandable().empty() || !a.isKnown(QStringLiteral("a"))
                || a.value(QStringLiteral("r")).has_value());
    }

    void binaryGarbageDoesNotCrash()
    {
        QByteArray text;
        for (int i = 0; i < 4096; ++i)
            text += char((i * 7919) % 256);
        const Apkbuild a = Apkbuild::parse(text + "\n$((\n${\n\"`", QStringLiteral("APKBUILD"));
        QVERIFY(a.parseError() || !a.unexpandable().empty() || a.assignedVariables().isEmpty());
        lintApkbuild(a);
    }
};

QTEST_GUILESS_MAIN(TestApkbuildEdit)
#include "tst_apkbuild_edit.moc"
