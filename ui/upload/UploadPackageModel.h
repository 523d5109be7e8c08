#pragma once

#include "upload/UploadPackage.h"

#include <QAbstractTableModel>

namespace apkdesk::ui {

// The packages picked for upload, with what the local check said and where each one stands
// in the upload (progress, result). Rows that are still being checked have no package data
// yet (checking == true).
class UploadPackageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        PackageColumn,
        ArchColumn,
        CheckColumn,
        TargetColumn,
        ProgressColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        ProgressRole = Qt::UserRole + 1, // 0..100, or -1 when no bar is shown
        StageRole, // PackageUploadState::Stage as int
        PathRole,
        ConfirmedUrlRole, // where the confirmed package is served
    };

    explicit UploadPackageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A row per path, "checking" until setPackage() fills it. Paths already listed are skipped;
    // returns the rows added.
    QList<int> addPaths(const QStringList &paths);
    void setPackage(int row, const UploadPackage &package);
    void setProbeError(int row, const QString &message);
    void setState(int row, const PackageUploadState &state);
    void resetStates();
    void removeRows(QList<int> rows);
    void clear();

    bool isChecking() const;
    QString path(int row) const { return m_rows.value(row).path; }
    // The packages ready to go (checked), in row order, with their row numbers.
    QList<UploadPackage> checkedPackages(QList<int> *rows = nullptr) const;
    const PackageUploadState &state(int row) const { return m_rows.at(row).state; }
    const UploadPackage &package(int row) const { return m_rows.at(row).package; }
    bool hasPackage(int row) const { return m_rows.at(row).checked; }

private:
    struct Row
    {
        QString path;
        bool checked = false;
        QString probeError;
        UploadPackage package;
        PackageUploadState state;
    };
    QString checkText(const Row &row) const;
    QString statusText(const Row &row) const;
    QList<Row> m_rows;
};

} // namespace apkdesk::ui
