#pragma once

#include "apkbuild/Apkbuild.h"
#include "apkbuild/ChecksumBlock.h"
#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QString>

#include <atomic>
#include <vector>

namespace apkdesk {

// One source of a checksum refresh: where its bytes come from and what the file says now.
struct PlannedSource
{
    ApkbuildSource source;
    QString filePath; // local: the file next to the APKBUILD; remote: the file in the cache folder
    QString oldHash; // the sha512 (or legacy) hash the APKBUILD lists for this name, if any
    QString oldAlgorithm;
};

// Everything checked before a single byte is downloaded: sources that can be expanded,
// none refused (../, file://, a local symlink leaving the folder), no two with the same
// file name (abuild: "duplicate found in $source"), a checksum block that can be rewritten.
struct APKDESK_CORE_EXPORT ChecksumPlan
{
    ChecksumLayout layout;
    std::vector<PlannedSource> sources;
    QString cacheDir;

    static Result<ChecksumPlan> create(const Apkbuild &apkbuild, const QString &cacheDir);
};

// The outcome of hashing every source, ready to be shown as a diff and saved.
struct ChecksumProposal
{
    QByteArray original;
    QByteArray updated; // the file with the new sha512sums block
    std::vector<ChecksumLine> lines; // what the block lists (old hash kept for failed sources)
    QStringList failures; // "name: reason" (their old checksum was kept)
    QStringList warnings; // loud: an upstream file changed under the same pkgver
    QStringList notes; // changed local files, new or dropped entries
    bool complete() const { return failures.isEmpty(); }
    bool changed() const { return original != updated; }
};

// New hashes in source order (empty string = that source failed) -> the proposal.
APKDESK_CORE_EXPORT ChecksumProposal makeChecksumProposal(const Apkbuild &apkbuild, const ChecksumPlan &plan,
                                                          const std::vector<QString> &newHashes,
                                                          const std::vector<QString> &errors,
                                                          bool pkgverChanged = false);

// Hex SHA-512 of a file, streamed; `cancel` stops it between blocks.
APKDESK_CORE_EXPORT Result<QString> sha512OfFile(const QString &path,
                                                 const std::atomic_bool *cancel = nullptr);

// A download that is an HTML page while the source is not one: a captive portal, a
// "file not found" page behind a redirect, SourceForge's mirror chooser.
APKDESK_CORE_EXPORT bool looksLikeHtmlPage(const QString &path, const QString &expectedName);

// Unified diff of two texts (line based) for review before saving.
APKDESK_CORE_EXPORT QString unifiedDiff(const QByteArray &before, const QByteArray &after,
                                        const QString &name, int context = 3);

} // namespace apkdesk
