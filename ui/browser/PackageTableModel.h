#pragma once

#include "indexes/ApkIndex.h"

#include <QAbstractTableModel>

namespace apkdesk::ui {

// The rows of one APKINDEX as a flat table. No per-row objects: every cell is read from
// the index's compact storage when the view asks for it, so 33,000 rows cost nothing to
// show. Filtering and ordering happen in PackageFilterModel on top.
class PackageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VersionColumn,
        ArchColumn,
        SizeColumn,
        InstalledSizeColumn,
        BuildDateColumn,
        OriginColumn,
        MaintainerColumn,
        LicenseColumn,
        ColumnCount
    };
    enum Role {
        EntryRowRole = Qt::UserRole + 1, // int: the row in the ApkIndex
        SortRole, // raw value for sorting: bytes as qulonglong, time as qlonglong
    };

    explicit PackageTableModel(QObject *parent = nullptr);

    void setIndex(const ApkIndex &index);
    const ApkIndex &apkIndex() const { return m_index; }
    IndexEntry entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Name <mail>" -> "Name": the table shows the person, the tooltip the address.
    static QString maintainerName(const QString &maintainer);
    static QString formatBuildTime(qint64 secondsSinceEpoch);

private:
    QVariant display(const IndexEntry &entry, int column) const;

    ApkIndex m_index;
};

} // namespace apkdesk::ui
