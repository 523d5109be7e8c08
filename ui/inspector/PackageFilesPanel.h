#pragma once

#include "packages/ApkPackage.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace apkdesk::ui {

class PackageFileModel;

// The file tree with a filter box; folders stay visible when something below them matches.
class PackageFilesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageFilesPanel(QWidget *parent = nullptr);

    void setPackage(const ApkPackage &package);
    PackageFileModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }

private:
    PackageFileModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace apkdesk::ui
