#pragma once

#include "apkbuild/Apkbuild.h"

#include <apkdesk/core_export.h>

#include <QString>

#include <vector>

namespace apkdesk {

struct LintIssue
{
    enum class Severity { Error, Warning, Style };
    Severity severity = Severity::Warning;
    QString code; // stable id, e.g. "pkgrel-not-number"; apkbuild-lint's AL number where one exists
    int line = 0; // 1-based; 0 when it is about the file as a whole
    QString message;
};

// A useful subset of abuild's validate() and atools' apkbuild-lint: the checks that make
// abuild stop (missing or malformed required variables, pkgrel not a number, checksums
// that do not match the source list, duplicate source names, sources left unrenamed),
// the warnings it prints (old sha256 checksums), and style points of apkbuild-lint. Every
// issue carries the line to jump to.
APKDESK_CORE_EXPORT std::vector<LintIssue> lintApkbuild(const Apkbuild &apkbuild);
APKDESK_CORE_EXPORT QString lintSeverityName(LintIssue::Severity severity);

} // namespace apkdesk
