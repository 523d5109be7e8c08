#include "repositories/PackageFetchJob.h"

#include "packages/PackageReader.h"
#include "repositories/DownloadJob.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace apkdesk {

PackageFetchJob::PackageFetchJob(NetworkAccess *access, const RepositoryLocation &location,
                                 const PackageReference &package, const QString &targetDirectory,
                                 ControlChecksumFunction checksum, QObject *parent)
    : PackageFetchJob(access, location.archUrl(), package, targetDirectory, std::move(checksum), parent)
{ }

PackageFetchJob::PackageFetchJob(NetworkAccess *access, const QUrl &folderUrl,
                                 const PackageReference &package, const QString &targetDirectory,
                                 ControlChecksumFunction checksum, QObject *parent)
    : AsyncJob(parent), m_access(access), m_folder(folderUrl), m_package(package),
      m_directory(QDir(targetDirectory).absolutePath()),
      m_checksum(checksum ? std::move(checksum)
                          : ControlChecksumFunction(&PackageFetchJob::controlChecksumOf))
{
    if (!m_folder.path().endsWith(QLatin1Char('/')))
        m_folder.setPath(m_folder.path() + QLatin1Char('/'));
}

PackageFetchJob::~PackageFetchJob() = default;

Result<QString> PackageFetchJob::controlChecksumOf(const QString &packagePath)
{
    PackageReader::Options options;
    options.readDataEntries = false;
    options.stopAfterControl = true;
    Result<ApkPackage> package = PackageReader::read(packagePath, options);
    if (!package)
        return package.error();
    const QString checksum = package->identityChecksum();
    if (checksum.isEmpty())
        return Error(Error::Kind::Format, tr("the package has no complete control member"))
            .withLocation(packagePath);
    return checksum;
}

QUrl PackageFetchJob::url() const
{
    QUrl url = m_folder;
    url.setPath(m_folder.path(QUrl::FullyDecoded)
                + RepositoryLocation::packageFileName(m_package.name, m_package.version));
    return url;
}

void PackageFetchJob::run()
{
    const QString fileName = RepositoryLocation::packageFileName(m_package.name, m_package.version);
    if (!isSafePathSegment(fileName) || !isSafePathSegment(m_package.name)) {
        finish(Error(Error::Kind::Unsafe, tr("'%1' is not a safe file name").arg(fileName)));
        return;
    }
    if (!m_checksum || m_package.checksum.isEmpty()) {
        // apk never keeps a package it could not compare with the index (HOSTILE case 11).
        finish(
            Error(Error::Kind::InvalidArgument, tr("no index checksum to check %1 against").arg(fileName)));
        return;
    }
    const QString target = m_directory + QLatin1Char('/') + fileName;
    m_download = new DownloadJob(m_access, url(), target, this);
    if (m_package.size > 0)
        m_download->setMaxBytes(m_package.size);
    const PackageReference package = m_package;
    const ControlChecksumFunction checksum = m_checksum;
    const QUrl source = url();
    m_download->setVerifier([package, checksum, source](const QString &path) -> Status {
        const qint64 size = QFileInfo(path).size();
        if (package.size >= 0 && size != package.size)
            return Error(Error::Kind::Untrusted,
                         tr("the file is %1 bytes but the index says %2; it was not kept")
                             .arg(size)
                             .arg(package.size))
                .withLocation(source.toDisplayString());
        Result<QString> actual = checksum(path);
        if (!actual)
            return Error(actual.error().kind(),
                         tr("not a readable package (%1); it was not kept").arg(actual.error().message()))
                .withLocation(source.toDisplayString());
        if (*actual != package.checksum)
            return Error(Error::Kind::Untrusted,
                         tr("its control checksum %1 differs from the index's C:%2; it was not kept")
                             .arg(*actual, package.checksum))
                .withLocation(source.toDisplayString());
        return {};
    });
    connect(m_download, &AsyncJob::progress, this, &AsyncJob::progress);
    connect(m_download, &AsyncJob::statusMessage, this, &AsyncJob::statusMessage);
    connect(m_download, &AsyncJob::finished, this, [this, target](const Status &result) {
        m_download->deleteLater();
        m_download = nullptr;
        if (result)
            m_path = target;
        if (!result && result.error().kind() == Error::Kind::LimitExceeded && m_package.size >= 0) {
            // The server sends more than the index's S: it is not the package the index lists.
            finish(Error(Error::Kind::Untrusted,
                         tr("the server sends more than the %1 bytes the index lists; it was not kept")
                             .arg(m_package.size))
                       .withLocation(url().toDisplayString()));
            return;
        }
        finish(result);
    });
    m_download->start();
}

void PackageFetchJob::abort()
{
    if (m_download) {
        disconnect(m_download, nullptr, this, nullptr);
        m_download->cancel();
        m_download->deleteLater();
        m_download = nullptr;
    }
}

} // namespace apkdesk
