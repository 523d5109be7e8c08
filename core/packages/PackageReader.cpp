#include "packages/PackageReader.h"

#include "archive/TarStreamParser.h"
#include "common/Logging.h"
#include "packages/AdbSummary.h"
#include "signatures/DigestCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <openssl/evp.h>

#include <memory>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackageReader", text);
}

const QStringList &scriptNames()
{
    static const QStringList names = {
        QStringLiteral(".pre-install"),  QStringLiteral(".post-install"),  QStringLiteral(".pre-upgrade"),
        QStringLiteral(".post-upgrade"), QStringLiteral(".pre-deinstall"), QStringLiteral(".post-deinstall"),
        QStringLiteral(".trigger"),
    };
    return names;
}

struct Sha1Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Sha1Context() { EVP_MD_CTX_free(ctx); }
    void reset() { EVP_DigestInit_ex(ctx, fetchedDigest(DigestAlgorithm::Sha1), nullptr); }
    void update(const char *data, qsizetype size) { EVP_DigestUpdate(ctx, data, size_t(size)); }
    QByteArray hex()
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, md, &length);
        return QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex();
    }
};

QString normalisedPath(const QString &path)
{
    QString p = path;
    while (p.startsWith(QLatin1String("./")))
        p.remove(0, 2);
    while (p.endsWith(QLatin1Char('/')) && p.size() > 1)
        p.chop(1);
    return p;
}

QString unsafePathReason(const QString &path)
{
    if (path.isEmpty())
        return tr("empty path");
    if (path.startsWith(QLatin1Char('/')))
        return tr("absolute path");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("control character in path");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return tr("'..' in path");
    }
    return {};
}

// One streaming pass: gzip members -> per-member tar parser -> package model.
class PackageScan final : public GzipMemberConsumer, public TarConsumer
{
public:
    PackageScan(ApkPackage &package, const PackageReader::Options &options)
        : m_pkg(package), m_options(options)
    { }

    Status memberStarted(const GzipMemberInfo &member) override
    {
        if (m_dataFinished)
            return Error(Error::Kind::Format, tr("extra gzip member after the data member"))
                .withOffset(member.offset);
        PackageSegment segment;
        segment.member = member;
        if (m_controlFinished) {
            segment.role = PackageSegment::Role::Data;
            m_dataDigest.reset(false, true, false);
        } else {
            m_memberDigest.reset();
        }
        m_pkg.segments.push_back(segment);
        m_parser = std::make_unique<TarStreamParser>(*this);
        return {};
    }

    Status compressedBytes(const GzipMemberInfo &member, const char *data, qsizetype size) override
    {
        m_compressedPos = member.end;
        PackageSegment &segment = m_pkg.segments.back();
        if (segment.role == PackageSegment::Role::Data) {
            m_dataDigest.update(data, size);
        } else {
            m_memberDigest.update(data, size);
        }
        return {};
    }

    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        if (auto s = m_parser->feed(data, size); !s)
            return tarError(s.error());
        return {};
    }

    Status memberFinished(const GzipMemberInfo &member) override
    {
        PackageSegment &segment = m_pkg.segments.back();
        segment.member = member;
        if (auto s = m_parser->finish(); !s) {
            Error error = s.error();
            if (error.kind() == Error::Kind::Truncated)
                error = Error(Error::Kind::Format,
                              tr("a tar entry crosses the end of gzip member %1: %2")
                                  .arg(member.index)
                                  .arg(error.message()));
            return error.withOffset(member.end);
        }
        segment.tarEndZeroBlocks = m_parser->zeroBlocksSeen();
        for (auto &record : m_pkg.signatures) {
            if (record.memberIndex == member.index)
                record.memberEnd = member.end;
        }
        switch (segment.role) {
        case PackageSegment::Role::Signature:
        case PackageSegment::Role::Unknown: break;
        case PackageSegment::Role::Control:
            if (m_options.stopAfterControl)
                m_stop = true;
            return controlFinished();
        case PackageSegment::Role::Data:
            m_dataFinished = true;
            m_pkg.dataRead = true;
            m_dataDigest.finish();
            m_pkg.dataSha256 = m_dataDigest.result(DigestAlgorithm::Sha256);
            break;
        }
        return {};
    }

    bool wantsMore() const override { return !m_stop; }

    Status entryStarted(const TarEntry &entry) override
    {
        PackageSegment &segment = m_pkg.segments.back();
        const bool dotName =
            entry.path.startsWith(QLatin1Char('.')) && !entry.path.contains(QLatin1Char('/'));
        if (segment.role == PackageSegment::Role::Unknown) {
            if (entry.path.startsWith(QLatin1String(".SIGN.")) && dotName)
                segment.role = PackageSegment::Role::Signature;
            else if (dotName)
                segment.role = PackageSegment::Role::Control;
            else
                return Error(Error::Kind::Format,
                             tr("the first entry is '%1', not .PKGINFO or a signature").arg(entry.path))
                    .withLocation(entry.path)
                    .withOffset(m_compressedPos);
        } else if (segment.role == PackageSegment::Role::Signature
                   && !entry.path.startsWith(QLatin1String(".SIGN."))) {
            // Signature and control in one member: apk's digest then spans the whole member.
            segment.role = PackageSegment::Role::Control;
        }
        if (segment.tarEntries.size() < 64)
            segment.tarEntries << entry.path;

        m_current = Current::None;
        switch (segment.role) {
        case PackageSegment::Role::Signature: return signatureStarted(entry, segment);
        case PackageSegment::Role::Control:
            if (!dotName)
                return Error(Error::Kind::Format,
                             tr("data entry '%1' inside the control member").arg(entry.path))
                    .withLocation(entry.path)
                    .withOffset(m_compressedPos);
            return controlEntryStarted(entry);
        case PackageSegment::Role::Data: return dataEntryStarted(entry);
        case PackageSegment::Role::Unknown: break;
        }
        return {};
    }

    Status entryData(const TarEntry &, const char *data, qsizetype size) override
    {
        switch (m_current) {
        case Current::None: break;
        case Current::Signature: {
            SignatureRecord &record = m_pkg.signatures.back();
            if (record.signatureSize <= MaxSignatureSize)
                record.signature.append(data, size);
            break;
        }
        case Current::PkgInfo:
            if (m_pkgInfoText.size() <= PkgInfo::MaxSize)
                m_pkgInfoText.append(data,
                                     qMin<qsizetype>(size, PkgInfo::MaxSize + 1 - m_pkgInfoText.size()));
            break;
        case Current::Script: {
            InstallScript &script = m_pkg.installScripts.last();
            m_sha1.update(data, size);
            const qsizetype room = qsizetype(InstallScript::MaxScriptSize) - script.content.size();
            if (room > 0)
                script.content.append(data, qMin(room, size));
            if (size > room)
                script.truncatedContent = true;
            break;
        }
        case Current::DataFile: m_sha1.update(data, size); break;
        }
        return {};
    }

    Status entryFinished(const TarEntry &entry) override
    {
        switch (m_current) {
        case Current::None:
        case Current::Signature: break;
        case Current::PkgInfo: {
            auto info = PkgInfo::parse(m_pkgInfoText);
            if (!info) {
                m_pkgInfoError = info.error();
                m_pkgInfoError->withOffset(m_compressedPos);
            } else {
                m_pkg.pkgInfo = *info;
                m_pkg.hasPkgInfo = true;
            }
            m_pkgInfoText.clear();
            m_pkgInfoText.squeeze();
            break;
        }
        case Current::Script: m_pkg.installScripts.last().sha1 = m_sha1.hex(); break;
        case Current::DataFile: finishChecksum(entry, m_sha1.hex()); break;
        }
        m_current = Current::None;
        return {};
    }

    // Called when the stream has ended (cleanly or not) to settle the verdict.
    void conclude(const Status &streamStatus, qint64 fileSize)
    {
        PackageVerdict &v = m_pkg.verdict;
        std::optional<Error> error;
        if (!streamStatus)
            error = streamStatus.error();
        if (error && error->kind() == Error::Kind::Cancelled) {
            v.kind = PackageVerdict::Kind::Cancelled;
            return;
        }
        auto fromError = [&](const Error &e) {
            switch (e.kind()) {
            case Error::Kind::Truncated: v.kind = PackageVerdict::Kind::Truncated; break;
            case Error::Kind::LimitExceeded: v.kind = PackageVerdict::Kind::LimitExceeded; break;
            case Error::Kind::Io: v.kind = PackageVerdict::Kind::Unreadable; break;
            default: v.kind = PackageVerdict::Kind::Corrupt; break;
            }
            v.offset = e.offset();
            v.detail = e.message();
        };
        const bool controlSeen = m_controlStarted;
        if (error && !controlSeen) {
            // Nothing of a package was recognised: only the first member's failure says "not an apk".
            const bool firstMember = m_pkg.segments.size() <= 1 && m_pkg.signatures.empty();
            if (firstMember && error->kind() == Error::Kind::Format) {
                v.kind = PackageVerdict::Kind::NotApk;
                v.detail = error->message();
                v.offset = error->offset();
                return;
            }
            fromError(*error);
            return;
        }
        if (!controlSeen) {
            if (m_pkg.signatures.empty()) {
                v.kind = PackageVerdict::Kind::NotApk;
                v.detail = tr("no .PKGINFO found");
            } else {
                v.kind = PackageVerdict::Kind::Truncated;
                v.offset = fileSize;
                v.detail = tr("the file ends after the signature, before the control member");
            }
            return;
        }
        if (error && !m_controlFinished) {
            markSignaturesNotReached();
            fromError(*error);
            return;
        }
        if (m_pkgInfoError) {
            fromError(*m_pkgInfoError);
            return;
        }
        if (!m_pkg.hasPkgInfo) {
            v.kind = PackageVerdict::Kind::NotApk;
            v.detail = tr("the control member has no .PKGINFO");
            return;
        }
        if (!m_evaluated) {
            // Legacy package (no datahash) cut before the end of its data: nothing verified.
            markSignaturesNotReached();
            if (error)
                fromError(*error);
            else {
                v.kind = PackageVerdict::Kind::Truncated;
                v.offset = fileSize;
                v.detail = tr("no data member");
            }
            return;
        }
        v.keyName = m_signatureVerdict.keyName;
        v.digest = m_signatureVerdict.digest;
        switch (m_signatureVerdict.kind) {
        case SignatureVerdict::Kind::Trusted: break;
        case SignatureVerdict::Kind::Untrusted:
            v.kind = PackageVerdict::Kind::Untrusted;
            m_pkg.streamError = error;
            return;
        case SignatureVerdict::Kind::Unsigned:
            v.kind = PackageVerdict::Kind::Unsigned;
            m_pkg.streamError = error;
            return;
        case SignatureVerdict::Kind::BadSignature:
            v.kind = PackageVerdict::Kind::BadSignature;
            m_pkg.streamError = error;
            return;
        }
        if (error) {
            fromError(*error);
            return;
        }
        if (m_stop) {
            v.kind = PackageVerdict::Kind::Trusted; // control verified; data deliberately not read
            return;
        }
        if (!m_dataFinished) {
            v.kind = PackageVerdict::Kind::Truncated;
            v.offset = fileSize;
            v.detail = tr("the file ends after the control member: no data member");
            return;
        }
        if (m_pkg.dataHashChecked && !m_pkg.dataHashMatches) {
            v.kind = PackageVerdict::Kind::DataHashMismatch;
            v.detail = tr("datahash %1, data member SHA-256 %2")
                           .arg(QString::fromLatin1(m_pkg.pkgInfo.dataHash()), m_pkg.dataHashHex());
            return;
        }
        if (!m_pkg.unsafePaths.isEmpty()) {
            v.kind = PackageVerdict::Kind::Corrupt;
            v.detail = tr("unsafe entry path: %1").arg(m_pkg.unsafePaths.first());
            return;
        }
        if (!m_pkg.filesWithBadChecksum.isEmpty()) {
            v.kind = PackageVerdict::Kind::FileChecksumMismatch;
            v.file = m_pkg.filesWithBadChecksum.first();
            return;
        }
        v.kind = PackageVerdict::Kind::Trusted;
    }

private:
    enum class Current { None, Signature, PkgInfo, Script, DataFile };

    Status tarError(Error error)
    {
        const PackageSegment &segment = m_pkg.segments.back();
        const QString where = tr("in the %1 tar (gzip member %2, uncompressed offset %3)")
                                  .arg(segmentRoleName(segment.role))
                                  .arg(segment.member.index)
                                  .arg(error.offset());
        return Error(error.kind(), error.message() + QLatin1Char(' ') + where)
            .withLocation(error.location())
            .withOffset(m_compressedPos);
    }

    Status signatureStarted(const TarEntry &entry, const PackageSegment &segment)
    {
        SignatureRecord record;
        record.entryName = entry.path;
        record.memberIndex = segment.member.index;
        record.memberOffset = segment.member.offset;
        record.signatureSize = entry.size;
        if (auto name = parseSignatureEntryName(entry.path)) {
            record.name = *name;
            record.recognised = true;
        }
        m_pkg.signatures.push_back(record);
        m_current = Current::Signature;
        return {};
    }

    Status controlEntryStarted(const TarEntry &entry)
    {
        m_controlStarted = true;
        m_pkg.controlEntries.append(entry);
        if (entry.path == QLatin1String(".PKGINFO")) {
            if (m_pkg.hasPkgInfo || m_pkgInfoError)
                return Error(Error::Kind::Format, tr("two .PKGINFO entries")).withOffset(m_compressedPos);
            if (entry.size > PkgInfo::MaxSize)
                m_pkgInfoError = Error(Error::Kind::LimitExceeded,
                                       tr(".PKGINFO of %1 bytes is larger than %2 bytes")
                                           .arg(entry.size)
                                           .arg(PkgInfo::MaxSize))
                                     .withLocation(QStringLiteral(".PKGINFO"))
                                     .withOffset(m_compressedPos);
            else
                m_current = Current::PkgInfo;
            m_pkgInfoText.clear();
        } else if (scriptNames().contains(entry.path) && entry.isFile()) {
            InstallScript script;
            script.name = entry.path;
            script.size = entry.size;
            m_pkg.installScripts.append(script);
            m_sha1.reset();
            m_current = Current::Script;
        }
        return {};
    }

    Status dataEntryStarted(const TarEntry &entry)
    {
        if (const QString reason = unsafePathReason(entry.path); !reason.isEmpty())
            m_pkg.unsafePaths << QStringLiteral("%1 (%2)").arg(entry.path, reason);
        if (entry.isHardLink()) {
            if (const QString reason = unsafePathReason(entry.linkTarget); !reason.isEmpty())
                m_pkg.unsafePaths
                    << QStringLiteral("%1 -> %2 (%3)").arg(entry.path, entry.linkTarget, reason);
        }
        const QString key = normalisedPath(entry.path);
        if (m_paths.contains(key)) {
            if (m_pkg.duplicatePaths.size() < 1000)
                m_pkg.duplicatePaths << key;
        } else {
            m_paths.insert(key);
        }
        // Entries are kept for display only; checksums are verified whether kept or not.
        m_currentKept = false;
        if (m_options.readDataEntries) {
            if (m_pkg.dataEntries.size() >= m_options.maxDataEntries) {
                m_pkg.dataEntriesCapped = true;
            } else {
                DataEntry data;
                data.tar = entry;
                m_pkg.dataEntries.append(data);
                m_currentKept = true;
            }
        }
        if (!m_options.checkFileChecksums)
            return {};
        if (entry.isFile()) {
            m_sha1.reset();
            m_current = Current::DataFile; // a 0-byte file is finished right away by entryFinished
        } else if (entry.isSymlink()) {
            // abuild hashes the ustar linkname field (the target cut to 100 bytes).
            Sha1Context sha;
            sha.reset();
            sha.update(entry.ustarLinkname.constData(), entry.ustarLinkname.size());
            finishChecksum(entry, sha.hex());
        }
        return {};
    }

    void finishChecksum(const TarEntry &entry, const QByteArray &computed)
    {
        DataEntry::Checksum state;
        if (entry.paxSha1.isEmpty())
            state = DataEntry::Checksum::Missing;
        else if (entry.paxSha1.toLower() == computed)
            state = DataEntry::Checksum::Match;
        else
            state = DataEntry::Checksum::Mismatch;
        if (state == DataEntry::Checksum::Mismatch)
            m_pkg.filesWithBadChecksum << entry.path;
        if (m_currentKept && !m_pkg.dataEntries.isEmpty()) {
            DataEntry &data = m_pkg.dataEntries.last();
            data.contentSha1 = computed;
            data.checksum = state;
        }
    }

    Status controlFinished()
    {
        m_controlFinished = true;
        m_memberDigest.finish();
        m_pkg.controlSha1 = m_memberDigest.result(DigestAlgorithm::Sha1);
        if (m_pkgInfoError)
            return *m_pkgInfoError; // without a readable .PKGINFO nothing further is meaningful
        // Packages without datahash (pre-2.0 format, signature over control AND data) are
        // not produced by any abuild still in use; they are reported, not verified.
        m_legacyUnsupported = m_pkg.pkgInfo.dataHash().isEmpty();
        evaluate();
        return {};
    }

    void evaluate()
    {
        m_evaluated = true;
        if (m_legacyUnsupported) {
            // Not verifiable in one pass; report the signatures as untrusted-by-format.
            for (auto &record : m_pkg.signatures) {
                record.state = SignatureRecord::State::Ignored;
                record.detail = tr("package without datahash (pre-2.0 format) is not verified");
            }
            m_signatureVerdict.kind = m_pkg.signatures.empty() ? SignatureVerdict::Kind::Unsigned
                                                               : SignatureVerdict::Kind::Untrusted;
        } else {
            m_signatureVerdict = evaluateSignatures(m_pkg.signatures, m_options.trust, m_memberDigest);
        }
        m_pkg.decisiveSignature = m_signatureVerdict.decisiveIndex;
        const QByteArray dataHash = m_pkg.pkgInfo.dataHash();
        m_pkg.dataHashChecked = !dataHash.isEmpty();
    }

    void markSignaturesNotReached()
    {
        for (auto &record : m_pkg.signatures) {
            record.state = SignatureRecord::State::NotReached;
            record.detail = tr("the control member is incomplete");
        }
    }

public:
    void finalizeDataHash()
    {
        if (m_pkg.dataHashChecked && m_dataFinished)
            m_pkg.dataHashMatches = QByteArray::fromHex(m_pkg.pkgInfo.dataHash()) == m_pkg.dataSha256;
        else
            m_pkg.dataHashChecked = false;
    }

private:
    ApkPackage &m_pkg;
    const PackageReader::Options &m_options;
    std::unique_ptr<TarStreamParser> m_parser;
    MultiDigest m_memberDigest;
    MultiDigest m_dataDigest;
    Sha1Context m_sha1;
    Current m_current = Current::None;
    bool m_currentKept = true;
    QByteArray m_pkgInfoText;
    std::optional<Error> m_pkgInfoError;
    QSet<QString> m_paths;
    qint64 m_compressedPos = 0;
    bool m_controlStarted = false;
    bool m_controlFinished = false;
    bool m_dataFinished = false;
    bool m_legacyUnsupported = false;
    bool m_evaluated = false;
    bool m_stop = false;
    SignatureVerdict m_signatureVerdict;
};

} // namespace

Result<ApkPackage> PackageReader::read(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Kind::NotFound, tr("no such file")).withLocation(path);
    if (info.isDir())
        return Error(Error::Kind::InvalidArgument, tr("is a directory, not a package file"))
            .withLocation(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString()).withLocation(path);
    return read(file, path, options);
}

ApkPackage PackageReader::read(QIODevice &device, const QString &path, const Options &options)
{
    ApkPackage package;
    package.path = path;
    package.fileSize = device.isSequential() ? -1 : device.size();

    const QByteArray magic = device.peek(4);
    if (magic == "ADBd" || magic == "ADBc" || magic == "ADB.") {
        package.v3Magic = magic;
        package.verdict.kind = PackageVerdict::Kind::ApkV3;
        auto summary = AdbSummary::read(device);
        if (!summary) {
            package.verdict.detail = tr("magic %1, damaged container: %2")
                                         .arg(QString::fromLatin1(magic), summary.error().message());
            return package;
        }
        package.v3Compression = summary->compression;
        package.v3Schema = QString::fromLatin1(summary->schema);
        package.v3SignatureBlocks = summary->containerRead ? summary->signatureBlocks : -1;
        static const QList<QPair<QString, QString>> names = {
            { QStringLiteral("name"), QStringLiteral("pkgname") },
            { QStringLiteral("version"), QStringLiteral("pkgver") },
            { QStringLiteral("description"), QStringLiteral("pkgdesc") },
            { QStringLiteral("arch"), QStringLiteral("arch") },
            { QStringLiteral("license"), QStringLiteral("license") },
            { QStringLiteral("origin"), QStringLiteral("origin") },
            { QStringLiteral("maintainer"), QStringLiteral("maintainer") },
            { QStringLiteral("url"), QStringLiteral("url") },
            { QStringLiteral("build-time"), QStringLiteral("builddate") },
            { QStringLiteral("installed-size"), QStringLiteral("size") },
        };
        QByteArray text;
        for (const auto &[adbName, pkginfoName] : names) {
            QString value = summary->value(adbName);
            if (value.isEmpty())
                continue;
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
            value.remove(QChar(0));
            text += pkginfoName.toUtf8() + " = " + value.toUtf8() + "\n";
        }
        if (auto info = PkgInfo::parse(text))
            package.pkgInfo = *info;
        const QString signatures = package.v3SignatureBlocks < 0
            ? tr("signature blocks not read (no %1 decoder)")
                  .arg(package.v3Compression.section(QLatin1Char(','), 0, 0))
            : QCoreApplication::translate("PackageReader", "%n signature block(s)", nullptr,
                                          package.v3SignatureBlocks);
        package.verdict.detail =
            tr("magic %1, compression %2, %3; not verified here: use apk-tools 3 (apk verify)")
                .arg(QString::fromLatin1(magic), package.v3Compression, signatures);
        return package;
    }

    PackageScan scan(package, options);
    GzipMemberScanner scanner(device, options.gzipLimits);
    scanner.setCancelFlag(options.cancel);
    const qint64 total = package.fileSize;
    if (options.progress) {
        auto progress = options.progress;
        scanner.setProgressCallback([progress, total](qint64 done) { progress(done, total); });
    }
    const Status status = scanner.run(scan);
    // Keep the member table the scanner saw even when the roles could not be decided.
    for (size_t i = 0; i < package.segments.size() && i < scanner.members().size(); ++i)
        package.segments[i].member = scanner.members()[i];
    if (package.fileSize < 0)
        package.fileSize = scanner.bytesRead();
    scan.finalizeDataHash();
    scan.conclude(status, package.fileSize);
    if (!status && !package.streamError && !package.isComplete())
        package.streamError = status.error();
    qCDebug(lcPackages) << path << package.verdict.name() << package.verdict.detail;
    return package;
}

Result<PackageLayout> PackageLayout::scan(const QString &path, GzipLimits limits)
{
    PackageReader::Options options;
    options.gzipLimits = limits;
    options.readDataEntries = false;
    auto package = PackageReader::read(path, options);
    if (!package)
        return package.error();
    const PackageVerdict &verdict = package->verdict;
    switch (verdict.kind) {
    case PackageVerdict::Kind::Truncated:
    case PackageVerdict::Kind::Corrupt:
    case PackageVerdict::Kind::LimitExceeded:
    case PackageVerdict::Kind::NotApk:
    case PackageVerdict::Kind::ApkV3:
    case PackageVerdict::Kind::Unreadable:
    case PackageVerdict::Kind::Cancelled:
        return Error(Error::Kind::Format, verdict.describe()).withLocation(path).withOffset(verdict.offset);
    default: break;
    }
    if (package->streamError)
        return Error(*package->streamError).withLocation(path);
    const PackageSegment *control = package->controlSegment();
    if (!control || !package->dataSegment())
        return Error(Error::Kind::Format, tr("no control or data member")).withLocation(path);
    if (package->pkgInfo.dataHash().isEmpty())
        return Error(Error::Kind::Format, tr(".PKGINFO has no datahash")).withLocation(path);
    if (!package->dataHashMatches)
        return Error(Error::Kind::Format, tr("the data does not match datahash")).withLocation(path);

    PackageLayout layout;
    layout.segments = package->segments;
    layout.controlOffset = control->member.offset;
    layout.controlEnd = control->member.end;
    layout.fileSize = package->fileSize;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(layout.controlOffset))
        return Error(Error::Kind::Io, file.errorString()).withLocation(path);
    layout.controlBytes = file.read(layout.controlEnd - layout.controlOffset);
    if (layout.controlBytes.size() != layout.controlEnd - layout.controlOffset)
        return Error(Error::Kind::Io, tr("the file changed while reading it")).withLocation(path);
    return layout;
}

} // namespace apkdesk
