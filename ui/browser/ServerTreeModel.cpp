#include "browser/ServerTreeModel.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace apkdesk::ui {

struct ServerTreeModel::Node
{
    Level level = Level::Server;
    QString name;
    State state = State::NotListed;
    QString error;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    ServerEntry server; // only on Level::Server

    QStringList path() const
    {
        QStringList out;
        for (const Node *node = this; node && node->level != Level::Server; node = node->parent)
            out.prepend(node->name);
        return out;
    }
    const Node *root() const
    {
        const Node *node = this;
        while (node->parent)
            node = node->parent;
        return node;
    }
};

namespace {

// Alpine's own order: edge first, then releases newest first; main before community
// before testing. Anything else follows alphabetically.
int versionRank(const QString &name)
{
    return name == QLatin1String("edge") ? 0 : 1;
}

QList<int> versionNumbers(const QString &name)
{
    QList<int> numbers;
    const QString bare = name.startsWith(QLatin1Char('v')) ? name.mid(1) : name;
    for (const QString &part : bare.split(QLatin1Char('.'))) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok)
            return {};
        numbers.append(n);
    }
    return numbers;
}

bool versionBefore(const QString &a, const QString &b)
{
    if (versionRank(a) != versionRank(b))
        return versionRank(a) < versionRank(b);
    const QList<int> na = versionNumbers(a), nb = versionNumbers(b);
    if (!na.isEmpty() && !nb.isEmpty() && na != nb)
        return nb < na; // newest first
    if (na.isEmpty() != nb.isEmpty())
        return !na.isEmpty();
    return a < b;
}

int repositoryRank(const QString &name)
{
    static const QStringList known { QStringLiteral("main"), QStringLiteral("community"),
                                     QStringLiteral("testing") };
    const qsizetype i = known.indexOf(name);
    return i < 0 ? int(known.size()) : int(i);
}

bool repositoryBefore(const QString &a, const QString &b)
{
    if (repositoryRank(a) != repositoryRank(b))
        return repositoryRank(a) < repositoryRank(b);
    return a < b;
}

ServerTreeModel::Level childLevel(ServerTreeModel::Level level)
{
    using L = ServerTreeModel::Level;
    switch (level) {
    case L::Server: return L::Version;
    case L::Version: return L::Repository;
    case L::Repository:
    case L::Arch: return L::Arch;
    }
    return L::Arch;
}

} // namespace

ServerTreeModel::ServerTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

ServerTreeModel::~ServerTreeModel() = default;

QUrl ServerTreeModel::folderUrl(const QUrl &serverUrl, const QStringList &path)
{
    QUrl url = serverUrl;
    QString urlPath = url.path();
    if (!urlPath.endsWith(QLatin1Char('/')))
        urlPath += QLatin1Char('/');
    for (const QString &part : path)
        urlPath += part + QLatin1Char('/');
    url.setPath(urlPath);
    return url;
}

std::unique_ptr<ServerTreeModel::Node> ServerTreeModel::makeServerNode(const ServerEntry &entry)
{
    auto server = std::make_unique<Node>();
    server->server = entry;
    server->name = entry.displayName();
    if (entry.pinned.isEmpty())
        return server;
    // Imported servers show only the version/repository pairs their lines named.
    server->state = State::Listed;
    for (const auto &pin : entry.pinned) {
        Node *version = nullptr;
        for (const auto &child : server->children) {
            if (child->name == pin.version)
                version = child.get();
        }
        if (!version) {
            auto child = std::make_unique<Node>();
            child->level = Level::Version;
            child->name = pin.version;
            child->state = State::Listed;
            child->parent = server.get();
            server->children.push_back(std::move(child));
            version = server->children.back().get();
        }
        auto repo = std::make_unique<Node>();
        repo->level = Level::Repository;
        repo->name = pin.repository;
        repo->parent = version;
        version->children.push_back(std::move(repo));
    }
    return server;
}

void ServerTreeModel::setServers(const QList<ServerEntry> &servers)
{
    beginResetModel();
    m_servers.clear();
    for (const ServerEntry &entry : servers)
        m_servers.push_back(makeServerNode(entry));
    endResetModel();
}

QList<ServerEntry> ServerTreeModel::servers() const
{
    QList<ServerEntry> out;
    for (const auto &node : m_servers)
        out.append(node->server);
    return out;
}

QModelIndex ServerTreeModel::addServer(const ServerEntry &server)
{
    const int row = int(m_servers.size());
    beginInsertRows({}, row, row);
    m_servers.push_back(makeServerNode(server));
    endInsertRows();
    return index(row, 0);
}

void ServerTreeModel::removeServer(const QString &serverId)
{
    for (size_t row = 0; row < m_servers.size(); ++row) {
        if (m_servers[row]->server.id != serverId)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_servers.erase(m_servers.begin() + qsizetype(row));
        endRemoveRows();
        return;
    }
}

const ServerEntry *ServerTreeModel::server(const QString &serverId) const
{
    for (const auto &node : m_servers) {
        if (node->server.id == serverId)
            return &node->server;
    }
    return nullptr;
}

ServerTreeModel::Node *ServerTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

ServerTreeModel::Node *ServerTreeModel::findNode(const QString &serverId, const QStringList &path) const
{
    Node *node = nullptr;
    for (const auto &server : m_servers) {
        if (server->server.id == serverId)
            node = server.get();
    }
    for (const QString &part : path) {
        if (!node)
            return nullptr;
        Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->name == part)
                next = child.get();
        }
        node = next;
    }
    return node;
}

QModelIndex ServerTreeModel::indexFor(const QString &serverId, const QStringList &path) const
{
    return indexOf(findNode(serverId, path));
}

int ServerTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent ? node->parent->children : m_servers;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex ServerTreeModel::indexOf(const Node *node) const
{
    if (!node)
        return {};
    const int row = rowOf(node);
    return row < 0 ? QModelIndex() : createIndex(row, 0, const_cast<Node *>(node));
}

void ServerTreeModel::relist(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (!node || node->level == Level::Arch)
        return;
    if (!node->children.empty()) {
        beginRemoveRows(index, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->state = State::NotListed;
    node->error.clear();
    emit dataChanged(index, index);
    startListing(node);
}

void ServerTreeModel::addChildren(Node *node, const QStringList &names)
{
    QStringList sorted = names;
    sorted.removeDuplicates();
    sorted.removeAll(QString());
    switch (node->level) {
    case Level::Server: std::sort(sorted.begin(), sorted.end(), versionBefore); break;
    case Level::Version: std::sort(sorted.begin(), sorted.end(), repositoryBefore); break;
    default: std::sort(sorted.begin(), sorted.end()); break;
    }
    if (sorted.isEmpty())
        return;
    const QModelIndex parentIndex = indexOf(node);
    beginInsertRows(parentIndex, 0, int(sorted.size()) - 1);
    for (const QString &name : std::as_const(sorted)) {
        auto child = std::make_unique<Node>();
        child->level = childLevel(node->level);
        child->name = name;
        child->parent = node;
        if (child->level == Level::Arch)
            child->state = State::Listed;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

void ServerTreeModel::setDiscovered(const QString &serverId, const QStringList &path,
                                    const QStringList &children)
{
    Node *node = findNode(serverId, path);
    if (!node || node->state == State::Listed)
        return;
    // Children first, then the state: whoever reacts to the "listed" change finds them.
    addChildren(node, children);
    node->state = State::Listed;
    node->error.clear();
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index);
}

void ServerTreeModel::setDiscoveryFailed(const QString &serverId, const QStringList &path,
                                         const QString &message)
{
    Node *node = findNode(serverId, path);
    if (!node)
        return;
    node->state = State::Failed;
    node->error = message;
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index);
}

void ServerTreeModel::startListing(Node *node)
{
    if (node->state == State::Listing || node->state == State::Listed)
        return;
    node->state = State::Listing;
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index);
    const Node *root = node->root();
    emit discoveryRequested(root->server.id, node->path(), folderUrl(root->server.url, node->path()));
}

QModelIndex ServerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_servers.size()) ? createIndex(row, 0, m_servers[size_t(row)].get())
                                           : QModelIndex();
    const Node *node = nodeFor(parent);
    if (parent.column() != 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex ServerTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int ServerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_servers.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ServerTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ServerTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_servers.empty();
    if (parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->level == Level::Arch)
        return false;
    // Unlisted nodes show an expander so the user can open them (which lists them).
    return node->state != State::Listed || !node->children.empty();
}

bool ServerTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return node && parent.column() == 0 && node->level != Level::Arch && node->state == State::NotListed;
}

void ServerTreeModel::fetchMore(const QModelIndex &parent)
{
    if (Node *node = nodeFor(parent); node && canFetchMore(parent))
        startListing(node);
}

QVariant ServerTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node || index.column() != 0)
        return {};
    const ServerEntry &server = node->root()->server;
    switch (role) {
    case Qt::DisplayRole:
        if (node->state == State::Listing)
            return tr("%1 (listing…)").arg(node->name);
        return node->name;
    case Qt::ToolTipRole: {
        const QString url = folderUrl(server.url, node->path()).toDisplayString();
        if (node->state == State::Failed)
            return tr("%1\nCould not list this folder: %2").arg(url, node->error);
        if (node->state == State::Listed && node->children.empty() && node->level != Level::Arch)
            return tr("%1\nNothing found in this folder").arg(url);
        return url;
    }
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        if (node->state == State::Failed)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        switch (node->level) {
        case Level::Server:
            return server.url.isLocalFile() ? style->standardIcon(QStyle::SP_DriveHDIcon)
                                            : style->standardIcon(QStyle::SP_DriveNetIcon);
        case Level::Version:
        case Level::Repository: return style->standardIcon(QStyle::SP_DirIcon);
        case Level::Arch: return style->standardIcon(QStyle::SP_FileDialogContentsView);
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (node->state == State::Failed)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case LevelRole: return int(node->level);
    case StateRole: return int(node->state);
    case UrlRole: return folderUrl(server.url, node->path());
    case ServerIdRole: return server.id;
    case PathRole: return node->path();
    case ErrorRole: return node->error;
    default: return {};
    }
}

} // namespace apkdesk::ui
