#include "browser/DownloadPanel.h"

#include "packages/PackageReader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace apkdesk::ui {

DownloadPanel::DownloadPanel(NetworkAccess *network, QWidget *parent) : QWidget(parent), m_network(network)
{
    setObjectName(QStringLiteral("downloadPanel"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("downloadLabel"));
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("downloadCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &DownloadPanel::cancel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();
}

DownloadPanel::~DownloadPanel()
{
    if (m_job)
        m_job->cancel();
}

Result<QString> DownloadPanel::controlChecksum(const QString &packagePath)
{
    PackageReader::Options options;
    options.readDataEntries = false;
    Result<ApkPackage> package = PackageReader::read(packagePath, options);
    if (!package)
        return package.error();
    const QString checksum = package->identityChecksum();
    if (checksum.isEmpty())
        return Error(Error::Kind::Format, tr("the file has no complete control section"))
            .withLocation(packagePath);
    return checksum;
}

void DownloadPanel::start(const RepositoryLocation &location, const QList<PackageReference> &packages,
                          const QString &directory)
{
    if (isRunning() || packages.isEmpty())
        return;
    m_location = location;
    m_queue = packages;
    m_directory = directory;
    m_paths.clear();
    m_errors.clear();
    m_total = int(packages.size());
    m_totalBytes = 0;
    for (const PackageReference &package : packages)
        m_totalBytes += qMax<qint64>(package.size, 0);
    m_doneBytes = 0;
    m_cancelled = false;
    show();
    startNext();
}

void DownloadPanel::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    if (m_job)
        m_job->cancel();
}

void DownloadPanel::startNext()
{
    if (m_queue.isEmpty()) {
        hide();
        emit finished(m_paths, m_errors, m_cancelled);
        return;
    }
    const PackageReference package = m_queue.takeFirst();
    m_currentSize = qMax<qint64>(package.size, 0);
    const int number = m_total - int(m_queue.size());
    m_label->setText(tr("Downloading %1 of %2: %3")
                         .arg(number)
                         .arg(m_total)
                         .arg(RepositoryLocation::packageFileName(package.name, package.version)));
    auto *job = new PackageFetchJob(m_network, m_location, package, m_directory,
                                    &DownloadPanel::controlChecksum, this);
    m_job = job;
    connect(job, &AsyncJob::progress, this, [this](qint64 done, qint64) { updateProgress(done); });
    connect(job, &AsyncJob::finished, this, [this, job, package](const Status &result) {
        job->deleteLater();
        m_job.clear();
        m_doneBytes += m_currentSize;
        if (result)
            m_paths.append(job->filePath());
        else if (result.error().kind() != Error::Kind::Cancelled)
            m_errors.append(tr("%1: %2").arg(package.name, result.error().toString()));
        updateProgress(0);
        startNext();
    });
    updateProgress(0);
    job->start();
}

void DownloadPanel::updateProgress(qint64 currentDone)
{
    if (m_totalBytes <= 0) {
        m_progress->setRange(0, m_total);
        m_progress->setValue(m_total - int(m_queue.size()) - (m_job ? 1 : 0));
        return;
    }
    // Percent keeps the bar within int range for multi-gigabyte selections.
    const qint64 done = m_doneBytes + qMin(currentDone, m_currentSize);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / m_totalBytes));
}

} // namespace apkdesk::ui
