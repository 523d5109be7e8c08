#pragma once

#include <apkdesk/core_export.h>

#include <QString>

namespace apkdesk {

// Versions of Apkdesk and of the libraries core links, for --version and the About dialog.
struct APKDESK_CORE_EXPORT BuildInfo
{
    static QString apkdeskVersion();
    static QString qtVersion();
    static QString openSslVersion();
    static QString zlibVersion();
    static QString libarchiveVersion();
    static QString qtKeychainVersion();
};

} // namespace apkdesk
