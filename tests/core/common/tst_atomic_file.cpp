#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <qplatformdefs.h>

using namespace apkdesk;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesNewFileWithMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.rsa"));
        AtomicWriteOptions options;
        options.permissions = permissionsFromMode(0600);
        QVERIFY(writeFileAtomically(path, QByteArrayLiteral("key"), options).ok());
        QT_STATBUF st;
        QVERIFY(QT_STAT(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("key"));
    }

    void failedWriterLeavesOriginalUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("index"));
        QVERIFY(writeFileAtomically(path, QByteArrayLiteral("original")).ok());
        const Status status = writeFileAtomically(path, [](QIODevice &device) -> Status {
            device.write("half-writ");
            return Error(Error::Kind::Cancelled, QStringLiteral("stopped"));
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), Error::Kind::Cancelled);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("original"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void unwritableFolderIsAnIoError()
    {
        const Status status = writeFileAtomically(QStringLiteral("/proc/apkdesk-no/such"), QByteArrayLiteral("x"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), Error::Kind::Io);
        QVERIFY(status.error().toString().contains(QStringLiteral("/proc/apkdesk-no/such")));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
