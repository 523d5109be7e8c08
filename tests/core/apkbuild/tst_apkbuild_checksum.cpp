// Checksum refresh without network (remote sources pre-seeded in the cache folder, as the
// fixture README says abuild's SRCDEST was), the in-place rewrite, and the refusals of
// HOSTILE.md cases 17, 18, 19 and 20.
#include "apkbuild/Apkbuild.h"
#include "apkbuild/ChecksumPlan.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk;

namespace {

QJsonObject expectedFor(const QString &dir)
{
    static const QJsonObject root =
        QJsonDocument::fromJson(test::readFile(test::fixturePath(QStringLiteral("apkbuild/expected.json"))))
            .object();
    for (const QJsonValue &entry : root.value(QStringLiteral("apkbuilds")).toArray())
        if (entry.toObject().value(QStringLiteral("dir")).toString() == QStringLiteral("apkbuild/") + dir)
            return entry.toObject();
    return {};
}

QStringList fixtureDirs()
{
    QStringList dirs =
        QDir(test::fixturePath(QStringLiteral("apkbuild"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    dirs.removeAll(QStringLiteral("_remote"));
    return dirs;
}

struct Prepared
{
    QString apkbuildPath;
    QString cacheDir;
};

// A writable copy of the folder plus a cache folder holding what its URLs serve.
Prepared prepare(const QString &dir, const QTemporaryDir &tmp)
{
    Prepared p;
    const QString folder = test::copyFixture(QStringLiteral("apkbuild/") + dir, tmp);
    p.apkbuildPath = folder + QStringLiteral("/APKBUILD");
    p.cacheDir = tmp.filePath(QStringLiteral("distfiles"));
    QDir().mkpath(p.cacheDir);
    const QDir remote(test::fixturePath(QStringLiteral("apkbuild/_remote/") + dir));
    for (const QString &name : remote.entryList(QDir::Files))
        QFile::copy(remote.filePath(name), p.cacheDir + QLatin1Char('/') + name);
    return p;
}

// Hashes every planned file synchronously (the pure counterpart of ChecksumRefresh).
ChecksumProposal propose(const Apkbuild &apkbuild, const ChecksumPlan &plan, bool pkgverChanged = false)
{
    std::vector<QString> hashes;
    std::vector<QString> errors;
    for (const PlannedSource &s : plan.sources) {
        const auto hash = sha512OfFile(s.filePath);
        hashes.push_back(hash ? hash.value() : QString());
        errors.push_back(hash ? QString() : hash.error().message());
    }
    return makeChecksumProposal(apkbuild, plan, hashes, errors, pkgverChanged);
}

Apkbuild parse(const QByteArray &text, const QString &path = QStringLiteral("/nonexistent/APKBUILD"))
{
    return Apkbuild::parse(text, path);
}

// abuild's sed (delete `sha<N>sums="...` single lines and ranges up to a line ending in
// the quote), except that the new block goes where the first deleted line was.
QByteArray withBlockReplaced(const QByteArray &original, const QByteArray &newBlock)
{
    static const QRegularExpression single(QStringLiteral("^sha[0-9]+sums=([\"']).*\\1$"));
    static const QRegularExpression start(QStringLiteral("^sha[0-9]+sums=([\"'])"));
    QList<QByteArray> lines = original.split('\n');
    const bool trailingNewline = original.endsWith('\n');
    if (trailingNewline)
        lines.removeLast();
    QByteArray out;
    bool inserted = false;
    QChar closing;
    bool inRange = false;
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        bool drop = false;
        if (inRange) {
            drop = true;
            if (text.endsWith(closing))
                inRange = false;
        } else if (single.match(text).hasMatch()) {
            drop = true;
        } else if (const auto m = start.match(text); m.hasMatch()) {
            drop = true;
            inRange = true;
            closing = m.captured(1).at(0);
        }
        if (drop) {
            if (!inserted)
                out += newBlock;
            inserted = true;
            continue;
        }
        out += line + '\n';
    }
    if (!inserted)
        out += newBlock;
    return out;
}

const QByteArray kHeader = "# Maintainer: A <a@example.net>\npkgname=foo\npkgver=1.0\npkgrel=0\n"
                           "pkgdesc=\"x\"\nurl=\"https://example.net\"\narch=\"noarch\"\nlicense=\"MIT\"\n";

} // namespace

class TestApkbuildChecksum : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("dir");
        for (const QString &dir : fixtureDirs())
            QTest::newRow(qPrintable(dir)) << dir;
    }

    void fixtures()
    {
        QFETCH(QString, dir);
        QTemporaryDir tmp;
        const Prepared p = prepare(dir, tmp);
        const QByteArray original = test::readFile(p.apkbuildPath);
        const auto apkbuild = Apkbuild::load(p.apkbuildPath);
        QVERIFY(apkbuild);
        const auto plan = ChecksumPlan::create(apkbuild.value(), p.cacheDir);
        const QJsonObject checksum = expectedFor(dir).value(QStringLiteral("checksum")).toObject();

        if (dir == QLatin1String("20-crlf")) {
            QVERIFY(!plan);
            QCOMPARE(plan.error().kind(), Error::Kind::Unsafe);
            QVERIFY(plan.error().message().contains(QLatin1String("CRLF")));
            return;
        }
        if (dir == QLatin1String("25-duplicate-names")) {
            QVERIFY(!plan);
            QVERIFY(
                plan.error().message().contains(QLatin1String("duplicate found in $source: v1.0.tar.gz")));
            return;
        }
        if (dir == QLatin1String("21-command-substitution")) {
            // $(...) feeds the source list: refused, never guessed.
            QVERIFY(!plan);
            QCOMPARE(plan.error().kind(), Error::Kind::Unsupported);
            QVERIFY(plan.error().message().contains(QLatin1String("command substitution")));
            return;
        }
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const ChecksumProposal proposal = propose(apkbuild.value(), plan.value());
        if (dir == QLatin1String("17-hash-inside-quotes")) {
            // abuild: "sha512sum: '#': No such file or directory"; nothing may be written.
            QVERIFY(!proposal.complete());
            QVERIFY(proposal.failures.join(QLatin1Char('\n')).contains(QLatin1String("#:")));
            QCOMPARE(test::readFile(p.apkbuildPath), original);
            return;
        }
        QVERIFY2(proposal.complete(), qPrintable(proposal.failures.join(QLatin1Char('\n'))));

        // The hashes are abuild's.
        const QJsonArray after = checksum.value(QStringLiteral("sha512sums_after")).toArray();
        QCOMPARE(qsizetype(proposal.lines.size()), dir == QLatin1String("01-no-sources") ? 0 : after.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(proposal.lines[size_t(i)].hash, after.at(i).toArray().at(0).toString());
            QCOMPARE(proposal.lines[size_t(i)].name, after.at(i).toArray().at(1).toString());
        }
        // Every other byte unchanged: the original with only its sha<N>sums lines replaced by
        // the block abuild wrote.
        const QByteArray abuildResult = test::readFile(
            test::fixturePath(checksum.value(QStringLiteral("after_checksum_file")).toString()));
        const qsizetype newBlockAt = abuildResult.indexOf("\nsha512sums=\"");
        const QByteArray newBlock = newBlockAt < 0 ? QByteArray() : abuildResult.mid(newBlockAt + 1);
        QCOMPARE(proposal.updated, withBlockReplaced(original, newBlock));
        // In these files the old block was the last statement, so in place == abuild's output.
        QCOMPARE(proposal.updated, abuildResult);
        QCOMPARE(proposal.changed(), original != abuildResult);
    }

    void blockIsRewrittenWhereItWas()
    {
        const QByteArray text = kHeader
            + "source=\"a.txt\"\n"
              "sha512sums=\"\nold  a.txt\n\"\n\npackage() {\n\tmkdir -p \"$pkgdir\"\n}\n";
        const Apkbuild apkbuild = parse(text);
        const auto layout = ChecksumLayout::locate(apkbuild);
        QVERIFY(layout);
        const QByteArray updated =
            layout->rewrite(text, { { QStringLiteral("abc"), QStringLiteral("a.txt") } });
        QCOMPARE(updated,
                 kHeader
                     + "source=\"a.txt\"\nsha512sums=\"\nabc  a.txt\n\"\n\npackage() {\n\tmkdir -p "
                       "\"$pkgdir\"\n}\n");
    }

    void blockAppendedWhenMissing()
    {
        const QByteArray text = kHeader + "source=\"a.txt\"\npackage() { :; }";
        const auto layout = ChecksumLayout::locate(parse(text));
        QVERIFY(layout);
        QCOMPARE(layout->rewrite(text, { { QStringLiteral("abc"), QStringLiteral("a.txt") } }),
                 text + "\nsha512sums=\"\nabc  a.txt\n\"\n");
    }

    void md5sumsKept()
    {
        const QByteArray text = kHeader + "md5sums=\"x  a\"\nsha256sums=\"y  a\"\n";
        const auto layout = ChecksumLayout::locate(parse(text));
        QVERIFY(layout);
        QCOMPARE(layout->rewrite(text, { { QStringLiteral("z"), QStringLiteral("a") } }),
                 kHeader + "md5sums=\"x  a\"\nsha512sums=\"\nz  a\n\"\n");
    }

    // HOSTILE 18: layouts that cannot be rewritten without guessing are refused.
    void ambiguousBlocksRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("split in two") << kHeader + "sha512sums=\"a  x\"\nsha512sums=\"$sha512sums\nb  y\"\n"
                                      << QStringLiteral("more than once");
        QTest::newRow("unterminated") << kHeader + "sha512sums=\"\nabc  a.txt\n"
                                      << QStringLiteral("unterminated");
        QTest::newRow("conditional") << kHeader + "if true; then\nsha512sums=\"a  x\"\nfi\n"
                                     << QStringLiteral("condition");
        QTest::newRow("trailing text") << kHeader + "sha512sums=\"a  x\" # checked\n"
                                       << QStringLiteral("follows");
        QTest::newRow("from variables") << kHeader + "sha512sums=\"$_sums\"\n" << QStringLiteral("variables");
        QTest::newRow("indented") << kHeader + "  sha512sums=\"a  x\"\n" << QStringLiteral("beginning");
        QTest::newRow("crlf") << QByteArray(kHeader).replace("\n", "\r\n") + "sha512sums=\"a  x\"\r\n"
                              << QStringLiteral("CRLF");
        // Found by fuzz/fuzz_apkbuild (H9): an appended block would become the operand of a
        // dangling operator, so the file must not parse (sh: "end of file unexpected").
        QTest::newRow("dangling &&") << kHeader + "source=\"a.txt\"\ntrue &&"
                                     << QStringLiteral("end of the file");
        QTest::newRow("dangling ||") << kHeader + "true ||\n\n" << QStringLiteral("end of the file");
        QTest::newRow("dangling |") << kHeader + "true |" << QStringLiteral("end of the file");
        QTest::newRow("lone CR") << kHeader + "source=\"a.txt\"\r" << QStringLiteral("CRLF");
        QTest::newRow("function header at end")
            << kHeader + "source=\"a.txt\"\nf() " << QStringLiteral("no body");
        QTest::newRow("backslash at end")
            << kHeader + "source=\"a.txt\"\ntrue \\" << QStringLiteral("backslash");
    }

    void ambiguousBlocksRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, why);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("APKBUILD"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto apkbuild = Apkbuild::load(path);
        QVERIFY(apkbuild);
        const auto plan = ChecksumPlan::create(apkbuild.value(), tmp.filePath(QStringLiteral("cache")));
        QVERIFY(!plan);
        QVERIFY2(plan.error().message().contains(why), qPrintable(plan.error().message()));
        QVERIFY(plan.error().offset() >= 0);
        QCOMPARE(test::readFile(path), text);
    }

    // HOSTILE 17 and 20.
    void unsafeSourcesRefused_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("../ rename") << QByteArray("../x::https://example.net/x.tar.gz");
        QTest::newRow("file://") << QByteArray("file:///etc/passwd");
        QTest::newRow("renamed file://") << QByteArray("x::file:///etc/passwd");
        QTest::newRow("parent path") << QByteArray("../../etc/passwd");
        QTest::newRow("absolute") << QByteArray("/etc/passwd");
        QTest::newRow("symlink out") << QByteArray("escape.patch");
    }

    void unsafeSourcesRefused()
    {
        QFETCH(QByteArray, source);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("APKBUILD"));
        QFile::link(QStringLiteral("/etc/hostname"), tmp.filePath(QStringLiteral("escape.patch")));
        const QByteArray text = kHeader + "source=\"" + source + "\"\nsha512sums=\"\n\"\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto apkbuild = Apkbuild::load(path);
        QVERIFY(apkbuild);
        const auto plan = ChecksumPlan::create(apkbuild.value(), tmp.filePath(QStringLiteral("cache")));
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind(), Error::Kind::Unsafe);
        QCOMPARE(test::readFile(path), text);
    }

    // HOSTILE 19: same pkgver, different upstream bytes -> a loud warning; a changed local
    // patch or a version bump is only a note.
    void changedUpstreamWarns()
    {
        QTemporaryDir tmp;
        const Prepared p = prepare(QStringLiteral("05-github-rename"), tmp);
        const auto apkbuild = Apkbuild::load(p.apkbuildPath);
        QVERIFY(apkbuild);
        const auto plan = ChecksumPlan::create(apkbuild.value(), p.cacheDir);
        QVERIFY(plan);
        const ChecksumProposal same = propose(apkbuild.value(), plan.value());
        QCOMPARE(same.warnings.size(), 1);
        QVERIFY(same.warnings.first().contains(QLatin1String("0.15.3")));
        const ChecksumProposal bumped = propose(apkbuild.value(), plan.value(), true);
        QVERIFY(bumped.warnings.isEmpty());

        QTemporaryDir tmp2;
        const Prepared local = prepare(QStringLiteral("03-local-patches"), tmp2);
        const auto patched = Apkbuild::load(local.apkbuildPath);
        QVERIFY(patched);
        const ChecksumProposal notes =
            propose(patched.value(), ChecksumPlan::create(patched.value(), local.cacheDir).value());
        QVERIFY(notes.warnings.isEmpty());
        QVERIFY(notes.notes.join(QLatin1Char(' ')).contains(QLatin1String("0002-musl-compat.patch")));
    }

    void missingLocalFileFailsCleanly()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("APKBUILD"));
        const QByteArray text = kHeader + "source=\"missing.patch\"\nsha512sums=\"\nabc  missing.patch\n\"\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const Apkbuild apkbuild = Apkbuild::load(path).value();
        const auto plan = ChecksumPlan::create(apkbuild, tmp.path());
        QVERIFY(plan);
        const ChecksumProposal proposal = propose(apkbuild, plan.value());
        QVERIFY(!proposal.complete());
        QVERIFY(proposal.failures.first().contains(QLatin1String("old checksum is kept")));
        QVERIFY(proposal.updated.contains("abc  missing.patch"));
    }

    void diffShowsOnlyTheBlock()
    {
        const QString diff =
            unifiedDiff("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\ne\nf\nX\nh\n", QStringLiteral("APKBUILD"));
        QVERIFY(diff.contains(QLatin1String("@@ -4,5 +4,5 @@")));
        QVERIFY(diff.contains(QLatin1String("-g\n+X\n")));
        QVERIFY(!diff.contains(QLatin1String(" a\n")));
    }
};

QTEST_GUILESS_MAIN(TestApkbuildChecksum)
#include "tst_apkbuild_checksum.moc"
