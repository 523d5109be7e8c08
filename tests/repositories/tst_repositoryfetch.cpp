// Discovery, the index cache (304, offline, refusing worse copies) and verified package
// downloads, end to end against apkdesk-testserver.
#include "RepositoryTestSupport.h"
#include "indexes/IndexReader.h"
#include "keys/TrustStore.h"
#include "repositories/DiscoveryJob.h"
#include "repositories/IndexFetchJob.h"
#include "repositories/NetworkAccess.h"
#include "repositories/PackageFetchJob.h"

#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::test;

class TestRepositoryFetch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root;
    TestServerProcess m_server;
    TrustStore m_trust;
    int m_case = 0;

    QString servedFile(const QString &name) const { return m_root + kArchPath + name; }
    void serve(const QString &fixture, const QString &as)
    {
        QFile::remove(servedFile(as));
        QVERIFY(QFile::copy(fixturePath(fixture), servedFile(as)));
        QFile::setPermissions(servedFile(as), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QString freshDir(const QString &what) { return m_dir.filePath(what + QString::number(++m_case)); }

    IndexEntry findEntry(const LoadedIndex &index, const QString &name)
    {
        const QList<int> rows = index.index.findByName(name.toUtf8());
        return rows.isEmpty() ? IndexEntry() : index.index.entry(rows.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = makeServedRepository(m_dir);
        QDir().mkpath(m_root + QStringLiteral("/v3.21/main/aarch64")); // an arch without an index
        QDir().mkpath(m_root + QStringLiteral("/edge/testing/x86_64"));
        QFile::copy(fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")),
                    m_root + QStringLiteral("/edge/testing/x86_64/APKINDEX.tar.gz"));
        m_trust = TrustStore::fromDirectories({ fixturePath(QStringLiteral("keys/trusted")) });
        QVERIFY(!m_trust.isEmpty());
        QVERIFY2(m_server.start(m_root), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY(m_server.resetFaults());
        QVERIFY(m_server.clearRequests());
        serve(QStringLiteral("index-v2/APKINDEX.tar.gz"), QStringLiteral("APKINDEX.tar.gz"));
    }

    void discoversTheServerTree()
    {
        NetworkAccess access(fastPolicy());
        DiscoveryJob job(&access, m_server.url(QStringLiteral("/")));
        QSignalSpy progress(&job, &AsyncJob::progress);
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        const ServerTree &tree = job.tree();
        QVERIFY2(tree.warnings.isEmpty(), qPrintable(tree.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(tree.versions.size(), 2);
        QCOMPARE(tree.versions.at(0).name, QStringLiteral("edge"));
        QCOMPARE(tree.versions.at(1).name, QStringLiteral("v3.21"));
        const DiscoveredRepository &main = tree.versions.at(1).repositories.at(0);
        QCOMPARE(main.name, QStringLiteral("main"));
        QCOMPARE(main.arches.size(), 2);
        QCOMPARE(main.arches.at(0).name, QStringLiteral("aarch64"));
        QCOMPARE(main.arches.at(0).hasIndex, std::optional<bool>(false));
        QCOMPARE(main.arches.at(1).hasIndex, std::optional<bool>(true));
        const QList<RepositoryLocation> locations = tree.locations();
        QCOMPARE(locations.size(), 2);
        QCOMPARE(locations.at(1).indexUrl(), m_server.url(kIndexPath));
        QVERIFY(!progress.isEmpty());
    }

    void hostileFolderNamesAreNotOffered()
    {
        const QString version = m_root + QStringLiteral("/v3.21/");
        for (const char *name : { "<script>alert(1)<", "a b", "x\"y", "%2e%2e" })
            QVERIFY(QDir().mkpath(version + QString::fromLatin1(name) + QStringLiteral("/x86_64")));
        NetworkAccess access(fastPolicy());
        DiscoveryJob job(&access, m_server.url(QStringLiteral("/")));
        QVERIFY(runJob(job));
        for (const char *name : { "<script>alert(1)<", "a b", "x\"y", "%2e%2e" })
            QDir(version + QString::fromLatin1(name)).removeRecursively();
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QStringList repositories;
        for (const DiscoveredRepository &repository : job.tree().versions.at(1).repositories)
            repositories << repository.name;
        QCOMPARE(repositories, QStringList({ QStringLiteral("main") }));
    }

    void discoversALocalFolder()
    {
        NetworkAccess access(fastPolicy());
        DiscoveryJob job(&access, QUrl::fromLocalFile(m_root));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.tree().locations().size(), 2);
        QVERIFY(job.tree().locations().first().isLocal());
    }

    void discoveryFailsOnAnUnreachableRoot()
    {
        QVERIFY(m_server.setFault(QStringLiteral("/"), QStringLiteral("status:404")));
        NetworkAccess access(fastPolicy());
        DiscoveryJob job(&access, m_server.url(QStringLiteral("/")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::NotFound);
    }

    void discoveryKeepsGoingPastABrokenFolder()
    {
        QVERIFY(m_server.setFault(QStringLiteral("/edge/"), QStringLiteral("status:403")));
        NetworkAccess access(fastPolicy());
        DiscoveryJob job(&access, m_server.url(QStringLiteral("/")));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.tree().warnings.size(), 1);
        QVERIFY(job.tree().warnings.first().contains(QLatin1String("HTTP 403")));
        QCOMPARE(job.tree().locations().size(), 1);
    }

    void indexCacheConditionalAndOffline()
    {
        NetworkAccess access(fastPolicy());
        IndexCache cache(freshDir(QStringLiteral("cache")));
        const QUrl url = m_server.url(kIndexPath);

        IndexFetchJob first(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(first));
        QVERIFY2(first.result(), qPrintable(first.errorString()));
        QCOMPARE(first.fetchResult().source, IndexFetchResult::Source::Downloaded);
        QVERIFY(first.fetchResult().entry.trusted);
        QVERIFY(first.fetchResult().entry.verdict.contains(QLatin1String("fixture-6b0ae07e.rsa.pub")));
        QCOMPARE(readFile(first.fetchResult().path), readFile(servedFile(QStringLiteral("APKINDEX.tar.gz"))));
        QVERIFY(!first.fetchResult().entry.etag.isEmpty());

        IndexFetchJob second(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(second));
        QVERIFY2(second.result(), qPrintable(second.errorString()));
        QCOMPARE(second.fetchResult().source, IndexFetchResult::Source::NotModified);
        QVERIFY(!second.fetchResult().offline());
        const QJsonArray log = m_server.requests();
        QCOMPARE(log.last().toObject().value(QStringLiteral("status")).toInt(), 304);
        QCOMPARE(log.last().toObject().value(QStringLiteral("ifNoneMatch")).toString(),
                 QString::fromLatin1(first.fetchResult().entry.etag));

        // The server is down: the cached copy, clearly marked offline.
        QVERIFY(
            m_server.setFault(kIndexPath, QStringLiteral("error503"), -1, QStringLiteral("retry-after=0")));
        IndexFetchJob offline(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(offline));
        QVERIFY2(offline.result(), qPrintable(offline.errorString()));
        QVERIFY(offline.fetchResult().offline());
        QVERIFY(offline.fetchResult().offlineReason.contains(QLatin1String("HTTP 503")));
        QCOMPARE(offline.fetchResult().path, first.fetchResult().path);

        IndexFetchJob offlineOnly(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        offlineOnly.setOfflineOnly(true);
        QVERIFY(runJob(offlineOnly));
        QVERIFY(offlineOnly.fetchResult().offline());
    }

    void noCacheAndNoServerIsAnError()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("drop")));
        NetworkAccess access(fastPolicy());
        IndexCache cache(freshDir(QStringLiteral("cache")));
        IndexFetchJob job(&access, &cache, m_server.url(kIndexPath), verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QVERIFY(!cache.lookup(m_server.url(kIndexPath)));
    }

    // HOSTILE 1, 5 and 34: a worse copy never replaces the cached good one.
    void worseIndexesKeepTheCachedCopy_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("allowUntrusted");
        QTest::addColumn<int>("kind");
        QTest::newRow("stranger") << "index-v2/variants/APKINDEX-stranger.tar.gz" << QString() << false
                                  << int(Error::Kind::Untrusted);
        QTest::newRow("unsigned") << "index-v2/variants/APKINDEX-unsigned.tar.gz" << QString() << false
                                  << int(Error::Kind::Untrusted);
        QTest::newRow("signed then unsigned, opted in") << "index-v2/variants/APKINDEX-unsigned.tar.gz"
                                                        << QString() << true << int(Error::Kind::Untrusted);
        QTest::newRow("tampered") << "index-v2/variants/APKINDEX-tampered.tar.gz" << QString() << false
                                  << int(Error::Kind::Untrusted);
        QTest::newRow("html 200") << QString() << "html200" << false << -1;
        QTest::newRow("truncated gzip") << QString() << "truncate-gzip" << false << -1;
    }
    void worseIndexesKeepTheCachedCopy()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, fault);
        QFETCH(bool, allowUntrusted);
        QFETCH(int, kind);
        NetworkAccess access(fastPolicy());
        IndexCache cache(freshDir(QStringLiteral("cache")));
        const QUrl url = m_server.url(kIndexPath);
        IndexFetchJob good(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(good));
        QVERIFY2(good.result(), qPrintable(good.errorString()));
        const QByteArray goodBytes = readFile(good.fetchResult().path);

        if (!fixture.isEmpty())
            serve(fixture, QStringLiteral("APKINDEX.tar.gz"));
        if (!fault.isEmpty())
            QVERIFY(m_server.setFault(kIndexPath, fault));
        IndexFetchJob worse(&access, &cache, url, verifyingIndexVetter(m_trust, allowUntrusted));
        worse.setForceDownload(true);
        QVERIFY(runJob(worse));
        QVERIFY(!worse.result());
        if (kind >= 0)
            QCOMPARE(int(worse.result().error().kind()), kind);
        QVERIFY2(worse.errorString().contains(QLatin1String("cached copy was kept")),
                 qPrintable(worse.errorString()));
        const std::optional<IndexCacheEntry> kept = cache.lookup(url);
        QVERIFY(kept);
        QVERIFY(kept->trusted);
        QCOMPARE(readFile(kept->path), goodBytes);
        QCOMPARE(QDir(cache.entryDirectory(url)).entryList(QDir::Files).size(), 2); // index + meta only
    }

    void trustDowngradeNeedsConsent()
    {
        NetworkAccess access(fastPolicy());
        IndexCache cache(freshDir(QStringLiteral("cache")));
        const QUrl url = m_server.url(kIndexPath);
        IndexFetchJob good(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(good));
        serve(QStringLiteral("index-v2/variants/APKINDEX-stranger.tar.gz"),
              QStringLiteral("APKINDEX.tar.gz"));
        IndexFetchJob consented(&access, &cache, url, verifyingIndexVetter(m_trust, true));
        consented.setAllowTrustDowngrade(true);
        QVERIFY(runJob(consented));
        QVERIFY2(consented.result(), qPrintable(consented.errorString()));
        QCOMPARE(consented.fetchResult().source, IndexFetchResult::Source::Downloaded);
        QVERIFY(!consented.fetchResult().entry.trusted);
        QVERIFY(!cache.lookup(url)->trusted);
    }

    // HOSTILE 6: an index made before the cached one is a rollback the user must confirm.
    void olderIndexIsARollback()
    {
        const QString path = servedFile(QStringLiteral("APKINDEX.tar.gz"));
        IndexCacheEntry newer;
        newer.builtAt = QDateTime::currentDateTimeUtc().addYears(1);
        const Result<IndexVetting> refused = verifyingIndexVetter(m_trust, false)(path, newer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QLatin1String("rollback")),
                 qPrintable(refused.error().toString()));
        const Result<IndexVetting> confirmed = verifyingIndexVetter(m_trust, false, true)(path, newer);
        QVERIFY(confirmed);
        QVERIFY(confirmed->trusted);
        QVERIFY(confirmed->builtAt.isValid());
        QVERIFY(verifyingIndexVetter(m_trust, false)(path, std::nullopt));
    }

    void localIndexIsReadInPlace()
    {
        NetworkAccess access(fastPolicy());
        IndexCache cache(freshDir(QStringLiteral("cache")));
        const QUrl url = QUrl::fromLocalFile(servedFile(QStringLiteral("APKINDEX.tar.gz")));
        IndexFetchJob job(&access, &cache, url, verifyingIndexVetter(m_trust, false));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.fetchResult().source, IndexFetchResult::Source::Local);
        QCOMPARE(job.fetchResult().path, url.toLocalFile());
    }

    void fetchesAPackageCheckedAgainstTheIndex()
    {
        IndexReadOptions options;
        options.trust = m_trust;
        Result<LoadedIndex> index =
            IndexReader::readFile(servedFile(QStringLiteral("APKINDEX.tar.gz")), options);
        QVERIFY(index);
        const IndexEntry entry = findEntry(*index, QStringLiteral("fixture-tool"));
        QVERIFY(entry.isValid());
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(m_server.url(kArchPath));
        QVERIFY(location);

        NetworkAccess access(fastPolicy());
        const QString out = freshDir(QStringLiteral("pkgs"));
        PackageFetchJob job(
            &access, *location,
            PackageReference { entry.name(), entry.version(), entry.checksum(), qint64(entry.size()) }, out,
            nullptr);
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.filePath(), out + QStringLiteral("/fixture-tool-3.8.1-r2.apk"));
        QCOMPARE(readFile(job.filePath()),
                 readFile(fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"))));
    }

    // HOSTILE 11: the server swapped the package: not kept.
    void refusesAPackageWhoseControlHashDiffers()
    {
        IndexReadOptions options;
        options.trust = m_trust;
        Result<LoadedIndex> index =
            IndexReader::readFile(servedFile(QStringLiteral("APKINDEX.tar.gz")), options);
        QVERIFY(index);
        const IndexEntry entry = findEntry(*index, QStringLiteral("fixture-hooks"));
        QVERIFY(entry.isValid());
        const QString name = QStringLiteral("fixture-hooks-0.4.0_beta3-r1.apk");
        serve(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk"), name);
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(m_server.url(kArchPath));
        NetworkAccess access(fastPolicy());
        const QString out = freshDir(QStringLiteral("pkgs"));
        PackageFetchJob job(&access, *location,
                            PackageReference { entry.name(), entry.version(), entry.checksum(), -1 }, out,
                            nullptr);
        QVERIFY(runJob(job));
        serve(QStringLiteral("pkgs-v2/") + name, name);
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Untrusted);
        QVERIFY2(job.errorString().contains(entry.checksum()), qPrintable(job.errorString()));
        QVERIFY(!QFile::exists(out + QLatin1Char('/') + name));
        QVERIFY(leftoverTemporaries(out).isEmpty());
    }

    void refusesAPackageOfTheWrongSize()
    {
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(m_server.url(kArchPath));
        NetworkAccess access(fastPolicy());
        const QString out = freshDir(QStringLiteral("pkgs"));
        PackageFetchJob job(&access, *location,
                            PackageReference { QStringLiteral("fixture-tool"), QStringLiteral("3.8.1-r2"),
                                               QStringLiteral("Q1AAAAAAAAAAAAAAAAAAAAAAAAAAA="), 10 },
                            out, nullptr);
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Untrusted);
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void refusesUnsafePackageNames()
    {
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(m_server.url(kArchPath));
        NetworkAccess access(fastPolicy());
        PackageFetchJob job(
            &access, *location,
            PackageReference { QStringLiteral("../../x"), QStringLiteral("1-r0"), QStringLiteral("Q1x"), -1 },
            freshDir(QStringLiteral("pkgs")), nullptr);
        QVERIFY(runJob(job));
        QCOMPARE(job.result().error().kind(), Error::Kind::Unsafe);
        QVERIFY(m_server.requests().isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestRepositoryFetch)
#include "tst_repositoryfetch.moc"
