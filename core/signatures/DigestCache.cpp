#include "signatures/DigestCache.h"

#include <openssl/evp.h>

namespace apkdesk {

const evp_md_st *fetchedDigest(DigestAlgorithm algorithm)
{
    // Kept for the life of the process on purpose (a handful of bytes, shared by all threads).
    static const EVP_MD *const sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    static const EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static const EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    switch (algorithm) {
    case DigestAlgorithm::Sha1: return sha1 ? sha1 : EVP_sha1();
    case DigestAlgorithm::Sha256: return sha256 ? sha256 : EVP_sha256();
    case DigestAlgorithm::Sha512: return sha512 ? sha512 : EVP_sha512();
    }
    return EVP_sha1();
}

} // namespace apkdesk
