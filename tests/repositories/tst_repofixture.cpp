// Uses the shared CTest fixture `repo_server` (tests/server/start-server.sh): the port comes
// from the file named in APKDESK_TESTSERVER_PORT_FILE. Read-only checks only.
#include "RepositoryTestSupport.h"
#include "keys/TrustStore.h"
#include "repositories/DiscoveryJob.h"
#include "repositories/IndexFetchJob.h"
#include "repositories/NetworkAccess.h"

using namespace apkdesk;
using namespace apkdesk::test;

class TestRepoFixture : public QObject
{
    Q_OBJECT
private:
    QUrl m_base;

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray portFile = qgetenv("APKDESK_TESTSERVER_PORT_FILE");
        QVERIFY2(!portFile.isEmpty(), "APKDESK_TESTSERVER_PORT_FILE is not set");
        const uint port = readFile(QString::fromLocal8Bit(portFile)).trimmed().toUInt();
        QVERIFY2(port != 0, "the repo_server fixture did not write its port");
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }

    void browsesTheFixtureServer()
    {
        NetworkAccess access(fastPolicy());
        DiscoveryJob discovery(&access, m_base);
        QVERIFY(runJob(discovery));
        QVERIFY2(discovery.result(), qPrintable(discovery.errorString()));
        const QList<RepositoryLocation> locations = discovery.tree().locations();
        QCOMPARE(locations.size(), 1);

        QTemporaryDir cacheDir;
        IndexCache cache(cacheDir.path());
        IndexFetchJob index(
            &access, &cache, locations.first().indexUrl(),
            verifyingIndexVetter(TrustStore::fromDirectories({ fixturePath(QStringLiteral("keys/trusted")) }),
                                 false));
        QVERIFY(runJob(index));
        QVERIFY2(index.result(), qPrintable(index.errorString()));
        QVERIFY(index.fetchResult().entry.trusted);
        QCOMPARE(readFile(index.fetchResult().path),
                 readFile(fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz"))));
    }
};

QTEST_GUILESS_MAIN(TestRepoFixture)
#include "tst_repofixture.moc"
