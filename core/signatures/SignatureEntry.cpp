#include "signatures/SignatureEntry.h"

namespace apkdesk {

std::optional<SignatureName> parseSignatureEntryName(const QString &entryName)
{
    static const QLatin1String prefix(".SIGN.");
    if (!entryName.startsWith(prefix))
        return std::nullopt;
    // Longest type first, as apk does: "RSA512." before "RSA256." before "RSA.".
    static const struct
    {
        QLatin1String type;
        DigestAlgorithm digest;
    } types[] = {
        { QLatin1String("RSA512"), DigestAlgorithm::Sha512 },
        { QLatin1String("RSA256"), DigestAlgorithm::Sha256 },
        { QLatin1String("RSA"), DigestAlgorithm::Sha1 },
        { QLatin1String("DSA"), DigestAlgorithm::Sha1 },
    };
    const QStringView rest = QStringView(entryName).mid(prefix.size());
    for (const auto &type : types) {
        if (rest.startsWith(type.type) && rest.size() > type.type.size()
            && rest.at(type.type.size()) == QLatin1Char('.')) {
            SignatureName name;
            name.type = type.type;
            name.digest = type.digest;
            name.keyName = rest.mid(type.type.size() + 1).toString();
            if (name.keyName.isEmpty())
                return std::nullopt;
            return name;
        }
    }
    return std::nullopt;
}

QString signatureEntryName(DigestAlgorithm digest, const QString &keyName)
{
    switch (digest) {
    case DigestAlgorithm::Sha1: return QStringLiteral(".SIGN.RSA.") + keyName;
    case DigestAlgorithm::Sha256: return QStringLiteral(".SIGN.RSA256.") + keyName;
    case DigestAlgorithm::Sha512: return QStringLiteral(".SIGN.RSA512.") + keyName;
    }
    return {};
}

} // namespace apkdesk
