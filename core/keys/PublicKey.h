#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace apkdesk {

enum class DigestAlgorithm { Sha1, Sha256, Sha512 };
APKDESK_CORE_EXPORT QString digestAlgorithmName(DigestAlgorithm algorithm); // "sha1", "sha256", "sha512"
APKDESK_CORE_EXPORT int digestLength(DigestAlgorithm algorithm);

// An RSA public key as apk and abuild use them (`<name>.rsa.pub`, PEM). Loaded with OpenSSL 3
// EVP from SubjectPublicKeyInfo ("PUBLIC KEY") or PKCS#1 ("RSA PUBLIC KEY") PEM. Cheap to
// copy (shared handle).
class APKDESK_CORE_EXPORT PublicKey
{
public:
    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey &);
    PublicKey &operator=(const PublicKey &);

    // Errors: Crypto with a message saying what the bytes are instead (private key, a
    // certificate, not PEM at all, not RSA...).
    static Result<PublicKey> fromPem(const QByteArray &pem);
    // Reads at most 1 MiB. Directories, missing files: NotFound/Io.
    static Result<PublicKey> load(const QString &path);

    bool isNull() const;
    QString name() const { return m_name; } // file name it was loaded from, e.g. fixture-6b0ae07e.rsa.pub
    void setName(const QString &name) { m_name = name; }
    QString filePath() const { return m_path; }

    int bits() const;
    QString algorithm() const; // "RSA"
    QByteArray derSpki() const; // DER SubjectPublicKeyInfo
    QByteArray toPem() const; // "-----BEGIN PUBLIC KEY-----" form
    QByteArray fingerprintSha256() const; // SHA-256 of derSpki(), raw 32 bytes
    QString fingerprintHex() const;
    QString fingerprintBase64() const;

    // Verifies an RSA PKCS#1 v1.5 signature over an already computed digest.
    // Error kind Crypto ("signature does not match") when it does not verify.
    Status verifyDigest(DigestAlgorithm algorithm, const QByteArray &digest,
                        const QByteArray &signature) const;

    // The OpenSSL handle, for code in core that needs it (owned by this object).
    evp_pkey_st *evpKey() const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_fingerprint; // computed once at load: DER encoding costs more than a verify
    QString m_name;
    QString m_path;
};

} // namespace apkdesk
