#include "browser/PackageFilterBar.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

namespace apkdesk::ui {

PackageFilterBar::PackageFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("packageSearch"));
    m_search->setPlaceholderText(tr("Search names, descriptions and provides (so:, cmd:, pc:)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);

    m_origin = makeCombo(tr("All origins"), "originFilter");
    m_maintainer = makeCombo(tr("All maintainers"), "maintainerFilter");
    m_license = makeCombo(tr("All licenses"), "licenseFilter");

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every package again"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &PackageFilterBar::clearFilter);

    // Shown by the owner (below the table), where it does not take room from the filters.
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("packageCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("00,000 of 00,000")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_origin, 1);
    layout->addWidget(m_maintainer, 1);
    layout->addWidget(m_license, 1);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, this, &PackageFilterBar::emitIfValid);
}

QComboBox *PackageFilterBar::makeCombo(const QString &allText, const char *name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    combo->setMaxVisibleItems(20);
    combo->lineEdit()->setPlaceholderText(allText);
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setModel(new QStringListModel(combo));
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    connect(combo, &QComboBox::currentTextChanged, this, &PackageFilterBar::emitIfValid);
    return combo;
}

void PackageFilterBar::setChoices(const QStringList &origins, const QStringList &maintainers,
                                  const QStringList &licenses)
{
    const QSignalBlocker b1(m_origin), b2(m_maintainer), b3(m_license);
    auto fill = [](QComboBox *combo, const QStringList &values) {
        // The empty first entry is "all": choosing it, or clearing the text, stops filtering.
        static_cast<QStringListModel *>(combo->model())->setStringList(QStringList { QString() } + values);
        combo->setCurrentIndex(0);
    };
    fill(m_origin, origins);
    fill(m_maintainer, maintainers);
    fill(m_license, licenses);
    emitIfValid();
}

QString PackageFilterBar::comboValue(const QComboBox *combo)
{
    const QString text = combo->currentText();
    // Only exact values filter: half-typed text waits for the completion.
    return combo->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive) >= 0 ? text : QString();
}

PackageFilter PackageFilterBar::filter() const
{
    PackageFilter filter;
    filter.text = m_search->text();
    filter.origin = comboValue(m_origin);
    filter.maintainer = comboValue(m_maintainer);
    filter.license = comboValue(m_license);
    return filter;
}

void PackageFilterBar::clearFilter()
{
    {
        const QSignalBlocker b0(m_search), b1(m_origin), b2(m_maintainer), b3(m_license);
        m_search->clear();
        m_origin->setCurrentIndex(0);
        m_maintainer->setCurrentIndex(0);
        m_license->setCurrentIndex(0);
        m_origin->setEditText(QString());
        m_maintainer->setEditText(QString());
        m_license->setEditText(QString());
    }
    emitIfValid();
}

void PackageFilterBar::emitIfValid()
{
    const PackageFilter current = filter();
    if (current == m_last)
        return;
    m_last = current;
    emit filterChanged(current);
}

void PackageFilterBar::setShownCount(int shown, int total)
{
    const QLocale locale;
    if (total == 0) {
        m_count->clear(); // nothing open
        return;
    }
    m_count->setText(shown == total ? tr("%1 packages").arg(locale.toString(total))
                                    : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace apkdesk::ui
