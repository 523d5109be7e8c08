// The streaming multipart body and the upload plan (which package goes where, what is refused).
#include "upload/MultipartBody.h"
#include "upload/UploadSession.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

UploadPackage package(const QString &name, const QString &arch,
                      PackageVerdict::Kind verdict = PackageVerdict::Kind::Trusted)
{
    UploadPackage p;
    p.name = name;
    p.version = QStringLiteral("1.0-r0");
    p.arch = arch;
    p.fileName = name + QStringLiteral("-1.0-r0.apk");
    p.path = QStringLiteral("/tmp/") + p.fileName;
    p.identity = QStringLiteral("Q1") + name;
    p.size = 100;
    p.verdict.kind = verdict;
    return p;
}

} // namespace

class TestUploadBody : public QObject
{
    Q_OBJECT

private slots:
    void exactBytes()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a.apk"), QByteArray("AAAA\r\n--fake"));
        const QString b = writeFile(dir, QStringLiteral("b.apk"), QByteArray(70000, 'b'));
        MultipartBody body;
        body.setBoundary("XyZ");
        body.addField(QStringLiteral("version"), QStringLiteral("v3.21"));
        body.addField(QStringLiteral("arch"), QStringLiteral("x86_64"));
        QVERIFY(body.addFile(QStringLiteral("file"), a, QStringLiteral("a \"quoted\".apk")).ok());
        QVERIFY(body.addFile(QStringLiteral("file"), b, QStringLiteral("b.apk")).ok());
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(body.contentType(), QByteArray("multipart/form-data; boundary=XyZ"));
        QByteArray expected =
            "--XyZ\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\nv3.21\r\n"
            "--XyZ\r\nContent-Disposition: form-data; name=\"arch\"\r\n\r\nx86_64\r\n"
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a %22quoted%22.apk\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\nAAAA\r\n--fake\r\n"
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.apk\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n";
        expected += QByteArray(70000, 'b') + "\r\n--XyZ--\r\n";
        QCOMPARE(body.size(), qint64(expected.size()));
        // Odd chunk sizes cross every segment boundary.
        QByteArray read;
        while (!body.atEnd()) {
            const QByteArray chunk = body.read(333);
            QVERIFY(!chunk.isEmpty());
            read += chunk;
        }
        QCOMPARE(read, expected);
        QCOMPARE(body.fileCount(), 2);
        QCOMPARE(body.fileBytesRead(0), qint64(12));
        QCOMPARE(body.fileBytesRead(1), qint64(70000));
        // Rewinding (QNetworkAccessManager does when it resends) gives the same bytes.
        QVERIFY(body.seek(0));
        QCOMPARE(body.fileBytesRead(1), qint64(0));
        QCOMPARE(body.readAll(), expected);
    }

    void missingFile()
    {
        MultipartBody body;
        const Status status = body.addFile(QStringLiteral("file"), QStringLiteral("/nonexistent/x.apk"),
                                           QStringLiteral("x.apk"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), Error::Kind::Io);
        QCOMPARE(status.error().location(), QStringLiteral("/nonexistent/x.apk"));
    }

    void fileShrinksWhileSending()
    {
        QTemporaryDir dir;
        // Larger than QIODevice's read-ahead buffer, so the change happens while sending.
        const QString a = writeFile(dir, QStringLiteral("a.apk"), QByteArray(200000, 'a'));
        MultipartBody body;
        QVERIFY(body.addFile(QStringLiteral("file"), a, QStringLiteral("a.apk")).ok());
        QVERIFY(body.open(QIODevice::ReadOnly));
        QVERIFY(!body.read(100).isEmpty());
        QFile::resize(a, 10);
        QByteArray rest;
        qint64 got = 0;
        char buffer[1024];
        while ((got = body.read(buffer, sizeof buffer)) > 0)
            rest.append(buffer, got);
        // The read stops with an error; the body is never padded to its announced size.
        QVERIFY(got <= 0);
        QVERIFY(100 + rest.size() < body.size());
        QVERIFY(body.errorString().contains(QLatin1String("changed")));
    }

    void hugeFileIsStreamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.apk"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const qint64 fiveGiB = 5LL * 1024 * 1024 * 1024;
        if (!file.resize(fiveGiB)) // sparse: no disk used
            QSKIP("the file system cannot make a sparse 5 GiB file");
        file.close();
        MultipartBody body;
        QVERIFY(body.addFile(QStringLiteral("file"), path, QStringLiteral("huge.apk")).ok());
        QVERIFY(body.open(QIODevice::ReadOnly));
        QVERIFY(body.size() > fiveGiB);
        QVERIFY(body.read(4096).startsWith("--"));
        // Jumping to the end reads only the last bytes of the file, then the closing line.
        QVERIFY(body.seek(body.size() - 64));
        const QByteArray tail = body.readAll();
        QCOMPARE(tail.size(), 64);
        QVERIFY(tail.endsWith(QByteArray(body.boundary() + "--\r\n")));
        QCOMPARE(body.fileSize(0), fiveGiB);
    }

    void planSplitsByArch()
    {
        ServerProfile profile;
        profile.baseUrl = QUrl(QStringLiteral("https://repo.example.com"));
        QList<UploadPackage> packages { package(QStringLiteral("a"), QStringLiteral("x86_64")),
                                        package(QStringLiteral("b"), QStringLiteral("aarch64")),
                                        package(QStringLiteral("c"), QStringLiteral("noarch")),
                                        package(QStringLiteral("d"), QStringLiteral("x86_64")) };
        auto plan = UploadPlan::make(profile, packages, {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->refusedCount(), 0);
        QCOMPARE(plan->batches.size(), 2);
        QCOMPARE(plan->batches.at(0).target.toString(), QStringLiteral("edge/main/x86_64"));
        QCOMPARE(plan->batches.at(0).packages, (QList<int> { 0, 2, 3 })); // noarch -> the default arch
        QCOMPARE(plan->batches.at(1).target.toString(), QStringLiteral("edge/main/aarch64"));
    }

    void planRefusals()
    {
        ServerProfile profile;
        profile.baseUrl = QUrl(QStringLiteral("https://repo.example.com"));
        QList<UploadPackage> packages {
            package(QStringLiteral("good"), QStringLiteral("x86_64")),
            package(QStringLiteral("arm"), QStringLiteral("aarch64")),
            package(QStringLiteral("broken"), QStringLiteral("x86_64"), PackageVerdict::Kind::Truncated),
            package(QStringLiteral("stranger"), QStringLiteral("noarch"), PackageVerdict::Kind::Untrusted),
            package(QStringLiteral("notapk"), QString(), PackageVerdict::Kind::NotApk),
            package(QStringLiteral("good"), QStringLiteral("x86_64"))
        };
        UploadOptions options;
        options.version = QStringLiteral("v3.21");
        options.arch = QStringLiteral("x86_64");
        auto plan = UploadPlan::make(profile, packages, options);
        QVERIFY(plan.ok());
        using Stage = PackageUploadState::Stage;
        QCOMPARE(plan->states.at(0).stage, Stage::Waiting);
        QCOMPARE(plan->states.at(0).target.toString(), QStringLiteral("v3.21/main/x86_64"));
        QCOMPARE(plan->states.at(1).stage, Stage::Refused);
        QVERIFY(plan->states.at(1).message.contains(QLatin1String("built for aarch64")));
        QCOMPARE(plan->states.at(2).stage, Stage::Refused);
        QCOMPARE(plan->states.at(3).stage, Stage::Refused);
        QVERIFY(plan->states.at(3).message.contains(QLatin1String("Trust the signing key")));
        QCOMPARE(plan->states.at(4).stage, Stage::Refused);
        QCOMPARE(plan->states.at(5).stage, Stage::Refused);
        QVERIFY(plan->states.at(5).message.contains(QLatin1String("same package")));
        QCOMPARE(plan->batches.size(), 1);
        QCOMPARE(plan->batches.first().packages, QList<int> { 0 });

        options.allowUntrusted = true;
        plan = UploadPlan::make(profile, packages, options);
        QCOMPARE(plan->states.at(3).stage, Stage::Waiting);

        options.repo = QStringLiteral("../etc");
        QVERIFY(!UploadPlan::make(profile, packages, options).ok());
    }

    void planFollowsFolderLayout()
    {
        ServerProfile profile;
        profile.baseUrl = QUrl(QStringLiteral("https://repo.example.com"));
        UploadPackage noarch = package(QStringLiteral("doc"), QStringLiteral("noarch"));
        noarch.layoutRepo = QStringLiteral("testing");
        noarch.layoutArch = QStringLiteral("aarch64");
        UploadPackage misplaced = package(QStringLiteral("bin"), QStringLiteral("x86_64"));
        misplaced.layoutArch = QStringLiteral("aarch64");
        auto plan = UploadPlan::make(profile, { noarch, misplaced }, {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->states.at(0).target.toString(), QStringLiteral("edge/testing/aarch64"));
        QCOMPARE(plan->states.at(1).stage, PackageUploadState::Stage::Refused);
    }

    void planGiteaUsesPackageArch()
    {
        ServerProfile profile;
        profile.kind = ServerProfile::Kind::Gitea;
        profile.baseUrl = QUrl(QStringLiteral("https://git.example.com"));
        profile.owner = profile.user = QStringLiteral("acme");
        auto plan =
            UploadPlan::make(profile, { package(QStringLiteral("doc"), QStringLiteral("noarch")) }, {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->states.at(0).target.arch, QStringLiteral("noarch"));
    }
};

QTEST_GUILESS_MAIN(TestUploadBody)
#include "tst_upload_body.moc"
