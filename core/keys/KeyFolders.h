#pragma once

#include <apkdesk/core_export.h>

#include <QString>
#include <QStringList>

namespace apkdesk {

// Where keys live on this machine.
struct APKDESK_CORE_EXPORT KeyFolders
{
    // Apkdesk's own key folder: QStandardPaths::AppDataLocation + "/keys" (0700).
    static QString apkdeskKeysDir();
    // abuild's per-user folder: $ABUILD_USERDIR or ~/.abuild.
    static QString abuildUserDir();
    // Creates `path` (and parents) and makes it 0700.
    static bool ensurePrivateDir(const QString &path);
};

} // namespace apkdesk
