#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcArchive, "apkdesk.archive", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPackages, "apkdesk.packages", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndexes, "apkdesk.indexes", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeys, "apkdesk.keys", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "apkdesk.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApkbuild, "apkdesk.apkbuild", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUpload, "apkdesk.upload", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "apkdesk.secrets", QtWarningMsg)
