#include "inspector/PackageFileModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QStyle>

namespace apkdesk::ui {

namespace {

QString cleanPath(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

PackageFileModel::PackageFileModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{ }

PackageFileModel::~PackageFileModel() = default;

void PackageFileModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    endResetModel();
}

PackageFileModel::Node *PackageFileModel::ensurePath(const QString &path)
{
    if (Node *known = m_byPath.value(path))
        return known;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    Node *parent = slash < 0 ? m_root.get() : ensurePath(path.left(slash));
    auto created = std::make_unique<Node>();
    created->name = slash < 0 ? path : path.mid(slash + 1);
    created->path = path;
    created->parent = parent;
    created->row = int(parent->children.size());
    Node *node = created.get();
    parent->children.push_back(std::move(created));
    m_byPath.insert(path, node);
    return node;
}

void PackageFileModel::setEntries(const QList<DataEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    for (int i = 0; i < m_entries.size(); ++i) {
        QString path = cleanPath(m_entries.at(i).tar.path);
        path = path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
        if (path.isEmpty())
            continue;
        Node *node = ensurePath(path);
        if (node->entry < 0)
            node->entry = i; // a duplicate keeps the first entry; the reader reports duplicates
    }
    endResetModel();
}

PackageFileModel::Node *PackageFileModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PackageFileModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex PackageFileModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    Node *parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int PackageFileModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int PackageFileModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PackageFileModel::modeString(const TarEntry &entry)
{
    QString s(10, QLatin1Char('-'));
    switch (entry.type) {
    case TarEntry::Type::Directory: s[0] = QLatin1Char('d'); break;
    case TarEntry::Type::Symlink: s[0] = QLatin1Char('l'); break;
    case TarEntry::Type::CharDevice: s[0] = QLatin1Char('c'); break;
    case TarEntry::Type::BlockDevice: s[0] = QLatin1Char('b'); break;
    case TarEntry::Type::Fifo: s[0] = QLatin1Char('p'); break;
    case TarEntry::Type::HardLink: s[0] = QLatin1Char('h'); break;
    default: break;
    }
    const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (entry.mode & (0400u >> i))
            s[i + 1] = QLatin1Char(letters[i]);
    }
    if (entry.mode & 04000)
        s[3] = (entry.mode & 0100) ? QLatin1Char('s') : QLatin1Char('S');
    if (entry.mode & 02000)
        s[6] = (entry.mode & 010) ? QLatin1Char('s') : QLatin1Char('S');
    if (entry.mode & 01000)
        s[9] = (entry.mode & 01) ? QLatin1Char('t') : QLatin1Char('T');
    return s;
}

QVariant PackageFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const DataEntry *entry = node->entry >= 0 ? &m_entries.at(node->entry) : nullptr;
    const int column = index.column();

    if (role == PathRole)
        return node->path;
    if (role == ChecksumStateRole)
        return entry ? int(entry->checksum) : -1;
    if (role == SortRole) {
        if (column == SizeColumn)
            return entry ? entry->tar.size : qint64(0);
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == Qt::DecorationRole && column == NameColumn) {
        QStyle *style = QApplication::style();
        if (!entry || entry->tar.isDir() || !node->children.empty())
            return style->standardIcon(QStyle::SP_DirIcon);
        if (entry->tar.isSymlink())
            return style->standardIcon(QStyle::SP_FileLinkIcon);
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    if (role == Qt::ForegroundRole && column == ChecksumColumn && entry) {
        if (entry->checksum == DataEntry::Checksum::Mismatch)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (entry->checksum == DataEntry::Checksum::Match)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (!entry)
            return tr("%1 (folder not listed in the package)").arg(node->path);
        if (column == ChecksumColumn && !entry->tar.paxSha1.isEmpty())
            return tr("Recorded SHA-1: %1\nComputed SHA-1: %2")
                .arg(QString::fromLatin1(entry->tar.paxSha1), QString::fromLatin1(entry->contentSha1));
        QString tip = entry->tar.path;
        if (!entry->tar.xattrs.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Extended attributes:");
            for (const auto &[name, value] : entry->tar.xattrs)
                tip += QStringLiteral("\n  %1 = %2").arg(name, QString::fromLatin1(value.toHex()));
        }
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return node->name;
    case SizeColumn:
        if (!entry || !entry->tar.isFile())
            return {};
        return QLocale().formattedDataSize(entry->tar.size);
    case ModeColumn:
        return entry ? QStringLiteral("%1  %2")
                           .arg(modeString(entry->tar))
                           .arg(entry->tar.mode, 4, 8, QLatin1Char('0'))
                     : QString();
    case OwnerColumn:
        return entry ? QStringLiteral("%1:%2").arg(
                   entry->tar.uname.isEmpty() ? QString::number(entry->tar.uid) : entry->tar.uname,
                   entry->tar.gname.isEmpty() ? QString::number(entry->tar.gid) : entry->tar.gname)
                     : QString();
    case ChecksumColumn:
        if (!entry)
            return {};
        switch (entry->checksum) {
        case DataEntry::Checksum::Match: return tr("✓ SHA-1 matches");
        case DataEntry::Checksum::Mismatch: return tr("✗ SHA-1 MISMATCH");
        case DataEntry::Checksum::Missing: return tr("no checksum");
        case DataEntry::Checksum::NotApplicable: return {};
        }
        return {};
    case TargetColumn:
        if (!entry || entry->tar.linkTarget.isEmpty())
            return {};
        return entry->tar.isHardLink() ? tr("hardlink to %1").arg(entry->tar.linkTarget)
                                       : QStringLiteral("→ %1").arg(entry->tar.linkTarget);
    default: return {};
    }
}

QVariant PackageFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ModeColumn: return tr("Mode");
    case OwnerColumn: return tr("Owner");
    case ChecksumColumn: return tr("Checksum");
    case TargetColumn: return tr("Link");
    default: return {};
    }
}

} // namespace apkdesk::ui
