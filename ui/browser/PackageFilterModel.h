#pragma once

#include "indexes/PackageSearch.h"

#include <QAbstractProxyModel>

#include <memory>
#include <vector>

namespace apkdesk::ui {

// Narrows and orders the package table with core's PackageSearch (the same rules as the
// CLI's `search`). The full order for the current sort column is computed once per sort
// change; a keystroke then costs one search (incremental in core) and one linear pass that
// keeps the matching rows in that order, so typing stays instant over 33,000 rows.
// The source must be a PackageTableModel whose rows are the graph's package ids.
class PackageFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit PackageFilterModel(QObject *parent = nullptr);
    ~PackageFilterModel() override;

    // The search over the source's packages; nullptr shows every row unfiltered.
    void setSearch(std::shared_ptr<PackageSearch> search);
    const std::shared_ptr<PackageSearch> &search() const { return m_search; }

    void setFilter(const PackageFilter &filter);
    const PackageFilter &filter() const { return m_filter; }
    void setFilterText(const QString &text);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static PackageSortKey sortKeyForColumn(int column);

    // The proxy row showing source row `sourceRow`, -1 when it is filtered out.
    int proxyRowOf(int sourceRow) const;
    int sourceRowOf(int proxyRow) const;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every change of the visible rows: how many are shown.
    void rowsFiltered(int shown, int total);

private:
    void rebuildOrder();
    void refilter();
    void apply(std::vector<int> rows);

    std::shared_ptr<PackageSearch> m_search;
    PackageFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<PackageId> m_order; // every source row in the sort order
    std::vector<int> m_rows; // proxy row -> source row
    std::vector<int> m_proxyRowOf; // source row -> proxy row or -1
    std::vector<quint8> m_matchScratch; // reused per keystroke
    QMetaObject::Connection m_resetConnection;
};

} // namespace apkdesk::ui
