#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace apkdesk::ui {

// Past uploads from the history file, newest first: one row per upload with its packages
// below it. Read-only; "Clear" empties the file.
class UploadHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UploadHistoryWidget(const QString &historyPath = {}, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

public slots:
    void reload();

private:
    void clearHistory();

    QString m_path;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace apkdesk::ui
