// libFuzzer target for APKBUILDs: parse (the static shell interpreter), lint, locate and
// rewrite the checksum blocks, bump the release. Arbitrary bytes must never crash or hang;
// refusals are fine.
#include "apkbuild/Apkbuild.h"
#include "apkbuild/ApkbuildLinter.h"
#include "apkbuild/ChecksumBlock.h"
#include "apkbuild/VersionBump.h"

#include <QByteArray>

#include <cstdint>

using namespace apkdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Apkbuild apkbuild = Apkbuild::parse(bytes, QStringLiteral("/fuzz/APKBUILD"));
    (void)lintApkbuild(apkbuild);
    if (const auto layout = ChecksumLayout::locate(apkbuild); layout.ok()) {
        (void)layout->rewrite(bytes, {});
        for (const ChecksumBlock &block : layout->blocks())
            (void)block;
    }
    (void)VersionBump::incrementRelease(apkbuild);
    (void)VersionBump::setVersion(apkbuild, QStringLiteral("1.2.3"));
    return 0;
}
