#pragma once

#include "packages/ApkPackage.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace apkdesk::ui {

// The data entries of a package as a folder tree: name, size, mode, owner, checksum state
// and link target. Folders that the tar does not list explicitly are still shown.
class PackageFileModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SizeColumn,
        ModeColumn,
        OwnerColumn,
        ChecksumColumn,
        TargetColumn,
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the full path, for filtering
        SortRole, // raw value: size as qlonglong, names lower-cased
        ChecksumStateRole, // int: DataEntry::Checksum, -1 for implicit folders
    };

    explicit PackageFileModel(QObject *parent = nullptr);
    ~PackageFileModel() override;

    void setEntries(const QList<DataEntry> &entries);
    void clear();
    int entryCount() const { return int(m_entries.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "rwxr-xr-x"-style mode with the type letter, e.g. "drwxr-x---" or "-rwsr-xr-x".
    static QString modeString(const TarEntry &entry);

private:
    struct Node
    {
        QString name;
        QString path;
        int entry = -1; // index in m_entries, -1 for a folder only implied by its children
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeFor(const QModelIndex &index) const;
    Node *ensurePath(const QString &path);

    QList<DataEntry> m_entries;
    QHash<QString, Node *> m_byPath;
    std::unique_ptr<Node> m_root;
};

} // namespace apkdesk::ui
