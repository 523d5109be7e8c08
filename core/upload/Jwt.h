#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace apkdesk {

// A JSON Web Token read WITHOUT verifying its signature: the server verifies, we only
// look inside so the user sees who issued the token and until when it is valid, and so
// an expired or malformed token is refused before a single byte is sent.
class APKDESK_CORE_EXPORT Jwt
{
public:
    enum class State {
        Valid,
        ExpiringSoon, // expires within the safety margin: the upload would likely fail midway
        Expired,
        NotYetValid,
    };

    // Default margin below which a token counts as expiring (HOSTILE.md case 26).
    static constexpr int kExpiryMarginSeconds = 60;

    // Parses "header.payload.signature" (base64url, JSON objects). Whitespace around the
    // token (a trailing newline from stdin) is ignored; anything else malformed is an error.
    static Result<Jwt> decode(const QByteArray &token);

    QString algorithm() const;
    QString keyId() const;
    QString issuer() const;
    QString subject() const;
    QStringList audience() const;
    std::optional<QDateTime> expiresAt() const { return m_expiresAt; }
    std::optional<QDateTime> notBefore() const { return m_notBefore; }
    std::optional<QDateTime> issuedAt() const { return m_issuedAt; }
    const QJsonObject &header() const { return m_header; }
    const QJsonObject &claims() const { return m_claims; }

    State stateAt(const QDateTime &now, int marginSeconds = kExpiryMarginSeconds) const;
    // Ok when the token may be sent now; an Auth error saying why not otherwise.
    Status checkUsable(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                       int marginSeconds = kExpiryMarginSeconds) const;
    // "issued by gitlab.com for project_path:x, valid until 2026-11-28 16:00 UTC"
    QString summary() const;

private:
    QJsonObject m_header;
    QJsonObject m_claims;
    std::optional<QDateTime> m_expiresAt;
    std::optional<QDateTime> m_notBefore;
    std::optional<QDateTime> m_issuedAt;
};

} // namespace apkdesk
