#pragma once

#include "packages/ApkPackage.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace apkdesk::ui {

// The control files a maintainer must read before trusting a package: .PKGINFO and the
// install scripts, in a read-only viewer with shell highlighting.
class PackageScriptsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageScriptsPanel(QWidget *parent = nullptr);

    void setPackage(const ApkPackage &package);
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *viewer() const { return m_viewer; }

private:
    void show(int row);

    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_viewer = nullptr;
    QList<QByteArray> m_contents;
};

} // namespace apkdesk::ui
