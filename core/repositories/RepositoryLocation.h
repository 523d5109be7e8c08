#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QList>
#include <QString>
#include <QUrl>

namespace apkdesk {

// One Alpine repository for one architecture: <base>/<version>/<repository>/<arch>/, where
// APKINDEX.tar.gz and the packages live. `base` is http(s) or file://, never with credentials.
struct APKDESK_CORE_EXPORT RepositoryLocation
{
    QUrl base; // e.g. https://dl-cdn.alpinelinux.org/alpine (no trailing slash)
    QString version; // v3.21, edge, latest-stable...
    QString repository; // main, community, testing...
    QString arch; // x86_64, aarch64...
    QString tag; // "@tag" of /etc/apk/repositories, without '@'; empty when none

    // Checks and normalises the parts: the base URL (checkUrl, trailing '/' removed) and
    // names that are one plain path segment each (no '/', '..', spaces or control characters).
    static Result<RepositoryLocation> create(const QUrl &base, const QString &version,
                                             const QString &repository, const QString &arch);
    // From ".../<version>/<repository>/<arch>/" (trailing APKINDEX.tar.gz allowed).
    static Result<RepositoryLocation> fromArchUrl(const QUrl &url);
    // From what a line of /etc/apk/repositories holds (".../<version>/<repository>"), plus arch.
    static Result<RepositoryLocation> fromRepositoryUrl(const QUrl &url, const QString &arch);

    bool isLocal() const { return base.isLocalFile(); }
    bool isValid() const
    {
        return base.isValid() && !version.isEmpty() && !repository.isEmpty() && !arch.isEmpty();
    }

    // <base>/<version>/<repository>   (what /etc/apk/repositories lists)
    QUrl repositoryUrl() const;
    // <base>/<version>/<repository>/<arch>/
    QUrl archUrl() const;
    QUrl indexUrl() const; // .../APKINDEX.tar.gz
    // .../<name>-<version>.apk, as apk names the file it fetches.
    QUrl packageUrl(const QString &name, const QString &packageVersion) const;
    static QString packageFileName(const QString &name, const QString &packageVersion);

    // "v3.21/main/x86_64 on dl-cdn.alpinelinux.org"
    QString displayName() const;

    bool operator==(const RepositoryLocation &other) const = default;
};

// Whether `name` can be one path segment of a repository URL (a version, repository or arch
// name, or a package file name): non-empty, no '/', '\\', '..', '.', whitespace, control
// characters, '<', '>', '"', '?', '#' or '%'.
APKDESK_CORE_EXPORT bool isSafePathSegment(const QString &name);

} // namespace apkdesk
