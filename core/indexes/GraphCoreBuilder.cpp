#include "indexes/DependencyTokens.h"
#include "indexes/PackageGraphCore.h"

namespace apkdesk {

namespace {

QByteArrayView fieldOf(const ApkIndexData &data, const IndexRecord &record, char letter)
{
    const quint8 rel = record.slotPos[slotOf(letter)];
    if (rel == kNoSlot)
        return {};
    const IndexField &f = data.fields[record.firstField + rel];
    return QByteArrayView(data.text.constData() + f.offset, f.length);
}

} // namespace

GraphCoreBuilder::GraphCoreBuilder(size_t expectedPackages)
{
    size_t capacity = 1024;
    while (capacity < expectedPackages * 4)
        capacity <<= 1;
    m_core->nameTable.assign(capacity, GraphCore::Slot {});
    m_core->names.reserve(expectedPackages * 3);
    m_core->packageName.reserve(expectedPackages);
    m_providers.reserve(expectedPackages * 2);
    m_origins.reserve(expectedPackages);
}

void GraphCoreBuilder::beginIndex()
{
    if (m_indexes++ > 0)
        m_core->indexStart.push_back(m_next);
}

void GraphCoreBuilder::addRecords(const ApkIndexData &data, size_t fromRow, size_t toRow)
{
    GraphCore &core = *m_core;
    for (size_t row = fromRow; row < toRow; ++row, ++m_next) {
        const IndexRecord &record = data.records[row];
        const PackageId id = m_next;
        const quint32 name = core.intern(fieldOf(data, record, 'P'));
        core.packageName.push_back(name);
        m_providers.push_back({ name, Provider { id, fieldOf(data, record, 'V'), false } });
        forEachDependencyToken(fieldOf(data, record, 'p'), [&](const DependencyToken &t) {
            m_providers.push_back({ core.intern(t.name), Provider { id, t.version, true } });
        });
        const QByteArrayView origin = fieldOf(data, record, 'o');
        if (!origin.isEmpty())
            m_origins.push_back({ core.intern(origin), id });
    }
}

std::shared_ptr<const GraphCore> GraphCoreBuilder::finish()
{
    GraphCore &core = *m_core;
    core.indexStart.push_back(m_next);
    core.providers.build(core.names.size(), m_providers);
    core.origins.build(core.names.size(), m_origins);
    return std::move(m_core);
}

} // namespace apkdesk
