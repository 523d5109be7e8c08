// libFuzzer target for PEM key loading: PublicKey::fromPem and PrivateKey::fromPem without and
// with a passphrase ("fuzz", which the encrypted seeds use). Broken, truncated, non-RSA or
// wrongly encrypted PEM must be a clear error; a key that loads must be usable.
#include "FuzzSupport.h"
#include "keys/PrivateKey.h"
#include "keys/PublicKey.h"

using namespace apkdesk;
using apkdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray pem = fuzz::bytesOf(data, size);
    const auto pub = PublicKey::fromPem(pem);
    if (pub.ok()) {
        check(pub->bits() > 0, "a loaded public key has a size");
        const auto again = PublicKey::fromPem(pub->toPem());
        check(again.ok() && again->derSpki() == pub->derSpki(), "toPem() reloads to the same key");
        (void)pub->fingerprintHex();
    } else {
        check(!pub.error().message().isEmpty(), "a public key error has a message");
    }

    const bool encrypted = PrivateKey::isEncryptedPem(pem);
    for (const QString &passphrase : { QString(), QStringLiteral("fuzz") }) {
        const auto key = PrivateKey::fromPem(pem, passphrase, QStringLiteral("fuzz.rsa"));
        if (!key.ok()) {
            check(!key.error().message().isEmpty(), "a private key error has a message");
            continue;
        }
        check(!key->isNull() && key->bits() > 0, "a loaded private key has a size");
        // The public half must load as a PublicKey: that is what gets written as .rsa.pub.
        const auto publicHalf = PublicKey::fromPem(key->publicKeyPem());
        check(publicHalf.ok() && key->matchesPublicKeyDer(publicHalf->derSpki()),
              "publicKeyPem() loads and matches");
        (void)encrypted;
    }
    return 0;
}
