#pragma once

#include "browser/ServerEntry.h"

#include "repositories/RepositoryLocation.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QTreeView;
class QToolButton;

namespace apkdesk {
class NetworkAccess;
class ListingJob;
} // namespace apkdesk

namespace apkdesk::ui {

class ServerTreeModel;

// The left column of the browser: configured servers as trees, discovered level by level
// from their directory listings (one ListingJob per expanded folder), with the buttons to
// add a server by URL, import /etc/apk/repositories, remove a server and list again.
// Remembers the servers in QSettings. Choosing an architecture emits repositorySelected().
class ServerSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit ServerSidebar(NetworkAccess *network, QWidget *parent = nullptr);
    ~ServerSidebar() override;

    ServerTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    void loadSettings();
    // Adds a server (remembered unless transient) and starts listing it. Returns its id.
    QString addServer(const ServerEntry &server);
    void removeServer(const QString &serverId);
    // Imports the repository lines of an /etc/apk/repositories file; returns a message for
    // the user about lines that could not be used (empty when all were fine).
    Result<QString> importRepositoriesFile(const QString &path);
    // Expands down to an arch node and selects it (it may need listing first: the
    // selection happens when the listing arrives).
    void selectArch(const QString &serverId, const QStringList &path);

    const ServerEntry *server(const QString &serverId) const;
    // A configured server at `base` that shows `repository`, or an empty id.
    QString findServer(const QUrl &base, const ServerEntry::Pinned &repository) const;
    QString currentServerId() const;

public slots:
    void showAddServerDialog();
    void showImportDialog();
    void removeCurrentServer();
    void relistCurrent();

signals:
    void repositorySelected(const apkdesk::ui::ServerEntry &server,
                            const apkdesk::RepositoryLocation &location);
    // Something the user should read, shown by the view in its message bar.
    void problem(const QString &message);

private:
    void onDiscoveryRequested(const QString &serverId, const QStringList &path, const QUrl &url);
    void onCurrentChanged();
    void saveSettings();
    void applyCaFile(const ServerEntry &server);
    void updateButtons();
    void continuePendingSelection();

    NetworkAccess *m_network;
    ServerTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_importButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_relistButton = nullptr;
    QHash<QString, QPointer<ListingJob>> m_listings; // by "serverId/path"
    QString m_pendingServer;
    QStringList m_pendingPath;
};

} // namespace apkdesk::ui
