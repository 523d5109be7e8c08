// HOSTILE.md 21: `kill -9` while signing. apkdesk-cli signs a large package and is killed at
// different moments; whatever the moment, the package is either the original, byte for byte,
// or completely signed, and it keeps its mode. Never half written.
#include "TestSupport.h"

#include "keys/PrivateKey.h"
#include "keys/TrustStore.h"
#include "packages/PackageCreator.h"
#include "packages/PackageReader.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <signal.h>
#include <sys/stat.h>

using namespace apkdesk;

class TestSignInterrupt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_package;
    QByteArray m_original;

private slots:
    void initTestCase()
    {
        // 24 MB that do not compress: signing reads and copies all of it.
        const QString tree = m_dir.filePath(QStringLiteral("tree/usr/share/big"));
        QVERIFY(QDir().mkpath(tree));
        QFile blob(tree + QStringLiteral("/blob.bin"));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        QRandomGenerator random(21);
        QByteArray chunk(1 << 20, '\0');
        for (int i = 0; i < 24; ++i) {
            random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            blob.write(chunk);
        }
        blob.close();
        PackageMetadata metadata;
        metadata.name = QStringLiteral("big");
        metadata.version = QStringLiteral("1.0-r0");
        metadata.buildDate = 1712000000;
        m_package = m_dir.filePath(QStringLiteral("big-1.0-r0.apk"));
        const auto created =
            PackageCreator::create(m_dir.filePath(QStringLiteral("tree")), metadata, m_package);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QVERIFY(QFile::setPermissions(
            m_package, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        m_original = test::readFile(m_package);
    }

    void killedAtAnyMomentLeavesAWholeFile_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int delay : { 0, 5, 20, 50, 100, 200, 400, 800 })
            QTest::newRow(qPrintable(QString::number(delay) + QStringLiteral(" ms"))) << delay;
    }

    void killedAtAnyMomentLeavesAWholeFile()
    {
        QFETCH(int, delayMs);
        QFile::remove(m_package);
        QFile restore(m_package);
        QVERIFY(restore.open(QIODevice::WriteOnly));
        restore.write(m_original);
        restore.close();
        QVERIFY(QFile::setPermissions(
            m_package, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));

        QProcess cli;
        cli.start(test::binDir() + QStringLiteral("/apkdesk-cli"),
                  { QStringLiteral("sign"), m_package, QStringLiteral("--key"),
                    test::fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")) });
        QVERIFY(cli.waitForStarted());
        QTest::qWait(delayMs);
        // Never kill(0, ...): that would signal our own process group.
        const qint64 pid = cli.processId();
        if (cli.state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        cli.waitForFinished();

        const QByteArray after = test::readFile(m_package);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(m_package).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0640u);
        if (after == m_original)
            return; // killed before the rename: untouched
        // Killed after the rename: a complete, verifiable signed package.
        PackageReader::Options options;
        options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted-a")) });
        const auto read = PackageReader::read(m_package, options);
        QVERIFY(read.ok());
        QCOMPARE(read->verdict.kind, PackageVerdict::Kind::Trusted);
        QVERIFY(after.endsWith(m_original));
    }
};

QTEST_GUILESS_MAIN(TestSignInterrupt)
#include "tst_sign_interrupt.moc"
