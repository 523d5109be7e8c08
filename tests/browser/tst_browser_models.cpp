// The browser's item models: the server sidebar tree, its QSettings persistence and the
// package table, each run through QAbstractItemModelTester.
#include "browser/AddServerDialog.h"
#include "browser/OpenTarget.h"
#include "browser/PackageTableModel.h"
#include "browser/ServerEntry.h"
#include "browser/ServerTreeModel.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::ui;

class TestBrowserModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void serverSettingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerEntry a { ServerSettings::newId(),
                        QStringLiteral("Mirror"),
                        QUrl(QStringLiteral("https://h/alpine/")),
                        QStringLiteral("/etc/ca.pem"),
                        {},
                        false,
                        {} };
        ServerEntry b { ServerSettings::newId(),
                        {},
                        QUrl(QStringLiteral("https://o/alpine")),
                        {},
                        { { QStringLiteral("v3.20"), QStringLiteral("main") },
                          { QStringLiteral("edge"), QStringLiteral("testing") } },
                        false,
                        {} };
        ServerEntry sample { ServerSettings::newId(),
                             QStringLiteral("Sample"),
                             QUrl(QStringLiteral("file:///tmp/x/")),
                             {},
                             {},
                             true,
                             {} };
        ServerSettings::save(settings, { a, sample, b });
        const QList<ServerEntry> loaded = ServerSettings::load(settings);
        QCOMPARE(loaded.size(), 2); // the transient sample is not remembered
        QCOMPARE(loaded[0].id, a.id);
        QCOMPARE(loaded[0].name, a.name);
        QCOMPARE(loaded[0].url, a.url);
        QCOMPARE(loaded[0].caFile, a.caFile);
        QCOMPARE(loaded[1].pinned, b.pinned);
        QCOMPARE(loaded[1].displayName(), QStringLiteral("o/alpine"));
    }

    void serverSettingsSkipDamagedEntries()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("browser/servers"));
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("url"), QStringLiteral("https://no-id/"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("id"), QStringLiteral("x"));
        settings.setValue(QStringLiteral("url"), QStringLiteral("https://ok/"));
        settings.setValue(QStringLiteral("pinned"),
                          QStringList { QStringLiteral("noslash"), QStringLiteral("v1/main") });
        settings.endArray();
        const QList<ServerEntry> loaded = ServerSettings::load(settings);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].pinned.size(), 1);
    }

    void serverTreeDiscoversLazily()
    {
        ServerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requests(&model, &ServerTreeModel::discoveryRequested);
        // The display text says "(listing…)" while a folder is listed: compare the path.
        auto nameOf = [](const QModelIndex &index) {
            return index.data(ServerTreeModel::PathRole).toStringList().last();
        };

        const ServerEntry server {
            QStringLiteral("s1"), {}, QUrl(QStringLiteral("http://127.0.0.1:1/alpine")), {}, {}, false, {}
        };
        const QModelIndex root = model.addServer(server);
        QVERIFY(model.hasChildren(root));
        // The tester (like a view) already asked to fetch; a second fetch asks nothing more.
        if (model.canFetchMore(root))
            model.fetchMore(root);
        model.fetchMore(root);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(root.data(ServerTreeModel::StateRole).toInt(), int(ServerTreeModel::State::Listing));
        QCOMPARE(requests[0][0].toString(), QStringLiteral("s1"));
        QCOMPARE(requests[0][1].toStringList(), QStringList());
        QCOMPARE(requests[0][2].toUrl(), QUrl(QStringLiteral("http://127.0.0.1:1/alpine/")));
        QVERIFY(!model.canFetchMore(root)); // listing: asked once

        model.setDiscovered(QStringLiteral("s1"), {},
                            { QStringLiteral("v3.19"), QStringLiteral("edge"), QStringLiteral("v3.20"),
                              QStringLiteral("v3.9") });
        QCOMPARE(model.rowCount(root), 4);
        // Alpine's order: edge, then releases newest first (3.20 > 3.19 > 3.9).
        QCOMPARE(nameOf(model.index(0, 0, root)), QStringLiteral("edge"));
        QCOMPARE(nameOf(model.index(1, 0, root)), QStringLiteral("v3.20"));
        QCOMPARE(nameOf(model.index(3, 0, root)), QStringLiteral("v3.9"));

        const QModelIndex edge = model.index(0, 0, root);
        model.fetchMore(edge);
        model.setDiscovered(
            QStringLiteral("s1"), { QStringLiteral("edge") },
            { QStringLiteral("testing"), QStringLiteral("main"), QStringLiteral("community") });
        QCOMPARE(nameOf(model.index(0, 0, edge)), QStringLiteral("main"));
        QCOMPARE(nameOf(model.index(2, 0, edge)), QStringLiteral("testing"));

        const QModelIndex main = model.index(0, 0, edge);
        model.fetchMore(main);
        const auto asked =
            std::count_if(requests.cbegin(), requests.cend(), [](const QList<QVariant> &request) {
                return request[1].toStringList()
                    == QStringList { QStringLiteral("edge"), QStringLiteral("main") };
            });
        QCOMPARE(asked, 1);
        model.setDiscovered(QStringLiteral("s1"), { QStringLiteral("edge"), QStringLiteral("main") },
                            { QStringLiteral("x86_64"), QStringLiteral("aarch64") });
        const QModelIndex arch = model.index(1, 0, main);
        QCOMPARE(arch.data().toString(), QStringLiteral("x86_64")); // arches are never listed
        QCOMPARE(arch.data(ServerTreeModel::LevelRole).toInt(), int(ServerTreeModel::Level::Arch));
        QVERIFY(!model.hasChildren(arch));
        QCOMPARE(arch.data(ServerTreeModel::UrlRole).toUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:1/alpine/edge/main/x86_64/")));
        QCOMPARE(model.indexFor(QStringLiteral("s1"),
                                { QStringLiteral("edge"), QStringLiteral("main"), QStringLiteral("x86_64") }),
                 arch);
    }

    void serverTreeFailuresAndRemoval()
    {
        ServerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex root = model.addServer(
            { QStringLiteral("s1"), {}, QUrl(QStringLiteral("https://h/")), {}, {}, false, {} });
        model.fetchMore(root);
        model.setDiscoveryFailed(QStringLiteral("s1"), {}, QStringLiteral("HTTP 500"));
        QCOMPARE(root.data(ServerTreeModel::StateRole).toInt(), int(ServerTreeModel::State::Failed));
        QVERIFY(root.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 500")));

        QSignalSpy requests(&model, &ServerTreeModel::discoveryRequested);
        model.relist(root);
        QCOMPARE(requests.size(), 1);
        model.setDiscovered(QStringLiteral("s1"), {}, { QStringLiteral("edge") });
        QCOMPARE(model.rowCount(root), 1);

        model.removeServer(QStringLiteral("s1"));
        QCOMPARE(model.rowCount(), 0);
        // A late answer for a removed server is dropped, not a crash.
        model.setDiscovered(QStringLiteral("s1"), { QStringLiteral("edge") }, { QStringLiteral("main") });
        model.setDiscoveryFailed(QStringLiteral("s1"), {}, QStringLiteral("late"));
    }

    void serverTreePinnedRepositories()
    {
        ServerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerEntry imported { QStringLiteral("imp"),
                               {},
                               QUrl(QStringLiteral("https://dl/alpine")),
                               {},
                               { { QStringLiteral("v3.20"), QStringLiteral("main") },
                                 { QStringLiteral("v3.20"), QStringLiteral("community") } },
                               false,
                               {} };
        model.setServers({ imported });
        const QModelIndex root = model.index(0, 0);
        QVERIFY(!model.canFetchMore(root)); // pinned: nothing to list at this level
        QCOMPARE(model.rowCount(root), 1);
        const QModelIndex version = model.index(0, 0, root);
        QCOMPARE(model.rowCount(version), 2);
        // Arches are still discovered: the repository is not listed yet.
        QVERIFY(model.index(0, 0, version).data(ServerTreeModel::StateRole).toInt()
                != int(ServerTreeModel::State::Listed));
        QCOMPARE(model.servers().size(), 1);
        QCOMPARE(model.servers()[0].pinned, imported.pinned);
    }

    void addServerUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("https root") << QStringLiteral(" https://dl-cdn.alpinelinux.org/alpine/ ")
                                    << QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/");
        QTest::newRow("query dropped")
            << QStringLiteral("http://h/alpine?x=1#y") << QStringLiteral("http://h/alpine");
        QTest::newRow("local folder")
            << QStringLiteral("/srv/repo/../repo") << QStringLiteral("file:///srv/repo/");
        QTest::newRow("file url") << QStringLiteral("file:///srv/repo/")
                                  << QStringLiteral("file:///srv/repo/");
        QTest::newRow("credentials") << QStringLiteral("https://user:secret@h/alpine") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://h/alpine") << QString();
        QTest::newRow("no host") << QStringLiteral("https:///alpine") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("garbage") << QStringLiteral("http://[::1") << QString();
    }

    void addServerUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QString error;
        const QUrl parsed = AddServerDialog::parseUrl(text, &error);
        if (url.isEmpty()) {
            QVERIFY(!parsed.isValid());
            QVERIFY(!error.isEmpty());
        } else {
            QCOMPARE(parsed.toString(), url);
        }
    }

    void openTargets()
    {
        auto arch =
            OpenTarget::fromUrlOrPath(QStringLiteral("https://h/alpine/v3.21/main/x86_64/APKINDEX.tar.gz"));
        QVERIFY(arch.ok());
        QCOMPARE(arch->kind, OpenTarget::Kind::Repository);
        QCOMPARE(arch->archPath(),
                 (QStringList { QStringLiteral("v3.21"), QStringLiteral("main"), QStringLiteral("x86_64") }));
        QCOMPARE(arch->server.url, QUrl(QStringLiteral("https://h/alpine")));
        QCOMPARE(arch->server.pinned.size(), 1);

        auto root = OpenTarget::fromUrlOrPath(QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/"));
        QVERIFY(root.ok());
        QCOMPARE(root->kind, OpenTarget::Kind::Server);

        const QString index = test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz"));
        auto file = OpenTarget::fromUrlOrPath(index);
        QVERIFY(file.ok());
        QCOMPARE(file->kind, OpenTarget::Kind::IndexFile);

        QVERIFY(!OpenTarget::fromUrlOrPath(QStringLiteral("https://u:p@h/alpine/")).ok()); // credentials
        QVERIFY(!OpenTarget::fromUrlOrPath(QStringLiteral("https://h/APKINDEX.tar.gz")).ok()); // no arch path

        QTemporaryDir dir;
        QVERIFY(!OpenTarget::sample(dir.filePath(QStringLiteral("missing"))).ok());
        QVERIFY(!OpenTarget::sample(dir.path()).ok()); // no index inside
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("edge/main/x86_64")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("keys")));
        QVERIFY(QFile::copy(index, dir.filePath(QStringLiteral("edge/main/x86_64/APKINDEX.tar.gz"))));
        auto sample = OpenTarget::sample(dir.path());
        QVERIFY(sample.ok());
        QCOMPARE(sample->archPath(),
                 (QStringList { QStringLiteral("edge"), QStringLiteral("main"), QStringLiteral("x86_64") }));
        QCOMPARE(sample->server.extraKeyDirectories, QStringList { dir.filePath(QStringLiteral("keys")) });
        QVERIFY(sample->server.url.isLocalFile());
    }

    void packageTable()
    {
        auto parsed = ApkIndex::parse(test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX"))));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        PackageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(parsed.value());
        QCOMPARE(model.rowCount(), parsed->size());
        QCOMPARE(model.columnCount(), int(PackageTableModel::ColumnCount));
        int doubleRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, PackageTableModel::NameColumn).data().toString()
                == QLatin1String("fixture-double"))
                doubleRow = row;
        }
        QVERIFY(doubleRow >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(doubleRow, column).data(role);
        };
        QCOMPARE(cell(PackageTableModel::VersionColumn).toString(), QStringLiteral("5.2-r0"));
        QCOMPARE(cell(PackageTableModel::ArchColumn).toString(), QStringLiteral("x86_64"));
        QCOMPARE(cell(PackageTableModel::SizeColumn, PackageTableModel::SortRole).toULongLong(), 2541ull);
        QCOMPARE(cell(PackageTableModel::BuildDateColumn).toString(), QStringLiteral("2024-03-18"));
        QCOMPARE(cell(PackageTableModel::BuildDateColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("2024-03-18 00:00 UTC"));
        QCOMPARE(cell(PackageTableModel::MaintainerColumn).toString(), QStringLiteral("Fixture Builder"));
        QCOMPARE(cell(PackageTableModel::MaintainerColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Fixture Builder <fixture@example.net>"));
        QCOMPARE(cell(PackageTableModel::LicenseColumn).toString(), QStringLiteral("Apache-2.0"));
        QCOMPARE(cell(PackageTableModel::NameColumn, PackageTableModel::EntryRowRole).toInt(), doubleRow);

        model.setIndex(ApkIndex());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestBrowserModels)
#include "tst_browser_models.moc"
