#include "upload/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::Jwt", text);
}

Error malformed(const QString &why)
{
    return Error(Error::Kind::Format, tr("The token is not a valid JWT: %1").arg(why));
}

bool isBase64Url(const QByteArray &part)
{
    for (const char c : part) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

Result<QJsonObject> decodeSegment(const QByteArray &segment, const QString &name)
{
    if (segment.isEmpty() || !isBase64Url(segment))
        return malformed(tr("the %1 is not base64url text").arg(name));
    const auto decoded =
        QByteArray::fromBase64Encoding(segment,
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed(tr("the %1 is not base64url text").arg(name));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(tr("the %1 is not a JSON object").arg(name));
    return doc.object();
}

// NumericDate claims: seconds since the epoch, possibly fractional (RFC 7519 section 2).
Result<std::optional<QDateTime>> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QDateTime>();
    if (!value.isDouble())
        return malformed(tr("the claim \"%1\" is not a number").arg(name));
    const double seconds = value.toDouble();
    if (seconds < 0 || seconds > 253402300799.0) // year 9999
        return malformed(tr("the claim \"%1\" is out of range").arg(name));
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC));
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

Result<Jwt> Jwt::decode(const QByteArray &token)
{
    const QByteArray trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Auth, tr("The token is empty."));
    const QList<QByteArray> parts = trimmed.split('.');
    if (parts.size() != 3)
        return malformed(tr("it has %1 parts separated by dots instead of 3").arg(parts.size()));
    Jwt jwt;
    auto header = decodeSegment(parts.at(0), tr("header"));
    if (!header)
        return header.error();
    auto claims = decodeSegment(parts.at(1), tr("payload"));
    if (!claims)
        return claims.error();
    if (parts.at(2).isEmpty() || !isBase64Url(parts.at(2)))
        return malformed(tr("the signature is missing"));
    jwt.m_header = *header;
    jwt.m_claims = *claims;
    if (jwt.algorithm().isEmpty())
        return malformed(tr("the header names no algorithm"));
    if (jwt.algorithm().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return malformed(tr("it is unsigned (algorithm \"none\")"));
    auto exp = numericDate(jwt.m_claims, QStringLiteral("exp"));
    if (!exp)
        return exp.error();
    auto nbf = numericDate(jwt.m_claims, QStringLiteral("nbf"));
    if (!nbf)
        return nbf.error();
    auto iat = numericDate(jwt.m_claims, QStringLiteral("iat"));
    if (!iat)
        return iat.error();
    jwt.m_expiresAt = *exp;
    jwt.m_notBefore = *nbf;
    jwt.m_issuedAt = *iat;
    return jwt;
}

QString Jwt::algorithm() const
{
    return m_header.value(QLatin1String("alg")).toString();
}

QString Jwt::keyId() const
{
    return m_header.value(QLatin1String("kid")).toString();
}

QString Jwt::issuer() const
{
    return m_claims.value(QLatin1String("iss")).toString();
}

QString Jwt::subject() const
{
    return m_claims.value(QLatin1String("sub")).toString();
}

QStringList Jwt::audience() const
{
    const QJsonValue aud = m_claims.value(QLatin1String("aud"));
    if (aud.isString())
        return { aud.toString() };
    QStringList result;
    const QJsonArray array = aud.toArray();
    for (const QJsonValue &value : array)
        result << value.toString();
    return result;
}

Jwt::State Jwt::stateAt(const QDateTime &now, int marginSeconds) const
{
    if (m_expiresAt) {
        if (*m_expiresAt <= now)
            return State::Expired;
        if (now.secsTo(*m_expiresAt) < marginSeconds)
            return State::ExpiringSoon;
    }
    if (m_notBefore && *m_notBefore > now.addSecs(marginSeconds))
        return State::NotYetValid;
    return State::Valid;
}

Status Jwt::checkUsable(const QDateTime &now, int marginSeconds) const
{
    switch (stateAt(now, marginSeconds)) {
    case State::Valid: return {};
    case State::Expired:
        return Error(
            Error::Kind::Auth,
            tr("The token expired at %1. Get a new token before uploading.").arg(formatTime(*m_expiresAt)));
    case State::ExpiringSoon:
        return Error(Error::Kind::Auth,
                     tr("The token expires at %1, in less than %2 seconds: the upload could be "
                        "refused midway. Get a new token before uploading.")
                         .arg(formatTime(*m_expiresAt))
                         .arg(marginSeconds));
    case State::NotYetValid:
        return Error(Error::Kind::Auth,
                     tr("The token is not valid before %1 (check this computer's clock).")
                         .arg(formatTime(*m_notBefore)));
    }
    return {};
}

QString Jwt::summary() const
{
    QStringList parts;
    if (!issuer().isEmpty())
        parts << tr("issued by %1").arg(issuer());
    if (!subject().isEmpty())
        parts << tr("for %1").arg(subject());
    if (m_expiresAt)
        parts << tr("valid until %1").arg(formatTime(*m_expiresAt));
    else
        parts << tr("without expiry");
    return parts.join(QStringLiteral(", "));
}

} // namespace apkdesk
