#pragma once

// Private to core/indexes: the storage behind ApkIndex, shared by the parser and the views.

#include "indexes/ApkIndex.h"

#include <array>
#include <memory>
#include <vector>

namespace apkdesk {

// Letters with a fixed slot in each record, so the common lookups need no scan.
inline constexpr char kSlotLetters[] = { 'C', 'P', 'V', 'A', 'S', 'I', 'T', 'U', 'L', 'o',
                                         'm', 't', 'c', 'k', 'D', 'p', 'i', 'r', 'q' };
inline constexpr int kSlotCount = sizeof(kSlotLetters);
inline constexpr quint8 kNoSlot = 0xff;

inline int slotOf(char letter)
{
    static const auto table = [] {
        std::array<qint8, 128> t {};
        t.fill(-1);
        for (int i = 0; i < kSlotCount; ++i)
            t[static_cast<unsigned char>(kSlotLetters[i])] = static_cast<qint8>(i);
        return t;
    }();
    const auto u = static_cast<unsigned char>(letter);
    return u < 128 ? table[u] : -1;
}

struct IndexRecord
{
    quint32 firstField = 0;
    quint32 fieldCount = 0;
    quint32 line = 0;
    // Position of the first line of each slot letter relative to firstField, or kNoSlot.
    std::array<quint8, kSlotCount> slotPos;
    quint64 size = 0;
    quint64 installedSize = 0;
    qint64 buildTime = 0;
    qint64 providerPriority = 0;
};

struct GraphCore;

struct ApkIndexData
{
    QByteArray text;
    std::vector<IndexField> fields;
    std::vector<IndexRecord> records;
    // Open-addressing table of row+1 keyed by hash(name, version); 0 = empty.
    std::vector<quint32> nameVersionTable;
    QStringList warnings;
    bool droppedDuplicates = false; // rows were renumbered after parsing
    // The package graph's tables for this index alone, built while parsing (streaming reader).
    std::shared_ptr<const GraphCore> graphCore;
};

Result<ApkIndex> parseApkIndexText(QByteArray text, const ApkIndexParseOptions &options);
// Parses the APKINDEX text on a worker thread while the caller is still inflating it, so
// loading costs little more than inflating. The text size is known from the tar header.
class StreamingIndexParser
{
public:
    StreamingIndexParser(qsizetype expectedSize, const ApkIndexParseOptions &options);
    ~StreamingIndexParser();
    // False when more bytes arrive than announced.
    bool append(const char *bytes, qsizetype size);
    Result<ApkIndex> finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

quint64 hashNameVersion(QByteArrayView name, QByteArrayView version);

} // namespace apkdesk
