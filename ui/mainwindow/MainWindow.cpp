#include "mainwindow/MainWindow.h"

#include "about/AboutDialog.h"
#include "mainwindow/RecentFilesMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace apkdesk::ui {

namespace {
const auto kGeometryKey = QStringLiteral("mainwindow/geometry");
const auto kStateKey = QStringLiteral("mainwindow/state");
const auto kViewKey = QStringLiteral("mainwindow/view");
const auto kNavigationKey = QStringLiteral("mainwindow/showNavigation");
const auto kStatusBarKey = QStringLiteral("mainwindow/showStatusBar");
const auto kOpenFolderKey = QStringLiteral("mainwindow/openFolder");
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Outside a desktop session (Xvfb, bare window managers) Qt knows no icon theme and every
    // themed icon falls back to the same picture; use Adwaita where it is installed.
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == QLatin1String("hicolor"))
        QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
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
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this,
                                         &MainWindow::openFilesDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentFilesMenu(this);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this,
            [this](const QString &path) { emit openFilesRequested({ path }); });
    connect(m_recentMenu, &RecentFilesMenu::missingFileChosen, this, [this](const QString &path) {
        showStatusMessage(tr("%1 no longer exists; it was removed from the recent files.")
                              .arg(QDir::toNativeSeparators(path)));
    });
    m_fileMenu->addSeparator();
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    // Views are inserted above this separator; the window toggles stay at the bottom.
    m_viewSeparator = m_viewMenu->addSeparator();
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    m_showNavigationAction = m_viewMenu->addAction(QString());
    m_showNavigationAction->setCheckable(true);
    m_showNavigationAction->setChecked(true);
    connect(m_showNavigationAction, &QAction::toggled, m_navigation, &QWidget::setVisible);
    m_showStatusBarAction = m_viewMenu->addAction(QString());
    m_showStatusBarAction->setCheckable(true);
    m_showStatusBarAction->setChecked(true);
    connect(m_showStatusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);
    m_fullScreenAction =
        m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), QString());
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::setFullScreenMode);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAboutQt);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Apkdesk"));
    m_navigation->setAccessibleName(tr("Views"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_showNavigationAction->setText(tr("Show &Navigation"));
    m_showStatusBarAction->setText(tr("Show &Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
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

    auto *action = new QAction(icon, title, this);
    connect(action, &QAction::triggered, this, [this, id] { showView(id); });
    action->setCheckable(true);
    m_viewGroup->addAction(action);
    m_viewMenu->insertAction(m_viewSeparator, action);
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
    m_showNavigationAction->setChecked(settings.value(kNavigationKey, true).toBool());
    m_showStatusBarAction->setChecked(settings.value(kStatusBarKey, true).toBool());
    m_fullScreenAction->setChecked(isFullScreen());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, QMainWindow::saveState());
    settings.setValue(kViewKey, currentViewId());
    settings.setValue(kNavigationKey, m_showNavigationAction->isChecked());
    settings.setValue(kStatusBarKey, m_showStatusBarAction->isChecked());
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
    saveSettings();
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
        openFiles(paths);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::WindowStateChange) {
        // Full screen can also be left through the window manager: keep the action honest.
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_recentMenu->addFiles(paths);
    emit openFilesRequested(paths);
}

QStringList MainWindow::recentFiles() const
{
    return m_recentMenu->files();
}

// A QFileDialog opened with open(): the static getOpenFileNames() would run a nested event loop.
void MainWindow::openFilesDialog()
{
    if (auto *existing = findChild<QFileDialog *>(QStringLiteral("openFilesDialog"))) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    QSettings settings;
    auto *dialog = new QFileDialog(this, tr("Open Packages, Indexes or APKBUILDs"),
                                   settings.value(kOpenFolderKey).toString());
    dialog->setObjectName(QStringLiteral("openFilesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        tr("Alpine files (*.apk APKINDEX.tar.gz *.tar.gz APKBUILD);;Packages (*.apk);;All files (*)")
            .split(QStringLiteral(";;")));
    connect(dialog, &QFileDialog::filesSelected, this, [this, dialog](const QStringList &paths) {
        QSettings().setValue(kOpenFolderKey, dialog->directory().absolutePath());
        openFiles(paths);
    });
    dialog->open();
}

// Dialogs are opened window-modal with open(), never exec(): no nested event loop.
void MainWindow::showAbout()
{
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAboutQt()
{
    // QMessageBox::aboutQt() runs exec(); this builds the same box and opens it instead.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Qt"));
    box->setIconPixmap(
        QIcon(QStringLiteral(":/qt-project.org/qmessagebox/images/qtlogo-64.png")).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>About Qt</h3><p>Apkdesk uses Qt version %1.</p>").arg(QLatin1String(qVersion())));
    box->setInformativeText(
        tr("<p>Qt is a C++ toolkit for cross-platform application development, available under the "
           "GNU LGPL version 3.</p><p>See <a href=\"https://www.qt.io/\">qt.io</a> for more "
           "information.</p>"));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::setFullScreenMode(bool on)
{
    if (on)
        showFullScreen();
    else
        showNormal();
}

} // namespace apkdesk::ui
