#pragma once

#include "packages/ApkPackage.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace apkdesk::ui {

// What the package is: name, version, description, URL, license, origin, maintainer,
// build date in local time, sizes in human units, arch, commit; then its relations
// (depends, provides, replaces, install_if, triggers) as a tree.
class PackageOverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageOverviewPanel(QWidget *parent = nullptr);

    void setPackage(const ApkPackage &package);
    QTreeWidget *relationsTree() const { return m_relations; }
    // The text shown for a field ("Build date", "Installed size", ...), for tests.
    QString fieldText(const QString &label) const;

    static QString formatBuildDate(qint64 secondsSinceEpoch);

private:
    void setRow(int row, const QString &text, bool link = false);

    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_values;
    QStringList m_labels;
    QTreeWidget *m_relations = nullptr;
};

} // namespace apkdesk::ui
