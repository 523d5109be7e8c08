#include "inspector/PackageFilesPanel.h"

#include "inspector/PackageFileModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace apkdesk::ui {

PackageFilesPanel::PackageFilesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter files by path…"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    layout->addLayout(top);

    m_model = new PackageFileModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(PackageFileModel::PathRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(PackageFileModel::SortRole);
    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PackageFileModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
}

void PackageFilesPanel::setPackage(const ApkPackage &package)
{
    m_model->setEntries(package.dataEntries);
    m_view->expandToDepth(1);
    for (int column = 0; column < PackageFileModel::TargetColumn; ++column)
        m_view->resizeColumnToContents(column);
    QString summary = tr("%n entries", nullptr, int(package.dataEntries.size()));
    if (!package.filesWithBadChecksum.isEmpty())
        summary += QStringLiteral(" — ")
            + tr("%n with a bad checksum", nullptr, int(package.filesWithBadChecksum.size()));
    if (!package.duplicatePaths.isEmpty())
        summary += QStringLiteral(" — ") + tr("%n duplicated", nullptr, int(package.duplicatePaths.size()));
    if (package.dataEntriesCapped)
        summary += QStringLiteral(" — ") + tr("list cut");
    m_summary->setText(summary);
}

} // namespace apkdesk::ui
