#pragma once

#include "keys/PublicKey.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace apkdesk {

// What a `.SIGN.<type>.<keyname>` tar entry name says (apk-tools extract_v2.c):
// RSA -> SHA-1, RSA256 -> SHA-256, RSA512 -> SHA-512, DSA -> SHA-1 (legacy, never trusted here).
struct APKDESK_CORE_EXPORT SignatureName
{
    QString type; // "RSA", "RSA256", "RSA512", "DSA"
    DigestAlgorithm digest = DigestAlgorithm::Sha1;
    QString keyName; // e.g. "fixture-6b0ae07e.rsa.pub"; may contain '/': then it never matches a key
};

// nullopt when `entryName` is not a signature name apk recognises.
APKDESK_CORE_EXPORT std::optional<SignatureName> parseSignatureEntryName(const QString &entryName);
// ".SIGN.RSA.<key>" / ".SIGN.RSA256.<key>" / ".SIGN.RSA512.<key>"
APKDESK_CORE_EXPORT QString signatureEntryName(DigestAlgorithm digest, const QString &keyName);

// apk ignores signature bodies larger than this.
constexpr qint64 MaxSignatureSize = 64 * 1024;

} // namespace apkdesk
