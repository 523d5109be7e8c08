#include "browser/ServerSidebar.h"

#include "browser/AddServerDialog.h"
#include "browser/ServerTreeModel.h"

#include "repositories/ListingJob.h"
#include "repositories/NetworkAccess.h"
#include "repositories/RepositoriesFile.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QSysInfo>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {

QString listingKey(const QString &serverId, const QStringList &path)
{
    return serverId + QLatin1Char('/') + path.join(QLatin1Char('/'));
}

// The arch only serves to validate imported lines; what is shown below them is discovered.
QString hostArch()
{
    QFile file(QStringLiteral("/etc/apk/arch"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString arch = QString::fromUtf8(file.readAll()).trimmed();
        if (isSafePathSegment(arch))
            return arch;
    }
    const QString cpu = QSysInfo::currentCpuArchitecture();
    return cpu == QLatin1String("arm64") ? QStringLiteral("aarch64") : cpu;
}

QToolButton *makeButton(QWidget *parent, const QIcon &icon, const QString &toolTip, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

ServerSidebar::ServerSidebar(NetworkAccess *network, QWidget *parent) : QWidget(parent), m_network(network)
{
    m_model = new ServerTreeModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("serverTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);

    auto *title = new QLabel(tr("Servers"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    QStyle *st = style();
    m_addButton = makeButton(
        this, QIcon::fromTheme(QStringLiteral("list-add"), st->standardIcon(QStyle::SP_FileDialogNewFolder)),
        tr("Add a server by URL…"), "addServer");
    m_importButton = makeButton(
        this,
        QIcon::fromTheme(QStringLiteral("document-import"), st->standardIcon(QStyle::SP_DialogOpenButton)),
        tr("Import /etc/apk/repositories…"), "importRepositories");
    m_removeButton = makeButton(
        this, QIcon::fromTheme(QStringLiteral("list-remove"), st->standardIcon(QStyle::SP_TrashIcon)),
        tr("Remove the selected server"), "removeServer");
    m_relistButton = makeButton(
        this, QIcon::fromTheme(QStringLiteral("view-refresh"), st->standardIcon(QStyle::SP_BrowserReload)),
        tr("List the selected folder again"), "relist");

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 2, 0);
    header->addWidget(title, 1);
    header->addWidget(m_addButton);
    header->addWidget(m_importButton);
    header->addWidget(m_relistButton);
    header->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_addButton, &QToolButton::clicked, this, &ServerSidebar::showAddServerDialog);
    connect(m_importButton, &QToolButton::clicked, this, &ServerSidebar::showImportDialog);
    connect(m_removeButton, &QToolButton::clicked, this, &ServerSidebar::removeCurrentServer);
    connect(m_relistButton, &QToolButton::clicked, this, &ServerSidebar::relistCurrent);
    connect(m_model, &ServerTreeModel::discoveryRequested, this, &ServerSidebar::onDiscoveryRequested);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ServerSidebar::continuePendingSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ServerSidebar::continuePendingSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServerSidebar::onCurrentChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        // popup(), not exec(): no nested event loop while the menu is open.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_addButton->icon(), tr("Add Server…"), this, &ServerSidebar::showAddServerDialog);
        menu->addAction(m_importButton->icon(), tr("Import /etc/apk/repositories…"), this,
                        &ServerSidebar::showImportDialog);
        if (m_view->indexAt(pos).isValid()) {
            menu->addSeparator();
            menu->addAction(m_relistButton->icon(), tr("List Again"), this, &ServerSidebar::relistCurrent);
            menu->addAction(m_removeButton->icon(), tr("Remove Server"), this,
                            &ServerSidebar::removeCurrentServer);
        }
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    updateButtons();
}

ServerSidebar::~ServerSidebar()
{
    for (const auto &job : std::as_const(m_listings)) {
        if (job)
            job->cancel();
    }
}

void ServerSidebar::loadSettings()
{
    QSettings settings;
    const QList<ServerEntry> servers = ServerSettings::load(settings);
    for (const ServerEntry &server : servers)
        applyCaFile(server);
    m_model->setServers(servers);
    updateButtons();
}

void ServerSidebar::saveSettings()
{
    QSettings settings;
    ServerSettings::save(settings, m_model->servers());
}

void ServerSidebar::applyCaFile(const ServerEntry &server)
{
    if (server.caFile.isEmpty() || !m_network)
        return;
    const Status status = m_network->setCaFile(server.url, server.caFile);
    if (!status)
        emit problem(
            tr("The CA file of %1 cannot be used: %2").arg(server.displayName(), status.error().toString()));
}

QString ServerSidebar::addServer(const ServerEntry &server)
{
    ServerEntry entry = server;
    if (entry.id.isEmpty())
        entry.id = ServerSettings::newId();
    applyCaFile(entry);
    const QModelIndex index = m_model->addServer(entry);
    if (!entry.transient)
        saveSettings();
    // Listing starts right away: the user added the server to see what it holds.
    m_view->expand(index);
    if (m_model->canFetchMore(index))
        m_model->fetchMore(index);
    updateButtons();
    return entry.id;
}

void ServerSidebar::removeServer(const QString &serverId)
{
    for (auto it = m_listings.begin(); it != m_listings.end();) {
        if (it.key().startsWith(serverId + QLatin1Char('/'))) {
            if (it.value())
                it.value()->cancel();
            it = m_listings.erase(it);
        } else {
            ++it;
        }
    }
    const bool transient = m_model->server(serverId) && m_model->server(serverId)->transient;
    m_model->removeServer(serverId);
    if (!transient)
        saveSettings();
    updateButtons();
}

QString ServerSidebar::findServer(const QUrl &base, const ServerEntry::Pinned &repository) const
{
    const QUrl wanted = base.adjusted(QUrl::StripTrailingSlash);
    for (const ServerEntry &server : m_model->servers()) {
        if (server.url.adjusted(QUrl::StripTrailingSlash) != wanted)
            continue;
        if (server.pinned.isEmpty() || server.pinned.contains(repository))
            return server.id;
    }
    return {};
}

const ServerEntry *ServerSidebar::server(const QString &serverId) const
{
    return m_model->server(serverId);
}

QString ServerSidebar::currentServerId() const
{
    return m_view->currentIndex().data(ServerTreeModel::ServerIdRole).toString();
}

void ServerSidebar::showAddServerDialog()
{
    auto *dialog = new AddServerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = addServer(dialog->server());
        m_view->setCurrentIndex(m_model->indexFor(id, {}));
    });
    dialog->open();
}

void ServerSidebar::showImportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Import Repositories"), QStringLiteral("/etc/apk"),
                                   tr("apk repositories (repositories);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->selectFile(QStringLiteral("/etc/apk/repositories"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<QString> result = importRepositoriesFile(path);
        if (!result)
            emit problem(result.error().toString());
        else if (!result->isEmpty())
            emit problem(*result);
    });
    dialog->open();
}

Result<QString> ServerSidebar::importRepositoriesFile(const QString &path)
{
    const Result<RepositoriesFile> file = RepositoriesFile::load(path);
    if (!file)
        return file.error();
    const QString arch = hostArch();
    QList<ServerEntry> servers = m_model->servers();
    QStringList skipped;
    int added = 0;
    for (const RepositoriesLine &line : file->lines()) {
        if (line.kind != RepositoriesLine::Kind::Repository)
            continue;
        const Result<RepositoryLocation> location = RepositoryLocation::fromRepositoryUrl(line.url, arch);
        if (!location) {
            skipped.append(tr("line %1: %2").arg(line.lineNumber).arg(location.error().message()));
            continue;
        }
        const ServerEntry::Pinned pin { location->version, location->repository };
        auto existing = std::find_if(servers.begin(), servers.end(), [&](const ServerEntry &s) {
            return s.url.adjusted(QUrl::StripTrailingSlash)
                == location->base.adjusted(QUrl::StripTrailingSlash);
        });
        if (existing == servers.end()) {
            ServerEntry entry;
            entry.id = ServerSettings::newId();
            entry.url = location->base;
            entry.pinned.append(pin);
            servers.append(entry);
            ++added;
        } else if (!existing->pinned.isEmpty() && !existing->pinned.contains(pin)) {
            existing->pinned.append(pin); // a server listed in full already shows everything
            ++added;
        }
    }
    m_model->setServers(servers);
    saveSettings();
    updateButtons();
    if (!skipped.isEmpty())
        return tr("Some lines of %1 were not imported: %2").arg(path, skipped.join(QStringLiteral("; ")));
    if (added == 0)
        return tr("%1 names no repository that is not already in the list.").arg(path);
    return QString();
}

void ServerSidebar::removeCurrentServer()
{
    const QString id = currentServerId();
    if (!id.isEmpty())
        removeServer(id);
}

void ServerSidebar::relistCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const auto level = ServerTreeModel::Level(index.data(ServerTreeModel::LevelRole).toInt());
    if (level == ServerTreeModel::Level::Arch) {
        // An arch has nothing to list; "list again" means reading its index again.
        onCurrentChanged();
        return;
    }
    m_model->relist(index);
    m_view->expand(index);
}

void ServerSidebar::selectArch(const QString &serverId, const QStringList &path)
{
    m_pendingServer = serverId;
    m_pendingPath = path;
    continuePendingSelection();
}

void ServerSidebar::continuePendingSelection()
{
    if (m_pendingServer.isEmpty())
        return;
    QModelIndex index = m_model->indexFor(m_pendingServer, {});
    if (!index.isValid()) {
        m_pendingServer.clear();
        return;
    }
    for (qsizetype depth = 0; depth <= m_pendingPath.size(); ++depth) {
        const QModelIndex node = m_model->indexFor(m_pendingServer, m_pendingPath.mid(0, depth));
        if (!node.isValid()) {
            const auto state = ServerTreeModel::State(index.data(ServerTreeModel::StateRole).toInt());
            if (state == ServerTreeModel::State::Listed || state == ServerTreeModel::State::Failed) {
                emit problem(tr("%1 is not on this server.").arg(m_pendingPath.join(QLatin1Char('/'))));
                m_pendingServer.clear();
            }
            return; // still listing: continue when the answer arrives
        }
        index = node;
        if (depth < m_pendingPath.size()) {
            m_view->expand(index);
            if (m_model->canFetchMore(index))
                m_model->fetchMore(index);
        }
    }
    m_pendingServer.clear();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ServerSidebar::onDiscoveryRequested(const QString &serverId, const QStringList &path, const QUrl &url)
{
    const QString key = listingKey(serverId, path);
    if (m_listings.value(key))
        return;
    auto *job = new ListingJob(m_network, url, this);
    m_listings.insert(key, job);
    connect(job, &AsyncJob::finished, this, [this, job, key, serverId, path](const Status &result) {
        if (m_listings.value(key) == job)
            m_listings.remove(key);
        job->deleteLater();
        if (!result) {
            if (result.error().kind() != Error::Kind::Cancelled)
                m_model->setDiscoveryFailed(serverId, path, result.error().toString());
            return;
        }
        QStringList names;
        for (const ListingEntry &entry : job->listing().directories())
            names.append(entry.name);
        m_model->setDiscovered(serverId, path, names);
    });
    job->start();
}

void ServerSidebar::onCurrentChanged()
{
    updateButtons();
    const QModelIndex index = m_view->currentIndex();
    if (ServerTreeModel::Level(index.data(ServerTreeModel::LevelRole).toInt())
        != ServerTreeModel::Level::Arch)
        return;
    const ServerEntry *entry = m_model->server(index.data(ServerTreeModel::ServerIdRole).toString());
    const QStringList path = index.data(ServerTreeModel::PathRole).toStringList();
    if (!entry || path.size() != 3)
        return;
    const Result<RepositoryLocation> location =
        RepositoryLocation::create(entry->url, path[0], path[1], path[2]);
    if (!location) {
        emit problem(location.error().toString());
        return;
    }
    emit repositorySelected(*entry, *location);
}

void ServerSidebar::updateButtons()
{
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_removeButton->setEnabled(hasCurrent);
    m_relistButton->setEnabled(hasCurrent);
}

} // namespace apkdesk::ui
