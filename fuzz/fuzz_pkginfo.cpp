// libFuzzer target for .PKGINFO: parse() must never crash or hang on any bytes, and what it
// accepts must be consistent: every field comes from a line of the input, in order, and the
// accessors agree with the field list.
#include "FuzzSupport.h"
#include "packages/PkgInfo.h"

using namespace apkdesk;
using apkdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto parsed = PkgInfo::parse(bytes);
    if (!parsed.ok()) {
        check(!parsed.error().message().isEmpty(), "a PkgInfo error has a message");
        return 0;
    }
    const PkgInfo &info = *parsed;
    check(bytes.size() <= PkgInfo::MaxSize, "input over MaxSize was accepted");
    int lastLine = 0;
    for (const PkgInfo::Field &field : info.fields()) {
        check(field.line > lastLine, "fields are in file order");
        lastLine = field.line;
        check(info.contains(field.key), "contains() finds every parsed key");
        check(info.values(field.key).contains(field.value), "values() lists every parsed value");
    }
    (void)info.name();
    (void)info.version();
    (void)info.buildDate();
    (void)info.installedSize();
    (void)info.dataHash();
    for (const char *key : { "depend", "provides", "replaces", "install_if", "triggers" })
        (void)info.listValues(QString::fromLatin1(key));
    (void)info.comments();
    return 0;
}
