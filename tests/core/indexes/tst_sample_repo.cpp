// The embedded sample repository: MakeSampleRepo.cmake (what the apkdesk_sample_repo target
// runs) into a temporary folder, then the result read back as the browser would.
#include "indexes/IndexReader.h"
#include "indexes/PackageGraph.h"
#include "packages/PackageReader.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;

class TestSampleRepo : public QObject
{
    Q_OBJECT

private slots:
    void buildsASignedConsistentRepository()
    {
        const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
        if (cmake.isEmpty())
            QSKIP("cmake is not on PATH");
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            cmake,
            { QStringLiteral("-DCLI=") + QDir(test::binDir()).filePath(QStringLiteral("apkdesk-cli")),
              QStringLiteral("-DPACKAGES=") + test::sourceDir()
                  + QStringLiteral("/resources/sample/packages"),
              QStringLiteral("-DREPO=") + dir.filePath(QStringLiteral("sample-repo")),
              QStringLiteral("-DKEYDIR=") + dir.filePath(QStringLiteral("sample-key")), QStringLiteral("-P"),
              test::sourceDir() + QStringLiteral("/resources/sample/MakeSampleRepo.cmake") });
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());

        const QString arch = dir.filePath(QStringLiteral("sample-repo/edge/main/x86_64"));
        IndexReadOptions options;
        options.trust = TrustStore::fromDirectories({ dir.filePath(QStringLiteral("sample-repo/keys")) });
        QCOMPARE(options.trust.keyNames().size(), 1);
        auto loaded = IndexReader::readFile(arch + QStringLiteral("/APKINDEX.tar.gz"), options);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QVERIFY(loaded->isTrusted());
        QCOMPARE(loaded->description, QStringLiteral("Apkdesk sample repository"));
        QCOMPARE(loaded->index.size(), 7);

        // Every package beside the index is signed by the sample key and matches its C:.
        PackageReader::Options readOptions;
        readOptions.trust = options.trust;
        for (int row = 0; row < loaded->index.size(); ++row) {
            const IndexEntry e = loaded->index.entry(row);
            auto pkg = PackageReader::read(arch + QLatin1Char('/') + e.nameVersion() + QStringLiteral(".apk"),
                                           readOptions);
            QVERIFY(pkg.ok());
            QVERIFY2(pkg->verdict.isTrusted(), qPrintable(pkg->verdict.describe()));
            QCOMPARE(pkg->identityChecksum(), e.checksum());
            QCOMPARE(qint64(e.size()), pkg->fileSize);
        }

        // The relationships the sample is there to show.
        const PackageGraph graph(loaded->index);
        const auto one = [&](const char *name) { return graph.packagesNamed(name).value(0, NoPackage); };
        const QList<ResolvedDependency> tool = graph.dependencies(one("hello-tool"));
        QCOMPARE(graph.entry(tool.value(0).satisfiedBy).name(), QStringLiteral("libgreet"));
        QCOMPARE(graph.installIfTriggeredBy(one("docs")), QList<PackageId>({ one("hello-tool-doc") }));
        QCOMPARE(graph.entry(graph.dependencies(one("libgreet-dev")).value(1).satisfiedBy).name(),
                 QStringLiteral("pkgconf-lite"));
        QCOMPARE(graph.entry(one("pkgconf-lite")).providerPriority(), qint64(10));
        const QList<BrokenDependency> broken = graph.brokenDependencies();
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().dependency, QStringLiteral("openrc>=0.50"));
        QCOMPARE(graph.originGroup(one("libgreet")).size(), 2);
        QCOMPARE(graph.entry(one("hello-tool-doc")).arch(), QStringLiteral("x86_64")); // --rewrite-arch
    }
};

QTEST_GUILESS_MAIN(TestSampleRepo)
#include "tst_sample_repo.moc"
