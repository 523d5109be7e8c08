#include "apkbuild/ApkbuildEditorView.h"

#include "apkbuild/ApkbuildDocumentWidget.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace apkdesk::ui {

ApkbuildEditorView::ApkbuildEditorView(NetworkAccess *access, QWidget *parent)
    : QWidget(parent), m_access(access),
      m_cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                 + QStringLiteral("/distfiles")),
      m_stack(new QStackedWidget(this)), m_tabs(new QTabWidget(this))
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_open = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open…"), this,
                                &ApkbuildEditorView::openDialog);
    m_save = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this,
                                &ApkbuildEditorView::saveCurrent);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addSeparator();
    m_bump = toolbar->addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Bump Version…"), this,
                                &ApkbuildEditorView::bumpCurrent);
    m_refresh = toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh Checksums"),
                                   this, &ApkbuildEditorView::refreshCurrent);
    addAction(m_save);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *hint = new QLabel(
        tr("<h3>No APKBUILD open</h3><p>Open one or several APKBUILDs, or drop them here. They are "
           "read without being executed: what cannot be expanded statically is shown, never "
           "guessed.</p>"),
        empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    emptyLayout->addWidget(hint);
    auto *openButton = new QPushButton(tr("Open APKBUILD…"), empty);
    connect(openButton, &QPushButton::clicked, this, &ApkbuildEditorView::openDialog);
    emptyLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ApkbuildEditorView::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ApkbuildEditorView::updateActions);
    updateActions();
}

bool ApkbuildEditorView::isApkbuildFile(const QString &path)
{
    return QFileInfo(path).fileName() == QLatin1String("APKBUILD");
}

int ApkbuildEditorView::documentCount() const
{
    return m_tabs->count();
}

ApkbuildDocumentWidget *ApkbuildEditorView::document(int index) const
{
    return qobject_cast<ApkbuildDocumentWidget *>(m_tabs->widget(index));
}

ApkbuildDocumentWidget *ApkbuildEditorView::currentDocument() const
{
    return qobject_cast<ApkbuildDocumentWidget *>(m_tabs->currentWidget());
}

bool ApkbuildEditorView::hasUnsavedChanges() const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (document(i)->isModified())
            return true;
    return false;
}

void ApkbuildEditorView::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        bool found = false;
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (document(i)->path() == absolute) {
                m_tabs->setCurrentIndex(i);
                found = true;
            }
        }
        if (found)
            continue;
        auto *doc = new ApkbuildDocumentWidget(m_access, m_cacheDir, m_tabs);
        if (const Status status = doc->load(absolute); !status) {
            delete doc;
            Q_EMIT statusMessage(status.error().toString());
            continue;
        }
        const int index = m_tabs->addTab(doc, doc->title());
        m_tabs->setTabToolTip(index, absolute);
        m_tabs->setCurrentIndex(index);
        connect(doc, &ApkbuildDocumentWidget::titleChanged, this, [this, doc] { updateTitle(doc); });
        connect(doc, &ApkbuildDocumentWidget::statusMessage, this, &ApkbuildEditorView::statusMessage);
    }
    updateActions();
}

void ApkbuildEditorView::updateTitle(ApkbuildDocumentWidget *doc)
{
    const int index = m_tabs->indexOf(doc);
    if (index >= 0)
        m_tabs->setTabText(index, doc->title());
}

void ApkbuildEditorView::openDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open APKBUILD"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({ tr("APKBUILD files (APKBUILD)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::filesSelected, this, &ApkbuildEditorView::openFiles);
    dialog->open();
}

void ApkbuildEditorView::saveCurrent()
{
    if (auto *doc = currentDocument()) {
        if (const Status status = doc->save(); !status)
            Q_EMIT statusMessage(status.error().toString());
    }
}

void ApkbuildEditorView::bumpCurrent()
{
    if (auto *doc = currentDocument())
        doc->bumpVersion();
}

void ApkbuildEditorView::refreshCurrent()
{
    if (auto *doc = currentDocument())
        doc->refreshChecksums();
}

void ApkbuildEditorView::updateActions()
{
    const bool any = m_tabs->count() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    m_save->setEnabled(any);
    m_bump->setEnabled(any);
    m_refresh->setEnabled(any);
}

void ApkbuildEditorView::askToSave(const QList<ApkbuildDocumentWidget *> &documents,
                                   const std::function<void()> &proceed)
{
    QStringList names;
    for (auto *doc : documents)
        names << doc->path();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved APKBUILDs"),
                                tr("%n APKBUILD(s) have unsaved changes:", nullptr, int(documents.size())),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(names.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, documents, proceed] {
        const auto answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            for (auto *doc : documents) {
                if (const Status status = doc->save(); !status) {
                    Q_EMIT statusMessage(status.error().toString());
                    return; // keep the work open
                }
            }
            proceed();
        } else if (answer == QMessageBox::Discard) {
            proceed();
        }
    });
    box->open();
}

void ApkbuildEditorView::closeTab(int index)
{
    auto *doc = document(index);
    if (!doc)
        return;
    auto remove = [this, doc] {
        m_tabs->removeTab(m_tabs->indexOf(doc));
        doc->deleteLater();
        updateActions();
    };
    if (!doc->isModified())
        return remove();
    askToSave({ doc }, remove);
}

void ApkbuildEditorView::closeEvent(QCloseEvent *event)
{
    QList<ApkbuildDocumentWidget *> modified;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (document(i)->isModified())
            modified << document(i);
    if (modified.isEmpty() || m_closeApproved) {
        event->accept();
        return;
    }
    event->ignore();
    askToSave(modified, [this] {
        m_closeApproved = true;
        if (QWidget *top = window(); top && top != this)
            top->close();
        m_closeApproved = false;
    });
}

} // namespace apkdesk::ui
