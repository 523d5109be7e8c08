#pragma once

#include <apkdesk/core_export.h>

#include <QString>

namespace apkdesk {

// One entry of `source`, interpreted as abuild does (is_remote, filename_from_uri).
struct ApkbuildSource
{
    QString entry; // as written after expansion, e.g. "name.tar.gz::https://..."
    bool remote = false;
    QString localName; // the file name abuild uses in $srcdir and in sha512sums
    bool renamed = false; // "name::url"
    QString url; // remote: the URL part
    QString localPath; // local: path relative to the APKBUILD folder as written
    bool known = true; // false when the entry came from a value that could not be expanded
    QString problem; // non-empty: refused (../ rename, file://, absolute path, ...)
};

// name[:split_function[:arch]] as abuild's subpkg_set resolves it.
struct ApkbuildSubpackage
{
    QString entry;
    QString name;
    QString splitFunction;
    QString arch;
    QString problem; // e.g. unknown arch
};

struct ApkbuildArchContext
{
    QString carch = QStringLiteral("x86_64");
    QString chost = QStringLiteral("x86_64-alpine-linux-musl");
    QString cbuild = QStringLiteral("x86_64-alpine-linux-musl");
    QString ctarget = QStringLiteral("x86_64-alpine-linux-musl");
    QString cbuildArch = QStringLiteral("x86_64");
    QString ctargetArch = QStringLiteral("x86_64");
    QString pkgarch = QStringLiteral("x86_64");
};

// abuild's is_remote: the part after "::" (or the whole entry) starts with http://, https:// or ftp://.
APKDESK_CORE_EXPORT bool isRemoteSource(const QString &entry);
// abuild's filename_from_uri: strip from the first "::", keep what follows the last '/'.
APKDESK_CORE_EXPORT QString sourceFileName(const QString &entry);
APKDESK_CORE_EXPORT ApkbuildSource parseSourceEntry(const QString &entry);
APKDESK_CORE_EXPORT ApkbuildSubpackage parseSubpackage(const QString &entry, const QString &pkgname,
                                                       const ApkbuildArchContext &arch);
// The GNU triplet abuild uses for an Alpine arch (x86_64 -> x86_64-alpine-linux-musl).
APKDESK_CORE_EXPORT QString hostTripletForArch(const QString &arch);
APKDESK_CORE_EXPORT QStringList knownAlpineArches();

} // namespace apkdesk
