#pragma once

#include <QDialog>

namespace apkdesk::ui {

// Version of Apkdesk and of every library it runs on, selectable for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString versionReport();
};

} // namespace apkdesk::ui
