#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace apkdesk::ui {

class PackagePage;

// The Packages view: several .apk files open at once as tabs, each verified off the GUI
// thread. Files arrive from File > Open, drag and drop and the command line (through the
// composition root), or from other views (the signing dialog refreshes a package after
// signing it).
class PackageInspectorView : public QWidget
{
    Q_OBJECT

public:
    explicit PackageInspectorView(QWidget *parent = nullptr);

    // Folders of trusted keys; empty means the configured ones (TrustStore::fromSettings()).
    void setTrustDirectories(const QStringList &directories);
    QStringList trustDirectories() const { return m_trustDirectories; }

    int packageCount() const;
    PackagePage *page(int index) const;
    PackagePage *currentPage() const;
    PackagePage *pageFor(const QString &path) const;

    static bool isPackageFile(const QString &path); // *.apk

public slots:
    void openPackages(const QStringList &paths);
    // Reads the package again (after it was signed, replaced or the trusted keys changed).
    void refreshPackage(const QString &path);
    void refreshAll();
    void closePackage(int index);
    void showOpenDialog();

signals:
    // The user asked to sign these packages ("Sign with…"); the keys view handles it.
    void signRequested(const QStringList &paths);
    void statusMessage(const QString &message);
    void packageVerified(const QString &path);

private:
    void updateState();

    QStringList m_trustDirectories;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_signAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace apkdesk::ui
