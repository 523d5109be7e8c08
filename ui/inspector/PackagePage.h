#pragma once

#include "packages/ApkPackage.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace apkdesk::ui {

class PackageFilesPanel;
class PackageOverviewPanel;
class PackageScriptsPanel;
class PackageSignaturePanel;
class VerdictBadge;

// One open package: reads and verifies it on a worker thread (progress, cancel) and shows
// overview, files, scripts and signature tabs once done.
class PackagePage : public QWidget
{
    Q_OBJECT

public:
    // `trustDirectories` empty: the configured trusted-key folders.
    PackagePage(const QString &path, const QStringList &trustDirectories, QWidget *parent = nullptr);
    ~PackagePage() override;

    QString path() const { return m_path; }
    bool isBusy() const;
    const ApkPackage &package() const { return m_package; }
    bool hasResult() const { return m_hasResult; }
    QString title() const;

    PackageOverviewPanel *overview() const { return m_overview; }
    PackageFilesPanel *files() const { return m_files; }
    PackageScriptsPanel *scripts() const { return m_scripts; }
    PackageSignaturePanel *signature() const { return m_signature; }
    VerdictBadge *badge() const { return m_badge; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void reload();
    void cancel();

signals:
    void finished(const QString &path);
    void signRequested(const QString &path);

private:
    struct LoadResult
    {
        ApkPackage package;
        std::optional<Error> error;
    };
    void showResult(const LoadResult &result);

    QString m_path;
    QStringList m_trustDirectories;
    ApkPackage m_package;
    bool m_hasResult = false;
    bool m_loading = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<LoadResult> *m_watcher = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_location = nullptr;
    VerdictBadge *m_badge = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    PackageOverviewPanel *m_overview = nullptr;
    PackageFilesPanel *m_files = nullptr;
    PackageScriptsPanel *m_scripts = nullptr;
    PackageSignaturePanel *m_signature = nullptr;
};

} // namespace apkdesk::ui
