// libFuzzer target for APKBUILDs: the parser and static expander (never executes anything),
// the linter, the version bumps, and the checksum-block rewriter. For every file whose
// checksum layout can be located, the rewrites are checked:
//   - the real refresh path (ChecksumPlan::create + makeChecksumProposal) with new hashes for
//     each planned source,
//   - ChecksumLayout::rewrite with plain names (so files the plan refuses are covered too),
//   - ChecksumLayout::rewrite with no lines (the blocks are removed, as abuild does).
// Each rewrite must change only the checksum block (every byte outside the old sha*sums blocks
// and the new sha512sums block is identical) and must re-parse to exactly the new sums.
#include "FuzzSupport.h"
#include "apkbuild/Apkbuild.h"
#include "apkbuild/ApkbuildLinter.h"
#include "apkbuild/ChecksumBlock.h"
#include "apkbuild/ChecksumPlan.h"
#include "apkbuild/VersionBump.h"

#include <QDir>

#include <algorithm>

using namespace apkdesk;
using apkdesk::fuzz::check;

namespace {

// An existing, empty folder: the plan resolves local sources against the APKBUILD's folder.
const QString &apkbuildPath()
{
    static const QString path = []() -> QString {
        const QString folder = QDir::tempPath() + QStringLiteral("/apkdesk-fuzz-apkbuild/pkg");
        QDir().mkpath(folder);
        return folder + QStringLiteral("/APKBUILD");
    }();
    return path;
}

// The content without the given blocks' byte ranges.
QByteArray withoutBlocks(const QByteArray &content, std::vector<const ChecksumBlock *> blocks)
{
    std::sort(blocks.begin(), blocks.end(), [](auto *a, auto *b) { return a->begin < b->begin; });
    QByteArray out;
    qsizetype pos = 0;
    for (const ChecksumBlock *b : blocks) {
        check(b->begin >= pos && b->end >= b->begin && b->end <= content.size(),
              "blocks are disjoint ranges");
        out += content.mid(pos, b->begin - pos);
        pos = b->end;
    }
    return out + content.mid(pos);
}

std::vector<const ChecksumBlock *> shaBlocks(const ChecksumLayout &layout)
{
    std::vector<const ChecksumBlock *> blocks;
    for (const ChecksumBlock &b : layout.blocks())
        if (b.variable.startsWith(QLatin1String("sha")))
            blocks.push_back(&b);
    return blocks;
}

void checkRewrite(const QByteArray &original, const ChecksumLayout &layout, const QByteArray &updated,
                  const std::vector<ChecksumLine> &lines)
{
    const Apkbuild again = Apkbuild::parse(updated, apkbuildPath());
    check(!again.parseError().has_value(), "a rewritten APKBUILD parses");
    const auto relocated = ChecksumLayout::locate(again);
    check(relocated.ok(), "the rewritten checksum block can be located again");

    const std::vector<const ChecksumBlock *> now = shaBlocks(*relocated);
    if (lines.empty()) {
        check(now.empty(), "no sums: the sha*sums blocks are gone");
        check(updated == withoutBlocks(original, shaBlocks(layout)), "only the blocks were removed");
        return;
    }
    check(now.size() == 1 && now.front()->variable == QLatin1String("sha512sums"), "one sha512sums block");
    const ChecksumBlock &block = *now.front();
    check(block.lines.size() == lines.size(), "the block re-parses to as many sums as written");
    for (size_t i = 0; i < lines.size(); ++i)
        check(block.lines[i].hash == lines[i].hash && block.lines[i].name == lines[i].name,
              "the block re-parses to the new sums");

    const QByteArray before = withoutBlocks(original, shaBlocks(layout));
    const QByteArray after = withoutBlocks(updated, now);
    const bool appended = shaBlocks(layout).empty();
    check(after == before || (appended && !before.endsWith('\n') && after == before + '\n'),
          "nothing outside the checksum block changed");
    if (const ChecksumBlock *md5 = layout.block(QStringLiteral("md5sums"))) {
        const ChecksumBlock *md5Again = relocated->block(QStringLiteral("md5sums"));
        check(md5Again
                  && original.mid(md5->begin, md5->end - md5->begin)
                      == updated.mid(md5Again->begin, md5Again->end - md5Again->begin),
              "md5sums is kept as it was");
    }
}

QString hashFor(size_t i)
{
    return QString::number(qulonglong(i) * 0x9e3779b97f4a7c15ULL, 16).rightJustified(128, QLatin1Char('a'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray content = fuzz::bytesOf(data, size);
    const Apkbuild apkbuild = Apkbuild::parse(content, apkbuildPath());
    check(apkbuild.content() == content, "the content is kept byte for byte");
    (void)lintApkbuild(apkbuild);
    (void)apkbuild.fullyExpanded();
    (void)apkbuild.subpackages();
    (void)VersionBump::incrementRelease(apkbuild);
    (void)VersionBump::setVersion(apkbuild, QStringLiteral("1.2.3"));
    for (const ApkbuildAssignment &a : apkbuild.assignments())
        check(a.begin >= 0 && a.begin <= a.end && a.end <= content.size(),
              "assignment ranges lie in the file");

    const auto layout = ChecksumLayout::locate(apkbuild);
    if (!layout.ok())
        return 0;

    std::vector<ChecksumLine> plain;
    const size_t count = std::max<size_t>(1, std::min<size_t>(apkbuild.sources().size(), 64));
    for (size_t i = 0; i < count; ++i)
        plain.push_back({ hashFor(i), QStringLiteral("file%1.tar.gz").arg(i) });
    checkRewrite(content, *layout, layout->rewrite(content, plain), plain);
    checkRewrite(content, *layout, layout->rewrite(content, {}), {});

    // The refresh path the GUI and CLI take.
    const auto plan =
        ChecksumPlan::create(apkbuild, QDir::tempPath() + QStringLiteral("/apkdesk-fuzz-apkbuild/cache"));
    if (!plan.ok())
        return 0;
    std::vector<QString> hashes;
    for (size_t i = 0; i < plan->sources.size(); ++i)
        hashes.push_back(hashFor(i + 100));
    const ChecksumProposal proposal = makeChecksumProposal(apkbuild, *plan, hashes, {});
    check(proposal.original == content, "the proposal starts from the file");
    checkRewrite(content, plan->layout, proposal.updated, proposal.lines);
    return 0;
}
