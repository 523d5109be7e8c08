#include "apkbuild/ChecksumRefreshDialog.h"

#include "apkbuild/ChecksumPlan.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {

enum Column { FileColumn, FromColumn, SizeColumn, SpeedColumn, StatusColumn, ActionColumn, ColumnCount };

class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("@@")))
            format.setForeground(QColor(0x1f, 0x4f, 0xb5));
        else if (text.startsWith(QLatin1Char('+')))
            format.setBackground(QColor(0xe6, 0xff, 0xec)), format.setForeground(QColor(0x0a, 0x5a, 0x2b));
        else if (text.startsWith(QLatin1Char('-')))
            format.setBackground(QColor(0xff, 0xeb, 0xe9)), format.setForeground(QColor(0x8a, 0x14, 0x14));
        else
            return;
        setFormat(0, int(text.size()), format);
    }
};

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("—")
                     : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ChecksumRefreshDialog::ChecksumRefreshDialog(NetworkAccess *access, const Apkbuild &apkbuild,
                                             const QString &cacheDir, bool pkgverChanged, QWidget *parent)
    : QDialog(parent), m_refresh(new ChecksumRefresh(access, this)), m_apkbuild(apkbuild),
      m_header(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_warning(new QLabel(this)), m_diff(new QPlainTextEdit(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_apply(new QPushButton(tr("Apply to Editor"), this)),
      m_applySave(new QPushButton(tr("Apply and Save"), this))
{
    setWindowTitle(tr("Refresh Checksums — %1").arg(apkbuild.pkgname()));
    resize(860, 560);
    m_refresh->setCacheDir(cacheDir);
    m_refresh->setPkgverChanged(pkgverChanged);

    auto *layout = new QVBoxLayout(this);
    m_header->setText(
        tr("Downloading remote sources into %1 and hashing local files (sha512).").arg(cacheDir));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_table->setHorizontalHeaderLabels(
        { tr("File"), tr("From"), tr("Size"), tr("Speed"), tr("Status"), QString() });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FromColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpeedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; background: #fdecea;"
                                            " border: 1px solid #f5c2c0; padding: 6px; }"));
    m_warning->hide();
    layout->addWidget(m_warning);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("The proposed change appears here when every source is done."));
    new DiffHighlighter(m_diff->document());
    layout->addWidget(m_diff, 2);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_applySave, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_apply->setEnabled(false);
    m_applySave->setEnabled(false);

    connect(m_cancel, &QPushButton::clicked, this, &ChecksumRefreshDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        Q_EMIT applyRequested(m_proposed, false);
        accept();
    });
    connect(m_applySave, &QPushButton::clicked, this, [this] {
        Q_EMIT applyRequested(m_proposed, true);
        accept();
    });
    connect(m_refresh, &ChecksumRefresh::sourceChanged, this, &ChecksumRefreshDialog::updateRow);
    connect(m_refresh, &ChecksumRefresh::finished, this, &ChecksumRefreshDialog::showProposal);
}

bool ChecksumRefreshDialog::start()
{
    const Status status = m_refresh->start(m_apkbuild);
    if (!status) {
        m_header->setText(tr("Nothing was changed: %1").arg(status.error().message()));
        m_header->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; }"));
        m_table->hide();
        m_diff->hide();
        m_cancel->setText(tr("Close"));
        return false;
    }
    const auto &sources = m_refresh->sources();
    m_table->setRowCount(int(sources.size()));
    for (int i = 0; i < int(sources.size()); ++i)
        updateRow(i);
    return true;
}

void ChecksumRefreshDialog::updateRow(int index)
{
    const ChecksumRefresh::SourceState &s = m_refresh->sources()[size_t(index)];
    auto set = [&](int column, const QString &text) {
        QTableWidgetItem *item = m_table->item(index, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(index, column, item);
        }
        item->setText(text);
        return item;
    };
    set(FileColumn, s.source.localName);
    set(FromColumn, s.source.remote ? s.source.url : tr("local: %1").arg(s.source.localPath))
        ->setToolTip(s.source.entry);
    set(SizeColumn,
        s.total > 0 ? tr("%1 of %2").arg(sizeText(s.received), sizeText(s.total))
                    : (s.received > 0 ? sizeText(s.received) : QStringLiteral("—")));
    set(SpeedColumn,
        s.phase == ChecksumRefresh::Phase::Downloading && s.bytesPerSecond > 0
            ? tr("%1/s").arg(sizeText(qint64(s.bytesPerSecond)))
            : QStringLiteral("—"));
    QString status;
    QColor color = palette().color(QPalette::Text);
    switch (s.phase) {
    case ChecksumRefresh::Phase::Waiting: status = tr("Waiting"); break;
    case ChecksumRefresh::Phase::Downloading:
        status = s.total > 0 ? tr("Downloading %1%").arg(s.received * 100 / s.total) : tr("Downloading");
        if (!s.message.isEmpty())
            status += QStringLiteral(" — ") + s.message;
        break;
    case ChecksumRefresh::Phase::Hashing: status = tr("Hashing"); break;
    case ChecksumRefresh::Phase::Done:
        status = s.fromCache ? tr("Done (cached)") : tr("Done");
        if (!s.oldHash.isEmpty() && s.oldHash != s.hash)
            status += tr(" — checksum changed");
        else if (s.oldHash == s.hash)
            status += tr(" — unchanged");
        color = QColor(0x0a, 0x7a, 0x3b);
        break;
    case ChecksumRefresh::Phase::Failed:
        status = tr("Failed: %1").arg(s.error);
        color = QColor(0xb0, 0x00, 0x20);
        break;
    }
    QTableWidgetItem *statusItem = set(StatusColumn, status);
    statusItem->setForeground(color);
    statusItem->setToolTip(status);
    if (s.phase == ChecksumRefresh::Phase::Failed) {
        if (!m_table->cellWidget(index, ActionColumn)) {
            auto *retry = new QPushButton(tr("Retry"), m_table);
            connect(retry, &QPushButton::clicked, this, [this, index] {
                m_table->removeCellWidget(index, ActionColumn);
                m_apply->setEnabled(false);
                m_applySave->setEnabled(false);
                m_cancel->setText(tr("Cancel"));
                m_refresh->retry(index);
            });
            m_table->setCellWidget(index, ActionColumn, retry);
        }
    } else if (m_table->cellWidget(index, ActionColumn)) {
        m_table->removeCellWidget(index, ActionColumn);
    }
}

void ChecksumRefreshDialog::showProposal()
{
    const ChecksumProposal proposal = m_refresh->proposal();
    m_proposed = proposal.updated;
    QStringList messages;
    for (const QString &w : proposal.warnings)
        messages << tr("⚠ %1").arg(w);
    for (const QString &f : proposal.failures)
        messages << tr("✖ %1").arg(f);
    m_warning->setText(messages.join(QLatin1Char('\n')));
    m_warning->setVisible(!messages.isEmpty());
    m_diff->setPlainText(proposal.changed()
                             ? unifiedDiff(proposal.original, proposal.updated, QStringLiteral("APKBUILD"))
                             : tr("The checksums are up to date: nothing to change."));
    m_cancel->setText(tr("Close"));
    m_apply->setEnabled(proposal.changed());
    m_applySave->setEnabled(proposal.changed());
    if (!proposal.complete()) {
        m_apply->setText(tr("Apply (keep old checksums of failed files)"));
        m_applySave->setEnabled(false);
    } else {
        m_apply->setText(tr("Apply to Editor"));
    }
}

QString ChecksumRefreshDialog::diffText() const
{
    return m_diff->toPlainText();
}

void ChecksumRefreshDialog::reject()
{
    if (m_refresh->isRunning()) {
        m_refresh->cancel();
        return; // finished() shows what was done; a second click closes
    }
    QDialog::reject();
}

} // namespace apkdesk::ui
