#pragma once

#include "packages/ApkPackage.h"

#include <QAbstractTableModel>

namespace apkdesk::ui {

// Every signature entry of a package with its own state; the one apk checks is marked.
class SignatureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EntryColumn, TypeColumn, KeyColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 }; // int: SignatureRecord::State

    explicit SignatureTableModel(QObject *parent = nullptr);

    void setPackage(const ApkPackage &package);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(SignatureRecord::State state);

private:
    std::vector<SignatureRecord> m_records;
    int m_decisive = -1;
};

} // namespace apkdesk::ui
