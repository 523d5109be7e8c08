#include "common/BuildInfo.h"

#include <archive.h>
#include <openssl/crypto.h>
#include <zlib.h>

namespace apkdesk {

QString BuildInfo::apkdeskVersion() { return QStringLiteral(APKDESK_VERSION); }
QString BuildInfo::qtVersion() { return QString::fromLatin1(qVersion()); }
QString BuildInfo::openSslVersion() { return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)); }
QString BuildInfo::zlibVersion() { return QString::fromLatin1(::zlibVersion()); }
QString BuildInfo::libarchiveVersion() { return QString::fromLatin1(archive_version_details()); }
QString BuildInfo::qtKeychainVersion()
{
    return QStringLiteral(APKDESK_QTKEYCHAIN_VERSION);
}

} // namespace apkdesk
