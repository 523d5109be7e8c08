#include "repositories/RepositoryLocation.h"

#include "repositories/NetworkAccess.h"

#include <QCoreApplication>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::RepositoryLocation", text);
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/"))
        path.clear();
    url.setPath(path);
    return url;
}

QUrl appendPath(const QUrl &base, const QStringList &segments, bool trailingSlash)
{
    QUrl url = base;
    QString path = url.path(QUrl::FullyDecoded);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + segment;
    if (trailingSlash)
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

// The path segments of a URL without empty ones (from '//' or a trailing '/').
QStringList segmentsOf(const QUrl &url)
{
    return url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QUrl withSegments(QUrl url, const QStringList &segments)
{
    url.setPath(segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/')));
    return url;
}

} // namespace

bool isSafePathSegment(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") || name.size() > 255)
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace())
            return false;
        switch (c.unicode()) {
        case '/':
        case '\\':
        case '<':
        case '>':
        case '"':
        case '\'':
        case '?':
        case '#':
        case '%':
        case '`': return false;
        default: break;
        }
    }
    return true;
}

Result<RepositoryLocation> RepositoryLocation::create(const QUrl &base, const QString &version,
                                                      const QString &repository, const QString &arch)
{
    if (Status ok = NetworkAccess::checkUrl(base); !ok)
        return ok.error();
    if (base.hasQuery() || base.hasFragment())
        return Error(Error::Kind::InvalidArgument, tr("a repository URL cannot have a query or fragment"))
            .withLocation(base.toDisplayString());
    const std::pair<QString, QString> parts[] = { { tr("version"), version },
                                                  { tr("repository"), repository },
                                                  { tr("architecture"), arch } };
    for (const auto &[what, value] : parts)
        if (!isSafePathSegment(value))
            return Error(Error::Kind::InvalidArgument, tr("'%1' is not a valid %2 name").arg(value, what))
                .withLocation(base.toDisplayString());
    RepositoryLocation location;
    location.base = withoutTrailingSlash(base);
    location.version = version;
    location.repository = repository;
    location.arch = arch;
    return location;
}

Result<RepositoryLocation> RepositoryLocation::fromArchUrl(const QUrl &url)
{
    QStringList segments = segmentsOf(url);
    if (!segments.isEmpty() && segments.last() == QLatin1String("APKINDEX.tar.gz"))
        segments.removeLast();
    if (segments.size() < 3)
        return Error(Error::Kind::InvalidArgument,
                     tr("expected a URL ending in <version>/<repository>/<arch>/"))
            .withLocation(url.toDisplayString());
    const QString arch = segments.takeLast();
    const QString repository = segments.takeLast();
    const QString version = segments.takeLast();
    return create(withSegments(url, segments), version, repository, arch);
}

Result<RepositoryLocation> RepositoryLocation::fromRepositoryUrl(const QUrl &url, const QString &arch)
{
    QStringList segments = segmentsOf(url);
    if (segments.size() < 2)
        return Error(Error::Kind::InvalidArgument, tr("expected a URL ending in <version>/<repository>"))
            .withLocation(url.toDisplayString());
    const QString repository = segments.takeLast();
    const QString version = segments.takeLast();
    return create(withSegments(url, segments), version, repository, arch);
}

QUrl RepositoryLocation::repositoryUrl() const
{
    return appendPath(base, { version, repository }, false);
}

QUrl RepositoryLocation::archUrl() const
{
    return appendPath(base, { version, repository, arch }, true);
}

QUrl RepositoryLocation::indexUrl() const
{
    return appendPath(base, { version, repository, arch, QStringLiteral("APKINDEX.tar.gz") }, false);
}

QString RepositoryLocation::packageFileName(const QString &name, const QString &packageVersion)
{
    return name + QLatin1Char('-') + packageVersion + QStringLiteral(".apk");
}

QUrl RepositoryLocation::packageUrl(const QString &name, const QString &packageVersion) const
{
    return appendPath(base, { version, repository, arch, packageFileName(name, packageVersion) }, false);
}

QString RepositoryLocation::displayName() const
{
    const QString where = isLocal() ? base.toLocalFile() : base.host();
    return tr("%1/%2/%3 on %4").arg(version, repository, arch, where);
}

} // namespace apkdesk
