// Loading the corpus index (33,265 entries, 12 MB of APKINDEX text): inflate, verify, parse
// and build the package graph, beside the baseline of inflating the same bytes with zlib
// alone; and search as you type over the loaded graph (per-keystroke latency).
#include "indexes/IndexReader.h"
#include "indexes/PackageGraph.h"
#include "indexes/PackageSearch.h"
#include "keys/PrivateKey.h"
#include "signatures/SignatureWriter.h"

#include <benchmark/benchmark.h>
#include <zlib.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace apkdesk;

namespace {

QString sharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(APKDESK_DEFAULT_SHARED_DIR) : QString::fromLocal8Bit(env);
}

const QString kKeyName = QStringLiteral("fixture-6b0ae07e.rsa.pub");

// The corpus index signed with fixture key A, as a repository would serve it.
const QByteArray &signedCorpus()
{
    static const QByteArray bytes = []() -> QByteArray {
        QFile file(QDir(sharedDir()).filePath(QStringLiteral("corpus/APKINDEX-realistic.tar.gz")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the corpus index");
        const QByteArray unsignedBytes = file.readAll();
        auto key = PrivateKey::load(
            QDir(sharedDir()).filePath(QStringLiteral("fixtures/keys/fixture-6b0ae07e.rsa")));
        if (!key)
            qFatal("cannot load fixture key A");
        auto signature =
            SignatureMember::create(key.value(), kKeyName, SignatureDigest::Sha1, unsignedBytes, 0);
        if (!signature)
            qFatal("cannot sign the corpus");
        return signature.value() + unsignedBytes;
    }();
    return bytes;
}

IndexReadOptions trustA()
{
    IndexReadOptions options;
    options.trust = TrustStore::fromDirectories(
        { QDir(sharedDir()).filePath(QStringLiteral("fixtures/keys/trusted-a")) });
    return options;
}

// CPU time of every thread of the process, in ms (the load runs on two threads).
double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
        + usage.ru_stime.tv_usec / 1e3;
}

void reportPeakMemory(benchmark::State &state)
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_rss_MB"] = double(usage.ru_maxrss) / 1024.0;
}

// zlib alone: every gzip member of the file inflated into a reused buffer.
void Baseline_LoadIndex(benchmark::State &state)
{
    const QByteArray &input = signedCorpus();
    std::vector<unsigned char> out(256 * 1024);
    const double cpuStart = processCpuMs();
    for (auto _ : state) {
        z_stream zs {};
        inflateInit2(&zs, 15 + 16);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        zs.avail_in = static_cast<uInt>(input.size());
        qint64 total = 0;
        for (;;) {
            zs.next_out = out.data();
            zs.avail_out = static_cast<uInt>(out.size());
            const int rc = inflate(&zs, Z_NO_FLUSH);
            total += static_cast<qint64>(out.size() - zs.avail_out);
            if (rc == Z_STREAM_END) {
                if (zs.avail_in == 0)
                    break;
                inflateReset(&zs);
            } else if (rc != Z_OK) {
                state.SkipWithError("inflate failed");
                break;
            }
        }
        inflateEnd(&zs);
        benchmark::DoNotOptimize(total);
    }
    state.counters["cpu_all_threads_ms"] = (processCpuMs() - cpuStart) / double(state.iterations());
    state.SetBytesProcessed(state.iterations() * input.size());
}
BENCHMARK(Baseline_LoadIndex)->Name("Baseline/LoadIndex")->Unit(benchmark::kMillisecond)->UseRealTime();

void Apkdesk_LoadIndex(benchmark::State &state)
{
    const QByteArray &input = signedCorpus();
    const IndexReadOptions options = trustA();
    const double cpuStart = processCpuMs();
    for (auto _ : state) {
        auto loaded = IndexReader::readBytes(input, QStringLiteral("corpus"), options);
        if (!loaded || !loaded->isTrusted()) {
            state.SkipWithError("load failed or not trusted");
            break;
        }
        PackageGraph graph(loaded->index);
        benchmark::DoNotOptimize(graph.packageCount());
    }
    state.counters["cpu_all_threads_ms"] = (processCpuMs() - cpuStart) / double(state.iterations());
    state.SetBytesProcessed(state.iterations() * input.size());
    reportPeakMemory(state);
}
// Wall-clock time: the text is parsed and the graph built on a second thread while inflating.
BENCHMARK(Apkdesk_LoadIndex)->Name("Apkdesk/LoadIndex")->Unit(benchmark::kMillisecond)->UseRealTime();

// The parts of the load, to see where the time goes.
void Apkdesk_ParseText(benchmark::State &state)
{
    auto loaded = IndexReader::readBytes(signedCorpus(), QStringLiteral("corpus"), trustA());
    const QByteArray text = loaded->index.text();
    for (auto _ : state) {
        auto parsed = ApkIndex::parse(text);
        benchmark::DoNotOptimize(parsed->size());
    }
}
BENCHMARK(Apkdesk_ParseText)->Name("Apkdesk/LoadIndex:parse-only")->Unit(benchmark::kMillisecond);

void Apkdesk_BuildGraph(benchmark::State &state)
{
    // Parsed without the streaming reader, so the graph is really built here.
    auto loaded = IndexReader::readBytes(signedCorpus(), QStringLiteral("corpus"), trustA());
    const auto index = ApkIndex::parse(loaded->index.text());
    for (auto _ : state) {
        PackageGraph graph(index.value());
        benchmark::DoNotOptimize(graph.packageCount());
    }
    state.counters["packages"] = index->size();
}
BENCHMARK(Apkdesk_BuildGraph)->Name("Apkdesk/LoadIndex:graph-only")->Unit(benchmark::kMillisecond);

// What opening the package table costs on top of the load: the search haystack.
void Apkdesk_SearchSetup(benchmark::State &state)
{
    auto loaded = IndexReader::readBytes(signedCorpus(), QStringLiteral("corpus"), trustA());
    const PackageGraph graph(loaded->index);
    for (auto _ : state) {
        PackageSearch search(graph);
        benchmark::DoNotOptimize(search.origins().size());
    }
}
BENCHMARK(Apkdesk_SearchSetup)->Name("Apkdesk/SearchSetup")->Unit(benchmark::kMillisecond);

// Typing realistic queries one character at a time; each keystroke is one search.
void Apkdesk_SearchAsYouType(benchmark::State &state)
{
    auto loaded = IndexReader::readBytes(signedCorpus(), QStringLiteral("corpus"), trustA());
    PackageSearch search { PackageGraph(loaded->index) };
    const QStringList queries = { QStringLiteral("python3-requests"), QStringLiteral("openssl"),
                                  QStringLiteral("so:libcrypto"),     QStringLiteral("gtk4 theme"),
                                  QStringLiteral("rust analyzer"),    QStringLiteral("font noto") };
    std::vector<double> latencies;
    size_t matches = 0;
    for (auto _ : state) {
        for (const QString &query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                PackageFilter filter;
                filter.text = query.left(n);
                QElapsedTimer timer;
                timer.start();
                matches += search.search(filter).size();
                latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            // Clearing the box between words.
            search.search(PackageFilter {});
        }
    }
    benchmark::DoNotOptimize(matches);
    std::sort(latencies.begin(), latencies.end());
    state.counters["keystroke_median_ms"] = latencies[latencies.size() / 2];
    state.counters["keystroke_p95_ms"] = latencies[latencies.size() * 95 / 100];
    state.counters["keystroke_max_ms"] = latencies.back();
    state.counters["rows"] = search.graph().packageCount();
}
BENCHMARK(Apkdesk_SearchAsYouType)->Name("Apkdesk/SearchAsYouType")->Unit(benchmark::kMillisecond);

} // namespace
