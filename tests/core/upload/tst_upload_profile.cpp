// Server profiles (URL rules, transport consent, URLs built from them), their QSettings
// storage without secrets, and the upload history file.
#include "upload/ServerProfile.h"
#include "upload/ServerProfileStore.h"
#include "upload/UploadHistory.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace apkdesk;

class TestUploadProfile : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << "https://repo.example.com"
                               << "https://repo.example.com";
        QTest::newRow("trailing slash") << "https://repo.example.com/"
                                        << "https://repo.example.com";
        QTest::newRow("slashes") << "https://repo.example.com///"
                                 << "https://repo.example.com";
        QTest::newRow("path kept") << "https://example.com/alpine/"
                                   << "https://example.com/alpine";
        QTest::newRow("deep path") << "https://example.com/a/b"
                                   << "https://example.com/a/b";
        QTest::newRow("dot segments") << "https://example.com/a/./b/../c/"
                                      << "https://example.com/a/c";
        QTest::newRow("host case") << "HTTPS://Repo.Example.COM"
                                   << "https://repo.example.com";
        QTest::newRow("port") << "http://127.0.0.1:8080/"
                              << "http://127.0.0.1:8080";
        QTest::newRow("spaces") << "  https://x.org  "
                                << "https://x.org";
        QTest::newRow("user and password") << "https://user:secret@repo.example.com"
                                           << "";
        QTest::newRow("user only") << "https://user@repo.example.com"
                                   << "";
        QTest::newRow("ftp") << "ftp://repo.example.com"
                             << "";
        QTest::newRow("file") << "file:///srv/repo"
                              << "";
        QTest::newRow("no host") << "https://"
                                 << "";
        QTest::newRow("query") << "https://x.org/?a=b"
                               << "";
        QTest::newRow("fragment") << "https://x.org/#frag"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("garbage") << "not a url at all"
                                 << "";
    }

    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto url = ServerProfile::normaliseBaseUrl(input);
        if (expected.isEmpty()) {
            QVERIFY(!url.ok());
            // A refused URL with credentials never echoes the password.
            QVERIFY(!url.error().message().contains(QLatin1String("secret")));
            QVERIFY(!url.error().location().contains(QLatin1String("secret")));
        } else {
            QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().toString()));
            QCOMPARE(url->toString(), expected);
        }
    }

    void credentialsAreUnsafe()
    {
        const auto url = ServerProfile::normaliseBaseUrl(QStringLiteral("https://u:p@h.example"));
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind(), Error::Kind::Unsafe);
    }

    void transport_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://repo.example.com" << false << true;
        QTest::newRow("http remote") << "http://repo.example.com" << false << false;
        QTest::newRow("http remote with consent") << "http://repo.example.com" << true << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << false << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << false << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3" << false << true;
        QTest::newRow("http ::1") << "http://[::1]:80" << false << true;
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1" << false << false;
        QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com" << false << false;
    }

    void transport()
    {
        QFETCH(QString, url);
        QFETCH(bool, consent);
        QFETCH(bool, allowed);
        ServerProfile profile;
        profile.baseUrl = *ServerProfile::normaliseBaseUrl(url);
        profile.allowInsecureHttp = consent;
        const Status status = profile.checkTransportAllowed();
        QCOMPARE(status.ok(), allowed);
        if (!allowed)
            QCOMPARE(status.error().kind(), Error::Kind::Unsafe);
    }

    void urls()
    {
        ServerProfile repo;
        repo.baseUrl = *ServerProfile::normaliseBaseUrl(QStringLiteral("https://example.com/alpine/"));
        const UploadTarget target { QStringLiteral("v3.21"), QStringLiteral("main"),
                                    QStringLiteral("aarch64") };
        QCOMPARE(repo.uploadUrl(target).toString(), QStringLiteral("https://example.com/alpine/upload"));
        QCOMPARE(repo.indexUrl(target).toString(),
                 QStringLiteral("https://example.com/alpine/v3.21/main/aarch64/APKINDEX.tar.gz"));
        QCOMPARE(repo.defaults,
                 (UploadTarget { QStringLiteral("edge"), QStringLiteral("main"), QStringLiteral("x86_64") }));

        ServerProfile gitea;
        gitea.kind = ServerProfile::Kind::Gitea;
        gitea.baseUrl = *ServerProfile::normaliseBaseUrl(QStringLiteral("https://git.example.com"));
        gitea.owner = QStringLiteral("acme");
        gitea.user = QStringLiteral("ci");
        QVERIFY(gitea.validate().ok());
        QCOMPARE(gitea.uploadUrl(target).toString(),
                 QStringLiteral("https://git.example.com/api/packages/acme/alpine/v3.21/main"));
        QCOMPARE(gitea.indexUrl(target).toString(),
                 QStringLiteral(
                     "https://git.example.com/api/packages/acme/alpine/v3.21/main/aarch64/APKINDEX.tar.gz"));
        QCOMPARE(gitea.registryKeyUrl().toString(),
                 QStringLiteral("https://git.example.com/api/packages/acme/alpine/key"));
        gitea.owner = QStringLiteral("../x");
        QVERIFY(!gitea.validate().ok());
    }

    void storeKeepsNoSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ServerProfileStore store(&settings);
            ServerProfile profile;
            profile.name = QStringLiteral("CI repo");
            profile.kind = ServerProfile::Kind::Gitea;
            profile.baseUrl = QUrl(QStringLiteral("https://git.example.com/"));
            profile.owner = QStringLiteral("acme");
            profile.user = QStringLiteral("ci");
            profile.defaults.version = QStringLiteral("v3.21");
            profile.caFile = QStringLiteral("/etc/ssl/ca.pem");
            auto saved = store.save(profile);
            QVERIFY(saved.ok());
            QVERIFY(!saved->id.isEmpty());
            QCOMPARE(saved->baseUrl.toString(), QStringLiteral("https://git.example.com"));
            QCOMPARE(saved->tokenKey(), QStringLiteral("token:") + saved->id);

            const auto loaded = store.find(saved->id);
            QVERIFY(loaded.has_value());
            QCOMPARE(loaded->name, profile.name);
            QCOMPARE(loaded->kind, ServerProfile::Kind::Gitea);
            QCOMPARE(loaded->owner, QStringLiteral("acme"));
            QCOMPARE(loaded->defaults.version, QStringLiteral("v3.21"));
            QCOMPARE(loaded->caFile, QStringLiteral("/etc/ssl/ca.pem"));
            QCOMPARE(store.profiles().size(), 1);

            ServerProfile bad = profile;
            bad.id.clear();
            bad.baseUrl = QUrl(QStringLiteral("https://ci:hunter2@git.example.com"));
            QVERIFY(!store.save(bad).ok());
            QCOMPARE(store.profiles().size(), 1);

            store.remove(saved->id);
            QCOMPARE(store.profiles().size(), 0);
            QVERIFY(store.save(profile).ok());
        }
        const QByteArray text = test_readAll(path);
        QVERIFY(text.contains("git.example.com"));
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.toLower().contains("token"));
    }

    void history()
    {
        QTemporaryDir dir;
        UploadHistory history(dir.filePath(QStringLiteral("sub/history.json")));
        auto empty = history.load();
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        for (int i = 0; i < UploadHistory::kMaxRecords + 5; ++i) {
            UploadRecord record;
            record.time = QDateTime::currentDateTimeUtc();
            record.server = QStringLiteral("https://repo.example.com");
            record.kind = QStringLiteral("reposerve");
            record.success = i % 2 == 0;
            record.summary = QString::number(i);
            record.items << UploadRecord::Item {
                QStringLiteral("a-1.0-r0.apk"),     QStringLiteral("a-1.0-r0"),  QStringLiteral("Q1abc="),
                QStringLiteral("edge/main/x86_64"), QStringLiteral("confirmed"), QString()
            };
            QVERIFY(history.append(record).ok());
        }
        auto records = history.load();
        QVERIFY(records.ok());
        QCOMPARE(records->size(), UploadHistory::kMaxRecords);
        QCOMPARE(records->first().summary, QString::number(UploadHistory::kMaxRecords + 4));
        QCOMPARE(records->first().items.first().identity, QStringLiteral("Q1abc="));

        // A damaged file is reported and left alone.
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[{\"time\": ");
        file.close();
        auto damaged = history.load();
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind(), Error::Kind::Format);
        QVERIFY(!history.append(UploadRecord()).ok());
        QCOMPARE(test_readAll(history.path()), QByteArray("[{\"time\": "));
    }

private:
    static QByteArray test_readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestUploadProfile)
#include "tst_upload_profile.moc"
