#pragma once

#include "apkbuild/Apkbuild.h"
#include "common/Result.h"

#include <apkdesk/core_export.h>

namespace apkdesk {

// Version bumps edit only the value of the pkgver/pkgrel assignment, keeping its quoting,
// and re-read the result to prove the file now says what was asked. A variable assigned
// inside a condition, built from other variables or from a command is refused: editing
// one spelling of it would not be the value the shell ends up with.
struct APKDESK_CORE_EXPORT VersionBump
{
    // pkgver=<version>, pkgrel=0. The version must be a valid apk version (abuild checks
    // "<pkgver>-r0" the same way).
    static Result<QByteArray> setVersion(const Apkbuild &apkbuild, const QString &version);
    // pkgrel=<pkgrel + 1>.
    static Result<QByteArray> incrementRelease(const Apkbuild &apkbuild);
};

} // namespace apkdesk
