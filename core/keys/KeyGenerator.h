#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"

#include <apkdesk/core_export.h>

#include <QDateTime>
#include <QString>

namespace apkdesk {

struct KeyGenerationRequest
{
    QString name; // "alice" or "alice@example.org"; becomes the file name prefix
    int bits = kDefaultRsaBits;
    QString passphrase; // empty: unencrypted PKCS#8, like abuild-keygen
    QString folder; // where the pair is written (created 0700); KeyFolders::apkdeskKeysDir() by default
    QDateTime creationTime; // default: now; its seconds in hex name the files
};

struct GeneratedKeyPair
{
    QString privatePath; // <folder>/<name>-<8 hex>.rsa, 0600
    QString publicPath; // <folder>/<name>-<8 hex>.rsa.pub, 0644
    QString baseName; // <name>-<8 hex>.rsa
    QString fingerprint;
    int bits = 0;
};

// Generates a key pair the way abuild-keygen names and writes it: RSA (4096 bits by
// default; <= 1024 refused), PKCS#8 private key (AES-256-CBC when a passphrase is set),
// SubjectPublicKeyInfo PEM public key. Both files are written atomically; an existing
// file with the same name is never overwritten. CPU-heavy: call it off the GUI thread.
APKDESK_CORE_EXPORT Result<GeneratedKeyPair> generateKeyPair(const KeyGenerationRequest &request);

// "<name>-<creation time as 8 lowercase hex digits>.rsa"; the name is sanitised to the
// characters abuild-keygen keeps in a file name.
APKDESK_CORE_EXPORT QString keyBaseName(const QString &name, const QDateTime &creationTime);

// The creation time encoded in an abuild key file name ("x-6b0ae07e.rsa.pub"), or an
// invalid QDateTime when the name has no such suffix.
APKDESK_CORE_EXPORT QDateTime creationTimeFromKeyName(const QString &fileName);

} // namespace apkdesk
