#include "repositories/NetworkAccess.h"
#include "repositories/NetworkPolicy.h"
#include "repositories/RepositoriesFile.h"
#include "repositories/RepositoryLocation.h"

#include <QTest>

using namespace apkdesk;

class TestRepositoryLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urlsOfALocation()
    {
        Result<RepositoryLocation> location = RepositoryLocation::create(
            QUrl(QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/")), QStringLiteral("v3.21"),
            QStringLiteral("main"), QStringLiteral("x86_64"));
        QVERIFY2(location, qPrintable(location.ok() ? QString() : location.error().toString()));
        QCOMPARE(location->base.toString(), QStringLiteral("https://dl-cdn.alpinelinux.org/alpine"));
        QCOMPARE(location->repositoryUrl().toString(),
                 QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/v3.21/main"));
        QCOMPARE(location->archUrl().toString(),
                 QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/"));
        QCOMPARE(location->indexUrl().toString(),
                 QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz"));
        QCOMPARE(location->packageUrl(QStringLiteral("fixture-tool"), QStringLiteral("3.8.1-r2")).toString(),
                 QStringLiteral(
                     "https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/fixture-tool-3.8.1-r2.apk"));
        QVERIFY(!location->isLocal());
    }

    void fromArchUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("triple");
        QTest::newRow("slash") << "http://h/alpine/edge/testing/aarch64/"
                               << "http://h/alpine"
                               << "edge/testing/aarch64";
        QTest::newRow("index") << "http://h/v3.21/main/x86_64/APKINDEX.tar.gz"
                               << "http://h"
                               << "v3.21/main/x86_64";
        QTest::newRow("port") << "http://127.0.0.1:8080/r/v3.20/community/armv7"
                              << "http://127.0.0.1:8080/r"
                              << "v3.20/community/armv7";
        QTest::newRow("file") << "file:///srv/repo/v3.21/main/x86_64/"
                              << "file:///srv/repo"
                              << "v3.21/main/x86_64";
    }
    void fromArchUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, base);
        QFETCH(QString, triple);
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(QUrl(url));
        QVERIFY2(location, qPrintable(location.ok() ? QString() : location.error().toString()));
        QCOMPARE(location->base.toString(), base);
        QCOMPARE(location->version + '/' + location->repository + '/' + location->arch, triple);
    }

    void refusesBadLocations_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::newRow("credentials") << "https://user:secret@h/v3.21/main/x86_64/"
                                     << int(Error::Kind::Unsafe);
        QTest::newRow("user only") << "https://user@h/v3.21/main/x86_64/" << int(Error::Kind::Unsafe);
        QTest::newRow("ftp") << "ftp://h/v3.21/main/x86_64/" << int(Error::Kind::Unsupported);
        QTest::newRow("too short") << "https://h/main/x86_64/" << int(Error::Kind::InvalidArgument);
        QTest::newRow("query") << "https://h/v3.21/main/x86_64/?x=1" << int(Error::Kind::InvalidArgument);
        QTest::newRow("dotdot") << "https://h/v3.21/%2E%2E/x86_64/" << int(Error::Kind::InvalidArgument);
        QTest::newRow("space") << "https://h/v3.21/ma%20in/x86_64/" << int(Error::Kind::InvalidArgument);
    }
    void refusesBadLocations()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(QUrl(url));
        QVERIFY(!location);
        QCOMPARE(int(location.error().kind()), kind);
        // Never echo a password back.
        QVERIFY(!location.error().toString().contains(QLatin1String("secret")));
    }

    void safeSegments()
    {
        QVERIFY(isSafePathSegment(QStringLiteral("x86_64")));
        QVERIFY(isSafePathSegment(QStringLiteral("fixture-tool-3.8.1-r2.apk")));
        QVERIFY(isSafePathSegment(QStringLiteral("v3.21")));
        for (const char *bad :
             { "", ".", "..", "a/b", "a\\b", "<script>", "a b", "a\tb", "x?y", "x#y", "x%2F" })
            QVERIFY2(!isSafePathSegment(QString::fromLatin1(bad)), bad);
        QVERIFY(!isSafePathSegment(QString(QChar(0x07))));
    }

    void originComparesSchemeHostPort()
    {
        QCOMPARE(NetworkPolicy::originOf(QUrl(QStringLiteral("https://H.example/x"))),
                 NetworkPolicy::originOf(QUrl(QStringLiteral("https://h.example:443/y"))));
        QVERIFY(NetworkPolicy::originOf(QUrl(QStringLiteral("http://h/x")))
                != NetworkPolicy::originOf(QUrl(QStringLiteral("https://h/x"))));
        QVERIFY(NetworkPolicy::originOf(QUrl(QStringLiteral("http://127.0.0.1:81/")))
                != NetworkPolicy::originOf(QUrl(QStringLiteral("http://localhost:81/"))));
    }

    void repositoriesFileRoundTrip()
    {
        const QByteArray text = "# Alpine mirrors\n"
                                "https://dl-cdn.alpinelinux.org/alpine/v3.21/main\n"
                                "\n"
                                "@testing https://dl-cdn.alpinelinux.org/alpine/edge/testing\n"
                                "/home/me/packages/main\n";
        Result<RepositoriesFile> file = RepositoriesFile::parse(text, QStringLiteral("repositories"));
        QVERIFY2(file, qPrintable(file.ok() ? QString() : file.error().toString()));
        QCOMPARE(file->lines().size(), 5);
        QCOMPARE(file->lines().at(0).kind, RepositoriesLine::Kind::Comment);
        QCOMPARE(file->lines().at(2).kind, RepositoriesLine::Kind::Blank);
        QCOMPARE(file->lines().at(3).tag, QStringLiteral("testing"));
        QCOMPARE(file->toText(), text);

        Result<QList<RepositoryLocation>> locations = file->locations(QStringLiteral("aarch64"));
        QVERIFY(locations);
        QCOMPARE(locations->size(), 3);
        QCOMPARE(locations->at(0).indexUrl().toString(),
                 QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/v3.21/main/aarch64/APKINDEX.tar.gz"));
        QCOMPARE(locations->at(1).tag, QStringLiteral("testing"));
        QCOMPARE(locations->at(1).version, QStringLiteral("edge"));
        QVERIFY(locations->at(2).isLocal());
        QCOMPARE(locations->at(2).archUrl().toLocalFile(), QStringLiteral("/home/me/packages/main/aarch64/"));

        RepositoriesFile copy = *file;
        RepositoryLocation extra = locations->at(1);
        extra.repository = QStringLiteral("community");
        copy.append(extra);
        QVERIFY(copy.toText().endsWith("@testing https://dl-cdn.alpinelinux.org/alpine/edge/community\n"));
        QCOMPARE(RepositoriesFile::formatLine(locations->at(0)),
                 QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/v3.21/main"));
    }

    void repositoriesFileErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("credentials") << QByteArray("# x\nhttps://u:p@h/v3.21/main\n") << 2;
        QTest::newRow("tag only") << QByteArray("@edge\n") << 1;
        QTest::newRow("two urls") << QByteArray("\n\nhttp://a/v/r http://b/v/r\n") << 3;
        QTest::newRow("bad tag") << QByteArray("@ http://a/v/r\n") << 1;
        QTest::newRow("scheme") << QByteArray("gopher://h/v/r\n") << 1;
    }
    void repositoriesFileErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        Result<RepositoriesFile> file =
            RepositoriesFile::parse(text, QStringLiteral("/etc/apk/repositories"));
        QVERIFY(!file);
        QVERIFY2(file.error().message().startsWith(QStringLiteral("line %1:").arg(line)),
                 qPrintable(file.error().toString()));
        QCOMPARE(file.error().location(), QStringLiteral("/etc/apk/repositories"));
        QVERIFY(!file.error().toString().contains(QLatin1String("u:p")));
    }

    void locationsNeedVersionAndRepository()
    {
        Result<RepositoriesFile> file = RepositoriesFile::parse("https://h/main\n");
        QVERIFY(file);
        QVERIFY(!file->locations(QStringLiteral("x86_64")));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryLocation)
#include "tst_repositorylocation.moc"
