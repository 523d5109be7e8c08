#pragma once

// Private to core/indexes: the package graph's tables, built from index records either after
// parsing (PackageGraph's constructor) or while the text is still being parsed (the
// streaming parser builds them on its worker thread and caches them in the ApkIndex).

#include "indexes/ApkIndexData.h"
#include "indexes/PackageGraph.h"

#include <cstring>
#include <optional>
#include <vector>

namespace apkdesk {

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
        if (name + 1 >= start.size() || items.empty())
            return { nullptr, nullptr };
        return { items.data() + start[name], items.data() + start[name + 1] };
    }
};

struct GraphCore
{
    std::vector<quint32> indexStart { 0 }; // first PackageId of each index, then the total
    std::vector<QByteArrayView> names;
    std::vector<quint32> packageName; // name id of each package's P:
    Buckets<Provider> providers;
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
        if (n > 0)
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

    std::vector<Slot> nameTable = std::vector<Slot>(1024); // open addressing
};

// Feeds records into a GraphCore index by index, rows in order.
class GraphCoreBuilder
{
public:
    explicit GraphCoreBuilder(size_t expectedPackages);
    void beginIndex();
    void addRecords(const ApkIndexData &data, size_t fromRow, size_t toRow);
    std::shared_ptr<const GraphCore> finish();

private:
    std::shared_ptr<GraphCore> m_core = std::make_shared<GraphCore>();
    PackageId m_next = 0;
    int m_indexes = 0;
    std::vector<std::pair<quint32, Provider>> m_providers;
    std::vector<std::pair<quint32, PackageId>> m_origins;
};

} // namespace apkdesk
