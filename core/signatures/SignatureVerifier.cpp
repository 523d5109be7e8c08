#include "signatures/SignatureVerifier.h"

#include "signatures/DigestCache.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SignatureVerifier", text);
}

const EVP_MD *mdAt(int index)
{
    switch (index) {
    case 0: return fetchedDigest(DigestAlgorithm::Sha1);
    case 1: return fetchedDigest(DigestAlgorithm::Sha256);
    default: return fetchedDigest(DigestAlgorithm::Sha512);
    }
}

int indexOf(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1: return 0;
    case DigestAlgorithm::Sha256: return 1;
    case DigestAlgorithm::Sha512: return 2;
    }
    return 0;
}

} // namespace

QString signatureStateName(SignatureRecord::State state)
{
    switch (state) {
    case SignatureRecord::State::Valid: return QStringLiteral("valid");
    case SignatureRecord::State::Invalid: return QStringLiteral("invalid");
    case SignatureRecord::State::UntrustedKey: return QStringLiteral("untrusted-key");
    case SignatureRecord::State::Ignored: return QStringLiteral("ignored");
    case SignatureRecord::State::NotReached: return QStringLiteral("not-reached");
    }
    return {};
}

QString signatureVerdictName(SignatureVerdict::Kind kind)
{
    switch (kind) {
    case SignatureVerdict::Kind::Trusted: return QStringLiteral("trusted");
    case SignatureVerdict::Kind::Untrusted: return QStringLiteral("untrusted");
    case SignatureVerdict::Kind::Unsigned: return QStringLiteral("unsigned");
    case SignatureVerdict::Kind::BadSignature: return QStringLiteral("bad-signature");
    }
    return {};
}

MultiDigest::MultiDigest()
{
    reset();
}

MultiDigest::~MultiDigest()
{
    for (auto *ctx : m_ctx)
        EVP_MD_CTX_free(ctx);
}

void MultiDigest::reset(bool sha1, bool sha256, bool sha512)
{
    m_enabled = { sha1, sha256, sha512 };
    for (int i = 0; i < 3; ++i) {
        m_results[size_t(i)].clear();
        if (!m_enabled[size_t(i)])
            continue;
        if (!m_ctx[size_t(i)])
            m_ctx[size_t(i)] = EVP_MD_CTX_new();
        EVP_DigestInit_ex(m_ctx[size_t(i)], mdAt(i), nullptr);
    }
}

void MultiDigest::update(const char *data, qsizetype size)
{
    for (size_t i = 0; i < 3; ++i) {
        if (m_enabled[i])
            EVP_DigestUpdate(m_ctx[i], data, size_t(size));
    }
}

void MultiDigest::finish()
{
    for (size_t i = 0; i < 3; ++i) {
        if (!m_enabled[i])
            continue;
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx[i], md, &length);
        m_results[i] = QByteArray(reinterpret_cast<const char *>(md), int(length));
        m_enabled[i] = false;
    }
}

QByteArray MultiDigest::result(DigestAlgorithm algorithm) const
{
    return m_results[size_t(indexOf(algorithm))];
}

SignatureVerdict evaluateSignatures(std::vector<SignatureRecord> &records, const TrustStore &trust,
                                    const MultiDigest &signedDigests)
{
    SignatureVerdict verdict;
    QString firstUntrusted;
    bool anyRecognised = false;
    for (size_t i = 0; i < records.size(); ++i) {
        SignatureRecord &record = records[i];
        record.decisive = false;
        if (!record.recognised) {
            record.state = SignatureRecord::State::Ignored;
            record.detail = tr("not a signature entry name apk recognises");
            continue;
        }
        anyRecognised = true;
        const PublicKey *key = trust.find(record.name.keyName);
        if (record.name.keyName.contains(QLatin1Char('/'))) {
            record.state = SignatureRecord::State::Ignored;
            record.detail = tr("key name contains '/': never matched against a key");
            continue;
        }
        if (record.name.type == QLatin1String("DSA")) {
            record.state = SignatureRecord::State::Ignored;
            record.detail = tr("DSA signatures are not supported");
            continue;
        }
        if (record.signatureSize > MaxSignatureSize) {
            record.state = SignatureRecord::State::Ignored;
            record.detail = tr("signature of %1 bytes is over apk's 64 KiB limit").arg(record.signatureSize);
            continue;
        }
        if (!key) {
            record.state = SignatureRecord::State::UntrustedKey;
            record.detail = tr("no trusted key named %1").arg(record.name.keyName);
            if (firstUntrusted.isEmpty())
                firstUntrusted = record.name.keyName;
            continue;
        }
        record.keyFingerprint = key->fingerprintHex();
        const QByteArray digest = signedDigests.result(record.name.digest);
        if (digest.isEmpty()) {
            record.state = SignatureRecord::State::NotReached;
            record.detail = tr("the signed bytes are incomplete");
        } else if (auto s = key->verifyDigest(record.name.digest, digest, record.signature); s) {
            record.state = SignatureRecord::State::Valid;
            record.detail.clear();
        } else {
            record.state = SignatureRecord::State::Invalid;
            record.detail = s.error().message();
        }
        if (verdict.decisiveIndex < 0) {
            verdict.decisiveIndex = int(i);
            record.decisive = true;
            verdict.keyName = record.name.keyName;
            verdict.digest = record.name.digest;
            verdict.kind = record.state == SignatureRecord::State::Valid
                ? SignatureVerdict::Kind::Trusted
                : SignatureVerdict::Kind::BadSignature;
        }
    }
    if (verdict.decisiveIndex < 0) {
        verdict.kind = anyRecognised || !records.empty() ? SignatureVerdict::Kind::Untrusted
                                                         : SignatureVerdict::Kind::Unsigned;
        verdict.keyName = firstUntrusted;
    }
    return verdict;
}

} // namespace apkdesk
