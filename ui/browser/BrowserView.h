#pragma once

#include "browser/BrowsedRepository.h"
#include "browser/RepositoryLoader.h"
#include "browser/ServerEntry.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace apkdesk {
class NetworkAccess;
}

namespace apkdesk::ui {

class DownloadPanel;
class MessageBar;
struct OpenTarget;
class PackageDetailsView;
class PackageFilterBar;
class PackageFilterModel;
class PackageTableModel;
class ServerSidebar;

// The main view ("Repositories"): configured servers on the left, the chosen repository's
// packages in the middle (instant search and filters), the selected package's details and
// the index's signature badge on the right. Loading, refreshing and downloading run as
// jobs; their state and errors appear in place in a message bar, never as a frozen window.
// An index not signed by a trusted key is shown only after the user opts in, per index,
// for this session.
class BrowserView : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserView(NetworkAccess *network, QWidget *parent = nullptr);
    ~BrowserView() override;

    // Loads the remembered servers (call once, after construction).
    void restoreServers();
    // A server for this session only (--sample, --repository); with `archPath`
    // (version, repository, arch) that repository is opened as soon as it is listed.
    QString openTransientServer(const ServerEntry &server, const QStringList &archPath = {});
    // --repository: a server root, an arch folder, an APKINDEX.tar.gz URL or a local index file.
    Status openRepositoryUrl(const QString &urlOrPath);
    // The build's sample repository (`<build>/sample-repo`): its key is trusted for it only.
    Status openSampleRepository(const QString &sampleDirectory);
    void openIndexFile(const QString &path);
    // Opens the repository of `archUrl` (reusing a configured server when one has it) and
    // selects that package once the index is read: "show me what I just uploaded".
    void showPackage(const QUrl &archUrl, const QString &name, const QString &version);

    BrowsedRepositoryPtr currentRepository() const { return m_repository; }
    BrowsedRepositoryPtr pendingUntrusted() const { return m_pendingUntrusted; }
    bool isBrowsingUntrusted() const;
    bool selectPackage(PackageId id);
    PackageId currentPackage() const;
    QList<PackageId> selectedPackages() const;

    // Parts, for the composition root and the tests.
    ServerSidebar *sidebar() const { return m_sidebar; }
    PackageTableModel *tableModel() const { return m_tableModel; }
    PackageFilterModel *filterModel() const { return m_filterModel; }
    PackageFilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    PackageDetailsView *details() const { return m_details; }
    MessageBar *messageBar() const { return m_message; }
    DownloadPanel *downloads() const { return m_downloads; }
    RepositoryLoader *loader() const { return m_loader; }

public slots:
    void refresh();
    // The explicit opt-in to browse the index that is waiting because it is not trusted.
    void browseUntrusted();
    void showDownloadDialog();
    void downloadSelected(const QString &directory);
    void showOpenIndexDialog();

signals:
    // Packages downloaded and checked against the index's C:, for the inspector.
    void packagesDownloaded(const QStringList &paths);
    // A load ended: shown, waiting for the untrusted opt-in, or failed (for tests and the status bar).
    void repositoryShown();
    void untrustedIndexWaiting();
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Status open(const Result<OpenTarget> &target);
    void applyPendingSelection();
    void openLocation(const ServerEntry &server, const RepositoryLocation &location, bool force = false);
    void startLoad(const RepositoryLoader::Request &request);
    void onLoaded(BrowsedRepositoryPtr repository);
    void onLoadFailed(const Error &error);
    void showRepository(BrowsedRepositoryPtr repository);
    void clearRepository(const QString &title);
    void showStateMessage();
    void onCurrentRowChanged();
    void restoreCurrentPackage();
    void setLoading(bool loading, const QString &status = {});
    void updateActions();

    NetworkAccess *m_network;
    ServerSidebar *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QToolButton *m_openFileButton = nullptr;
    MessageBar *m_message = nullptr;
    QWidget *m_loadingRow = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingProgress = nullptr;
    PackageFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    PackageTableModel *m_tableModel = nullptr;
    PackageFilterModel *m_filterModel = nullptr;
    PackageDetailsView *m_details = nullptr;
    QPushButton *m_downloadButton = nullptr;
    DownloadPanel *m_downloads = nullptr;
    RepositoryLoader *m_loader = nullptr;

    BrowsedRepositoryPtr m_repository; // what the table shows
    BrowsedRepositoryPtr m_pendingUntrusted; // loaded, waiting for the opt-in
    QSet<QString> m_untrustedOptIns; // index URLs the user chose to browse anyway
    PackageId m_currentPackage = NoPackage;
    bool m_splitterRestored = false;
    std::pair<QString, QString> m_pendingSelection; // name, version to select once shown
    // What to reload on refresh.
    ServerEntry m_currentServer;
    std::optional<RepositoryLocation> m_currentLocation;
    QString m_currentIndexFile;
};

} // namespace apkdesk::ui
