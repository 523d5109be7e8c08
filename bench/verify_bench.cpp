// Verifying packages: the largest fixture package and a generated ~200 MB one, beside the
// irreducible work with zlib/OpenSSL directly (inflate every member + SHA-256 of the
// compressed bytes). Each benchmark reports the peak resident memory of its own run
// (VmHWM, reset through /proc/self/clear_refs before it starts).
#include "keys/PrivateKey.h"
#include "packages/PackageReader.h"

#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <zlib.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstring>
#include <fstream>
#include <memory>
#include <string>

using namespace apkdesk;

namespace {

QString benchSharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(APKDESK_DEFAULT_SHARED_DIR) : QString::fromLocal8Bit(env);
}

QString fixture(const QString &relative)
{
    return QDir(benchSharedDir()).filePath(QStringLiteral("fixtures/") + relative);
}

void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double peakRssMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0; // kB
    }
    return 0;
}

QString largestFixture()
{
    QString best;
    qint64 size = -1;
    const QFileInfoList files =
        QDir(fixture(QStringLiteral("pkgs-v2"))).entryInfoList({ QStringLiteral("*.apk") }, QDir::Files);
    for (const QFileInfo &info : files) {
        if (info.size() > size) {
            size = info.size();
            best = info.absoluteFilePath();
        }
    }
    return best;
}

// --- generating a large signed package with zlib directly ---------------------------

class GzipFileWriter
{
public:
    explicit GzipFileWriter(QFile &out) : m_out(out)
    {
        deflateInit2(&m_z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
        m_sha.reset(EVP_MD_CTX_new());
        EVP_DigestInit_ex(m_sha.get(), EVP_sha256(), nullptr);
    }
    ~GzipFileWriter() { deflateEnd(&m_z); }
    void write(const char *data, size_t size, int flush = Z_NO_FLUSH)
    {
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_z.avail_in = uInt(size);
        do {
            m_z.next_out = m_buffer;
            m_z.avail_out = sizeof m_buffer;
            deflate(&m_z, flush);
            const size_t produced = sizeof m_buffer - m_z.avail_out;
            m_out.write(reinterpret_cast<const char *>(m_buffer), qint64(produced));
            EVP_DigestUpdate(m_sha.get(), m_buffer, produced);
        } while (m_z.avail_out == 0 || (flush == Z_FINISH && m_z.avail_in > 0));
    }
    QByteArray finish()
    {
        write(nullptr, 0, Z_FINISH);
        unsigned char md[32];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_sha.get(), md, &length);
        return QByteArray(reinterpret_cast<const char *>(md), int(length));
    }

private:
    QFile &m_out;
    z_stream m_z {};
    unsigned char m_buffer[1 << 16];
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_sha { nullptr, EVP_MD_CTX_free };
};

QByteArray tarHeader(const QByteArray &name, quint64 size, char type)
{
    QByteArray block(512, '\0');
    std::memcpy(block.data(), name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    auto octal = [&](int offset, int length, quint64 value) {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(length - 1, '0');
        std::memcpy(block.data() + offset, digits.constData(), size_t(length - 1));
    };
    octal(100, 8, type == '5' ? 0755 : 0644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 1710000000);
    block[156] = type;
    std::memcpy(block.data() + 257,
                "ustar\0"
                "00",
                8);
    std::memcpy(block.data() + 265, "root", 4);
    std::memcpy(block.data() + 297, "root", 4);
    std::memset(block.data() + 148, ' ', 8);
    quint32 sum = 0;
    for (const char c : block)
        sum += quint8(c);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(block.data() + 148, digits.constData(), 6);
    block[154] = '\0';
    return block;
}

QByteArray paxSha1(const QByteArray &name, const QByteArray &sha1Hex)
{
    QByteArray record = " APK-TOOLS.checksum.SHA1=" + sha1Hex + "\n";
    qsizetype length = record.size() + 1;
    while (QByteArray::number(length).size() + record.size() != length)
        ++length;
    record = QByteArray::number(length) + record;
    QByteArray out = tarHeader("PaxHeaders/" + name.right(80), quint64(record.size()), 'x');
    out += record;
    out += QByteArray(512 - record.size() % 512, '\0');
    return out;
}

QByteArray gzipBytes(const QByteArray &data)
{
    QByteArray out(int(compressBound(uLong(data.size())) + 64), '\0');
    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// ~200 MB .apk: 100 files of 4 MiB, content from a 16-symbol alphabet (about 2:1 with
// deflate level 1), signed with fixture key A like abuild would.
const QString &generatedPackage()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString dataPath = dir.filePath(QStringLiteral("data.tar.gz"));
        QFile dataFile(dataPath);
        if (!dataFile.open(QIODevice::WriteOnly))
            qFatal("cannot write the generated package");
        GzipFileWriter data(dataFile);
        const QByteArray dirHeader = tarHeader("usr/", 0, '5') + tarHeader("usr/share/", 0, '5');
        data.write(dirHeader.constData(), size_t(dirHeader.size()));
        QByteArray content(4 * 1024 * 1024, '\0');
        quint64 x = 88172645463325252ull;
        for (int file = 0; file < 100; ++file) {
            for (char &c : content) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                c = "abcdefghijklmnop"[x & 15];
            }
            const QByteArray name = "usr/share/blob-" + QByteArray::number(file) + ".txt";
            const QByteArray header =
                paxSha1(name, QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex())
                + tarHeader(name, quint64(content.size()), '0');
            data.write(header.constData(), size_t(header.size()));
            data.write(content.constData(), size_t(content.size()));
        }
        const QByteArray end(1024, '\0');
        data.write(end.constData(), size_t(end.size()));
        const QByteArray datahash = data.finish().toHex();
        dataFile.close();

        const QByteArray pkginfo =
            "pkgname = generated-large\npkgver = 1.0-r0\narch = noarch\nsize = 419430400\ndatahash = "
            + datahash + "\n";
        const QByteArray control = gzipBytes(tarHeader(".PKGINFO", quint64(pkginfo.size()), '0') + pkginfo
                                             + QByteArray(512 - pkginfo.size() % 512, '\0'));
        auto key = PrivateKey::load(fixture(QStringLiteral("keys/fixture-6b0ae07e.rsa")));
        if (!key)
            qFatal("cannot load fixture key A");
        auto signature = key->sign(control, SignatureDigest::Sha1);
        if (!signature)
            qFatal("cannot sign");
        const QByteArray sigName = ".SIGN.RSA.fixture-6b0ae07e.rsa.pub";
        const QByteArray sigMember =
            gzipBytes(tarHeader(sigName, quint64(signature->size()), '0') + *signature
                      + QByteArray((512 - signature->size() % 512) % 512, '\0'));
        const QString apkPath = dir.filePath(QStringLiteral("generated-large-1.0-r0.apk"));
        QFile apk(apkPath);
        if (!apk.open(QIODevice::WriteOnly) || !dataFile.open(QIODevice::ReadOnly))
            qFatal("cannot assemble the generated package");
        apk.write(sigMember);
        apk.write(control);
        while (!dataFile.atEnd())
            apk.write(dataFile.read(1 << 20));
        apk.close();
        QFile::remove(dataPath);
        return apkPath;
    }();
    return path;
}

// --- the jobs ---------------------------------------------------------------------------

// Inflate every gzip member and SHA-256 the compressed bytes: what any verifier must do.
void baselineVerify(benchmark::State &state, const QString &path)
{
    std::unique_ptr<unsigned char[]> in(new unsigned char[256 * 1024]);
    std::unique_ptr<unsigned char[]> out(new unsigned char[256 * 1024]);
    resetPeakRss();
    qint64 bytes = 0;
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("cannot open the package");
            return;
        }
        z_stream z {};
        inflateInit2(&z, 15 + 16);
        EVP_MD_CTX *sha = EVP_MD_CTX_new();
        EVP_DigestInit_ex(sha, EVP_sha256(), nullptr);
        quint64 produced = 0;
        while (true) {
            const qint64 n = file.read(reinterpret_cast<char *>(in.get()), 256 * 1024);
            if (n <= 0)
                break;
            bytes += n;
            EVP_DigestUpdate(sha, in.get(), size_t(n));
            z.next_in = in.get();
            z.avail_in = uInt(n);
            while (z.avail_in > 0) {
                z.next_out = out.get();
                z.avail_out = 256 * 1024;
                const int rc = inflate(&z, Z_NO_FLUSH);
                produced += 256 * 1024 - z.avail_out;
                if (rc == Z_STREAM_END)
                    inflateReset(&z); // next member
                else if (rc != Z_OK && rc != Z_BUF_ERROR)
                    break;
            }
        }
        unsigned char md[32];
        unsigned int length = 0;
        EVP_DigestFinal_ex(sha, md, &length);
        EVP_MD_CTX_free(sha);
        inflateEnd(&z);
        benchmark::DoNotOptimize(md);
        benchmark::DoNotOptimize(produced);
    }
    state.SetBytesProcessed(bytes);
    state.counters["peak_rss_MiB"] = peakRssMiB();
}

void apkdeskVerify(benchmark::State &state, const QString &path, bool checkFiles)
{
    PackageReader::Options options;
    options.trust = TrustStore::fromDirectories({ fixture(QStringLiteral("keys/trusted")) });
    options.readDataEntries = false; // as `apkdesk-cli verify`: nothing kept for display
    options.checkFileChecksums = checkFiles;
    resetPeakRss();
    qint64 bytes = 0;
    for (auto _ : state) {
        auto package = PackageReader::read(path, options);
        if (!package || !package->verdict.isTrusted()) {
            static std::string why;
            why = (package ? package->verdict.describe() : package.error().toString()).toStdString();
            state.SkipWithError(why.c_str());
            return;
        }
        bytes += package->fileSize;
        benchmark::DoNotOptimize(package->dataSha256);
    }
    state.SetBytesProcessed(bytes);
    state.counters["peak_rss_MiB"] = peakRssMiB();
}

void Baseline_VerifyLargestFixture(benchmark::State &state)
{
    baselineVerify(state, largestFixture());
}
void Apkdesk_VerifyLargestFixture(benchmark::State &state)
{
    apkdeskVerify(state, largestFixture(), true);
}
void Baseline_Verify200MB(benchmark::State &state)
{
    baselineVerify(state, generatedPackage());
}
void Apkdesk_Verify200MB(benchmark::State &state)
{
    apkdeskVerify(state, generatedPackage(), true);
}
// Signature + datahash only, without the per-file SHA-1 checks (what `apk verify` does).
void Apkdesk_Verify200MB_NoFileChecksums(benchmark::State &state)
{
    apkdeskVerify(state, generatedPackage(), false);
}

} // namespace

BENCHMARK(Baseline_VerifyLargestFixture)->Name("Baseline/verify_largest_fixture");
BENCHMARK(Apkdesk_VerifyLargestFixture)->Name("Apkdesk/verify_largest_fixture");
BENCHMARK(Baseline_Verify200MB)->Name("Baseline/verify_200MB")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Apkdesk_Verify200MB)->Name("Apkdesk/verify_200MB")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Apkdesk_Verify200MB_NoFileChecksums)
    ->Name("Apkdesk/verify_200MB_no_file_checksums")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
