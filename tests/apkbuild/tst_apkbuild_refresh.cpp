// Checksum refresh end to end: the fixture APKBUILDs' remote sources are served by
// apkdesk-testserver on 127.0.0.1 (the URLs of the temporary copy point at it), including
// its fault modes: 404, a server that stalls, a redirect to an HTML page, a captive portal.
#include "apkbuild/Apkbuild.h"
#include "apkbuild/ChecksumRefresh.h"
#include "repositories/NetworkAccess.h"

#include "TestServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Points every remote origin of the text at the test server.
QByteArray pointAtServer(QByteArray text, const QJsonObject &expected, const QUrl &server)
{
    const QByteArray base = server.toString(QUrl::RemovePath).toUtf8();
    for (const QJsonValue &v : expected.value(QStringLiteral("source_entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (!e.value(QStringLiteral("remote")).toBool())
            continue;
        const QUrl url(e.value(QStringLiteral("url")).toString());
        text.replace(url.toString(QUrl::RemovePath | QUrl::RemoveQuery).toUtf8(), base);
    }
    return text;
}

struct Setup
{
    QString apkbuildPath;
    QString cacheDir;
    QByteArray expectedAfter;
    QStringList servedPaths;
};

// Serves what each remote URL of `dir` serves, under the URL's path, and makes a copy of the
// folder whose APKBUILD fetches from the server.
void setUp(const QString &dir, const QTemporaryDir &tmp, const QString &www,
           const test::TestServerProcess &server, Setup &setup)
{
    const QJsonObject expected = expectedFor(dir);
    for (const QJsonValue &v : expected.value(QStringLiteral("source_entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (!e.value(QStringLiteral("remote")).toBool())
            continue;
        const QString path = QUrl(e.value(QStringLiteral("url")).toString()).path();
        writeFile(www + path,
                  test::readFile(test::fixturePath(e.value(QStringLiteral("served_file")).toString())));
        setup.servedPaths << path;
    }
    const QString folder = test::copyFixture(QStringLiteral("apkbuild/") + dir, tmp);
    setup.apkbuildPath = folder + QStringLiteral("/APKBUILD");
    writeFile(setup.apkbuildPath, pointAtServer(test::readFile(setup.apkbuildPath), expected, server.url()));
    setup.cacheDir = tmp.filePath(QStringLiteral("distfiles"));
    const QString after = expected.value(QStringLiteral("checksum"))
                              .toObject()
                              .value(QStringLiteral("after_checksum_file"))
                              .toString();
    if (!after.isEmpty())
        setup.expectedAfter = pointAtServer(test::readFile(test::fixturePath(after)), expected, server.url());
}

NetworkPolicy quickPolicy()
{
    NetworkPolicy policy;
    policy.inactivityTimeout = std::chrono::milliseconds(700);
    policy.overallDeadline = std::chrono::milliseconds(15'000);
    policy.maxRetries = 1;
    policy.retryBaseDelay = std::chrono::milliseconds(50);
    policy.maxRetryDelay = std::chrono::milliseconds(100);
    return policy;
}

bool runRefresh(ChecksumRefresh &refresh, const Apkbuild &apkbuild)
{
    QSignalSpy finished(&refresh, &ChecksumRefresh::finished);
    const Status started = refresh.start(apkbuild);
    if (!started) {
        qWarning() << started.error().toString();
        return false;
    }
    return finished.wait(30'000);
}

} // namespace

class TestApkbuildRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_www.isValid());
        QVERIFY2(m_server.start(m_www.path()), qPrintable(m_server.errorString()));
    }

    void init() { m_server.resetFaults(); }

    void endToEnd_data()
    {
        QTest::addColumn<QString>("dir");
        for (const char *dir : { "04-remote-basic", "05-github-rename", "06-git-snapshot", "07-python-helper",
                                 "08-underscore-version", "09-major-minor", "10-rc-version", "11-v-prefix",
                                 "12-carch-case", "13-carch-if", "15-quoting", "16-comment-split-source",
                                 "19-legacy-sha256-only", "23-default-expansions", "24-arithmetic",
                                 "27-ftp-sourceforge-query", "29-order-and-reassign", "30-full-daemon" })
            QTest::newRow(dir) << QString::fromLatin1(dir);
    }

    // Downloads from 127.0.0.1, hashes, and proposes exactly abuild's file.
    void endToEnd()
    {
        QFETCH(QString, dir);
        QTemporaryDir tmp;
        Setup setup;
        setUp(dir, tmp, m_www.path(), m_server, setup);
        const auto apkbuild = Apkbuild::load(setup.apkbuildPath);
        QVERIFY(apkbuild);
        NetworkAccess access(quickPolicy());
        ChecksumRefresh refresh(&access);
        refresh.setCacheDir(setup.cacheDir);
        refresh.setPkgverChanged(true);
        QVERIFY(runRefresh(refresh, apkbuild.value()));
        const ChecksumProposal proposal = refresh.proposal();
        QVERIFY2(proposal.complete(), qPrintable(proposal.failures.join(QLatin1Char('\n'))));
        QCOMPARE(proposal.updated, setup.expectedAfter);
        for (const auto &s : refresh.sources())
            if (s.source.remote) {
                QVERIFY(!s.fromCache);
                QVERIFY(s.received > 0);
                QVERIFY(QFileInfo::exists(setup.cacheDir + QLatin1Char('/') + s.source.localName));
            }
    }

    // SRCDEST reuse: without the flag the file is fetched again; with it, not at all.
    void cacheReuse()
    {
        QTemporaryDir tmp;
        Setup setup;
        setUp(QStringLiteral("04-remote-basic"), tmp, m_www.path(), m_server, setup);
        const Apkbuild apkbuild = Apkbuild::load(setup.apkbuildPath).value();
        NetworkAccess access(quickPolicy());
        for (bool reuse : { false, false, true }) {
            m_server.clearRequests();
            ChecksumRefresh refresh(&access);
            refresh.setCacheDir(setup.cacheDir);
            refresh.setReuseCached(reuse);
            QVERIFY(runRefresh(refresh, apkbuild));
            QVERIFY(refresh.proposal().complete());
            QCOMPARE(m_server.requests().size(), reuse ? 0 : 1);
            QCOMPARE(refresh.sources().front().fromCache, reuse);
        }
    }

    void faults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("404") << QStringLiteral("status:404") << QString() << QStringLiteral("404");
        QTest::newRow("timeout") << QStringLiteral("slow") << QStringLiteral("interval=5000") << QString();
        QTest::newRow("captive portal")
            << QStringLiteral("html200") << QString() << QStringLiteral("HTML page");
        QTest::newRow("redirect to html")
            << QStringLiteral("redirect-offsite") << QString() << QStringLiteral("HTML page");
    }

    // The failure is shown per source, the old checksum is kept, and the CLI leaves the
    // file byte-identical.
    void faults()
    {
        QFETCH(QString, mode);
        QFETCH(QString, parameters);
        QFETCH(QString, expectedError);
        QTemporaryDir tmp;
        Setup setup;
        setUp(QStringLiteral("04-remote-basic"), tmp, m_www.path(), m_server, setup);
        const QString path = setup.servedPaths.front();
        if (mode == QLatin1String("redirect-offsite")) {
            // The redirect target is a folder: the server answers its HTML listing.
            QFile::remove(m_www.path() + path);
            QDir().mkpath(m_www.path() + path);
        }
        QVERIFY(m_server.setFault(path, mode, -1, parameters));
        const QByteArray before = test::readFile(setup.apkbuildPath);
        const Apkbuild apkbuild = Apkbuild::load(setup.apkbuildPath).value();
        NetworkAccess access(quickPolicy());
        ChecksumRefresh refresh(&access);
        refresh.setCacheDir(setup.cacheDir);
        QVERIFY(runRefresh(refresh, apkbuild));
        const auto &remote = refresh.sources().front();
        QCOMPARE(remote.phase, ChecksumRefresh::Phase::Failed);
        QVERIFY2(remote.error.contains(expectedError), qPrintable(remote.error));
        QCOMPARE(refresh.sources().back().phase, ChecksumRefresh::Phase::Done);
        const ChecksumProposal proposal = refresh.proposal();
        QVERIFY(!proposal.complete());
        QVERIFY(proposal.failures.front().contains(QLatin1String("old checksum is kept")));
        QCOMPARE(proposal.lines.front().hash, remote.oldHash);
        QVERIFY(!QFileInfo::exists(setup.cacheDir + QStringLiteral("/fixture-basic-1.2.0.tar.gz")));

        QProcess cli;
        cli.start(test::binDir() + QStringLiteral("/apkdesk-cli"),
                  { QStringLiteral("apkbuild"), QStringLiteral("checksum"), setup.apkbuildPath,
                    QStringLiteral("--srcdest"), setup.cacheDir, QStringLiteral("--timeout"),
                    QStringLiteral("1") });
        QVERIFY(cli.waitForFinished(120'000));
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY(cli.readAllStandardError().contains("was not changed"));
        QCOMPARE(test::readFile(setup.apkbuildPath), before);

        if (mode == QLatin1String("redirect-offsite")) {
            QDir(m_www.path() + path).removeRecursively();
            writeFile(m_www.path() + path,
                      test::readFile(test::fixturePath(
                          QStringLiteral("apkbuild/_remote/04-remote-basic/fixture-basic-1.2.0.tar.gz"))));
        }
    }

    // A failed source can be retried alone once the server is back.
    void retryAfterFailure()
    {
        QTemporaryDir tmp;
        Setup setup;
        setUp(QStringLiteral("04-remote-basic"), tmp, m_www.path(), m_server, setup);
        QVERIFY(m_server.setFault(setup.servedPaths.front(), QStringLiteral("status:404"), 1));
        const Apkbuild apkbuild = Apkbuild::load(setup.apkbuildPath).value();
        NetworkAccess access(quickPolicy());
        ChecksumRefresh refresh(&access);
        refresh.setCacheDir(setup.cacheDir);
        refresh.setPkgverChanged(true);
        QVERIFY(runRefresh(refresh, apkbuild));
        QCOMPARE(refresh.sources().front().phase, ChecksumRefresh::Phase::Failed);
        QSignalSpy finished(&refresh, &ChecksumRefresh::finished);
        refresh.retry(0);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(refresh.sources().front().phase, ChecksumRefresh::Phase::Done);
        QVERIFY(refresh.proposal().complete());
        QCOMPARE(refresh.proposal().updated, setup.expectedAfter);
    }

    // The CLI writes the refreshed file atomically, keeping its mode.
    void cliWritesInPlace()
    {
        QTemporaryDir tmp;
        Setup setup;
        setUp(QStringLiteral("19-legacy-sha256-only"), tmp, m_www.path(), m_server, setup);
        QFile::setPermissions(setup.apkbuildPath,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        QProcess cli;
        cli.start(test::binDir() + QStringLiteral("/apkdesk-cli"),
                  { QStringLiteral("apkbuild"), QStringLiteral("checksum"), setup.apkbuildPath,
                    QStringLiteral("--srcdest"), setup.cacheDir });
        QVERIFY(cli.waitForFinished(120'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(test::readFile(setup.apkbuildPath), setup.expectedAfter);
        QCOMPARE(QFile::permissions(setup.apkbuildPath) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    }

private:
    QTemporaryDir m_www;
    test::TestServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestApkbuildRefresh)
#include "tst_apkbuild_refresh.moc"
