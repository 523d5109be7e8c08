// apkdesk-bench: Google Benchmark runner. Benchmarks come in pairs, "Baseline/<job>"
// (the irreducible work done with zlib/OpenSSL directly) and "Apkdesk/<job>", so the
// ratio can be read off one run. APKDESK_SHARED_DIR points at ../shared.
#include <benchmark/benchmark.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
