#include "upload/UploadPackageModel.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace apkdesk::ui {

using Stage = PackageUploadState::Stage;

UploadPackageModel::UploadPackageModel(QObject *parent) : QAbstractTableModel(parent) { }

int UploadPackageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UploadPackageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UploadPackageModel::checkText(const Row &row) const
{
    if (!row.probeError.isEmpty())
        return tr("Unreadable");
    if (!row.checked)
        return tr("Checking…");
    switch (row.package.verdict.kind) {
    case PackageVerdict::Kind::Trusted: return tr("Trusted");
    case PackageVerdict::Kind::Untrusted: return tr("Untrusted key");
    case PackageVerdict::Kind::Unsigned: return tr("Unsigned");
    default: return tr("Broken: %1").arg(row.package.verdict.name());
    }
}

QString UploadPackageModel::statusText(const Row &row) const
{
    if (!row.probeError.isEmpty())
        return row.probeError;
    switch (row.state.stage) {
    case Stage::Ready:
        if (!row.checked)
            return QString();
        return row.package.isSendable(false) ? tr("Ready") : row.package.verdict.describe();
    case Stage::Waiting: return tr("Waiting");
    case Stage::Sending: return tr("Sending…");
    case Stage::Sent: return tr("Sent, checking the index…");
    case Stage::Confirmed: return tr("Confirmed in the signed index");
    case Stage::Refused:
    case Stage::Failed:
    case Stage::Cancelled: return row.state.message;
    }
    return QString();
}

QVariant UploadPackageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const UploadPackage &p = row.package;
    if (role == PathRole)
        return row.path;
    if (role == StageRole)
        return int(row.state.stage);
    if (role == ConfirmedUrlRole)
        return row.state.stage == Stage::Confirmed ? QVariant(row.state.packageUrl) : QVariant();
    if (role == ProgressRole) {
        if (!row.checked || row.state.stage == Stage::Ready || row.state.stage == Stage::Refused)
            return -1;
        if (row.state.stage == Stage::Confirmed || row.state.stage == Stage::Sent)
            return 100;
        return p.size > 0 ? int(row.state.bytesSent * 100 / p.size) : 0;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CheckColumn && row.checked)
            return p.verdict.describe();
        if (index.column() == StatusColumn)
            return statusText(row);
        if (index.column() == FileColumn)
            return row.path;
        return {};
    }
    if (role == Qt::ForegroundRole && (index.column() == StatusColumn || index.column() == CheckColumn)) {
        const bool bad = !row.probeError.isEmpty()
            || (row.checked && index.column() == CheckColumn && !p.isSendable(false))
            || (index.column() == StatusColumn
                && (row.state.stage == Stage::Failed || row.state.stage == Stage::Refused));
        if (bad)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == StatusColumn && row.state.stage == Stage::Confirmed)
            return QBrush(QColor(0x26, 0x80, 0x3c));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn: return QFileInfo(row.path).fileName();
    case PackageColumn: return row.checked ? p.nameVersion() : QString();
    case ArchColumn: return p.arch;
    case CheckColumn: return checkText(row);
    case TargetColumn:
        return row.state.stage == Stage::Ready || row.state.target.arch.isEmpty()
            ? QString()
            : row.state.target.toString();
    case ProgressColumn: return row.checked ? QLocale().formattedDataSize(p.size) : QString();
    case StatusColumn: return statusText(row);
    }
    return {};
}

QVariant UploadPackageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case PackageColumn: return tr("Package");
    case ArchColumn: return tr("Arch");
    case CheckColumn: return tr("Signature");
    case TargetColumn: return tr("Target");
    case ProgressColumn: return tr("Progress");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QList<int> UploadPackageModel::addPaths(const QStringList &paths)
{
    QList<int> added;
    QStringList fresh;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool known =
            std::any_of(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.path == absolute; });
        if (!known && !fresh.contains(absolute))
            fresh << absolute;
    }
    if (fresh.isEmpty())
        return added;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString &path : std::as_const(fresh)) {
        Row row;
        row.path = path;
        m_rows << row;
        added << int(m_rows.size()) - 1;
    }
    endInsertRows();
    return added;
}

void UploadPackageModel::setPackage(int row, const UploadPackage &package)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].package = package;
    m_rows[row].checked = true;
    m_rows[row].probeError.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UploadPackageModel::setProbeError(int row, const QString &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].probeError = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UploadPackageModel::setState(int row, const PackageUploadState &state)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UploadPackageModel::resetStates()
{
    for (Row &row : m_rows)
        row.state = PackageUploadState();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void UploadPackageModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void UploadPackageModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool UploadPackageModel::isChecking() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [](const Row &r) { return !r.checked && r.probeError.isEmpty(); });
}

QList<UploadPackage> UploadPackageModel::checkedPackages(QList<int> *rows) const
{
    QList<UploadPackage> packages;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).checked)
            continue;
        packages << m_rows.at(row).package;
        if (rows)
            *rows << row;
    }
    return packages;
}

} // namespace apkdesk::ui
