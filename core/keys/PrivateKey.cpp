#include "keys/PrivateKey.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace apkdesk {

namespace {

constexpr qint64 kMaxKeyFileSize = 1024 * 1024;

QString lastOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

// OpenSSL asks for the passphrase through this callback; we hand it over once so a
// missing passphrase fails instead of prompting on the terminal.
struct PassphraseState
{
    QByteArray passphrase;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int, void *userdata)
{
    auto *state = static_cast<PassphraseState *>(userdata);
    state->asked = true;
    if (state->passphrase.isEmpty() || state->passphrase.size() > size)
        return -1;
    memcpy(buffer, state->passphrase.constData(), size_t(state->passphrase.size()));
    return int(state->passphrase.size());
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

} // namespace

struct PrivateKey::Data
{
    EVP_PKEY *pkey = nullptr;
    ~Data() { EVP_PKEY_free(pkey); }
};

PrivateKey::PrivateKey() = default;
PrivateKey::~PrivateKey() = default;
PrivateKey::PrivateKey(const PrivateKey &) = default;
PrivateKey &PrivateKey::operator=(const PrivateKey &) = default;

bool PrivateKey::isEncryptedPem(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        || (pem.contains("-----BEGIN RSA PRIVATE KEY-----") && pem.contains("Proc-Type: 4,ENCRYPTED"));
}

bool PrivateKey::isEncryptedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isEncryptedPem(file.read(kMaxKeyFileSize));
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem, const QString &passphrase,
                                       const QString &location)
{
    auto fail = [&](Error::Kind kind, const QString &message) {
        return Error(kind, message).withLocation(location);
    };
    if (pem.contains("-----BEGIN PUBLIC KEY-----") || pem.contains("-----BEGIN RSA PUBLIC KEY-----"))
        return fail(Error::Kind::Crypto,
                    QCoreApplication::translate(
                        "apkdesk::PrivateKey",
                        "this is a public key; signing needs the private key (the file without .pub)"));
    if (!pem.contains("-----BEGIN ") || !pem.contains("PRIVATE KEY-----"))
        return fail(Error::Kind::Format,
                    QCoreApplication::translate("apkdesk::PrivateKey", "not a PEM private key"));
    if (!pem.contains("-----END "))
        return fail(Error::Kind::Truncated,
                    QCoreApplication::translate("apkdesk::PrivateKey",
                                                "the PEM private key is cut short (no END line)"));

    const bool encrypted = isEncryptedPem(pem);
    if (encrypted && passphrase.isEmpty())
        return fail(Error::Kind::Auth,
                    QCoreApplication::translate("apkdesk::PrivateKey",
                                                "the private key is encrypted: a passphrase is needed"));

    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PassphraseState state { passphrase.toUtf8(), false };
    ERR_clear_error();
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &state);
    state.passphrase.fill('\0');
    if (!pkey) {
        const QString detail = lastOpenSslError();
        if (encrypted)
            return fail(
                Error::Kind::Auth,
                QCoreApplication::translate("apkdesk::PrivateKey", "wrong passphrase for the private key"));
        return fail(
            Error::Kind::Format,
            QCoreApplication::translate("apkdesk::PrivateKey",
                                        "the private key cannot be read (damaged or truncated PEM): %1")
                .arg(detail));
    }
    PrivateKey key;
    key.m_d = std::make_shared<Data>();
    key.m_d->pkey = pkey;
    if (EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA)
        return fail(Error::Kind::Crypto,
                    QCoreApplication::translate("apkdesk::PrivateKey",
                                                "not an RSA key (%1): Alpine signatures need RSA")
                        .arg(QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(pkey)))));
    return key;
}

Result<PrivateKey> PrivateKey::load(const QString &path, const QString &passphrase)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("apkdesk::PrivateKey", "no such key file"))
            .withLocation(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::PrivateKey", "cannot read the key: %1")
                         .arg(file.errorString()))
            .withLocation(path);
    if (file.size() > kMaxKeyFileSize)
        return Error(Error::Kind::LimitExceeded,
                     QCoreApplication::translate("apkdesk::PrivateKey", "the file is too large to be a key"))
            .withLocation(path);
    QByteArray pem = file.readAll();
    Result<PrivateKey> key = fromPem(pem, passphrase, path);
    pem.fill('\0');
    if (key)
        qCDebug(lcKeys) << "loaded private key" << path << key->bits() << "bits";
    return key;
}

Result<PrivateKey> PrivateKey::generate(int bits)
{
    if (bits < kMinimumSafeRsaBits)
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate(
                         "apkdesk::PrivateKey", "refusing to generate a %1-bit RSA key: use at least %2 bits")
                         .arg(bits)
                         .arg(kMinimumSafeRsaBits));
    if (bits > 16384)
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PrivateKey",
                                                 "%1 bits is more than Apkdesk supports (16384)")
                         .arg(bits));
    EVP_PKEY *pkey = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!pkey)
        return Error(Error::Kind::Crypto,
                     QCoreApplication::translate("apkdesk::PrivateKey", "RSA key generation failed: %1")
                         .arg(lastOpenSslError()));
    PrivateKey key;
    key.m_d = std::make_shared<Data>();
    key.m_d->pkey = pkey;
    return key;
}

int PrivateKey::bits() const
{
    return m_d ? EVP_PKEY_get_bits(m_d->pkey) : 0;
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_d)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_d->pkey, &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

QByteArray PrivateKey::publicKeyPem() const
{
    if (!m_d)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_d->pkey) != 1)
        return {};
    return bioContents(bio.get());
}

QString PrivateKey::fingerprint() const
{
    const QByteArray der = publicKeyDer();
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

bool PrivateKey::matchesPublicKeyDer(const QByteArray &spkiDer) const
{
    return !spkiDer.isEmpty() && publicKeyDer() == spkiDer;
}

Result<QByteArray> PrivateKey::toPkcs8Pem(const QString &passphrase) const
{
    if (!m_d)
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PrivateKey", "no key"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    int ok = 0;
    if (passphrase.isEmpty()) {
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_d->pkey, nullptr, nullptr, 0, nullptr, nullptr);
    } else {
        // PBES2 with AES-256-CBC; OpenSSL 3 picks PBKDF2-HMAC-SHA256 for it.
        QByteArray secret = passphrase.toUtf8();
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_d->pkey, EVP_aes_256_cbc(), secret.data(),
                                           int(secret.size()), nullptr, nullptr);
        secret.fill('\0');
    }
    if (ok != 1)
        return Error(Error::Kind::Crypto,
                     QCoreApplication::translate("apkdesk::PrivateKey", "cannot encode the private key: %1")
                         .arg(lastOpenSslError()));
    return bioContents(bio.get());
}

Result<QByteArray> PrivateKey::sign(const QByteArray &data, SignatureDigest digest) const
{
    if (!m_d)
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PrivateKey", "no key"));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const EVP_MD *md = digest == SignatureDigest::Sha256 ? EVP_sha256() : EVP_sha1();
    EVP_PKEY_CTX *pctx = nullptr;
    size_t length = 0;
    QByteArray signature;
    bool ok = EVP_DigestSignInit(ctx, &pctx, md, nullptr, m_d->pkey) == 1
        && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1
        && EVP_DigestSignUpdate(ctx, data.constData(), size_t(data.size())) == 1
        && EVP_DigestSignFinal(ctx, nullptr, &length) == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSignFinal(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length) == 1;
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error(
            Error::Kind::Crypto,
            QCoreApplication::translate("apkdesk::PrivateKey", "signing failed: %1").arg(lastOpenSslError()));
    return signature;
}

void *PrivateKey::nativeHandle() const
{
    return m_d ? m_d->pkey : nullptr;
}

} // namespace apkdesk
