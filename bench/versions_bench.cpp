// Version comparison and dependency parsing, the hot path of the package graph.
// Baseline: the least work any comparison must do, a plain strcmp() over the same pairs.
#include "versions/DependencyAtom.h"
#include "versions/Version.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <cstring>

namespace {

struct Pairs
{
    QList<QByteArray> a, b;
    QList<QString> qa, qb;
};

QString sharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(APKDESK_DEFAULT_SHARED_DIR) : QString::fromLocal8Bit(env);
}

// Pairs of versions.tsv that apk3 accepts (escaped rows are skipped: they are invalid anyway).
const Pairs &pairs()
{
    static const Pairs data = [] {
        Pairs p;
        QFile file(sharedDir() + QStringLiteral("/fixtures/versions.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return p;
        file.readLine();
        while (!file.atEnd()) {
            const QList<QByteArray> c = file.readLine().trimmed().split('\t');
            if (c.size() != 8 || c[4] != "1" || c[5] != "1")
                continue;
            p.a.append(c[0]);
            p.b.append(c[1]);
            p.qa.append(QString::fromUtf8(c[0]));
            p.qb.append(QString::fromUtf8(c[1]));
        }
        return p;
    }();
    return data;
}

void Baseline_VersionCompare(benchmark::State &state)
{
    const Pairs &p = pairs();
    for (auto _ : state) {
        int sum = 0;
        for (qsizetype i = 0; i < p.a.size(); ++i)
            sum += std::strcmp(p.a[i].constData(), p.b[i].constData()) < 0;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * p.a.size());
}
BENCHMARK(Baseline_VersionCompare)->Name("Baseline/VersionCompare");

void Apkdesk_VersionCompareBytes(benchmark::State &state)
{
    const Pairs &p = pairs();
    for (auto _ : state) {
        int sum = 0;
        for (qsizetype i = 0; i < p.a.size(); ++i)
            sum += apkdesk::versions::compare(QByteArrayView(p.a[i]), QByteArrayView(p.b[i]));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * p.a.size());
}
BENCHMARK(Apkdesk_VersionCompareBytes)->Name("Apkdesk/VersionCompare");

void Apkdesk_VersionCompareQString(benchmark::State &state)
{
    const Pairs &p = pairs();
    for (auto _ : state) {
        int sum = 0;
        for (qsizetype i = 0; i < p.qa.size(); ++i)
            sum += apkdesk::versions::compare(QStringView(p.qa[i]), QStringView(p.qb[i]));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * p.qa.size());
}
BENCHMARK(Apkdesk_VersionCompareQString)->Name("Apkdesk/VersionCompareQString");

void Apkdesk_VersionValidate(benchmark::State &state)
{
    const Pairs &p = pairs();
    for (auto _ : state) {
        int sum = 0;
        for (const QString &v : p.qa)
            sum += apkdesk::versions::isValid(QStringView(v));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * p.qa.size());
}
BENCHMARK(Apkdesk_VersionValidate)->Name("Apkdesk/VersionValidate");

// A typical APKINDEX `D:` line, 200 times over.
QString dependencyLine()
{
    QString line;
    for (int i = 0; i < 200; ++i)
        line += QStringLiteral("so:libc.musl-x86_64.so.1 lib%1>=1.%1.3-r0 !conflict%1 pc:zlib%1 cmd:tool%1 ")
                    .arg(i);
    return line;
}

void Baseline_DependencySplit(benchmark::State &state)
{
    const QString line = dependencyLine();
    for (auto _ : state) {
        const QStringList atoms = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        benchmark::DoNotOptimize(atoms.size());
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(Baseline_DependencySplit)->Name("Baseline/DependencyList");

void Apkdesk_DependencyParse(benchmark::State &state)
{
    const QString line = dependencyLine();
    for (auto _ : state) {
        const auto list = apkdesk::dependencies::parseList(line);
        benchmark::DoNotOptimize(list.ok());
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(Apkdesk_DependencyParse)->Name("Apkdesk/DependencyList");

} // namespace
