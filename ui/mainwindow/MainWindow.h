#pragma once

#include <QHash>
#include <QMainWindow>

class QActionGroup;

namespace apkdesk::ui {
class RecentFilesMenu;
}
class QLabel;
class QListWidget;
class QStackedWidget;

namespace apkdesk::ui {

// The application frame: a navigation list on the left that switches between the
// views (repositories, packages, keys, APKBUILDs, uploads), menus and a status bar.
// Views are created by the composition root (app/gui) and handed in with addView().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addView(const QString &id, const QString &title, const QIcon &icon, QWidget *view);
    QWidget *view(const QString &id) const;
    QString currentViewId() const;

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // View-menu actions; views go above them.
    QAction *showNavigationAction() const { return m_showNavigationAction; }
    QAction *showStatusBarAction() const { return m_showStatusBarAction; }
    QAction *fullScreenAction() const { return m_fullScreenAction; }

    // Files of File > Open Recent, newest first.
    QStringList recentFiles() const;

    // Restores geometry and the last view from QSettings; call after all views are added.
    void restoreState();
    // Writes geometry, window state, the current view and the View toggles to QSettings.
    // Called on close; public so the composition root can save at other moments too.
    void saveSettings() const;

public slots:
    void showView(const QString &id);
    // Records the files in File > Open Recent and asks for them to be opened
    // (openFilesRequested). File > Open and drag and drop go through here.
    void openFiles(const QStringList &paths);
    void showStatusMessage(const QString &message, int timeoutMs = 5000);

signals:
    // File > Open, drag and drop, and the command line all end here; the composition
    // root routes each file to the view that handles it.
    void openFilesRequested(const QStringList &paths);
    void currentViewChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void openFilesDialog();
    void showAbout();
    void showAboutQt();
    void setFullScreenMode(bool on);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_viewIds;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QAction *m_viewSeparator = nullptr;
    QAction *m_showNavigationAction = nullptr;
    QAction *m_showStatusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QHash<QString, QAction *> m_viewActions;
};

} // namespace apkdesk::ui
