// PackageGraph's per-package questions: what satisfies each dependency, who depends on a
// package, what install_if rules it triggers. Atoms are parsed with DependencyAtom here,
// on demand, rather than for all 60,000 dependencies at build time.
#include "indexes/DependencyTokens.h"
#include "indexes/PackageGraph.h"

#include <algorithm>

namespace apkdesk {

namespace {

struct ProvidedName
{
    QByteArrayView name;
    QByteArrayView version; // empty: unversioned provides
};

QList<ProvidedName> namesOf(const IndexEntry &e)
{
    QList<ProvidedName> list { { e.nameView(), e.versionView() } };
    forEachDependencyToken(e.provides(), [&](const DependencyToken &t) {
        list.append({ t.name, t.version });
    });
    return list;
}

DependencyAtom atomOf(const DependencyToken &t, bool *parseError)
{
    Result<DependencyAtom> atom = DependencyAtom::parse(QString::fromUtf8(t.text));
    if (atom) {
        *parseError = false;
        return atom.value();
    }
    *parseError = true;
    return DependencyAtom::make(QString::fromUtf8(t.name));
}

// Does a provider (a package's own version, or a provides entry's version) match the
// atom's name and version constraint, ignoring whether the atom is a conflict?
bool providerMatches(const DependencyAtom &atom, const IndexEntry &e, QByteArrayView version,
                     bool viaProvides)
{
    if (!atom.hasVersionConstraint())
        return true;
    if (atom.isChecksum())
        return !viaProvides && e.checksum() == atom.version();
    if (version.isEmpty())
        return false; // an unversioned provides never satisfies a versioned dependency (apk)
    const DependencyAtom plain = DependencyAtom::make(atom.name(), atom.mask(), atom.version());
    return plain.isSatisfiedBy(QString::fromUtf8(version));
}

} // namespace

PackageId PackageGraph::resolve(const DependencyAtom &atom) const
{
    const QByteArray name = atom.name().toUtf8();
    PackageId best = NoPackage;
    bool bestReal = false;
    qint64 bestPriority = 0;
    QByteArrayView bestVersion;
    if (atom.isConflict())
        return NoPackage;
    for (const Provider &p : providers(name)) {
        const IndexEntry e = entry(p.package);
        if (!providerMatches(atom, e, p.version, p.viaProvides))
            continue;
        const bool real = !p.viaProvides;
        const qint64 priority = e.providerPriority();
        const QByteArrayView version = p.version.isEmpty() ? e.versionView() : p.version;
        bool better = best == NoPackage;
        if (!better && real != bestReal)
            better = real;
        else if (!better && !real && priority != bestPriority)
            better = priority > bestPriority;
        else if (!better)
            better = versions::compare(version, bestVersion) > 0;
        if (better) {
            best = p.package;
            bestReal = real;
            bestPriority = priority;
            bestVersion = version;
        }
    }
    return best;
}

static QList<ResolvedDependency> resolveAll(const PackageGraph &graph, QByteArrayView value)
{
    QList<ResolvedDependency> list;
    forEachDependencyToken(value, [&](const DependencyToken &t) {
        ResolvedDependency r;
        r.text = QString::fromUtf8(t.text);
        r.atom = atomOf(t, &r.parseError);
        const QByteArray name = r.atom.name().toUtf8();
        for (const Provider &p : graph.providers(name)) {
            r.nameProvided = true;
            if (providerMatches(r.atom, graph.entry(p.package), p.version, p.viaProvides)
                && !r.candidates.contains(p.package))
                r.candidates.append(p.package);
        }
        r.satisfiedBy = graph.resolve(r.atom);
        list.append(r);
    });
    return list;
}

QList<ResolvedDependency> PackageGraph::dependencies(PackageId id) const
{
    return resolveAll(*this, entry(id).depends());
}

QList<ResolvedDependency> PackageGraph::installIf(PackageId id) const
{
    return resolveAll(*this, entry(id).installIf());
}

DependencyList PackageGraph::provides(PackageId id) const
{
    DependencyList list;
    forEachDependencyToken(entry(id).provides(), [&](const DependencyToken &t) {
        bool error = false;
        list.append(atomOf(t, &error));
    });
    return list;
}

// Packages among `users` (of a name) whose `field` has a non-conflict atom on `provided`
// that the package `id` satisfies.
static void collectUsers(const PackageGraph &graph, PackageId id, const ProvidedName &provided,
                         const QList<PackageId> &users, char field, QList<PackageId> &out)
{
    const IndexEntry self = graph.entry(id);
    for (PackageId user : users) {
        if (user == id || out.contains(user))
            continue;
        bool hit = false;
        forEachDependencyToken(graph.entry(user).field(field), [&](const DependencyToken &t) {
            if (hit || t.conflict || t.name != provided.name)
                return;
            bool error = false;
            const DependencyAtom atom = atomOf(t, &error);
            hit = !error
                && providerMatches(atom, self, provided.version,
                                   provided.name != self.nameView()
                                       || provided.version != self.versionView());
        });
        if (hit)
            out.append(user);
    }
}

QList<PackageId> PackageGraph::reverseDependencies(PackageId id) const
{
    QList<PackageId> out;
    const IndexEntry e = entry(id);
    if (!e.isValid())
        return out;
    for (const ProvidedName &provided : namesOf(e))
        collectUsers(*this, id, provided, packagesDependingOnName(provided.name), 'D', out);
    std::sort(out.begin(), out.end());
    return out;
}

QList<PackageId> PackageGraph::installIfTriggeredBy(PackageId id) const
{
    QList<PackageId> out;
    const IndexEntry e = entry(id);
    if (!e.isValid())
        return out;
    for (const ProvidedName &provided : namesOf(e))
        collectUsers(*this, id, provided, packagesWithInstallIfOnName(provided.name), 'i', out);
    std::sort(out.begin(), out.end());
    return out;
}

QList<BrokenDependency> PackageGraph::brokenDependencies(bool includeUnsatisfiedVersions) const
{
    QList<BrokenDependency> out;
    for (PackageId id = 0; id < static_cast<PackageId>(packageCount()); ++id) {
        const IndexEntry e = entry(id);
        forEachDependencyToken(e.depends(), [&](const DependencyToken &t) {
            if (t.conflict)
                return;
            if (!isProvided(t.name)) {
                out.append({ id, QString::fromUtf8(t.text), true });
                return;
            }
            if (includeUnsatisfiedVersions && !t.version.isEmpty()) {
                bool error = false;
                if (resolve(atomOf(t, &error)) == NoPackage)
                    out.append({ id, QString::fromUtf8(t.text), false });
            }
        });
    }
    return out;
}

} // namespace apkdesk
