#pragma once

#include "browser/ServerEntry.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace apkdesk::ui {

// The sidebar: configured servers as trees, server > version > repository > arch. Levels
// below a server are discovered lazily: expanding a node that was never listed asks for
// it with discoveryRequested(), and the owner answers with setDiscovered() or
// setDiscoveryFailed(). Nodes are addressed by (server id, path) in those calls, so an
// answer for a server removed meanwhile is simply dropped.
class ServerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Level { Server, Version, Repository, Arch };
    enum class State { NotListed, Listing, Listed, Failed };
    enum Role {
        LevelRole = Qt::UserRole + 1,
        StateRole,
        UrlRole, // the node's folder URL (for an arch: the folder holding APKINDEX.tar.gz)
        ServerIdRole,
        PathRole, // QStringList: version, repository, arch as far as the node goes
        ErrorRole,
    };

    explicit ServerTreeModel(QObject *parent = nullptr);
    ~ServerTreeModel() override;

    void setServers(const QList<ServerEntry> &servers);
    QList<ServerEntry> servers() const;
    QModelIndex addServer(const ServerEntry &server);
    void removeServer(const QString &serverId);
    const ServerEntry *server(const QString &serverId) const;

    QModelIndex indexFor(const QString &serverId, const QStringList &path) const;
    // Forgets what was listed below `index` so the next expansion lists it again.
    void relist(const QModelIndex &index);

    void setDiscovered(const QString &serverId, const QStringList &path, const QStringList &children);
    void setDiscoveryFailed(const QString &serverId, const QStringList &path, const QString &message);

    // The folder URL of a node: server URL + path, each level a directory.
    static QUrl folderUrl(const QUrl &serverUrl, const QStringList &path);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void discoveryRequested(const QString &serverId, const QStringList &path, const QUrl &folderUrl);

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    Node *findNode(const QString &serverId, const QStringList &path) const;
    QModelIndex indexOf(const Node *node) const;
    int rowOf(const Node *node) const;
    void addChildren(Node *node, const QStringList &names);
    void startListing(Node *node);
    static std::unique_ptr<Node> makeServerNode(const ServerEntry &entry);

    std::vector<std::unique_ptr<Node>> m_servers;
};

} // namespace apkdesk::ui
