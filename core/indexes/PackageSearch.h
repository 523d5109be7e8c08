#pragma once

#include "indexes/PackageGraph.h"

#include <apkdesk/core_export.h>

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace apkdesk {

// What the package table is narrowed to. Empty members do not filter.
struct APKDESK_CORE_EXPORT PackageFilter
{
    // Words (split on white space), each of which must appear, case-insensitively, in the
    // name, the description or the provides (so `so:libssl` and `cmd:git` find packages).
    QString text;
    QString origin; // exact o:
    QString maintainer; // exact m:
    QString license; // exact L:
    QString arch; // exact A:

    bool operator==(const PackageFilter &) const = default;
};

enum class PackageSortKey {
    Name,
    Version,
    Arch,
    Size,
    InstalledSize,
    BuildTime,
    Origin,
    Maintainer,
    License
};

// Instant search and filtering over a PackageGraph, the rules the GUI proxy model and the CLI
// share. A lowercased haystack per package is built once; a query that extends the previous
// one (typing) only re-checks the previous matches, so a keystroke over 30,000 rows costs a
// few milliseconds.
class APKDESK_CORE_EXPORT PackageSearch
{
public:
    explicit PackageSearch(PackageGraph graph);
    ~PackageSearch();
    PackageSearch(PackageSearch &&) noexcept;
    PackageSearch &operator=(PackageSearch &&) noexcept;

    const PackageGraph &graph() const;

    // The matching packages in PackageId order.
    const std::vector<PackageId> &search(const PackageFilter &filter);
    bool matches(PackageId id, const PackageFilter &filter) const;

    // Sorts ids by key (name ties broken by apk version order, then index order).
    void sort(std::vector<PackageId> &ids, PackageSortKey key, bool descending = false) const;
    // apk version order between two packages (names ignored): -1, 0, +1.
    int compareVersions(PackageId a, PackageId b) const;

    // Distinct values for the filter combo boxes, sorted.
    QStringList origins() const;
    QStringList maintainers() const;
    QStringList licenses() const;
    QStringList arches() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace apkdesk
