// The browser end to end against the repository test server: add a server by URL, discover
// its tree, open an arch, search, follow a dependency link, download packages checked against
// C:, and every fault mode shown in place (message bar), never a frozen or empty window.
#include "browser/BrowserView.h"
#include "browser/DownloadPanel.h"
#include "browser/MessageBar.h"
#include "browser/PackageDetailsView.h"
#include "browser/PackageFilterBar.h"
#include "browser/PackageFilterModel.h"
#include "browser/PackageTableModel.h"
#include "browser/ServerSidebar.h"
#include "browser/ServerTreeModel.h"
#include "browser/SignatureBadge.h"

#include "keys/TrustStore.h"
#include "repositories/IndexCache.h"
#include "repositories/NetworkAccess.h"

#include "TestServerProcess.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::ui;

namespace {

const QStringList kGoodPackages {
    QStringLiteral("fixture-tool-3.8.1-r2.apk"),
    QStringLiteral("fixture-tool-doc-3.8.1-r2.apk"),
    QStringLiteral("fixture-tool-dev-3.8.1-r2.apk"),
    QStringLiteral("fixture-hooks-0.4.0_beta3-r1.apk"),
    QStringLiteral("fixture-unicode-2024.03.15-r0.apk"),
    QStringLiteral("fixture-links-1.0-r0.apk"),
    QStringLiteral("fixture-xattr-2.1.0-r0.apk"),
    QStringLiteral("fixture-sha256-7.1.0_git20250214-r3.apk"),
    QStringLiteral("fixture-double-5.2-r0.apk"),
};

bool copyInto(const QString &source, const QString &targetDir, const QString &name = {})
{
    QDir().mkpath(targetDir);
    const QString target =
        targetDir + QLatin1Char('/') + (name.isEmpty() ? QFileInfo(source).fileName() : name);
    return QFile::copy(source, target);
}

PackageId findPackage(const BrowserView &view, const QString &name)
{
    const BrowsedRepositoryPtr repo = view.currentRepository();
    if (!repo)
        return NoPackage;
    const QList<PackageId> ids = repo->graph.packagesNamed(name.toUtf8());
    return ids.isEmpty() ? NoPackage : ids.first();
}

} // namespace

class TestBrowserEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_served;
    test::TestServerProcess m_server;
    NetworkAccess *m_network = nullptr;

    // A view with a fresh cache, the server added by URL and `archPath` opened.
    std::unique_ptr<BrowserView> openArch(const QStringList &archPath, QString *serverId = nullptr)
    {
        QDir(IndexCache::defaultDirectory()).removeRecursively();
        auto view = std::make_unique<BrowserView>(m_network);
        view->resize(1200, 700);
        view->show();
        ServerEntry server;
        server.url = m_server.url(QStringLiteral("/"));
        const QString id = view->sidebar()->addServer(server);
        if (serverId)
            *serverId = id;
        view->sidebar()->selectArch(id, archPath);
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        TrustStore::setConfiguredDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });

        const QString root = m_served.path();
        const QString main = root + QStringLiteral("/v3.21/main/x86_64");
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")), main));
        for (const QString &package : kGoodPackages)
            QVERIFY(copyInto(test::fixturePath(QStringLiteral("pkgs-v2/") + package), main));
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")),
                         root + QStringLiteral("/v3.21/main/aarch64")));
        // A package file whose bytes are not what the index's C: says.
        const QString swapped = root + QStringLiteral("/v3.21/community/x86_64");
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("index-v2/APKINDEX.tar.gz")), swapped));
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")), swapped,
                         QStringLiteral("fixture-tool-3.8.1-r2.apk")));
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("index-v2/variants/APKINDEX-stranger.tar.gz")),
                         root + QStringLiteral("/v3.21/testing/x86_64"), QStringLiteral("APKINDEX.tar.gz")));
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("index-v2/variants/APKINDEX-tampered.tar.gz")),
                         root + QStringLiteral("/edge/main/x86_64"), QStringLiteral("APKINDEX.tar.gz")));
        QVERIFY(copyInto(test::fixturePath(QStringLiteral("index-v2/variants/APKINDEX-unsigned.tar.gz")),
                         root + QStringLiteral("/edge/testing/x86_64"), QStringLiteral("APKINDEX.tar.gz")));
        QVERIFY2(m_server.start(root), qPrintable(m_server.errorString()));

        NetworkPolicy policy;
        policy.retryBaseDelay = std::chrono::milliseconds(5);
        policy.maxRetryDelay = std::chrono::milliseconds(20);
        policy.inactivityTimeout = std::chrono::milliseconds(5000);
        m_network = new NetworkAccess(policy, this);
    }

    void cleanup() { QVERIFY(m_server.resetFaults()); }

    void browseSearchDetailsDownload()
    {
        QString id;
        auto view =
            openArch({ QStringLiteral("v3.21"), QStringLiteral("main"), QStringLiteral("x86_64") }, &id);
        QAbstractItemModelTester treeTester(view->sidebar()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view->filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(view.get(), &BrowserView::repositoryShown);
        QVERIFY(shown.wait(15000));

        // Discovery listed the whole path: edge and v3.21, main/community/testing, both arches.
        ServerTreeModel *tree = view->sidebar()->model();
        const QModelIndex root = tree->indexFor(id, {});
        QCOMPARE(tree->rowCount(root), 2);
        QCOMPARE(tree->index(0, 0, root).data().toString(), QStringLiteral("edge"));
        const QModelIndex main = tree->indexFor(id, { QStringLiteral("v3.21"), QStringLiteral("main") });
        QCOMPARE(tree->rowCount(main), 2);

        QVERIFY(view->currentRepository()->isTrusted());
        QCOMPARE(view->table()->model()->rowCount(), 9);
        QVERIFY(view->details()->badge()->text().startsWith(QStringLiteral("Trusted")));
        QVERIFY(view->details()->badge()->text().contains(QStringLiteral("fixture-6b0ae07e.rsa.pub")));

        // Search as you type: name, description, provides.
        QTest::keyClicks(view->filterBar()->searchField(), QStringLiteral("hooks"));
        QCOMPARE(view->table()->model()->rowCount(), 1);
        view->filterBar()->searchField()->setText(QStringLiteral("cmd:fixture-double"));
        QCOMPARE(view->table()->model()->rowCount(), 1);
        view->filterBar()->searchField()->clear();
        QCOMPARE(view->table()->model()->rowCount(), 9);

        // Version column sorts in apk order and keeps the table consistent.
        view->table()->sortByColumn(PackageTableModel::VersionColumn, Qt::DescendingOrder);
        QCOMPARE(view->table()->model()->rowCount(), 9);

        // Details: the dependency of fixture-hooks on fixture-tool is a link to that package.
        const PackageId hooks = findPackage(*view, QStringLiteral("fixture-hooks"));
        const PackageId tool = findPackage(*view, QStringLiteral("fixture-tool"));
        QVERIFY(hooks != NoPackage && tool != NoPackage);
        QVERIFY(view->selectPackage(hooks));
        QCOMPARE(view->currentPackage(), hooks);
        const QString html = view->details()->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("pkg:%1").arg(tool)));
        QVERIFY(html.contains(QStringLiteral("/bin/sh")));
        // Filtered out packages become visible again when a link leads to them.
        view->filterBar()->searchField()->setText(QStringLiteral("hooks"));
        emit view->details()->browser()->anchorClicked(QUrl(QStringLiteral("pkg:%1").arg(tool)));
        QCOMPARE(view->currentPackage(), tool);
        QVERIFY(view->details()->browser()->toHtml().contains(QStringLiteral("fixture-hooks")));

        // install_if of the -doc split resolves to the packages that trigger it.
        const PackageId doc = findPackage(*view, QStringLiteral("fixture-tool-doc"));
        QVERIFY(view->selectPackage(doc));
        const QString docHtml = view->details()->browser()->toHtml();
        QVERIFY(docHtml.contains(QStringLiteral("install_if")));
        QVERIFY(docHtml.contains(QStringLiteral("pkg:%1").arg(tool)));

        // Download two packages; both are checked against C: and reported for the inspector.
        QTemporaryDir downloads;
        view->table()->clearSelection();
        view->selectPackage(tool);
        const int hooksRow = view->filterModel()->proxyRowOf(int(hooks));
        view->table()->selectionModel()->select(view->filterModel()->index(hooksRow, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedPackages().size(), 2);
        QSignalSpy downloaded(view.get(), &BrowserView::packagesDownloaded);
        view->downloadSelected(downloads.path());
        QVERIFY(downloaded.wait(15000));
        const QStringList paths = downloaded.first().first().toStringList();
        QCOMPARE(paths.size(), 2);
        for (const QString &path : paths)
            QVERIFY(QFileInfo(path).isFile());
        QVERIFY(QFileInfo::exists(downloads.filePath(QStringLiteral("fixture-tool-3.8.1-r2.apk"))));
    }

    void downloadRefusesWrongChecksum()
    {
        auto view =
            openArch({ QStringLiteral("v3.21"), QStringLiteral("community"), QStringLiteral("x86_64") });
        QSignalSpy shown(view.get(), &BrowserView::repositoryShown);
        QVERIFY(shown.wait(15000));
        QVERIFY(view->selectPackage(findPackage(*view, QStringLiteral("fixture-tool"))));
        QTemporaryDir downloads;
        QSignalSpy downloaded(view.get(), &BrowserView::packagesDownloaded);
        view->downloadSelected(downloads.path());
        QTRY_VERIFY_WITH_TIMEOUT(!view->messageBar()->isHidden(), 15000);
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(view->messageBar()->text().contains(QStringLiteral("fixture-tool")));
        QCOMPARE(downloaded.size(), 0);
        QVERIFY(QDir(downloads.path()).entryList(QDir::Files).isEmpty()); // nothing kept
    }

    void downloadCancelKeepsNothing()
    {
        // The package trickles in: cancelling leaves no file, partial or whole.
        QVERIFY(m_server.setFault(QStringLiteral("/v3.21/main/x86_64/fixture-tool-3.8.1-r2.apk"),
                                  QStringLiteral("slow"), -1, QStringLiteral("interval=200")));
        auto view = openArch({ QStringLiteral("v3.21"), QStringLiteral("main"), QStringLiteral("x86_64") });
        QSignalSpy shown(view.get(), &BrowserView::repositoryShown);
        QVERIFY(shown.wait(15000));
        QVERIFY(view->selectPackage(findPackage(*view, QStringLiteral("fixture-tool"))));
        QTemporaryDir downloads;
        QSignalSpy downloaded(view.get(), &BrowserView::packagesDownloaded);
        view->downloadSelected(downloads.path());
        QVERIFY(view->downloads()->isRunning());
        view->downloads()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!view->downloads()->isRunning(), 10000);
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(view->messageBar()->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(downloaded.size(), 0);
        QVERIFY(QDir(downloads.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void untrustedIndexNeedsOptIn_data()
    {
        QTest::addColumn<QStringList>("archPath");
        QTest::addColumn<QString>("badge");
        QTest::newRow("stranger key")
            << QStringList { QStringLiteral("v3.21"), QStringLiteral("testing"), QStringLiteral("x86_64") }
            << QStringLiteral("Untrusted");
        QTest::newRow("tampered") << QStringList { QStringLiteral("edge"), QStringLiteral("main"),
                                                   QStringLiteral("x86_64") }
                                  << QStringLiteral("Bad signature");
        QTest::newRow("unsigned") << QStringList { QStringLiteral("edge"), QStringLiteral("testing"),
                                                   QStringLiteral("x86_64") }
                                  << QStringLiteral("Unsigned");
    }

    void untrustedIndexNeedsOptIn()
    {
        QFETCH(QStringList, archPath);
        QFETCH(QString, badge);
        auto view = openArch(archPath);
        QSignalSpy waiting(view.get(), &BrowserView::untrustedIndexWaiting);
        QVERIFY(waiting.wait(15000));
        // Nothing of it is shown until the user opts in.
        QCOMPARE(view->table()->model()->rowCount(), 0);
        QVERIFY(!view->messageBar()->isHidden());
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Warning);
        auto *optIn = view->messageBar()->findChild<QToolButton *>(QStringLiteral("browseUntrusted"));
        QVERIFY(optIn && optIn->defaultAction());
        QCOMPARE(optIn->defaultAction()->objectName(), QStringLiteral("browseUntrusted"));
        optIn->click();
        QVERIFY(view->isBrowsingUntrusted());
        QCOMPARE(view->table()->model()->rowCount(), 9);
        QVERIFY2(view->details()->badge()->text().startsWith(badge),
                 qPrintable(view->details()->badge()->text()));
        QVERIFY(!view->messageBar()->isHidden()); // the warning stays while browsing it
    }

    void faultsShownInPlace_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << QStringLiteral("error500") << QStringLiteral("500");
        QTest::newRow("drop") << QStringLiteral("drop") << QString();
        QTest::newRow("truncated") << QStringLiteral("truncate-gzip") << QString();
        QTest::newRow("html-200") << QStringLiteral("html200") << QString();
    }

    void faultsShownInPlace()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        QVERIFY(m_server.setFault(QStringLiteral("/v3.21/main/x86_64/APKINDEX.tar.gz"), mode));
        auto view = openArch({ QStringLiteral("v3.21"), QStringLiteral("main"), QStringLiteral("x86_64") });
        QSignalSpy failed(view.get(), &BrowserView::loadFailed);
        QVERIFY(failed.wait(20000));
        QVERIFY(!view->messageBar()->isHidden());
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(view->messageBar()->text().contains(expected), qPrintable(view->messageBar()->text()));
        QCOMPARE(view->table()->model()->rowCount(), 0);
        QVERIFY(!view->currentRepository());
    }

    void offlineUsesCachedCopy()
    {
        auto view = openArch({ QStringLiteral("v3.21"), QStringLiteral("main"), QStringLiteral("x86_64") });
        QSignalSpy shown(view.get(), &BrowserView::repositoryShown);
        QVERIFY(shown.wait(15000));
        QVERIFY(view->messageBar()->isHidden());
        // The server goes away mid-session: refresh shows the cached copy, marked offline.
        // (not "drop": the refresh is a conditional GET whose 304 has no body to cut short)
        QVERIFY(m_server.setFault(QStringLiteral("/v3.21/main/x86_64/APKINDEX.tar.gz"),
                                  QStringLiteral("error503")));
        view->refresh();
        QVERIFY(shown.wait(20000));
        QCOMPARE(view->table()->model()->rowCount(), 9);
        QVERIFY2(view->currentRepository()->fetch.offline(),
                 qPrintable(QStringLiteral("source %1, requests %2")
                                .arg(int(view->currentRepository()->fetch.source))
                                .arg(QString::fromUtf8(
                                    QJsonDocument(m_server.requests()).toJson(QJsonDocument::Compact)))));
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(view->messageBar()->text().contains(QStringLiteral("Offline")));
    }

    void discoveryFailureShownInTree()
    {
        QVERIFY(m_server.setFault(QStringLiteral("/v3.21/"), QStringLiteral("error500")));
        QString id;
        auto view =
            openArch({ QStringLiteral("v3.21"), QStringLiteral("main"), QStringLiteral("x86_64") }, &id);
        ServerTreeModel *tree = view->sidebar()->model();
        QTRY_COMPARE_WITH_TIMEOUT(
            tree->indexFor(id, { QStringLiteral("v3.21") }).data(ServerTreeModel::StateRole).toInt(),
            int(ServerTreeModel::State::Failed), 20000);
        QVERIFY(tree->indexFor(id, { QStringLiteral("v3.21") })
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("500")));
        // The rest of the server still lists.
        QCOMPARE(tree->indexFor(id, { QStringLiteral("edge") }).data(ServerTreeModel::StateRole).toInt(),
                 int(ServerTreeModel::State::NotListed));
    }

    void importRepositoriesFile()
    {
        QTemporaryDir dir;
        const QString base = m_server.url(QStringLiteral("/")).toString();
        QFile file(dir.filePath(QStringLiteral("repositories")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("# mirrors\n%1v3.21/main\n@edge %1edge/testing\n%1v3.21/community\n")
                       .arg(base)
                       .toUtf8());
        file.close();
        BrowserView view(m_network);
        const Result<QString> result = view.sidebar()->importRepositoriesFile(file.fileName());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result->isEmpty());
        ServerTreeModel *tree = view.sidebar()->model();
        QCOMPARE(tree->rowCount(), 1); // one server, its lines pinned below it
        const QString id = tree->index(0, 0).data(ServerTreeModel::ServerIdRole).toString();
        QVERIFY(tree->indexFor(id, { QStringLiteral("v3.21"), QStringLiteral("community") }).isValid());
        QVERIFY(tree->indexFor(id, { QStringLiteral("edge"), QStringLiteral("testing") }).isValid());
        QVERIFY(!tree->indexFor(id, { QStringLiteral("edge"), QStringLiteral("main") }).isValid());
        // Remembered across sessions.
        BrowserView again(m_network);
        again.restoreServers();
        QCOMPARE(again.sidebar()->model()->rowCount(), 1);
        again.sidebar()->removeServer(id);
        BrowserView third(m_network);
        third.restoreServers();
        QCOMPARE(third.sidebar()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestBrowserEndToEnd)
#include "tst_browser_e2e.moc"
