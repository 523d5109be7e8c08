#include "keys/PublicKey.h"

#include "signatures/DigestCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublicKey", text);
}

const EVP_MD *messageDigest(DigestAlgorithm algorithm)
{
    return fetchedDigest(algorithm);
}

// Decodes a PEM public key of the given OpenSSL structure ("SubjectPublicKeyInfo" or
// "type-specific" for PKCS#1 "RSA PUBLIC KEY").
EVP_PKEY *decodePublic(const QByteArray &pem, const char *structure)
{
    EVP_PKEY *pkey = nullptr;
    OSSL_DECODER_CTX *ctx =
        OSSL_DECODER_CTX_new_for_pkey(&pkey, "PEM", structure, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
    if (!ctx)
        return nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
    size_t length = size_t(pem.size());
    if (!OSSL_DECODER_from_data(ctx, &data, &length))
        pkey = nullptr;
    OSSL_DECODER_CTX_free(ctx);
    return pkey;
}

} // namespace

QString digestAlgorithmName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1: return QStringLiteral("sha1");
    case DigestAlgorithm::Sha256: return QStringLiteral("sha256");
    case DigestAlgorithm::Sha512: return QStringLiteral("sha512");
    }
    return {};
}

int digestLength(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1: return 20;
    case DigestAlgorithm::Sha256: return 32;
    case DigestAlgorithm::Sha512: return 64;
    }
    return 0;
}

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey &) = default;
PublicKey &PublicKey::operator=(const PublicKey &) = default;

Result<PublicKey> PublicKey::fromPem(const QByteArray &pem)
{
    if (pem.trimmed().isEmpty())
        return Error(Error::Kind::Crypto, tr("empty file, not a public key"));
    if (pem.contains("PRIVATE KEY-----"))
        return Error(Error::Kind::Crypto, tr("this is a private key, not a public key"));
    if (pem.contains("-----BEGIN CERTIFICATE-----"))
        return Error(Error::Kind::Crypto, tr("this is an X.509 certificate, not a public key"));
    EVP_PKEY *pkey = nullptr;
    if (pem.contains("-----BEGIN PUBLIC KEY-----"))
        pkey = decodePublic(pem, "SubjectPublicKeyInfo");
    else if (pem.contains("-----BEGIN RSA PUBLIC KEY-----"))
        pkey = decodePublic(pem, "type-specific");
    else if (!pem.contains("-----BEGIN "))
        return Error(Error::Kind::Crypto, tr("not a PEM file (no -----BEGIN line)"));
    if (!pkey) {
        // Either damaged PEM or a public key that is not RSA (apk only uses RSA).
        EVP_PKEY *any = nullptr;
        OSSL_DECODER_CTX *ctx = OSSL_DECODER_CTX_new_for_pkey(&any, "PEM", nullptr, nullptr,
                                                              EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        if (ctx) {
            const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
            size_t length = size_t(pem.size());
            OSSL_DECODER_from_data(ctx, &data, &length);
            OSSL_DECODER_CTX_free(ctx);
        }
        if (any) {
            const QString type = QString::fromLatin1(EVP_PKEY_get0_type_name(any));
            EVP_PKEY_free(any);
            return Error(Error::Kind::Crypto, tr("a %1 public key; apk signatures need RSA").arg(type));
        }
        return Error(Error::Kind::Crypto, tr("not a readable RSA public key (damaged or unknown PEM block)"));
    }
    PublicKey key;
    key.m_key.reset(pkey, EVP_PKEY_free);
    key.m_fingerprint = key.fingerprintSha256();
    return key;
}

Result<PublicKey> PublicKey::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Kind::NotFound, tr("no such file")).withLocation(path);
    if (info.isDir())
        return Error(Error::Kind::InvalidArgument, tr("is a directory, not a key file")).withLocation(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString()).withLocation(path);
    constexpr qint64 MaxKeyFile = 1 << 20;
    const QByteArray pem = file.read(MaxKeyFile + 1);
    if (pem.size() > MaxKeyFile)
        return Error(Error::Kind::LimitExceeded, tr("larger than 1 MiB, not a key file")).withLocation(path);
    auto key = fromPem(pem);
    if (!key)
        return key.error().withLocation(path);
    key->m_name = info.fileName();
    key->m_path = info.absoluteFilePath();
    return key;
}

bool PublicKey::isNull() const
{
    return !m_key;
}

int PublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString PublicKey::algorithm() const
{
    return m_key ? QString::fromLatin1(EVP_PKEY_get0_type_name(m_key.get())) : QString();
}

QByteArray PublicKey::derSpki() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

QByteArray PublicKey::toPem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray result;
    if (PEM_write_bio_PUBKEY(bio, m_key.get())) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        result = QByteArray(data, int(length));
    }
    BIO_free(bio);
    return result;
}

QByteArray PublicKey::fingerprintSha256() const
{
    if (!m_fingerprint.isEmpty())
        return m_fingerprint;
    const QByteArray der = derSpki();
    if (der.isEmpty())
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(der.constData(), size_t(der.size()), md, &length, fetchedDigest(DigestAlgorithm::Sha256),
               nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(length));
}

QString PublicKey::fingerprintHex() const
{
    return QString::fromLatin1(fingerprintSha256().toHex());
}

QString PublicKey::fingerprintBase64() const
{
    return QString::fromLatin1(fingerprintSha256().toBase64());
}

Status PublicKey::verifyDigest(DigestAlgorithm algorithm, const QByteArray &digest,
                               const QByteArray &signature) const
{
    if (!m_key)
        return Error(Error::Kind::Crypto, tr("no key"));
    if (digest.size() != digestLength(algorithm))
        return Error(Error::Kind::Crypto, tr("digest has the wrong length"));
    const int expectedLength = EVP_PKEY_get_size(m_key.get());
    if (signature.size() != expectedLength)
        return Error(Error::Kind::Crypto,
                     tr("signature is %1 bytes; a %2-bit key makes %3-byte signatures")
                         .arg(signature.size())
                         .arg(bits())
                         .arg(expectedLength));
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(m_key.get(), nullptr);
    if (!ctx)
        return Error(Error::Kind::Crypto, tr("cannot create a verification context"));
    int rc = EVP_PKEY_verify_init(ctx);
    if (rc > 0)
        rc = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
    if (rc > 0)
        rc = EVP_PKEY_CTX_set_signature_md(ctx, messageDigest(algorithm));
    if (rc > 0)
        rc = EVP_PKEY_verify(
            ctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
            reinterpret_cast<const unsigned char *>(digest.constData()), size_t(digest.size()));
    EVP_PKEY_CTX_free(ctx);
    if (rc != 1)
        return Error(Error::Kind::Crypto, tr("signature does not match"));
    return {};
}

evp_pkey_st *PublicKey::evpKey() const
{
    return m_key.get();
}

} // namespace apkdesk
