#pragma once

#include "repositories/AsyncJob.h"
#include "repositories/RepositoryLocation.h"

#include <apkdesk/core_export.h>

#include <QPointer>

#include <functional>

namespace apkdesk {

class NetworkAccess;
class DownloadJob;

// What the index says about one package, enough to fetch and check it.
struct APKDESK_CORE_EXPORT PackageReference
{
    QString name;
    QString version;
    QString checksum; // the index's C: ("Q1" + base64 SHA-1 of the control member)
    qint64 size = -1; // the index's S:, -1 when unknown
};

// Computes a downloaded package's C: value (H2's package reader). Must not trust anything in
// the file beyond computing the hash.
using ControlChecksumFunction = std::function<Result<QString>(const QString &packagePath)>;

// Downloads <arch url>/<name>-<version>.apk into a folder and keeps it only when its control
// checksum equals the index's C: (HOSTILE case 11) and its size the index's S:. A null
// ControlChecksumFunction means controlChecksumOf() (the package reader). A package that is
// not the one the index lists fails with Error::Kind::Untrusted.
class APKDESK_CORE_EXPORT PackageFetchJob : public AsyncJob
{
    Q_OBJECT
public:
    PackageFetchJob(NetworkAccess *access, const RepositoryLocation &location,
                    const PackageReference &package, const QString &targetDirectory,
                    ControlChecksumFunction checksum, QObject *parent = nullptr);
    // The same for any folder that holds the packages (a layout without version/repo/arch).
    PackageFetchJob(NetworkAccess *access, const QUrl &folderUrl, const PackageReference &package,
                    const QString &targetDirectory, ControlChecksumFunction checksum,
                    QObject *parent = nullptr);
    ~PackageFetchJob() override;

    // The C: of a package file, computed by the package reader (control member only).
    static Result<QString> controlChecksumOf(const QString &packagePath);

    // The kept file, once finished successfully.
    QString filePath() const { return m_path; }
    QUrl url() const;

protected:
    void run() override;
    void abort() override;

private:
    NetworkAccess *m_access;
    QUrl m_folder; // ends with '/'
    PackageReference m_package;
    QString m_directory;
    ControlChecksumFunction m_checksum;
    QString m_path;
    QPointer<DownloadJob> m_download;
};

} // namespace apkdesk
