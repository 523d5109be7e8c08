#pragma once

#include "indexes/PackageSearch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace apkdesk::ui {

// The row above the package table: a search field that filters as you type (name,
// description, provides), and origin, maintainer and license choosers (editable, with
// completion: Alpine has thousands of origins). Emits the whole filter on every change.
class PackageFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PackageFilterBar(QWidget *parent = nullptr);

    // The choices of the three combo boxes, from PackageSearch.
    void setChoices(const QStringList &origins, const QStringList &maintainers, const QStringList &licenses);
    PackageFilter filter() const;
    void clearFilter();
    void setShownCount(int shown, int total);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *originCombo() const { return m_origin; }
    QComboBox *maintainerCombo() const { return m_maintainer; }
    QComboBox *licenseCombo() const { return m_license; }
    QLabel *countLabel() const { return m_count; }

signals:
    void filterChanged(const apkdesk::PackageFilter &filter);

private:
    QComboBox *makeCombo(const QString &allText, const char *name);
    static QString comboValue(const QComboBox *combo);
    void emitIfValid();

    QLineEdit *m_search = nullptr;
    QComboBox *m_origin = nullptr;
    QComboBox *m_maintainer = nullptr;
    QComboBox *m_license = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    PackageFilter m_last;
};

} // namespace apkdesk::ui
