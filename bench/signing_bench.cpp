// Signing and writing: the signature member, gzip -9 output, and signing a whole package.
// Baselines do the irreducible part with OpenSSL/zlib directly: the RSA signature alone,
// zlib deflate at level 9, and "sign the control bytes + write the file again".
#include "archive/GzipWriter.h"
#include "keys/PrivateKey.h"
#include "packages/PackageCreator.h"
#include "signatures/FileSigner.h"
#include "signatures/SignatureWriter.h"
#include "signatures/SignedFileLayout.h"

#include <benchmark/benchmark.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace apkdesk;

namespace {

QString sharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(APKDESK_DEFAULT_SHARED_DIR) : QString::fromLocal8Bit(env);
}

QString fixture(const QString &relative)
{
    return sharedDir() + QStringLiteral("/fixtures/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The control member of fixture-tool: what a package signature covers.
QByteArray controlBytes()
{
    const QString path = fixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"));
    const auto layout = SignedFileLayout::scan(path);
    const auto &control = layout->members.at(size_t(layout->signatureMembers));
    return readAll(path).mid(control.offset, control.end - control.offset);
}

// 16 MB that compress like typical package content (text-ish with some noise).
QByteArray compressibleData()
{
    QByteArray data;
    data.reserve(16 << 20);
    QRandomGenerator random(7);
    while (data.size() < (16 << 20)) {
        data += "usr/share/doc/fixture/line ";
        data += QByteArray::number(random.bounded(100000));
        data += '\n';
    }
    return data;
}

void Baseline_SignControl(benchmark::State &state)
{
    const QByteArray pem = readAll(fixture(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    const QByteArray data = controlBytes();
    for (auto _ : state) {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        unsigned char signature[1024];
        size_t length = sizeof signature;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha1(), nullptr, pkey);
        EVP_DigestSign(ctx, signature, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size()));
        EVP_MD_CTX_free(ctx);
        benchmark::DoNotOptimize(length);
    }
    EVP_PKEY_free(pkey);
}

void Apkdesk_SignControl(benchmark::State &state)
{
    const auto key = PrivateKey::load(fixture(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
    const QByteArray data = controlBytes();
    for (auto _ : state) {
        auto member = SignatureMember::create(*key, QStringLiteral("fixture-6b0ae07e.rsa.pub"),
                                              SignatureDigest::Sha1, data, 0);
        benchmark::DoNotOptimize(member);
    }
}

void Baseline_Gzip16MB(benchmark::State &state)
{
    const QByteArray data = compressibleData();
    QByteArray out(int(compressBound(uLong(data.size()))) + 64, '\0');
    for (auto _ : state) {
        z_stream stream {};
        deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, Z_FINISH);
        benchmark::DoNotOptimize(stream.total_out);
        deflateEnd(&stream);
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}

void Apkdesk_Gzip16MB(benchmark::State &state)
{
    const QByteArray data = compressibleData();
    for (auto _ : state) {
        auto member = gzipMember(data);
        benchmark::DoNotOptimize(member);
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}

// A 32 MB package (created once) signed in place again and again.
struct BigPackage
{
    QTemporaryDir dir;
    QString path;
    BigPackage()
    {
        const QString tree = dir.filePath(QStringLiteral("tree/usr/share/big"));
        QDir().mkpath(tree);
        QFile blob(tree + QStringLiteral("/data.txt"));
        blob.open(QIODevice::WriteOnly);
        const QByteArray data = compressibleData();
        blob.write(data);
        blob.write(data);
        blob.close();
        PackageMetadata metadata;
        metadata.name = QStringLiteral("big");
        metadata.version = QStringLiteral("1.0-r0");
        metadata.buildDate = 1712000000;
        path = dir.filePath(QStringLiteral("big-1.0-r0.apk"));
        (void)PackageCreator::create(dir.filePath(QStringLiteral("tree")), metadata, path);
    }
};

BigPackage &bigPackage()
{
    static BigPackage package;
    return package;
}

void Baseline_SignPackage32MB(benchmark::State &state)
{
    const QString path = bigPackage().path;
    const auto key = PrivateKey::load(fixture(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
    const auto layout = SignedFileLayout::scan(path);
    const auto &control = layout->members.at(size_t(layout->signatureMembers));
    for (auto _ : state) {
        // Read the file, sign the control member, write signature + file to a new file.
        const QByteArray bytes = readAll(path);
        auto signature =
            key->sign(bytes.mid(control.offset, control.end - control.offset), SignatureDigest::Sha1);
        QFile out(path + QStringLiteral(".baseline"));
        out.open(QIODevice::WriteOnly);
        out.write(*signature);
        out.write(bytes.mid(control.offset));
        out.close();
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}

void Apkdesk_SignPackage32MB(benchmark::State &state)
{
    const QString path = bigPackage().path;
    const auto key = PrivateKey::load(fixture(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
    for (auto _ : state) {
        // Includes the integrity check (datahash + every file checksum) and the atomic rename.
        auto outcome = signFile(path, *key, QStringLiteral("fixture-6b0ae07e.rsa.pub"));
        benchmark::DoNotOptimize(outcome);
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}

} // namespace

BENCHMARK(Baseline_SignControl)->Name("Baseline/sign_control_member_rsa4096")->Unit(benchmark::kMillisecond);
BENCHMARK(Apkdesk_SignControl)->Name("Apkdesk/sign_control_member_rsa4096")->Unit(benchmark::kMillisecond);
BENCHMARK(Baseline_Gzip16MB)->Name("Baseline/gzip9_16MB")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Apkdesk_Gzip16MB)->Name("Apkdesk/gzip9_16MB")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Baseline_SignPackage32MB)
    ->Name("Baseline/sign_package_32MB")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK(Apkdesk_SignPackage32MB)
    ->Name("Apkdesk/sign_package_32MB")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
