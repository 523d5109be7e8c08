#include "inspector/PackageInspectorView.h"

#include "inspector/PackagePage.h"
#include "inspector/VerdictBadge.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {

QIcon toneIcon(VerdictBadge::Tone tone)
{
    QColor color(0x75, 0x75, 0x75);
    if (tone == VerdictBadge::Tone::Good)
        color = QColor(0x2e, 0x7d, 0x32);
    else if (tone == VerdictBadge::Tone::Warning)
        color = QColor(0xf9, 0xa8, 0x25);
    else if (tone == VerdictBadge::Tone::Bad)
        color = QColor(0xc6, 0x28, 0x28);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

PackageInspectorView::PackageInspectorView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openAction =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open packages…"));
    m_verifyAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Verify again"));
    m_signAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-sign")), tr("Sign with…"));
    m_closeAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("Close"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    layout->addWidget(toolbar);

    m_stack = new QStackedWidget(this);
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto *hint = new QLabel(
        tr("<h3>No package open</h3><p>Open .apk packages with <b>File › Open</b>, by dropping them "
           "on the window, or from the command line.<br>Each package is verified against your "
           "trusted keys: who signed it, whether the signature holds and whether anything was "
           "altered.</p>"),
        empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *openButton = new QPushButton(tr("Open packages…"), empty);
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);

    connect(m_openAction, &QAction::triggered, this, &PackageInspectorView::showOpenDialog);
    connect(openButton, &QPushButton::clicked, this, &PackageInspectorView::showOpenDialog);
    connect(m_verifyAction, &QAction::triggered, this, [this] {
        if (PackagePage *page = currentPage())
            page->reload();
    });
    connect(m_signAction, &QAction::triggered, this, [this] {
        if (PackagePage *page = currentPage())
            emit signRequested({ page->path() });
    });
    connect(m_closeAction, &QAction::triggered, this, [this] { closePackage(m_tabs->currentIndex()); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &PackageInspectorView::closePackage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PackageInspectorView::updateState);
    updateState();
}

void PackageInspectorView::setTrustDirectories(const QStringList &directories)
{
    m_trustDirectories = directories;
}

bool PackageInspectorView::isPackageFile(const QString &path)
{
    return path.endsWith(QLatin1String(".apk"), Qt::CaseInsensitive);
}

int PackageInspectorView::packageCount() const
{
    return m_tabs->count();
}

PackagePage *PackageInspectorView::page(int index) const
{
    return qobject_cast<PackagePage *>(m_tabs->widget(index));
}

PackagePage *PackageInspectorView::currentPage() const
{
    return qobject_cast<PackagePage *>(m_tabs->currentWidget());
}

PackagePage *PackageInspectorView::pageFor(const QString &path) const
{
    const QString wanted = canonical(path);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (canonical(page(i)->path()) == wanted)
            return page(i);
    }
    return nullptr;
}

void PackageInspectorView::openPackages(const QStringList &paths)
{
    PackagePage *last = nullptr;
    for (const QString &path : paths) {
        if (PackagePage *existing = pageFor(path)) {
            existing->reload();
            last = existing;
            continue;
        }
        auto *page = new PackagePage(path, m_trustDirectories, m_tabs);
        const int index =
            m_tabs->addTab(page, toneIcon(VerdictBadge::Tone::Neutral), QFileInfo(path).fileName());
        m_tabs->setTabToolTip(index, QFileInfo(path).absoluteFilePath());
        connect(page, &PackagePage::finished, this, [this, page](const QString &finishedPath) {
            const int at = m_tabs->indexOf(page);
            if (at >= 0) {
                m_tabs->setTabIcon(at, toneIcon(VerdictBadge::toneFor(page->package().verdict.kind)));
            }
            emit statusMessage(QStringLiteral("%1: %2").arg(QFileInfo(finishedPath).fileName(),
                                                            page->package().verdict.describe()));
            emit packageVerified(finishedPath);
        });
        connect(page, &PackagePage::signRequested, this,
                [this](const QString &p) { emit signRequested({ p }); });
        last = page;
    }
    if (last)
        m_tabs->setCurrentWidget(last);
    updateState();
}

void PackageInspectorView::refreshPackage(const QString &path)
{
    if (PackagePage *page = pageFor(path))
        page->reload();
}

void PackageInspectorView::refreshAll()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        page(i)->reload();
}

void PackageInspectorView::closePackage(int index)
{
    QWidget *widget = m_tabs->widget(index);
    if (!widget)
        return;
    m_tabs->removeTab(index);
    widget->deleteLater(); // its destructor cancels a running verification
    updateState();
}

void PackageInspectorView::showOpenDialog()
{
    // Non-modal-loop dialog: open() + a signal, never exec().
    auto *dialog =
        new QFileDialog(this, tr("Open packages"), QString(), tr("Alpine packages (*.apk);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &PackageInspectorView::openPackages);
    dialog->open();
}

void PackageInspectorView::updateState()
{
    const bool any = m_tabs->count() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    m_verifyAction->setEnabled(any);
    m_signAction->setEnabled(any);
    m_closeAction->setEnabled(any);
}

} // namespace apkdesk::ui
