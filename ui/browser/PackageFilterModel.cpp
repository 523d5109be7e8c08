#include "browser/PackageFilterModel.h"

#include "browser/PackageTableModel.h"

#include <numeric>

namespace apkdesk::ui {

PackageFilterModel::PackageFilterModel(QObject *parent) : QAbstractProxyModel(parent) { }

PackageFilterModel::~PackageFilterModel() = default;

PackageSortKey PackageFilterModel::sortKeyForColumn(int column)
{
    switch (column) {
    case PackageTableModel::VersionColumn: return PackageSortKey::Version;
    case PackageTableModel::ArchColumn: return PackageSortKey::Arch;
    case PackageTableModel::SizeColumn: return PackageSortKey::Size;
    case PackageTableModel::InstalledSizeColumn: return PackageSortKey::InstalledSize;
    case PackageTableModel::BuildDateColumn: return PackageSortKey::BuildTime;
    case PackageTableModel::OriginColumn: return PackageSortKey::Origin;
    case PackageTableModel::MaintainerColumn: return PackageSortKey::Maintainer;
    case PackageTableModel::LicenseColumn: return PackageSortKey::License;
    default: return PackageSortKey::Name;
    }
}

void PackageFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (QAbstractItemModel *old = this->sourceModel())
        old->disconnect(this);
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        // The package table only ever resets (a new index replaces the old one).
        connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this,
                &PackageFilterModel::beginResetModel);
        connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] {
            rebuildOrder();
            refilter();
            endResetModel();
        });
    }
    rebuildOrder();
    refilter();
    endResetModel();
}

void PackageFilterModel::setSearch(std::shared_ptr<PackageSearch> search)
{
    beginResetModel();
    m_search = std::move(search);
    rebuildOrder();
    refilter();
    endResetModel();
}

void PackageFilterModel::setFilter(const PackageFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    refilter();
    endResetModel();
}

void PackageFilterModel::setFilterText(const QString &text)
{
    PackageFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void PackageFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PackageTableModel::ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_order.empty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &index : before)
        sourceRows.append(sourceRowOf(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    refilter();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = proxyRowOf(sourceRows[i]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int PackageFilterModel::proxyRowOf(int sourceRow) const
{
    return sourceRow >= 0 && size_t(sourceRow) < m_proxyRowOf.size() ? m_proxyRowOf[size_t(sourceRow)] : -1;
}

int PackageFilterModel::sourceRowOf(int proxyRow) const
{
    return proxyRow >= 0 && size_t(proxyRow) < m_rows.size() ? m_rows[size_t(proxyRow)] : -1;
}

void PackageFilterModel::rebuildOrder()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(size_t(count));
    std::iota(m_order.begin(), m_order.end(), PackageId(0));
    // The search indexes the same packages as the table; a stale one (mid-swap) is ignored.
    if (m_search && m_search->graph().packageCount() == count)
        m_search->sort(m_order, sortKeyForColumn(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
}

void PackageFilterModel::refilter()
{
    const int count = int(m_order.size());
    std::vector<int> rows;
    const bool searchable = m_search && m_search->graph().packageCount() == count;
    if (!searchable || m_filter == PackageFilter()) {
        rows.assign(m_order.begin(), m_order.end());
    } else {
        const std::vector<PackageId> &matches = m_search->search(m_filter);
        m_matchScratch.assign(size_t(count), 0);
        for (PackageId id : matches) {
            if (id < PackageId(count))
                m_matchScratch[id] = 1;
        }
        rows.reserve(matches.size());
        for (PackageId id : m_order) {
            if (m_matchScratch[id])
                rows.push_back(int(id));
        }
    }
    apply(std::move(rows));
}

void PackageFilterModel::apply(std::vector<int> rows)
{
    m_rows = std::move(rows);
    m_proxyRowOf.assign(m_order.size(), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRowOf[size_t(m_rows[i])] = int(i);
    emit rowsFiltered(int(m_rows.size()), int(m_order.size()));
}

QModelIndex PackageFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    const int row = sourceRowOf(proxyIndex.row());
    return row < 0 ? QModelIndex() : sourceModel()->index(row, proxyIndex.column());
}

QModelIndex PackageFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex PackageFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PackageFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int PackageFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool PackageFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace apkdesk::ui
