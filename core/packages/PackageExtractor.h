#pragma once

#include "common/Result.h"
#include "packages/PackageReader.h"

#include <apkdesk/core_export.h>

#include <QStringList>

namespace apkdesk {

// Extracts the data files of a v2 package into a folder, safely: the package is verified
// first and nothing is written unless it is trusted (or `force`); entries with absolute
// paths, `..`, paths through a symlink, hardlinks leaving the tree make the whole package
// refused before anything is written; device nodes and fifos are skipped; writing goes
// through libarchive's archive_write_disk with SECURE_SYMLINKS|SECURE_NODOTDOT|
// SECURE_NOABSOLUTEPATHS as a second line.
class APKDESK_CORE_EXPORT PackageExtractor
{
public:
    struct Options
    {
        PackageReader::Options read;
        bool force = false; // extract even when the verdict is not Trusted (never unsafe paths)
        bool overwrite = false; // replace existing files in the target
    };

    struct Report
    {
        ApkPackage package;
        int written = 0;
        QStringList skipped; // device nodes, fifos (with why)
        QStringList warnings; // e.g. xattrs that could not be set
    };

    // Errors: Untrusted (verdict not trusted and no force; package in the message), Unsafe
    // (location = the entry), Io, Format.
    static Result<Report> extract(const QString &packagePath, const QString &targetDirectory,
                                  const Options &options);

    // Why a data path may not be written (empty when it is fine). Exposed for tests.
    static QString unsafeReason(const QString &path);
};

} // namespace apkdesk
