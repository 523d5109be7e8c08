#pragma once

// RSA keys, a JWKS file and RS256 tokens made with OpenSSL for the upload tests: the test
// server checks them like reposerve does, so every bad-token case is a real token.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace apkdesk::test {

class TokenIssuer
{
public:
    // A fresh RSA-2048 key with this key id.
    explicit TokenIssuer(const QString &keyId);
    ~TokenIssuer();
    TokenIssuer(const TokenIssuer &) = delete;
    TokenIssuer &operator=(const TokenIssuer &) = delete;

    bool isValid() const;
    QString keyId() const { return m_keyId; }
    // {"kty":"RSA","kid":...,"alg":"RS256","use":"sig","n":...,"e":...}
    QJsonObject jwk() const;
    // Signs header {"alg":"RS256","typ":"JWT","kid": kid (default: ours)} + claims.
    QByteArray sign(const QJsonObject &claims, const QString &kidOverride = {}) const;

    // Writes {"keys": [jwk of each issuer]} to `path`.
    static bool writeJwks(const QString &path, const QList<const TokenIssuer *> &issuers);

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
};

// Claims with iss/sub/project_path and an expiry `expiresIn` seconds from now.
QJsonObject standardClaims(qint64 expiresIn = 3600);

} // namespace apkdesk::test
