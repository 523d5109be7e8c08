#include "apkbuild/ChecksumPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <memory>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ChecksumPlan", text);
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

Result<ChecksumPlan> ChecksumPlan::create(const Apkbuild &apkbuild, const QString &cacheDir)
{
    auto layout = ChecksumLayout::locate(apkbuild);
    if (!layout)
        return layout.error();
    if (!apkbuild.isKnown(QStringLiteral("source")))
        return Error(Error::Kind::Unsupported,
                     tr("the source list cannot be expanded statically (%1)")
                         .arg(apkbuild.unknownReason(QStringLiteral("source"))))
            .withLocation(apkbuild.path());

    ChecksumPlan plan;
    plan.layout = layout.value();
    plan.cacheDir = cacheDir;
    const ChecksumBlock *old = plan.layout.block(QStringLiteral("sha512sums"));
    if (!old)
        old = plan.layout.block(QStringLiteral("sha256sums"));
    const QString folder = QFileInfo(apkbuild.folder()).canonicalFilePath();
    QStringList names;
    for (const ApkbuildSource &source : apkbuild.sources()) {
        if (!source.problem.isEmpty())
            return Error(Error::Kind::Unsafe,
                         tr("source '%1' is refused: %2").arg(source.entry, source.problem))
                .withLocation(apkbuild.path());
        if (names.contains(source.localName))
            return Error(Error::Kind::Format,
                         tr("duplicate found in $source: %1 (rename one with 'name::url')")
                             .arg(source.localName))
                .withLocation(apkbuild.path());
        names.push_back(source.localName);
        PlannedSource planned;
        planned.source = source;
        if (source.remote) {
            if (cacheDir.isEmpty())
                return Error(Error::Kind::InvalidArgument, tr("no cache folder for downloaded sources"));
            planned.filePath = QDir(cacheDir).absoluteFilePath(source.localName);
        } else {
            planned.filePath = QDir(apkbuild.folder()).absoluteFilePath(source.localPath);
            const QFileInfo info(planned.filePath);
            if (info.exists()) {
                const QString real = info.canonicalFilePath();
                if (folder.isEmpty() || !isInside(real, folder))
                    return Error(Error::Kind::Unsafe,
                                 tr("local source '%1' leads outside the APKBUILD's folder (to %2)")
                                     .arg(source.localPath, real))
                        .withLocation(apkbuild.path());
            }
        }
        if (old) {
            for (const ChecksumLine &line : old->lines)
                if (line.name == source.localName) {
                    planned.oldHash = line.hash;
                    planned.oldAlgorithm = old->variable;
                }
        }
        plan.sources.push_back(std::move(planned));
    }
    return plan;
}

ChecksumProposal makeChecksumProposal(const Apkbuild &apkbuild, const ChecksumPlan &plan,
                                      const std::vector<QString> &newHashes,
                                      const std::vector<QString> &errors, bool pkgverChanged)
{
    ChecksumProposal proposal;
    proposal.original = apkbuild.content();
    for (size_t i = 0; i < plan.sources.size(); ++i) {
        const PlannedSource &s = plan.sources[i];
        const QString hash = i < newHashes.size() ? newHashes[i] : QString();
        const QString name = s.source.localName;
        if (hash.isEmpty()) {
            const QString error = i < errors.size() ? errors[i] : QString();
            if (s.oldAlgorithm == QLatin1String("sha512sums") && !s.oldHash.isEmpty()) {
                proposal.failures << tr("%1: %2 (the old checksum is kept)").arg(name, error);
                proposal.lines.push_back({ s.oldHash, name });
            } else {
                proposal.failures
                    << tr("%1: %2 (no checksum to keep: the line is left out)").arg(name, error);
            }
            continue;
        }
        proposal.lines.push_back({ hash, name });
        if (s.oldAlgorithm != QLatin1String("sha512sums") || s.oldHash.isEmpty())
            proposal.notes << tr("%1: new sha512 checksum").arg(name);
        else if (s.oldHash != hash && s.source.remote && !pkgverChanged)
            proposal.warnings
                << tr("%1 changed upstream while pkgver stayed %2: the file behind %3 is not the one "
                      "the old checksum was made from. Check why before accepting it.")
                       .arg(name, apkbuild.pkgver(), s.source.url);
        else if (s.oldHash != hash)
            proposal.notes << tr("%1: checksum changed").arg(name);
    }
    proposal.updated = plan.layout.rewrite(proposal.original, proposal.lines);
    return proposal;
}

Result<QString> sha512OfFile(const QString &path, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QFileInfo::exists(path) ? Error::Kind::Io : Error::Kind::NotFound,
                     tr("cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()))
            .withLocation(path);
    // OpenSSL rather than QCryptographicHash: about three times faster on SHA-512 here
    // (bench/apkbuild_bench.cpp), which matters for multi-GB source tarballs.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha512(), nullptr) != 1)
        return Error(Error::Kind::Crypto, tr("SHA-512 is not available"));
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return Error::cancelled();
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(Error::Kind::Io, tr("read error: %1").arg(file.errorString())).withLocation(path);
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return Error(Error::Kind::Crypto, tr("SHA-512 failed"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

bool looksLikeHtmlPage(const QString &path, const QString &expectedName)
{
    const QString lower = expectedName.toLower();
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || (head.startsWith("<?xml") && head.contains("<html"));
}

} // namespace apkdesk
