#include "keys/KeyFolders.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace apkdesk {

QString KeyFolders::apkdeskKeysDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys");
}

QString KeyFolders::abuildUserDir()
{
    const QString fromEnv = qEnvironmentVariable("ABUILD_USERDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::homePath() + QStringLiteral("/.abuild");
}

bool KeyFolders::ensurePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                     | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

} // namespace apkdesk
