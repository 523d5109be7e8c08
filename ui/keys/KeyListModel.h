#pragma once

#include "keys/KeyRing.h"

#include <QAbstractTableModel>
#include <QList>

namespace apkdesk::ui {

// Private keys and trusted public keys in one table (KeyRing entries).
class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FingerprintColumn,
        SizeColumn,
        CreatedColumn,
        PrivateColumn,
        TrustColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role { FingerprintRole = Qt::UserRole + 1, HasPrivateRole, WarningRole };

    explicit KeyListModel(QObject *parent = nullptr);

    void setEntries(QList<KeyEntry> entries);
    const QList<KeyEntry> &entries() const { return m_entries; }
    const KeyEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The warnings a user should see for a key, in words (empty when all is well).
    static QStringList warningsFor(const KeyEntry &entry);

private:
    QList<KeyEntry> m_entries;
};

} // namespace apkdesk::ui
