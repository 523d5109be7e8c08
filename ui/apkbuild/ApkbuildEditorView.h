#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace apkdesk {
class NetworkAccess;
}

namespace apkdesk::ui {

class ApkbuildDocumentWidget;

// The APKBUILD editor: any number of APKBUILDs in tabs, each with its parsed fields, source
// list and lint beside the text; "Bump version…", "Refresh checksums" (progress per source,
// diff before saving); atomic saves; unsaved work is never lost on close.
class ApkbuildEditorView : public QWidget
{
    Q_OBJECT

public:
    explicit ApkbuildEditorView(NetworkAccess *access, QWidget *parent = nullptr);

    static bool isApkbuildFile(const QString &path);
    // Where remote sources are downloaded (abuild's SRCDEST).
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    QString cacheDir() const { return m_cacheDir; }

    int documentCount() const;
    ApkbuildDocumentWidget *document(int index) const;
    ApkbuildDocumentWidget *currentDocument() const;
    QTabWidget *tabs() const { return m_tabs; }
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void openFiles(const QStringList &paths);
    void openDialog();
    void saveCurrent();
    void bumpCurrent();
    void refreshCurrent();
    void closeTab(int index);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    // The main window asks every view before quitting: with unsaved APKBUILDs the close is
    // refused, the question is asked (without a nested event loop), and the window is closed
    // again once the user decided.
    void closeEvent(QCloseEvent *event) override;

private:
    void updateActions();
    void updateTitle(ApkbuildDocumentWidget *doc);
    void askToSave(const QList<ApkbuildDocumentWidget *> &documents, const std::function<void()> &proceed);

    NetworkAccess *m_access;
    QString m_cacheDir;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QAction *m_open;
    QAction *m_save;
    QAction *m_bump;
    QAction *m_refresh;
    bool m_closeApproved = false;
};

} // namespace apkdesk::ui
