#pragma once

#include "keys/PublicKey.h"

struct evp_md_st;

namespace apkdesk {

// OpenSSL 3 message digests fetched once per process. EVP_sha1() and friends look the
// implementation up again (under a lock) at every EVP_DigestInit, which costs more than
// hashing a small package. Internal to core: not exported.
const evp_md_st *fetchedDigest(DigestAlgorithm algorithm);

} // namespace apkdesk
