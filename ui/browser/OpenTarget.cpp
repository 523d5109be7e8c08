#include "browser/OpenTarget.h"

#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace apkdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenTarget", text);
}

OpenTarget repositoryTarget(const RepositoryLocation &location)
{
    OpenTarget target;
    target.kind = OpenTarget::Kind::Repository;
    target.location = location;
    target.server.url = location.base;
    target.server.pinned.append({ location.version, location.repository });
    return target;
}

} // namespace

QStringList OpenTarget::archPath() const
{
    if (!location)
        return {};
    return { location->version, location->repository, location->arch };
}

Result<OpenTarget> OpenTarget::fromUrlOrPath(const QString &urlOrPath)
{
    const QFileInfo file(urlOrPath);
    if (file.isFile()) {
        OpenTarget target;
        target.kind = Kind::IndexFile;
        target.indexFile = file.absoluteFilePath();
        return target;
    }
    const QUrl url = file.isDir() ? QUrl::fromLocalFile(file.absoluteFilePath() + QLatin1Char('/'))
                                  : QUrl::fromUserInput(urlOrPath);
    if (const Status check = NetworkAccess::checkUrl(url); !check)
        return check.error();
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool namesIndex = url.path().endsWith(QLatin1String(".tar.gz"));
    // Three levels deep or naming the index: an arch folder. Shallower: a server root.
    if (namesIndex || segments.size() >= 3) {
        Result<RepositoryLocation> location = RepositoryLocation::fromArchUrl(url);
        if (location)
            return repositoryTarget(*location);
        if (namesIndex)
            return location.error();
    }
    OpenTarget target;
    target.server.url = url;
    return target;
}

Result<OpenTarget> OpenTarget::sample(const QString &sampleDirectory)
{
    const QDir dir(sampleDirectory);
    if (!dir.exists())
        return Error(Error::Kind::NotFound,
                     tr("The sample repository was not built: %1 does not exist "
                        "(build the apkdesk_sample_repo target).")
                         .arg(QDir::toNativeSeparators(sampleDirectory)));
    QDirIterator it(sampleDirectory, { QStringLiteral("APKINDEX.tar.gz") }, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList parts;
    while (it.hasNext() && parts.size() != 4)
        parts = dir.relativeFilePath(it.next()).split(QLatin1Char('/'));
    if (parts.size() != 4)
        return Error(Error::Kind::NotFound,
                     tr("No <version>/<repository>/<arch>/APKINDEX.tar.gz in %1")
                         .arg(QDir::toNativeSeparators(sampleDirectory)));
    Result<RepositoryLocation> location =
        RepositoryLocation::create(QUrl::fromLocalFile(dir.absolutePath()), parts[0], parts[1], parts[2]);
    if (!location)
        return location.error();
    OpenTarget target = repositoryTarget(*location);
    target.server.name = tr("Sample repository");
    target.server.url = QUrl::fromLocalFile(dir.absolutePath() + QLatin1Char('/'));
    const QString keys = dir.absoluteFilePath(QStringLiteral("keys"));
    if (QFileInfo(keys).isDir())
        target.server.extraKeyDirectories.append(keys);
    return target;
}

} // namespace apkdesk::ui
