// libFuzzer target for v2 packages: PackageReader::read over a QBuffer with the fixture keys
// trusted, so signature, control, data and per-file checksum paths are all reachable. Content
// problems land in the verdict; the reader must never crash, hang or grow without bound, and
// a package it calls trusted must have a complete control member and a trusted signature.
#include "FuzzSupport.h"
#include "packages/PackageReader.h"

#include <QBuffer>

using namespace apkdesk;
using apkdesk::fuzz::check;

namespace {

const PackageReader::Options &options()
{
    static const PackageReader::Options opts = [] {
        PackageReader::Options o;
        o.trust =
            TrustStore::fromDirectories({ fuzz::sharedDir() + QStringLiteral("/fixtures/keys/trusted") });
        o.gzipLimits.maxUncompressedTotal = 64 << 20;
        o.gzipLimits.ratioFloor = 1 << 20;
        o.maxDataEntries = 10'000;
        return o;
    }();
    return opts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const ApkPackage package = PackageReader::read(buffer, QStringLiteral("fuzz.apk"), options());
    (void)package.identityChecksum();
    (void)package.dataHashHex();
    (void)package.isComplete();
    check(package.dataEntries.size() <= options().maxDataEntries, "maxDataEntries holds");
    if (package.decisiveSignature >= 0)
        check(package.decisiveSignature < int(package.signatures.size()), "decisiveSignature is an index");
    if (package.dataHashMatches)
        check(package.dataHashChecked && package.dataRead, "a matching datahash was checked over read data");
    if (package.verdict.isTrusted())
        check(package.decisiveSignature >= 0 && package.dataHashMatches && package.controlSegment(),
              "trusted means a verified signature, a control member and a matching datahash");
    return 0;
}
