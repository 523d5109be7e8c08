#include "TestTokens.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace apkdesk::test {

struct TokenIssuer::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumBytes(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

} // namespace

TokenIssuer::TokenIssuer(const QString &keyId) : m_key(std::make_unique<Key>()), m_keyId(keyId)
{
    m_key->pkey = EVP_RSA_gen(2048);
}

TokenIssuer::~TokenIssuer() = default;

bool TokenIssuer::isValid() const
{
    return m_key->pkey != nullptr;
}

QJsonObject TokenIssuer::jwk() const
{
    return QJsonObject {
        { "kty", "RSA" },
        { "kid", m_keyId },
        { "alg", "RS256" },
        { "use", "sig" },
        { "n", QString::fromLatin1(base64Url(bigNumBytes(m_key->pkey, OSSL_PKEY_PARAM_RSA_N))) },
        { "e", QString::fromLatin1(base64Url(bigNumBytes(m_key->pkey, OSSL_PKEY_PARAM_RSA_E))) }
    };
}

QByteArray TokenIssuer::sign(const QJsonObject &claims, const QString &kidOverride) const
{
    const QJsonObject header { { "alg", "RS256" },
                               { "typ", "JWT" },
                               { "kid", kidOverride.isEmpty() ? m_keyId : kidOverride } };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size()))
            != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return signingInput + '.' + base64Url(signature);
}

bool TokenIssuer::writeJwks(const QString &path, const QList<const TokenIssuer *> &issuers)
{
    QJsonArray keys;
    for (const TokenIssuer *issuer : issuers)
        keys.append(issuer->jwk());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(QJsonObject { { "keys", keys } }).toJson()) > 0;
}

QJsonObject standardClaims(qint64 expiresIn)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject {
        { "iss", "ci.example" },          { "sub", "project_path:group/repo:ref_type:branch:ref:main" },
        { "project_path", "group/repo" }, { "iat", double(now - 10) },
        { "nbf", double(now - 10) },      { "exp", double(now + expiresIn) }
    };
}

} // namespace apkdesk::test
