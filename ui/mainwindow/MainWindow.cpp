#include "mainwindow/MainWindow.h"

#include "about/AboutDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace apkdesk::ui {

namespace {
const auto kGeometryKey = QStringLiteral("mainwindow/geometry");
const auto kStateKey = QStringLiteral("mainwindow/state");
const auto kViewKey = QStringLiteral("mainwindow/view");
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/apkdesk.svg")));
    setAcceptDrops(true);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(180);
    m_navigation->setMinimumWidth(140);
    m_stack = new QStackedWidget(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_viewIds.size())
            return;
        m_stack->setCurrentIndex(row);
        if (QAction *action = m_viewActions.value(m_viewIds.at(row)))
            action->setChecked(true);
        emit currentViewChanged(m_viewIds.at(row));
    });

    createMenus();
    retranslateUi();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(),
                                         this, &MainWindow::openFilesDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_toolsMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Apkdesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Apkdesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::addView(const QString &id, const QString &title, const QIcon &icon, QWidget *view)
{
    view->setParent(m_stack);
    m_stack->addWidget(view);
    m_viewIds.append(id);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(kIdRole, id);
    item->setSizeHint(QSize(0, 36));

    auto *action = m_viewMenu->addAction(icon, title, this, [this, id] { showView(id); });
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_viewIds.size() - 1)));
    m_viewActions.insert(id, action);
    // The quit action stays last in the File menu whatever views add before it.
    m_fileMenu->removeAction(m_quitAction);
    m_fileMenu->addAction(m_quitAction);
    if (m_viewIds.size() == 1)
        m_navigation->setCurrentRow(0);
}

QWidget *MainWindow::view(const QString &id) const
{
    const int index = m_viewIds.indexOf(id);
    return index < 0 ? nullptr : m_stack->widget(index);
}

QString MainWindow::currentViewId() const
{
    const int row = m_navigation->currentRow();
    return row < 0 ? QString() : m_viewIds.value(row);
}

void MainWindow::showView(const QString &id)
{
    const int index = m_viewIds.indexOf(id);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::showStatusMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    const QString view = settings.value(kViewKey).toString();
    if (!view.isEmpty())
        showView(view);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Views with unsaved work get the chance to refuse the close.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *view = m_stack->widget(i);
        QCloseEvent viewClose;
        QApplication::sendEvent(view, &viewClose);
        if (!viewClose.isAccepted()) {
            showView(m_viewIds.at(i));
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kViewKey, currentViewId());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        emit openFilesRequested(paths);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::openFilesDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Packages, Indexes or APKBUILDs"), QString(),
        tr("Alpine files (*.apk APKINDEX.tar.gz *.tar.gz APKBUILD);;Packages (*.apk);;All files (*)"));
    if (!paths.isEmpty())
        emit openFilesRequested(paths);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace apkdesk::ui
