#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace apkdesk {

enum class SignatureDigest { Sha1, Sha256 };

// An RSA private key (OpenSSL EVP_PKEY underneath), loaded from the PEM forms abuild and
// openssl write: PKCS#8 "PRIVATE KEY", PKCS#8 "ENCRYPTED PRIVATE KEY" (needs the
// passphrase) and traditional "RSA PRIVATE KEY" (plain or with a DEK-Info header).
// Copies share the key; the object is immutable and safe to use from worker threads.
class APKDESK_CORE_EXPORT PrivateKey
{
public:
    PrivateKey();
    ~PrivateKey();
    PrivateKey(const PrivateKey &);
    PrivateKey &operator=(const PrivateKey &);

    // Errors: Error::Kind::Auth for a missing or wrong passphrase (message says which),
    // Crypto for non-RSA keys or a public key given as private, Format/Truncated for
    // broken PEM, Io/NotFound for the file.
    static Result<PrivateKey> fromPem(const QByteArray &pem, const QString &passphrase = {},
                                      const QString &location = {});
    static Result<PrivateKey> load(const QString &path, const QString &passphrase = {});
    // New RSA key with exponent 65537. `bits` below 2048 is refused for generation
    // (abuild-compatible keys are 4096 by default; 1024 and less are weak).
    static Result<PrivateKey> generate(int bits);

    // Whether the PEM text needs a passphrase (without trying one).
    static bool isEncryptedPem(const QByteArray &pem);
    static bool isEncryptedFile(const QString &path);

    bool isNull() const { return !m_d; }
    int bits() const;
    QByteArray publicKeyDer() const; // DER SubjectPublicKeyInfo
    QByteArray publicKeyPem() const; // "-----BEGIN PUBLIC KEY-----" (what .rsa.pub holds)
    QString fingerprint() const; // hex SHA-256 of publicKeyDer()
    bool matchesPublicKeyDer(const QByteArray &spkiDer) const;

    // PKCS#8 PEM; encrypted with PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC when a
    // passphrase is given.
    Result<QByteArray> toPkcs8Pem(const QString &passphrase = {}) const;

    // RSA PKCS#1 v1.5 signature over `data` with SHA-1 or SHA-256.
    Result<QByteArray> sign(const QByteArray &data, SignatureDigest digest) const;

    // The EVP_PKEY*, for code inside core that needs OpenSSL directly.
    void *nativeHandle() const;

private:
    struct Data;
    std::shared_ptr<Data> m_d;
};

// Below this many bits a key is weak: refused for generation, warned about on import.
constexpr int kMinimumSafeRsaBits = 2048;
constexpr int kDefaultRsaBits = 4096;

} // namespace apkdesk
