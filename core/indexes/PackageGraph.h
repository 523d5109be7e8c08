#pragma once

#include "indexes/ApkIndex.h"
#include "versions/DependencyAtom.h"

#include <apkdesk/core_export.h>

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace apkdesk {

// A package across all indexes of a graph: dense numbers 0..packageCount()-1, in index
// order then row order.
using PackageId = quint32;
inline constexpr PackageId NoPackage = 0xffffffffU;

// Who provides a name: the package itself (P:) or a `p:` entry, with the version it
// provides (empty for an unversioned provides such as `p:cmd:foo`).
struct APKDESK_CORE_EXPORT Provider
{
    PackageId package = NoPackage;
    QByteArrayView version; // view into the index text, valid while the graph lives
    bool viaProvides = false;
};

// One dependency atom of a package (D:, i:) and what satisfies it.
struct APKDESK_CORE_EXPORT ResolvedDependency
{
    DependencyAtom atom;
    QString text; // as written
    // Best package satisfying it (apk's preference: the package of that name, else the
    // highest provider_priority, then the highest version), NoPackage when none does.
    PackageId satisfiedBy = NoPackage;
    QList<PackageId> candidates; // every provider that satisfies the atom
    bool nameProvided = false; // something provides the name at all (maybe not that version)
    bool parseError = false;

    // Nothing provides the name (what `apk index` warns about); a conflict `!x` is never broken.
    bool isBroken() const { return !atom.isConflict() && !nameProvided; }
    // The name exists but no provider matches the version constraint.
    bool isUnsatisfied() const { return !atom.isConflict() && satisfiedBy == NoPackage; }
};

struct APKDESK_CORE_EXPORT BrokenDependency
{
    PackageId package = NoPackage;
    QString dependency; // the atom as written
    bool nameMissing = true; // false: the name exists but no version matches
};

// The package graph over one or more indexes (a repository's main + community, or several
// arches): providers of every name including so:/cmd:/pc: names, dependency resolution,
// reverse dependencies, origin groups and install_if triggers. Built once (fast: interned
// names, no per-atom allocation), then queried from the GUI and CLI. Copies share the data.
class APKDESK_CORE_EXPORT PackageGraph
{
public:
    PackageGraph();
    explicit PackageGraph(const ApkIndex &index);
    explicit PackageGraph(const QList<ApkIndex> &indexes);

    int indexCount() const;
    const ApkIndex &index(int i) const;
    int packageCount() const;
    IndexEntry entry(PackageId id) const;
    int indexOf(PackageId id) const;
    int rowOf(PackageId id) const;
    PackageId idOf(int indexNo, int row) const;

    // Packages whose P: is `name`, highest version first.
    QList<PackageId> packagesNamed(QByteArrayView name) const;
    // Every provider of `name` (P: and p:), in index order.
    QList<Provider> providers(QByteArrayView name) const;
    bool isProvided(QByteArrayView name) const;
    // Every name known to the graph: package names, provided names (so:, cmd:, pc:...), origins.
    QStringList allNames() const;

    // What the package's D: atoms resolve to, in file order.
    QList<ResolvedDependency> dependencies(PackageId id) const;
    // Its i: atoms (install_if), resolved the same way.
    QList<ResolvedDependency> installIf(PackageId id) const;
    // Its p: atoms.
    DependencyList provides(PackageId id) const;
    // Packages with a D: atom that this package satisfies (by name or by one of its provides).
    QList<PackageId> reverseDependencies(PackageId id) const;
    // Packages whose install_if mentions this package (its name or a provided name).
    QList<PackageId> installIfTriggeredBy(PackageId id) const;
    // Packages whose D: (or i:) has an atom on `name`, whatever its version constraint.
    QList<PackageId> packagesDependingOnName(QByteArrayView name) const;
    QList<PackageId> packagesWithInstallIfOnName(QByteArrayView name) const;
    // Packages with the same o: (origin), the package itself included.
    QList<PackageId> originGroup(PackageId id) const;
    QList<PackageId> packagesOfOrigin(QByteArrayView origin) const;

    // The best package for an atom, as ResolvedDependency::satisfiedBy.
    PackageId resolve(const DependencyAtom &atom) const;

    // Dependencies nothing provides (the names `apk index` warns about), and with
    // includeUnsatisfiedVersions also atoms whose name exists but no version matches.
    QList<BrokenDependency> brokenDependencies(bool includeUnsatisfiedVersions = false) const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace apkdesk
