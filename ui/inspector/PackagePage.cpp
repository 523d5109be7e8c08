#include "inspector/PackagePage.h"

#include "inspector/PackageFilesPanel.h"
#include "inspector/PackageOverviewPanel.h"
#include "inspector/PackageScriptsPanel.h"
#include "inspector/PackageSignaturePanel.h"
#include "inspector/VerdictBadge.h"
#include "packages/PackageReader.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace apkdesk::ui {

PackagePage::PackagePage(const QString &path, const QStringList &trustDirectories, QWidget *parent)
    : QWidget(parent), m_path(path), m_trustDirectories(trustDirectories)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new VerdictBadge(this);
    header->addWidget(m_title);
    header->addWidget(m_badge);
    header->addStretch(1);
    layout->addLayout(header);
    m_location = new QLabel(QFileInfo(path).absoluteFilePath(), this);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(m_location);

    m_progressRow = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("Verifying… %p%"));
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressRow);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancelButton);
    layout->addWidget(m_progressRow);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_overview = new PackageOverviewPanel(m_tabs);
    m_files = new PackageFilesPanel(m_tabs);
    m_scripts = new PackageScriptsPanel(m_tabs);
    m_signature = new PackageSignaturePanel(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_files, tr("Files"));
    m_tabs->addTab(m_scripts, tr("Scripts"));
    m_tabs->addTab(m_signature, tr("Signature"));
    layout->addWidget(m_tabs, 1);

    m_watcher = new QFutureWatcher<LoadResult>(this);
    connect(m_watcher, &QFutureWatcher<LoadResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<LoadResult>::finished, this, [this] {
        if (m_watcher->future().resultCount() > 0)
            showResult(m_watcher->result());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &PackagePage::cancel);
    connect(m_signature, &PackageSignaturePanel::signRequested, this, [this] { emit signRequested(m_path); });
    connect(m_signature, &PackageSignaturePanel::verifyAgainRequested, this, &PackagePage::reload);
    reload();
}

PackagePage::~PackagePage()
{
    // The worker checks the flag every 256 KiB, so this wait is short.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

bool PackagePage::isBusy() const
{
    return m_loading; // until the result is shown, not only until the worker returns
}

QString PackagePage::title() const
{
    if (m_hasResult && !m_package.pkgInfo.name().isEmpty())
        return QStringLiteral("%1-%2").arg(m_package.pkgInfo.name(), m_package.pkgInfo.version());
    return QFileInfo(m_path).fileName();
}

void PackagePage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PackagePage::reload()
{
    if (m_watcher->isRunning()) {
        cancel();
        m_watcher->waitForFinished();
    }
    m_loading = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_title->setText(title());
    m_badge->setPending(tr("Verifying…"));
    m_progress->setValue(0);
    m_progressRow->show();
    m_error->hide();
    m_tabs->setEnabled(false);

    const QString path = m_path;
    const QStringList dirs = m_trustDirectories;
    auto cancelFlag = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([path, dirs, cancelFlag](QPromise<LoadResult> &promise) {
        promise.setProgressRange(0, 1000);
        PackageReader::Options options;
        options.trust = dirs.isEmpty() ? TrustStore::fromSettings() : TrustStore::fromDirectories(dirs);
        options.cancel = cancelFlag.get();
        options.progress = [&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(qMin<qint64>(1000, done * 1000 / total)));
        };
        LoadResult result;
        auto package = PackageReader::read(path, options);
        if (package)
            result.package = std::move(*package);
        else
            result.error = package.error();
        promise.addResult(std::move(result));
    }));
}

void PackagePage::showResult(const LoadResult &result)
{
    m_loading = false;
    m_progressRow->hide();
    m_tabs->setEnabled(true);
    if (result.error) {
        m_hasResult = false;
        m_package = ApkPackage();
        m_package.path = m_path;
        m_package.verdict.kind = PackageVerdict::Kind::Unreadable;
        m_package.verdict.detail = result.error->toString();
    } else {
        m_hasResult = true;
        m_package = result.package;
    }
    m_title->setText(title());
    m_badge->setVerdict(m_package.verdict);
    QString problem;
    if (result.error)
        problem = result.error->toString();
    else if (m_package.verdict.kind != PackageVerdict::Kind::Trusted)
        problem = m_package.verdict.describe();
    if (m_package.streamError)
        problem += (problem.isEmpty() ? QString() : QStringLiteral("\n")) + m_package.streamError->toString();
    for (const QString &path : std::as_const(m_package.unsafePaths))
        problem += QLatin1Char('\n') + tr("Unsafe entry: %1").arg(path);
    for (const QString &path : std::as_const(m_package.duplicatePaths))
        problem += QLatin1Char('\n') + tr("Duplicate entry: %1").arg(path);
    m_error->setText(problem.trimmed());
    m_error->setVisible(!problem.isEmpty());
    m_overview->setPackage(m_package);
    m_files->setPackage(m_package);
    m_scripts->setPackage(m_package);
    m_signature->setPackage(m_package);
    emit finished(m_path);
}

} // namespace apkdesk::ui
