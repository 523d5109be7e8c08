#pragma once

#include "keys/TrustStore.h"
#include "signatures/SignatureEntry.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

struct evp_md_ctx_st;

namespace apkdesk {

// One signature entry found in a package or index, with its own state.
struct APKDESK_CORE_EXPORT SignatureRecord
{
    enum class State {
        Valid, // the key is trusted and the signature verifies over the signed bytes
        Invalid, // the key is trusted and the signature does NOT verify
        UntrustedKey, // no trusted key of that name
        Ignored, // not usable: unknown type, name with '/', empty or > 64 KiB body, DSA
        NotReached, // the input ended before the signed bytes were complete
    };

    QString entryName;
    SignatureName name; // parsed entry name (type, digest, key)
    bool recognised = false; // parseSignatureEntryName succeeded
    QByteArray signature; // raw body (empty when over the size cap)
    qint64 signatureSize = 0; // size announced by the tar header
    int memberIndex = -1; // gzip member that holds it
    qint64 memberOffset = 0;
    qint64 memberEnd = 0;
    State state = State::UntrustedKey;
    QString detail; // why Ignored/Invalid, in words
    QString keyFingerprint; // SHA-256 hex of the trusted key's SPKI when found
    bool decisive = false; // this is the one apk checks (the first with a trusted key)
};

APKDESK_CORE_EXPORT QString signatureStateName(SignatureRecord::State state); // "valid", "invalid", ...

// SHA-1, SHA-256 and SHA-512 over the same bytes at once, so a signature of any type can be
// checked after a single pass (the signature entries come before the bytes they sign).
class APKDESK_CORE_EXPORT MultiDigest
{
public:
    MultiDigest();
    ~MultiDigest();
    MultiDigest(const MultiDigest &) = delete;
    MultiDigest &operator=(const MultiDigest &) = delete;

    // Only these algorithms are computed (all three by default).
    void reset(bool sha1 = true, bool sha256 = true, bool sha512 = true);
    void update(const char *data, qsizetype size);
    void finish();
    QByteArray result(DigestAlgorithm algorithm) const; // empty if not computed / not finished

private:
    std::array<evp_md_ctx_st *, 3> m_ctx {};
    std::array<QByteArray, 3> m_results;
    std::array<bool, 3> m_enabled {};
};

// The verdict apk 3 reaches from a list of signature entries (extract_v2.c): the FIRST
// recognised entry whose key name is trusted is the one checked; there is no fallback to a
// later one when it fails. Works for packages (signed bytes = control member) and indexes
// (signed bytes = every byte after the signature members).
struct APKDESK_CORE_EXPORT SignatureVerdict
{
    enum class Kind { Trusted, Untrusted, Unsigned, BadSignature };
    Kind kind = Kind::Unsigned;
    int decisiveIndex = -1; // index in the records of the checked signature, -1 if none
    QString keyName; // the checked key, or the first untrusted key name
    DigestAlgorithm digest = DigestAlgorithm::Sha1;
};

// Fills each record's state (every trusted key is checked, so the UI can show each one) and
// returns the verdict. `signedDigests` must hold the digests of the signed bytes.
APKDESK_CORE_EXPORT SignatureVerdict evaluateSignatures(std::vector<SignatureRecord> &records,
                                                        const TrustStore &trust,
                                                        const MultiDigest &signedDigests);

APKDESK_CORE_EXPORT QString signatureVerdictName(SignatureVerdict::Kind kind); // "trusted", ...

} // namespace apkdesk
