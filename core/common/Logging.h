#pragma once

#include <apkdesk/core_export.h>

#include <QLoggingCategory>

// One logging category per component. Secrets (tokens, passphrases, private keys)
// never reach a log line: log their presence, never their value.
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcArchive)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcPackages)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcIndexes)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcKeys)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcApkbuild)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcUpload)
APKDESK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
