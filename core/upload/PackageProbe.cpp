#include "upload/PackageProbe.h"

#include "packages/PackageReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace apkdesk {

Result<UploadPackage> PackageProbe::probe(const QString &path, const TrustStore &trust,
                                          const std::atomic_bool *cancel)
{
    PackageReader::Options options;
    options.trust = trust;
    options.cancel = cancel;
    // Data entries are checked (each file's checksum) but not kept: a package with a
    // corrupt payload must be flagged before upload, and memory stays flat.
    options.readDataEntries = true;
    options.maxDataEntries = 0;
    auto package = PackageReader::read(path, options);
    if (!package)
        return package.error();
    UploadPackage result;
    const QFileInfo info(path);
    result.path = info.absoluteFilePath();
    result.fileName = info.fileName();
    result.size = package->fileSize;
    result.verdict = package->verdict;
    if (package->hasPkgInfo) {
        result.name = package->pkgInfo.name();
        result.version = package->pkgInfo.version();
        result.arch = package->pkgInfo.arch();
    }
    result.identity = package->identityChecksum();
    return result;
}

Result<QStringList> PackageProbe::collect(const QStringList &filesOrFolders)
{
    QStringList files;
    for (const QString &entry : filesOrFolders) {
        const QFileInfo info(entry);
        if (!info.exists())
            return Error(Error::Kind::NotFound,
                         QCoreApplication::translate("apkdesk::PackageProbe", "No such file or folder"))
                .withLocation(entry);
        if (info.isDir()) {
            QStringList found;
            // Depth 2 at most (<repo>/<arch>/x.apk): abuild's layout, not a whole disk.
            QDirIterator it(info.absoluteFilePath(), { QStringLiteral("*.apk") }, QDir::Files,
                            QDirIterator::Subdirectories);
            const int baseDepth = QDir::cleanPath(info.absoluteFilePath()).count(QLatin1Char('/'));
            while (it.hasNext()) {
                const QString path = it.next();
                if (QDir::cleanPath(path).count(QLatin1Char('/')) - baseDepth <= 3)
                    found << path;
            }
            found.sort();
            files << found;
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

} // namespace apkdesk
