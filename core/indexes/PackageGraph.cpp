#include "indexes/PackageGraph.h"

#include "indexes/DependencyTokens.h"
#include "indexes/PackageGraphCore.h"

#include <algorithm>
#include <mutex>

namespace apkdesk {

struct PackageGraph::Data
{
    QList<ApkIndex> indexes;
    std::shared_ptr<const GraphCore> core;

    // Who depends on a name (D:) or names it in install_if (i:): only needed for reverse
    // questions, so built on the first one instead of with every load.
    mutable std::once_flag reverseOnce;
    mutable Buckets<PackageId> dependents;
    mutable Buckets<PackageId> installIfUsers;

    void buildReverse() const
    {
        std::call_once(reverseOnce, [this] {
            std::vector<std::pair<quint32, PackageId>> depends, installIf;
            const auto total = static_cast<PackageId>(core->indexStart.back());
            for (PackageId id = 0; id < total; ++id) {
                const IndexEntry e = entry(id);
                forEachDependencyToken(e.depends(), [&](const DependencyToken &t) {
                    if (const auto n = core->lookup(t.name))
                        depends.push_back({ *n, id });
                });
                forEachDependencyToken(e.installIf(), [&](const DependencyToken &t) {
                    if (const auto n = core->lookup(t.name))
                        installIf.push_back({ *n, id });
                });
            }
            dependents.build(core->names.size(), depends);
            installIfUsers.build(core->names.size(), installIf);
        });
    }

    std::optional<quint32> lookup(QByteArrayView name) const { return core->lookup(name); }

    IndexEntry entry(PackageId id) const
    {
        const auto &starts = core->indexStart;
        const auto it = std::upper_bound(starts.begin(), starts.end(), id);
        const int indexNo = static_cast<int>(it - starts.begin()) - 1;
        return indexes[indexNo].entry(static_cast<int>(id - starts[indexNo]));
    }
};

PackageGraph::PackageGraph() : PackageGraph(QList<ApkIndex> {}) { }

PackageGraph::PackageGraph(const ApkIndex &index) : PackageGraph(QList<ApkIndex> { index }) { }

PackageGraph::PackageGraph(const QList<ApkIndex> &indexes)
{
    auto data = std::make_shared<Data>();
    data->indexes = indexes;
    // The reader built the tables of a single index while it parsed it.
    if (indexes.size() == 1 && indexes.first().d && indexes.first().d->graphCore) {
        data->core = indexes.first().d->graphCore;
    } else {
        size_t total = 0;
        for (const ApkIndex &index : indexes)
            total += static_cast<size_t>(index.size());
        GraphCoreBuilder builder(total);
        for (const ApkIndex &index : indexes) {
            builder.beginIndex();
            if (index.d)
                builder.addRecords(*index.d, 0, index.d->records.size());
        }
        data->core = builder.finish();
    }
    d = std::move(data);
}

int PackageGraph::indexCount() const
{
    return static_cast<int>(d->indexes.size());
}

const ApkIndex &PackageGraph::index(int i) const
{
    return d->indexes.at(i);
}

int PackageGraph::packageCount() const
{
    return static_cast<int>(d->core->indexStart.back());
}

IndexEntry PackageGraph::entry(PackageId id) const
{
    if (id >= d->core->indexStart.back())
        return {};
    return d->entry(id);
}

int PackageGraph::indexOf(PackageId id) const
{
    if (id >= d->core->indexStart.back())
        return -1;
    const auto it = std::upper_bound(d->core->indexStart.begin(), d->core->indexStart.end(), id);
    return static_cast<int>(it - d->core->indexStart.begin()) - 1;
}

int PackageGraph::rowOf(PackageId id) const
{
    const int indexNo = indexOf(id);
    return indexNo < 0 ? -1 : static_cast<int>(id - d->core->indexStart[indexNo]);
}

PackageId PackageGraph::idOf(int indexNo, int row) const
{
    if (indexNo < 0 || indexNo >= indexCount() || row < 0 || row >= d->indexes[indexNo].size())
        return NoPackage;
    return d->core->indexStart[indexNo] + static_cast<quint32>(row);
}

QList<Provider> PackageGraph::providers(QByteArrayView name) const
{
    QList<Provider> list;
    if (const auto n = d->lookup(name)) {
        const auto [begin, end] = d->core->providers.of(*n);
        list = QList<Provider>(begin, end);
    }
    return list;
}

bool PackageGraph::isProvided(QByteArrayView name) const
{
    const auto n = d->lookup(name);
    if (!n)
        return false;
    const auto [begin, end] = d->core->providers.of(*n);
    return begin != end;
}

QList<PackageId> PackageGraph::packagesNamed(QByteArrayView name) const
{
    QList<PackageId> list;
    for (const Provider &p : providers(name)) {
        if (!p.viaProvides)
            list.append(p.package);
    }
    std::stable_sort(list.begin(), list.end(), [this](PackageId a, PackageId b) {
        return versions::compare(entry(a).versionView(), entry(b).versionView()) > 0;
    });
    return list;
}

QStringList PackageGraph::allNames() const
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(d->core->names.size()));
    for (QByteArrayView name : d->core->names)
        list.append(QString::fromUtf8(name));
    return list;
}

QList<PackageId> PackageGraph::packagesDependingOnName(QByteArrayView name) const
{
    QList<PackageId> list;
    d->buildReverse();
    if (const auto n = d->lookup(name)) {
        const auto [begin, end] = d->dependents.of(*n);
        list = QList<PackageId>(begin, end);
        // Ids are in ascending order per name; one package may name it twice.
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return list;
}

QList<PackageId> PackageGraph::packagesWithInstallIfOnName(QByteArrayView name) const
{
    QList<PackageId> list;
    d->buildReverse();
    if (const auto n = d->lookup(name)) {
        const auto [begin, end] = d->installIfUsers.of(*n);
        list = QList<PackageId>(begin, end);
        // Ids are in ascending order per name; one package may name it twice.
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return list;
}

QList<PackageId> PackageGraph::packagesOfOrigin(QByteArrayView origin) const
{
    QList<PackageId> list;
    if (const auto n = d->lookup(origin)) {
        const auto [begin, end] = d->core->origins.of(*n);
        list = QList<PackageId>(begin, end);
        // Ids are in ascending order per name; one package may name it twice.
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return list;
}

QList<PackageId> PackageGraph::originGroup(PackageId id) const
{
    const IndexEntry e = entry(id);
    if (!e.isValid())
        return {};
    const QByteArrayView origin = e.field('o');
    if (origin.isEmpty())
        return { id };
    return packagesOfOrigin(origin);
}

} // namespace apkdesk
