#include "upload/UploadHistoryWidget.h"

#include "upload/UploadHistory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace apkdesk::ui {

UploadHistoryWidget::UploadHistoryWidget(const QString &historyPath, QWidget *parent)
    : QWidget(parent), m_path(UploadHistory(historyPath).path())
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({ tr("When"), tr("Server / package"), tr("Target"), tr("Result") });
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear History"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(clear, &QPushButton::clicked, this, &UploadHistoryWidget::clearHistory);
    reload();
}

void UploadHistoryWidget::reload()
{
    m_tree->clear();
    const auto records = UploadHistory(m_path).load();
    if (!records) {
        m_message->setText(records.error().toString());
        return;
    }
    m_message->setText(records->isEmpty() ? tr("No uploads yet.") : QString());
    for (const UploadRecord &record : *records) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat));
        top->setText(1, record.server + QStringLiteral(" (") + record.kind + QLatin1Char(')'));
        top->setText(3, record.summary);
        top->setToolTip(3, record.summary);
        top->setForeground(3, record.success ? QColor(0x26, 0x80, 0x3c) : QColor(0xc0, 0x1c, 0x28));
        for (const UploadRecord::Item &item : record.items) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(1, item.nameVersion.isEmpty() ? item.fileName : item.nameVersion);
            child->setToolTip(1, item.identity);
            child->setText(2, item.target);
            child->setText(
                3, item.message.isEmpty() ? item.state : item.state + QStringLiteral(": ") + item.message);
            child->setToolTip(3, item.message);
        }
    }
}

void UploadHistoryWidget::clearHistory()
{
    if (auto status = UploadHistory(m_path).clear(); !status)
        m_message->setText(status.error().toString());
    reload();
}

} // namespace apkdesk::ui
