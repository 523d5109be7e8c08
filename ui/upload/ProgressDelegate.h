#pragma once

#include <QStyledItemDelegate>

namespace apkdesk::ui {

// Paints a progress bar from an integer role (0..100; negative: plain text instead).
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace apkdesk::ui
