// APKBUILD evaluation and checksum hashing.
// Baselines: reading the same APKBUILD bytes (the least any evaluator must do), and
// OpenSSL's SHA-512 over the same file bytes `abuild checksum` hashes.
#include "apkbuild/Apkbuild.h"
#include "apkbuild/ChecksumPlan.h"

#include <benchmark/benchmark.h>

#include <openssl/evp.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

QString sharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(APKDESK_DEFAULT_SHARED_DIR) : QString::fromLocal8Bit(env);
}

QStringList fixtureApkbuilds()
{
    const QDir dir(sharedDir() + QStringLiteral("/fixtures/apkbuild"));
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFile::exists(dir.filePath(name + QStringLiteral("/APKBUILD"))))
            paths << dir.filePath(name + QStringLiteral("/APKBUILD"));
    return paths;
}

void Baseline_ReadFixtureApkbuilds(benchmark::State &state)
{
    const QStringList paths = fixtureApkbuilds();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QString &path : paths) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            const QByteArray content = file.readAll();
            bytes += content.size();
            benchmark::DoNotOptimize(content.constData());
        }
    }
    state.SetBytesProcessed(bytes);
    state.counters["files"] = double(paths.size());
}
BENCHMARK(Baseline_ReadFixtureApkbuilds)->Name("Baseline/apkbuild-evaluate-fixtures");

void Apkdesk_EvaluateFixtureApkbuilds(benchmark::State &state)
{
    const QStringList paths = fixtureApkbuilds();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QString &path : paths) {
            const auto apkbuild = apkdesk::Apkbuild::load(path);
            bytes += apkbuild->content().size();
            benchmark::DoNotOptimize(apkbuild->sources().size());
        }
    }
    state.SetBytesProcessed(bytes);
    state.counters["files"] = double(paths.size());
}
BENCHMARK(Apkdesk_EvaluateFixtureApkbuilds)->Name("Apkdesk/apkbuild-evaluate-fixtures");

QString bigFile(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("source.tar.gz"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 2654435761u) >> 24);
    for (int i = 0; i < 16; ++i)
        file.write(chunk);
    return path;
}

void Baseline_Sha512File(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = bigFile(dir);
    for (auto _ : state) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr);
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = file.read(buffer.data(), buffer.size())) > 0)
            EVP_DigestUpdate(ctx, buffer.constData(), size_t(n));
        unsigned char digest[64];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, digest, &length);
        EVP_MD_CTX_free(ctx);
        benchmark::DoNotOptimize(digest);
    }
    state.SetBytesProcessed(state.iterations() * 16 * (1 << 20));
}
BENCHMARK(Baseline_Sha512File)->Name("Baseline/apkbuild-sha512-16MiB")->Unit(benchmark::kMillisecond);

void Apkdesk_Sha512File(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = bigFile(dir);
    for (auto _ : state)
        benchmark::DoNotOptimize(apkdesk::sha512OfFile(path).value());
    state.SetBytesProcessed(state.iterations() * 16 * (1 << 20));
}
BENCHMARK(Apkdesk_Sha512File)->Name("Apkdesk/apkbuild-sha512-16MiB")->Unit(benchmark::kMillisecond);

} // namespace
