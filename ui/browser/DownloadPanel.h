#pragma once

#include "repositories/PackageFetchJob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace apkdesk {
class NetworkAccess;
}

namespace apkdesk::ui {

// Downloads the selected packages one after the other into a folder, each kept only when
// its control checksum equals the index's C: (H5's PackageFetchJob), with a progress bar
// over the total size and a Cancel button. Hidden while idle.
class DownloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadPanel(NetworkAccess *network, QWidget *parent = nullptr);
    ~DownloadPanel() override;

    void start(const RepositoryLocation &location, const QList<PackageReference> &packages,
               const QString &directory);
    bool isRunning() const { return !m_job.isNull(); }

    // The C: of a downloaded package, as apk computes it (SHA-1 of the control member).
    static Result<QString> controlChecksum(const QString &packagePath);

public slots:
    void cancel();

signals:
    // Once per start(): the kept files, and one line per package that failed.
    void finished(const QStringList &paths, const QStringList &errors, bool cancelled);

private:
    void startNext();
    void updateProgress(qint64 currentDone);

    NetworkAccess *m_network;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<PackageFetchJob> m_job;
    RepositoryLocation m_location;
    QList<PackageReference> m_queue;
    QString m_directory;
    QStringList m_paths;
    QStringList m_errors;
    int m_total = 0;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    qint64 m_currentSize = 0;
    bool m_cancelled = false;
};

} // namespace apkdesk::ui
