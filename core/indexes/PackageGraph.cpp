#include "indexes/PackageGraph.h"

#include "indexes/DependencyTokens.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace apkdesk {

namespace {

// Buckets of values per name, stored flat (compressed sparse rows): start[name]..start[name+1].
template<typename T> struct Buckets
{
    std::vector<quint32> start;
    std::vector<T> items;

    // From (name, value) pairs; `unique` drops repeated values within a bucket.
    void build(size_t nameCount, std::vector<std::pair<quint32, T>> &pairs)
    {
        start.assign(nameCount + 1, 0);
        for (const auto &p : pairs)
            ++start[p.first + 1];
        for (size_t i = 1; i <= nameCount; ++i)
            start[i] += start[i - 1];
        items.resize(pairs.size());
        std::vector<quint32> fill(start.begin(), start.end() - 1);
        for (auto &p : pairs)
            items[fill[p.first]++] = std::move(p.second);
        pairs.clear();
        pairs.shrink_to_fit();
    }

    std::pair<const T *, const T *> of(quint32 name) const
    {
        if (name + 1 >= start.size())
            return { nullptr, nullptr };
        return { items.data() + start[name], items.data() + start[name + 1] };
    }
};

} // namespace

struct PackageGraph::Data
{
    QList<ApkIndex> indexes;
    std::vector<quint32> indexStart; // first PackageId of each index, then the total
    std::vector<QByteArrayView> names;
    std::vector<quint32> packageName; // name id of each package's P:
    Buckets<Provider> providers;
    Buckets<PackageId> dependents; // packages with a D: atom on the name
    Buckets<PackageId> installIfUsers; // packages with an i: atom on the name
    Buckets<PackageId> origins; // packages with that o:

    // Interning runs ~200,000 times per load: a cheap 8-bytes-at-a-time hash, and the hash
    // kept in the table so that probing compares names only on a real match.
    static quint32 hashName(QByteArrayView name)
    {
        quint64 h = 0x9E3779B97F4A7C15ULL ^ static_cast<quint64>(name.size());
        const char *p = name.data();
        qsizetype n = name.size();
        for (; n >= 8; p += 8, n -= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        }
        quint64 tail = 0;
        std::memcpy(&tail, p, static_cast<size_t>(n));
        h = (h ^ tail) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
        return static_cast<quint32>(h ^ (h >> 32));
    }

    struct Slot
    {
        quint32 id = 0; // name id + 1, 0 = empty
        quint32 hash = 0;
    };

    std::vector<Slot> nameTable; // open addressing

    quint32 intern(QByteArrayView name)
    {
        const quint32 hash = hashName(name);
        const size_t mask = nameTable.size() - 1;
        for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const Slot stored = nameTable[slot];
            if (stored.id == 0) {
                names.push_back(name);
                nameTable[slot] = Slot { static_cast<quint32>(names.size()), hash };
                if (names.size() * 2 > nameTable.size())
                    rehash(nameTable.size() * 2);
                return static_cast<quint32>(names.size() - 1);
            }
            if (stored.hash == hash && names[stored.id - 1] == name)
                return stored.id - 1;
        }
    }

    std::optional<quint32> lookup(QByteArrayView name) const
    {
        if (nameTable.empty())
            return std::nullopt;
        const quint32 hash = hashName(name);
        const size_t mask = nameTable.size() - 1;
        for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const Slot stored = nameTable[slot];
            if (stored.id == 0)
                return std::nullopt;
            if (stored.hash == hash && names[stored.id - 1] == name)
                return stored.id - 1;
        }
    }

    void rehash(size_t capacity)
    {
        std::vector<Slot> table(capacity);
        const size_t mask = capacity - 1;
        for (const Slot &s : nameTable) {
            if (s.id == 0)
                continue;
            size_t slot = s.hash & mask;
            while (table[slot].id != 0)
                slot = (slot + 1) & mask;
            table[slot] = s;
        }
        nameTable.swap(table);
    }

    IndexEntry entry(PackageId id) const
    {
        const auto it = std::upper_bound(indexStart.begin(), indexStart.end(), id);
        const int indexNo = static_cast<int>(it - indexStart.begin()) - 1;
        return indexes[indexNo].entry(static_cast<int>(id - indexStart[indexNo]));
    }

    void build()
    {
        indexStart.push_back(0);
        size_t total = 0;
        for (const ApkIndex &index : std::as_const(indexes)) {
            total += static_cast<size_t>(index.size());
            indexStart.push_back(static_cast<quint32>(total));
        }
        size_t capacity = 1024;
        while (capacity < total * 4)
            capacity <<= 1;
        nameTable.assign(capacity, Slot {});
        names.reserve(total * 3);
        packageName.reserve(total);

        std::vector<std::pair<quint32, Provider>> providerPairs;
        std::vector<std::pair<quint32, PackageId>> dependentPairs, installIfPairs, originPairs;
        providerPairs.reserve(total * 2);
        dependentPairs.reserve(total * 3);
        originPairs.reserve(total);

        PackageId id = 0;
        for (const ApkIndex &index : std::as_const(indexes)) {
            for (int row = 0; row < index.size(); ++row, ++id) {
                const IndexEntry e = index.entry(row);
                const quint32 name = intern(e.nameView());
                packageName.push_back(name);
                providerPairs.push_back({ name, Provider { id, e.versionView(), false } });
                forEachDependencyToken(e.provides(), [&](const DependencyToken &t) {
                    providerPairs.push_back({ intern(t.name), Provider { id, t.version, true } });
                });
                forEachDependencyToken(e.depends(), [&](const DependencyToken &t) {
                    dependentPairs.push_back({ intern(t.name), id });
                });
                forEachDependencyToken(e.installIf(), [&](const DependencyToken &t) {
                    installIfPairs.push_back({ intern(t.name), id });
                });
                const QByteArrayView origin = e.field('o');
                if (!origin.isEmpty())
                    originPairs.push_back({ intern(origin), id });
            }
        }
        providers.build(names.size(), providerPairs);
        dependents.build(names.size(), dependentPairs);
        installIfUsers.build(names.size(), installIfPairs);
        origins.build(names.size(), originPairs);
    }
};

PackageGraph::PackageGraph() : PackageGraph(QList<ApkIndex> {}) { }

PackageGraph::PackageGraph(const ApkIndex &index) : PackageGraph(QList<ApkIndex> { index }) { }

PackageGraph::PackageGraph(const QList<ApkIndex> &indexes)
{
    auto data = std::make_shared<Data>();
    data->indexes = indexes;
    data->build();
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
    return static_cast<int>(d->indexStart.back());
}

IndexEntry PackageGraph::entry(PackageId id) const
{
    if (id >= d->indexStart.back())
        return {};
    return d->entry(id);
}

int PackageGraph::indexOf(PackageId id) const
{
    if (id >= d->indexStart.back())
        return -1;
    const auto it = std::upper_bound(d->indexStart.begin(), d->indexStart.end(), id);
    return static_cast<int>(it - d->indexStart.begin()) - 1;
}

int PackageGraph::rowOf(PackageId id) const
{
    const int indexNo = indexOf(id);
    return indexNo < 0 ? -1 : static_cast<int>(id - d->indexStart[indexNo]);
}

PackageId PackageGraph::idOf(int indexNo, int row) const
{
    if (indexNo < 0 || indexNo >= indexCount() || row < 0 || row >= d->indexes[indexNo].size())
        return NoPackage;
    return d->indexStart[indexNo] + static_cast<quint32>(row);
}

QList<Provider> PackageGraph::providers(QByteArrayView name) const
{
    QList<Provider> list;
    if (const auto n = d->lookup(name)) {
        const auto [begin, end] = d->providers.of(*n);
        list = QList<Provider>(begin, end);
    }
    return list;
}

bool PackageGraph::isProvided(QByteArrayView name) const
{
    const auto n = d->lookup(name);
    if (!n)
        return false;
    const auto [begin, end] = d->providers.of(*n);
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
    list.reserve(static_cast<qsizetype>(d->names.size()));
    for (QByteArrayView name : d->names)
        list.append(QString::fromUtf8(name));
    return list;
}

QList<PackageId> PackageGraph::packagesDependingOnName(QByteArrayView name) const
{
    QList<PackageId> list;
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
        const auto [begin, end] = d->origins.of(*n);
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
