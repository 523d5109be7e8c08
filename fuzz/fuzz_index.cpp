// libFuzzer target for repository indexes: APKINDEX text (parse, then the package graph's
// dependency and reverse-dependency queries) and APKINDEX.tar.gz (gzip members, tar, signature
// verdict). Input starting with the gzip magic goes to the archive reader, anything else to the
// text parser. Nothing may crash or hang; errors are fine.
#include "indexes/ApkIndex.h"
#include "indexes/IndexReader.h"
#include "indexes/PackageGraph.h"

#include <QByteArray>

#include <cstdint>

using namespace apkdesk;

namespace {

void exerciseGraph(const ApkIndex &index)
{
    const PackageGraph graph(index);
    // Bounded: the fuzzer looks for crashes, not for slow inputs the caps already stop.
    const int n = std::min(graph.packageCount(), 64);
    for (int row = 0; row < n; ++row) {
        const PackageId id = graph.idOf(0, row);
        for (const ResolvedDependency &dependency : graph.dependencies(id))
            (void)dependency.satisfiedBy;
        (void)graph.installIf(id);
        (void)graph.reverseDependencies(id);
        (void)graph.installIfTriggeredBy(id);
        (void)graph.provides(id);
        (void)graph.originGroup(id);
    }
    (void)graph.brokenDependencies(true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("\x1f\x8b")) {
        const auto loaded = IndexReader::readBytes(bytes, QStringLiteral("fuzz"), IndexReadOptions {});
        if (loaded.ok())
            exerciseGraph(loaded->index);
        return 0;
    }
    const auto index = ApkIndex::parse(bytes);
    if (index.ok())
        exerciseGraph(*index);
    return 0;
}
