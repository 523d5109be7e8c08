#include "UploadJwtCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>
#include <optional>

namespace apkdesk::testserver {

namespace {

std::optional<QByteArray> base64Url(const QByteArray &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text,
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> jsonObject(const QByteArray &segment)
{
    const auto bytes = base64Url(segment);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

// An RSA public key from the JWK's base64url modulus and exponent.
Pkey rsaFromJwk(const QJsonObject &jwk)
{
    const auto n = base64Url(jwk.value(QLatin1String("n")).toString().toLatin1());
    const auto e = base64Url(jwk.value(QLatin1String("e")).toString().toLatin1());
    if (!n || !e || n->isEmpty() || e->isEmpty())
        return nullptr;
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()), nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    if (ctx && params && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn);
    BN_free(be);
    return Pkey(key);
}

bool verifyRs256(EVP_PKEY *key, const QByteArray &signedPart, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(
               ctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
               reinterpret_cast<const unsigned char *>(signedPart.constData()), size_t(signedPart.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

JwtCheck failed(const QByteArray &why)
{
    JwtCheck check;
    check.failure = why;
    return check;
}

QString claimText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

} // namespace

QMap<QString, QString> parseClaimsOption(const QString &option)
{
    QMap<QString, QString> claims;
    const QStringList pairs = option.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            claims.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return claims;
}

JwtCheck checkBearerToken(const QByteArray &authorization, const QString &jwksPath,
                          const QMap<QString, QString> &requiredClaims, qint64 now)
{
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return failed("Missing bearer token");
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return failed("InvalidToken");
    const auto header = jsonObject(parts.at(0));
    const auto claims = jsonObject(parts.at(1));
    const auto signature = base64Url(parts.at(2));
    if (!header || !claims || !signature)
        return failed("InvalidToken");
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return failed("InvalidAlgorithm");

    QFile file(jwksPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed("JWKS unavailable");
    const QJsonArray keys =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("keys")).toArray();
    const QString kid = header->value(QLatin1String("kid")).toString();
    QJsonObject jwk;
    for (const QJsonValue &value : keys) {
        if (value.toObject().value(QLatin1String("kid")).toString() == kid) {
            jwk = value.toObject();
            break;
        }
    }
    if (jwk.isEmpty())
        return failed("Unknown key id " + kid.toUtf8());
    const Pkey key = rsaFromJwk(jwk);
    if (!key || !verifyRs256(key.get(), parts.at(0) + '.' + parts.at(1), *signature))
        return failed("InvalidSignature");

    const QJsonValue exp = claims->value(QLatin1String("exp"));
    if (!exp.isDouble())
        return failed("Claim exp is not in the token");
    if (qint64(exp.toDouble()) <= now)
        return failed("ExpiredSignature");
    const QJsonValue nbf = claims->value(QLatin1String("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) > now)
        return failed("ImmatureSignature");

    for (auto it = requiredClaims.cbegin(); it != requiredClaims.cend(); ++it) {
        if (!claims->contains(it.key()))
            return failed("Claim " + it.key().toUtf8() + " is not in the token");
        if (claimText(claims->value(it.key())) != it.value())
            return failed("Expected claim " + it.key().toUtf8() + " == " + it.value().toUtf8());
    }
    JwtCheck check;
    check.ok = true;
    check.claims = *claims;
    return check;
}

} // namespace apkdesk::testserver
