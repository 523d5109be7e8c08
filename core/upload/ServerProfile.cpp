#include "upload/ServerProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QUuid>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ServerProfile", text);
}

QUrl withPath(const QUrl &base, const QString &suffix)
{
    QUrl url = base;
    url.setPath(base.path() + suffix);
    return url;
}

} // namespace

QString UploadTarget::toString() const
{
    return version + QLatin1Char('/') + repo + QLatin1Char('/') + arch;
}

QString ServerProfile::kindName(Kind kind)
{
    return kind == Kind::Gitea ? QStringLiteral("gitea") : QStringLiteral("reposerve");
}

Result<ServerProfile::Kind> ServerProfile::kindFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("reposerve"))
        return Kind::Reposerve;
    if (lower == QLatin1String("gitea") || lower == QLatin1String("forgejo"))
        return Kind::Gitea;
    return Error(Error::Kind::InvalidArgument,
                 tr("Unknown server kind \"%1\": use reposerve or gitea.").arg(name));
}

Result<QUrl> ServerProfile::normaliseBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::InvalidArgument, tr("The server address is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error(Error::Kind::InvalidArgument,
                     tr("\"%1\" is not a valid address: %2").arg(trimmed, url.errorString()));
    // Never echo the credentials back: the message names only the host.
    if (!url.userInfo().isEmpty())
        return Error(Error::Kind::Unsafe,
                     tr("The address for %1 contains a user name or password. Remove them: "
                        "the token is kept in the keychain and sent in a header.")
                         .arg(url.host()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error(Error::Kind::InvalidArgument,
                     tr("The server address must start with https:// (or http:// for a local "
                        "test server)."));
    if (url.host().isEmpty())
        return Error(Error::Kind::InvalidArgument, tr("The server address has no host name."));
    if (url.hasQuery() || url.hasFragment())
        return Error(Error::Kind::InvalidArgument,
                     tr("The server address must not contain \"?\" or \"#\" parts."));
    QUrl normalised = url;
    normalised.setScheme(scheme);
    normalised.setHost(url.host().toLower());
    // cleanPath resolves "." and ".." and collapses "//"; the trailing slash goes.
    QString path = url.path().isEmpty() ? QString() : QDir::cleanPath(url.path());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalised.setPath(path);
    return normalised;
}

QString ServerProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status checkPathComponent(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return Error(Error::Kind::InvalidArgument, tr("The %1 is empty.").arg(what));
    if (value == QLatin1String(".") || value == QLatin1String("..") || value.contains(QLatin1Char('/'))
        || value.contains(QLatin1Char('\\')))
        return Error(Error::Kind::InvalidArgument,
                     tr("The %1 \"%2\" must be a single folder name.").arg(what, value));
    for (const QChar c : value) {
        if (!c.isPrint() || c.isSpace())
            return Error(Error::Kind::InvalidArgument,
                         tr("The %1 \"%2\" contains spaces or control characters.").arg(what, value));
    }
    return {};
}

Status ServerProfile::validate() const
{
    if (baseUrl.isEmpty())
        return Error(Error::Kind::InvalidArgument, tr("The profile has no server address."));
    auto normalised = normaliseBaseUrl(baseUrl.toString());
    if (!normalised)
        return normalised.error();
    if (kind == Kind::Gitea) {
        if (auto status = checkPathComponent(owner, tr("package owner")); !status)
            return status;
        if (user.trimmed().isEmpty())
            return Error(Error::Kind::InvalidArgument,
                         tr("A Gitea/Forgejo profile needs the user name that owns the token."));
    }
    return {};
}

bool isLoopbackHost(const QString &host)
{
    QString lower = host.toLower();
    if (lower.endsWith(QLatin1Char('.')))
        lower.chop(1);
    if (lower == QLatin1String("localhost") || lower.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(lower);
    return !address.isNull() && address.isLoopback();
}

Status ServerProfile::checkTransportAllowed() const
{
    if (baseUrl.scheme() == QLatin1String("https"))
        return {};
    if (isLoopbackHost(baseUrl.host()) || allowInsecureHttp)
        return {};
    return Error(Error::Kind::Unsafe,
                 tr("%1 uses plain http: the token would travel unencrypted. Use https, or "
                    "allow plain http explicitly for this server.")
                     .arg(baseUrl.host()))
        .withLocation(baseUrl.toDisplayString());
}

QUrl ServerProfile::uploadUrl(const UploadTarget &target) const
{
    if (kind == Kind::Reposerve)
        return withPath(baseUrl, QStringLiteral("/upload"));
    return withPath(baseUrl,
                    QStringLiteral("/api/packages/%1/alpine/%2/%3").arg(owner, target.version, target.repo));
}

QUrl ServerProfile::repositoryUrl(const UploadTarget &target) const
{
    if (kind == Kind::Reposerve)
        return withPath(baseUrl, QStringLiteral("/%1/%2/%3/").arg(target.version, target.repo, target.arch));
    return withPath(baseUrl,
                    QStringLiteral("/api/packages/%1/alpine/%2/%3/%4/")
                        .arg(owner, target.version, target.repo, target.arch));
}

QUrl ServerProfile::indexUrl(const UploadTarget &target) const
{
    QUrl url = repositoryUrl(target);
    url.setPath(url.path() + QStringLiteral("APKINDEX.tar.gz"));
    return url;
}

QUrl ServerProfile::registryKeyUrl() const
{
    return withPath(baseUrl, QStringLiteral("/api/packages/%1/alpine/key").arg(owner));
}

} // namespace apkdesk
