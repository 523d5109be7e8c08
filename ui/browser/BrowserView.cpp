#include "browser/BrowserView.h"

#include "browser/DownloadPanel.h"
#include "browser/MessageBar.h"
#include "browser/OpenTarget.h"
#include "browser/PackageDetailsView.h"
#include "browser/PackageFilterBar.h"
#include "browser/PackageFilterModel.h"
#include "browser/PackageTableModel.h"
#include "browser/ServerSidebar.h"
#include "browser/ServerTreeModel.h"

#include "repositories/IndexCache.h"
#include "repositories/NetworkAccess.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {
const auto kSplitterKey = QStringLiteral("browser/splitter");
const auto kHeaderKey = QStringLiteral("browser/tableHeader");
const auto kDownloadDirKey = QStringLiteral("browser/downloadDirectory");
} // namespace

BrowserView::BrowserView(NetworkAccess *network, QWidget *parent) : QWidget(parent), m_network(network)
{
    setObjectName(QStringLiteral("browserView"));
    m_sidebar = new ServerSidebar(network, this);
    m_loader = new RepositoryLoader(network, IndexCache::defaultDirectory(), this);

    // Centre column: title, messages, loading state, filters, table, downloads.
    auto *centre = new QWidget(this);
    m_title = new QLabel(tr("No repository open"), centre);
    m_title->setObjectName(QStringLiteral("repositoryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long URLs must not widen the column: the label shrinks, the tooltip has it all.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(100);
    m_refreshButton = new QToolButton(centre);
    m_refreshButton->setObjectName(QStringLiteral("refresh"));
    m_refreshButton->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the server whether the index changed (F5)"));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_openFileButton = new QToolButton(centre);
    m_openFileButton->setObjectName(QStringLiteral("openIndexFile"));
    m_openFileButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_openFileButton->setText(tr("Open Index…"));
    m_openFileButton->setToolTip(tr("Open an APKINDEX.tar.gz file"));
    m_openFileButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_openFileButton);
    titleRow->addWidget(m_refreshButton);

    m_message = new MessageBar(centre);

    m_loadingRow = new QWidget(centre);
    m_loadingLabel = new QLabel(m_loadingRow);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_loadingProgress = new QProgressBar(m_loadingRow);
    m_loadingProgress->setMaximumWidth(200);
    m_loadingProgress->setTextVisible(false);
    auto *cancelLoad = new QPushButton(tr("Cancel"), m_loadingRow);
    cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    auto *loadingLayout = new QHBoxLayout(m_loadingRow);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    loadingLayout->addWidget(m_loadingLabel, 1);
    loadingLayout->addWidget(m_loadingProgress);
    loadingLayout->addWidget(cancelLoad);
    m_loadingRow->hide();

    m_filterBar = new PackageFilterBar(centre);

    m_tableModel = new PackageTableModel(this);
    m_filterModel = new PackageFilterModel(this);
    m_filterModel->setSourceModel(m_tableModel);
    m_table = new QTableView(centre);
    m_table->setObjectName(QStringLiteral("packageTable"));
    m_table->setModel(m_filterModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PackageTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no content-based column sizing: both would touch all 33,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from what the columns typically hold, so the first columns are never elided.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QString samples[] = {
        QStringLiteral("py3-some-package-name"),
        QStringLiteral("1.22.10_git2024-r10"),
        QStringLiteral("x86_64"),
        QStringLiteral("999.9 KiB"),
        QStringLiteral("Installed "),
        QStringLiteral("2025-03-18"),
        QStringLiteral("origin-package-n"),
        QStringLiteral("Maintainer Name"),
        QStringLiteral("GPL-2.0-or-later"),
    };
    for (int column = 0; column < PackageTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, metrics.horizontalAdvance(samples[column]) + 20);

    m_downloadButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Download…"), centre);
    m_downloadButton->setObjectName(QStringLiteral("download"));
    m_downloadButton->setToolTip(
        tr("Download the selected packages, check them against the index, and open them"));
    m_downloads = new DownloadPanel(network, centre);
    auto *bottomRow = new QHBoxLayout;
    m_filterBar->countLabel()->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    bottomRow->addWidget(m_filterBar->countLabel());
    bottomRow->addWidget(m_downloads, 1);
    bottomRow->addStretch();
    bottomRow->addWidget(m_downloadButton);

    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 6, 6, 6);
    centreLayout->addLayout(titleRow);
    centreLayout->addWidget(m_message);
    centreLayout->addWidget(m_loadingRow);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_table, 1);
    centreLayout->addLayout(bottomRow);

    m_details = new PackageDetailsView(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    QSettings settings;
    m_splitterRestored = m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());

    connect(m_sidebar, &ServerSidebar::repositorySelected, this,
            [this](const ServerEntry &server, const RepositoryLocation &location) {
                openLocation(server, location);
            });
    connect(m_sidebar, &ServerSidebar::problem, this,
            [this](const QString &message) { m_message->showMessage(MessageBar::Kind::Warning, message); });
    connect(m_refreshButton, &QToolButton::clicked, this, &BrowserView::refresh);
    connect(m_openFileButton, &QToolButton::clicked, this, &BrowserView::showOpenIndexDialog);
    connect(cancelLoad, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        setLoading(false);
        m_message->showMessage(MessageBar::Kind::Information, tr("Loading was cancelled."));
    });
    connect(m_loader, &RepositoryLoader::progress, this,
            [this](qint64 done, qint64 total, const QString &status) {
                m_loadingLabel->setText(total > 0 ? tr("%1 (%2 of %3)")
                                                        .arg(status, QLocale().formattedDataSize(done),
                                                             QLocale().formattedDataSize(total))
                                                  : status);
                m_loadingProgress->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    m_loadingProgress->setValue(int(done * 1000 / total));
            });
    connect(m_loader, &RepositoryLoader::loaded, this, &BrowserView::onLoaded);
    connect(m_loader, &RepositoryLoader::failed, this, &BrowserView::onLoadFailed);
    connect(m_filterBar, &PackageFilterBar::filterChanged, m_filterModel, &PackageFilterModel::setFilter);
    connect(m_filterModel, &PackageFilterModel::rowsFiltered, m_filterBar, &PackageFilterBar::setShownCount);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &BrowserView::restoreCurrentPackage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowserView::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowserView::updateActions);
    connect(m_details, &PackageDetailsView::packageActivated, this,
            [this](PackageId id) { selectPackage(id); });
    connect(m_downloadButton, &QPushButton::clicked, this, &BrowserView::showDownloadDialog);
    connect(m_downloads, &DownloadPanel::finished, this,
            [this](const QStringList &paths, const QStringList &errors, bool cancelled) {
                updateActions();
                if (!errors.isEmpty())
                    m_message->showMessage(
                        MessageBar::Kind::Error,
                        tr("Not downloaded: %1").arg(errors.join(QStringLiteral("; ")).toHtmlEscaped()));
                else if (cancelled)
                    m_message->showMessage(MessageBar::Kind::Information, tr("The download was cancelled."));
                if (!paths.isEmpty())
                    emit packagesDownloaded(paths);
            });
    updateActions();
}

BrowserView::~BrowserView()
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void BrowserView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterRestored)
        return;
    // First start: a fifth for the servers, the details wide enough to read. Deferred until
    // the layout has given the splitter its real width.
    m_splitterRestored = true;
    QTimer::singleShot(0, this, [this] {
        const int width = qMax(m_splitter->width(), 900);
        const int servers = qBound(170, width / 6, 240);
        const int details = qBound(320, width * 3 / 10, 460);
        m_splitter->setSizes({ servers, width - servers - details, details });
    });
}

void BrowserView::restoreServers()
{
    m_sidebar->loadSettings();
}

QString BrowserView::openTransientServer(const ServerEntry &server, const QStringList &archPath)
{
    ServerEntry entry = server;
    entry.transient = true;
    const QString id = m_sidebar->addServer(entry);
    if (archPath.size() == 3)
        m_sidebar->selectArch(id, archPath);
    return id;
}

Status BrowserView::openRepositoryUrl(const QString &urlOrPath)
{
    return open(OpenTarget::fromUrlOrPath(urlOrPath));
}

Status BrowserView::openSampleRepository(const QString &sampleDirectory)
{
    return open(OpenTarget::sample(sampleDirectory));
}

Status BrowserView::open(const Result<OpenTarget> &target)
{
    if (!target) {
        m_message->showMessage(MessageBar::Kind::Error, target.error().toString().toHtmlEscaped());
        return target.error();
    }
    switch (target->kind) {
    case OpenTarget::Kind::IndexFile: openIndexFile(target->indexFile); break;
    case OpenTarget::Kind::Server: openTransientServer(target->server); break;
    case OpenTarget::Kind::Repository:
        if (m_currentLocation && *m_currentLocation == *target->location) {
            refresh(); // already open: ask the server again (it may have changed)
            break;
        }
        // A configured server showing that repository is reused rather than duplicated.
        if (const QString known = m_sidebar->findServer(
                target->location->base, { target->location->version, target->location->repository });
            !known.isEmpty() && target->server.extraKeyDirectories.isEmpty()) {
            m_sidebar->selectArch(known, target->archPath());
            break;
        }
        openTransientServer(target->server, target->archPath());
        break;
    }
    return {};
}

void BrowserView::showPackage(const QUrl &archUrl, const QString &name, const QString &version)
{
    m_pendingSelection = { name, version };
    if (!openRepositoryUrl(archUrl.toString()))
        m_pendingSelection = {};
}

void BrowserView::applyPendingSelection()
{
    const auto [name, version] = m_pendingSelection;
    m_pendingSelection = {};
    if (name.isEmpty() || !m_repository)
        return;
    for (PackageId id : m_repository->graph.packagesNamed(name.toUtf8())) {
        if (version.isEmpty() || m_repository->graph.entry(id).version() == version) {
            selectPackage(id);
            return;
        }
    }
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("%1 %2 is not in this index.").arg(name, version).toHtmlEscaped());
}

void BrowserView::openIndexFile(const QString &path)
{
    m_currentServer = ServerEntry();
    m_currentLocation.reset();
    m_currentIndexFile = path;
    RepositoryLoader::Request request;
    request.localIndexPath = path;
    request.title = QDir::toNativeSeparators(path);
    startLoad(request);
}

void BrowserView::openLocation(const ServerEntry &server, const RepositoryLocation &location, bool force)
{
    m_currentServer = server;
    m_currentLocation = location;
    m_currentIndexFile.clear();
    RepositoryLoader::Request request;
    request.serverId = server.id;
    request.location = location;
    request.title = location.isLocal()
        ? QStringLiteral("%1/%2/%3 — %4")
              .arg(location.version, location.repository, location.arch, server.displayName())
        : location.displayName();
    request.extraKeyDirectories = server.extraKeyDirectories;
    request.forceDownload = force;
    startLoad(request);
}

void BrowserView::startLoad(const RepositoryLoader::Request &request)
{
    const bool sameRepository = m_repository && m_repository->title == request.title;
    if (!sameRepository)
        clearRepository(request.title);
    m_message->clear();
    setLoading(true, tr("Loading…"));
    m_loader->load(request);
}

void BrowserView::refresh()
{
    if (m_currentLocation)
        openLocation(m_currentServer, *m_currentLocation);
    else if (!m_currentIndexFile.isEmpty())
        openIndexFile(m_currentIndexFile);
    else
        m_sidebar->relistCurrent();
}

void BrowserView::setLoading(bool loading, const QString &status)
{
    m_loadingRow->setVisible(loading);
    m_loadingLabel->setText(status);
    m_loadingProgress->setRange(0, 0);
    updateActions();
}

void BrowserView::onLoaded(BrowsedRepositoryPtr repository)
{
    setLoading(false);
    const QString key = repository->indexUrl.toString();
    if (repository->needsConfirmation() && !m_untrustedOptIns.contains(key)) {
        clearRepository(repository->title);
        m_pendingUntrusted = repository;
        const bool rollback = repository->isTrusted();
        auto *optIn = new QAction(rollback ? tr("Browse Older Index") : tr("Browse Untrusted"), m_message);
        optIn->setObjectName(QStringLiteral("browseUntrusted"));
        connect(optIn, &QAction::triggered, this, &BrowserView::browseUntrusted);
        const QString title =
            rollback ? tr("Older than the copy seen before") : repository->loaded.verdictDescription();
        const QString reason =
            rollback ? repository->rollbackNotice : tr("Nothing vouches for what this index says.");
        m_message->showMessage(
            MessageBar::Kind::Warning,
            QStringLiteral("<b>%1</b><br>%2 %3")
                .arg(title.toHtmlEscaped(), reason.toHtmlEscaped(),
                     tr("Its packages are not shown unless you choose to browse it anyway; "
                        "Apkdesk keeps any earlier trusted copy in its cache.")),
            { optIn });
        m_details->showWaiting(repository->loaded.verdict);
        emit untrustedIndexWaiting();
        return;
    }
    showRepository(std::move(repository));
}

void BrowserView::browseUntrusted()
{
    if (!m_pendingUntrusted)
        return;
    m_untrustedOptIns.insert(m_pendingUntrusted->indexUrl.toString());
    BrowsedRepositoryPtr repository = std::move(m_pendingUntrusted);
    m_pendingUntrusted.reset();
    showRepository(std::move(repository));
}

bool BrowserView::isBrowsingUntrusted() const
{
    return m_repository && !m_repository->isTrusted();
}

void BrowserView::onLoadFailed(const Error &error)
{
    setLoading(false);
    clearRepository(m_title->text());
    auto *retry = new QAction(tr("Try Again"), m_message);
    connect(retry, &QAction::triggered, this, &BrowserView::refresh);
    m_message->showMessage(
        MessageBar::Kind::Error,
        tr("<b>The index could not be opened.</b><br>%1").arg(error.toString().toHtmlEscaped()), { retry });
    emit loadFailed(error.toString());
}

void BrowserView::clearRepository(const QString &title)
{
    m_repository.reset();
    m_pendingUntrusted.reset();
    m_currentPackage = NoPackage;
    m_title->setText(title);
    m_title->setToolTip(m_title->text());
    m_filterModel->setSearch(nullptr);
    m_tableModel->setIndex(ApkIndex());
    m_details->setRepository(nullptr, false);
    m_filterBar->setChoices({}, {}, {});
    updateActions();
}

void BrowserView::showRepository(BrowsedRepositoryPtr repository)
{
    const bool sameIndex = m_repository && m_repository->indexUrl == repository->indexUrl;
    const PackageId keep = sameIndex ? m_currentPackage : NoPackage;
    m_repository = repository;
    m_pendingUntrusted.reset();
    m_title->setText(repository->title);
    m_title->setToolTip(m_title->text());
    m_currentPackage = NoPackage;
    m_tableModel->setIndex(repository->loaded.index);
    m_filterModel->setSearch(repository->search);
    m_filterBar->setChoices(repository->search->origins(), repository->search->maintainers(),
                            repository->search->licenses());
    m_details->setRepository(repository, !repository->isTrusted());
    showStateMessage();
    if (keep != NoPackage && keep < PackageId(repository->graph.packageCount()))
        selectPackage(keep);
    applyPendingSelection();
    if (m_currentPackage == NoPackage && m_filterModel->rowCount() > 0) {
        // Never an empty details pane when there is something to show.
        m_table->selectionModel()->setCurrentIndex(m_filterModel->index(0, PackageTableModel::NameColumn),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    }
    updateActions();
    emit repositoryShown();
}

void BrowserView::showStateMessage()
{
    const BrowsedRepository &repo = *m_repository;
    const QStringList &warnings = repo.loaded.index.warnings();
    if (repo.fetch.offline()) {
        auto *retry = new QAction(tr("Try Again"), m_message);
        connect(retry, &QAction::triggered, this, &BrowserView::refresh);
        const QDateTime fetched = repo.fetch.entry.fetchedAt;
        m_message->showMessage(
            MessageBar::Kind::Warning,
            tr("<b>Offline:</b> showing the copy cached %1. The server could not be reached: %2")
                .arg(fetched.isValid() ? fetched.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                       : tr("earlier"),
                     repo.fetch.offlineReason.toHtmlEscaped()),
            { retry });
    } else if (!repo.rollbackNotice.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Warning, repo.rollbackNotice.toHtmlEscaped());
    } else if (!repo.isTrusted()) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("You are browsing an index that is not vouched for: %1")
                                   .arg(repo.loaded.verdictDescription().toHtmlEscaped()));
    } else if (!warnings.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Information,
                               warnings.join(QStringLiteral("<br>")).toHtmlEscaped());
    } else {
        m_message->clear();
    }
}

bool BrowserView::selectPackage(PackageId id)
{
    if (!m_repository || id >= PackageId(m_repository->graph.packageCount()))
        return false;
    if (m_filterModel->proxyRowOf(int(id)) < 0)
        m_filterBar->clearFilter(); // the package is filtered out: show everything again
    const int row = m_filterModel->proxyRowOf(int(id));
    if (row < 0)
        return false;
    const QModelIndex index = m_filterModel->index(row, PackageTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

PackageId BrowserView::currentPackage() const
{
    return m_currentPackage;
}

QList<PackageId> BrowserView::selectedPackages() const
{
    QList<PackageId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(PackageId(m_filterModel->sourceRowOf(index.row())));
    return ids;
}

void BrowserView::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const int sourceRow = current.isValid() ? m_filterModel->sourceRowOf(current.row()) : -1;
    if (sourceRow < 0) {
        // A filter reset clears the current index; keep showing the package if it comes back.
        return;
    }
    m_currentPackage = PackageId(sourceRow);
    m_details->showPackage(m_currentPackage);
}

void BrowserView::restoreCurrentPackage()
{
    if (m_currentPackage == NoPackage)
        return;
    const int row = m_filterModel->proxyRowOf(int(m_currentPackage));
    if (row < 0)
        return;
    const QModelIndex index = m_filterModel->index(row, PackageTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BrowserView::updateActions()
{
    const bool canDownload = m_repository && m_repository->location && !m_downloads->isRunning()
        && m_table->selectionModel()->hasSelection();
    m_downloadButton->setEnabled(canDownload);
    m_downloadButton->setToolTip(
        m_repository && !m_repository->location
            ? tr("Packages can be downloaded from a repository, not from an index file opened on its own")
            : tr("Download the selected packages, check them against the index, and open them"));
    m_refreshButton->setEnabled(m_currentLocation.has_value() || !m_currentIndexFile.isEmpty());
}

void BrowserView::showDownloadDialog()
{
    QSettings settings;
    const QString start =
        settings.value(kDownloadDirKey, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .toString();
    auto *dialog = new QFileDialog(this, tr("Download Packages To"), start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &directory) {
        QSettings().setValue(kDownloadDirKey, directory);
        downloadSelected(directory);
    });
    dialog->open();
}

void BrowserView::downloadSelected(const QString &directory)
{
    if (!m_repository || !m_repository->location || m_downloads->isRunning())
        return;
    QList<PackageReference> packages;
    for (PackageId id : selectedPackages()) {
        const IndexEntry entry = m_repository->graph.entry(id);
        packages.append({ entry.name(), entry.version(), entry.checksum(),
                          entry.hasField('S') ? qint64(entry.size()) : qint64(-1) });
    }
    if (packages.isEmpty())
        return;
    m_message->clear();
    m_downloads->start(*m_repository->location, packages, directory);
    updateActions();
}

void BrowserView::showOpenIndexDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Index"), QString(),
                                   tr("APKINDEX (APKINDEX*.tar.gz *.tar.gz);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BrowserView::openIndexFile);
    dialog->open();
}

} // namespace apkdesk::ui
