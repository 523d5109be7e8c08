#include "upload/UploadErrors.h"

#include "upload/Jwt.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace apkdesk::UploadErrors {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::UploadErrors", text);
}

Error withServerText(Error::Kind kind, const QString &message, const QByteArray &body)
{
    const QString text = serverText(body);
    if (text.isEmpty())
        return Error(kind, message);
    return Error(kind, message + QLatin1Char(' ') + tr("Server said: \"%1\"").arg(text));
}

QString claimValue(const std::optional<Jwt> &token, const QString &claim)
{
    if (!token)
        return QString();
    const QJsonValue value = token->claims().value(claim);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

} // namespace

QString serverText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096)).simplified();
    // Printable characters only: a server must not be able to paint the terminal.
    text.removeIf([](QChar c) { return !c.isPrint(); });
    if (text.size() > 300)
        text = text.left(297) + QStringLiteral("...");
    return text;
}

Error reposerveUnauthorized(const QByteArray &body, const std::optional<Jwt> &token)
{
    const QString text = serverText(body);
    static const QRegularExpression unknownKey(QStringLiteral("^Unknown key id\\s*(.*)$"));
    static const QRegularExpression missingClaim(
        QStringLiteral("^Claim\\s+\"?([^\"]+?)\"?\\s+is not in the token$"));
    static const QRegularExpression wrongClaim(
        QStringLiteral("^Expected claim\\s+\"?([^\"=]+?)\"?\\s*==\\s*\"?(.*?)\"?$"));

    QString message;
    if (text.isEmpty() || text.startsWith(QLatin1String("Missing bearer token"))) {
        message = tr("The server received no token. Set a token for this server and try again.");
    } else if (text.contains(QLatin1String("ExpiredSignature"))) {
        message = tr("The server refused the token because it has expired. Get a new token "
                     "(CI job tokens live only as long as the job).");
    } else if (text.contains(QLatin1String("InvalidSignature"))) {
        message = tr("The server could not verify the token's signature: it was not issued by "
                     "the identity provider this server trusts, or it was altered.");
    } else if (auto m = unknownKey.match(text); m.hasMatch()) {
        message = tr("The token is signed with key \"%1\", which the server does not know. The "
                     "token comes from another identity provider, or the provider changed its "
                     "keys and the server has not picked them up yet.")
                      .arg(m.captured(1).trimmed());
    } else if (auto m = missingClaim.match(text); m.hasMatch()) {
        message = tr("The server only accepts tokens that carry the claim \"%1\", and this "
                     "token has none. Use a token issued for this repository.")
                      .arg(m.captured(1));
    } else if (auto m = wrongClaim.match(text); m.hasMatch()) {
        const QString actual = claimValue(token, m.captured(1));
        message = actual.isEmpty()
            ? tr("The server only accepts tokens whose claim \"%1\" is \"%2\". Use a token "
                 "issued for this repository.")
                  .arg(m.captured(1), m.captured(2))
            : tr("The server only accepts tokens whose claim \"%1\" is \"%2\", but this token "
                 "says \"%3\". Use a token issued for this repository.")
                  .arg(m.captured(1), m.captured(2), actual);
    } else {
        message = tr("The server refused the token.");
    }
    return withServerText(Error::Kind::Auth, message, body);
}

Error forStatus(ServerProfile::Kind kind, int status, const QByteArray &body, const std::optional<Jwt> &token)
{
    const bool gitea = kind == ServerProfile::Kind::Gitea;
    switch (status) {
    case 400:
        return withServerText(Error::Kind::Http,
                              gitea ? tr("The registry rejected the package as invalid (name, "
                                         "version, branch, repository or architecture).")
                                    : tr("The server rejected the request as malformed."),
                              body);
    case 401:
        if (!gitea)
            return reposerveUnauthorized(body, token);
        return withServerText(Error::Kind::Auth,
                              tr("The registry did not accept the user name and token. Check "
                                 "both, and that the token has the package write scope."),
                              body);
    case 403:
        return withServerText(Error::Kind::Auth,
                              gitea ? tr("The registry refused the upload: the package quota is "
                                         "used up, or this user may not publish for this owner.")
                                    : tr("The server accepted the token but does not allow it "
                                         "to upload here."),
                              body);
    case 404:
        return withServerText(Error::Kind::Http,
                              gitea ? tr("The registry was not found: check the server address "
                                         "and the package owner, and that packages are enabled.")
                                    : tr("The server has no upload endpoint at this address: "
                                         "check the server address, or the server has uploads "
                                         "(jwt) disabled."),
                              body);
    case 409:
        return withServerText(Error::Kind::Http,
                              tr("This package file already exists in the registry. Delete it "
                                 "there first or bump the package release."),
                              body);
    case 413:
        return withServerText(Error::Kind::LimitExceeded,
                              tr("The server refused the upload as too large (HTTP 413): raise "
                                 "the body size limit of the server or its reverse proxy."),
                              body);
    case 429:
        return withServerText(Error::Kind::Http,
                              tr("The server is rate limiting uploads (HTTP 429): try again "
                                 "later."),
                              body);
    default: break;
    }
    if (status >= 500)
        return withServerText(Error::Kind::Http,
                              tr("The server failed while handling the upload (HTTP %1). The "
                                 "package may or may not have been stored: the index check "
                                 "will tell.")
                                  .arg(status),
                              body);
    if (status >= 300 && status < 400)
        return Error(Error::Kind::Unsafe,
                     tr("The server redirected the upload (HTTP %1). Apkdesk does not send a "
                        "token on to another address: use the final address in the profile.")
                         .arg(status));
    return withServerText(Error::Kind::Http, tr("The server answered HTTP %1.").arg(status), body);
}

} // namespace apkdesk::UploadErrors
