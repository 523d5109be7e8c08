#include "browser/PackageTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace apkdesk::ui {

PackageTableModel::PackageTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void PackageTableModel::setIndex(const ApkIndex &index)
{
    beginResetModel();
    m_index = index;
    endResetModel();
}

IndexEntry PackageTableModel::entry(int row) const
{
    return row >= 0 && row < m_index.size() ? m_index.entry(row) : IndexEntry();
}

int PackageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_index.size();
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PackageTableModel::maintainerName(const QString &maintainer)
{
    const qsizetype lt = maintainer.indexOf(QLatin1Char('<'));
    if (lt <= 0)
        return maintainer;
    return maintainer.left(lt).trimmed();
}

QString PackageTableModel::formatBuildTime(qint64 secondsSinceEpoch)
{
    if (secondsSinceEpoch <= 0)
        return {};
    // UTC: build machines and users sit in different zones; the index records UTC seconds.
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant PackageTableModel::display(const IndexEntry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn: return entry.name();
    case VersionColumn: return entry.version();
    case ArchColumn: return entry.arch();
    case SizeColumn: return entry.hasField('S') ? locale.formattedDataSize(qint64(entry.size())) : QString();
    case InstalledSizeColumn:
        return entry.hasField('I') ? locale.formattedDataSize(qint64(entry.installedSize())) : QString();
    case BuildDateColumn:
        return formatBuildTime(entry.buildTime()).left(10); // the day; the time is in the tooltip
    case OriginColumn: return entry.origin();
    case MaintainerColumn: return maintainerName(entry.maintainer());
    case LicenseColumn: return entry.license();
    default: return {};
    }
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexEntry entry = m_index.entry(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(entry, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return entry.description();
        case MaintainerColumn: return entry.maintainer();
        case BuildDateColumn:
            return entry.buildTime() > 0
                ? QVariant(formatBuildTime(entry.buildTime()) + QStringLiteral(" UTC"))
                : QVariant();
        case SizeColumn:
            return entry.hasField('S') ? tr("%1 bytes").arg(QLocale().toString(qulonglong(entry.size())))
                                       : QVariant();
        case InstalledSizeColumn:
            return entry.hasField('I')
                ? tr("%1 bytes").arg(QLocale().toString(qulonglong(entry.installedSize())))
                : QVariant();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == InstalledSizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryRowRole: return index.row();
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return qulonglong(entry.size());
        case InstalledSizeColumn: return qulonglong(entry.installedSize());
        case BuildDateColumn: return qlonglong(entry.buildTime());
        default: return display(entry, index.column());
        }
    default: return {};
    }
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case VersionColumn: return tr("Version");
    case ArchColumn: return tr("Arch");
    case SizeColumn: return tr("Size");
    case InstalledSizeColumn: return tr("Installed");
    case BuildDateColumn: return tr("Build date");
    case OriginColumn: return tr("Origin");
    case MaintainerColumn: return tr("Maintainer");
    case LicenseColumn: return tr("License");
    default: return {};
    }
}

} // namespace apkdesk::ui
