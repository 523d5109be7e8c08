#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"

#include <apkdesk/core_export.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace apkdesk {

struct APKDESK_CORE_EXPORT SignOptions
{
    enum class Existing {
        AddBeside, // keep other keys' signatures; a signature by the same key is replaced
        Replace, // drop every existing signature member
    };
    SignatureDigest digest = SignatureDigest::Sha1;
    Existing existing = Existing::AddBeside;
    std::optional<qint64> mtime; // default SignatureMember::defaultMtime()
    QString outputPath; // default: sign in place (atomically)
};

struct APKDESK_CORE_EXPORT SignOutcome
{
    enum class Kind { Package, Index };
    Kind kind = Kind::Package;
    QString path; // the file written
    QString entryName; // ".SIGN.RSA.<key>.rsa.pub"
    QStringList removed; // signature entries dropped (same key, or all with Replace)
    QStringList kept; // other signatures still in the file, in order
};

// Signs a v2 package or APKINDEX.tar.gz with `key`, naming the public key `publicKeyName`
// ("alice-6b0ae07e.rsa.pub"). The new signature member goes first; a package's signature
// covers its control member, an index's covers everything after the signature members.
// Refuses: files that are not v2 packages/indexes (Format), packages whose datahash or file
// checksums do not verify (Format), keys below 1024 bits (Crypto). The file is replaced
// atomically with its mode kept; on any failure the original is untouched.
APKDESK_CORE_EXPORT Result<SignOutcome> signFile(const QString &path, const PrivateKey &key,
                                                 const QString &publicKeyName,
                                                 const SignOptions &options = {});

} // namespace apkdesk
