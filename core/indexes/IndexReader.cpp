#include "indexes/IndexReader.h"

#include "archive/TarStreamParser.h"
#include "common/Logging.h"
#include "indexes/ApkIndexData.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace apkdesk {

namespace {

constexpr qsizetype kMaxPendingSignatureBytes = 1 << 20;
constexpr qsizetype kMaxDescriptionSize = 64 * 1024;

// Splits the stream into signature and signed parts while it is inflated: signature members
// (only `.SIGN.*` entries) are collected, and every compressed byte from the first member
// holding anything else onwards goes into the digest, exactly the bytes abuild-sign signed.
class IndexStreamConsumer final : public GzipMemberConsumer, public TarConsumer
{
public:
    IndexStreamConsumer(LoadedIndex &result, const IndexReadOptions &options)
        : m_result(result), m_options(options), m_tar(*this)
    { }

    Status memberStarted(const GzipMemberInfo &member) override
    {
        m_member = member.index;
        m_memberUncompressedOffset = member.uncompressedOffset;
        m_pending.clear();
        return {};
    }

    Status compressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        if (m_signedPartStarted) {
            if (m_hashing)
                m_digest.update(data, size);
            return {};
        }
        if (m_pending.size() + size > kMaxPendingSignatureBytes)
            return Error(
                Error::Kind::LimitExceeded,
                QCoreApplication::translate("apkdesk::IndexReader",
                                            "the signature part of the index is larger than %1 bytes")
                    .arg(kMaxPendingSignatureBytes));
        m_pending.append(data, size);
        return {};
    }

    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        return m_tar.feed(data, size);
    }

    Status entryStarted(const TarEntry &entry) override
    {
        m_target = Target::None;
        m_result.tarMembers.push_back(
            IndexTarMember { entry.path, entry.size, entry.mode, entry.mtime, entry.uname, entry.gname });
        if (!m_signedPartStarted && entry.path.startsWith(QLatin1String(".SIGN."))) {
            SignatureRecord record;
            record.entryName = entry.path;
            if (auto name = parseSignatureEntryName(entry.path)) {
                record.name = *name;
                record.recognised = true;
            }
            record.signatureSize = entry.size;
            record.memberIndex = m_member;
            m_result.signatures.push_back(record);
            if (entry.size <= MaxSignatureSize)
                m_target = Target::Signature;
            return {};
        }
        if (!m_signedPartStarted)
            startSignedPart();
        return checkIndexEntry(entry);
    }

    Status entryData(const TarEntry &, const char *data, qsizetype size) override
    {
        switch (m_target) {
        case Target::Signature: m_result.signatures.back().signature.append(data, size); break;
        case Target::Index:
            if (!m_parser->append(data, size))
                return Error(
                    Error::Kind::Format,
                    QCoreApplication::translate("apkdesk::IndexReader",
                                                "APKINDEX holds more bytes than its tar header says"));
            break;
        case Target::Description: m_description.append(data, size); break;
        case Target::None: break;
        }
        return {};
    }

    Status finish(const std::vector<GzipMemberInfo> &members)
    {
        if (Status s = m_tar.finish(); !s)
            return s;
        if (!m_seenIndex)
            return Error(
                Error::Kind::Format,
                QCoreApplication::translate("apkdesk::IndexReader", "no APKINDEX in the index archive"));
        if (m_hashing)
            m_digest.finish();
        for (SignatureRecord &record : m_result.signatures) {
            if (record.memberIndex >= 0 && record.memberIndex < static_cast<int>(members.size())) {
                record.memberOffset = members[record.memberIndex].offset;
                record.memberEnd = members[record.memberIndex].end;
            }
        }
        m_result.verdict = evaluateSignatures(m_result.signatures, m_options.trust, m_digest);
        m_result.description = QString::fromUtf8(m_description);
        return {};
    }

    Result<ApkIndex> takeIndex() { return m_parser->finish(); }

private:
    enum class Target { None, Signature, Index, Description };

    void startSignedPart()
    {
        m_signedPartStarted = true;
        bool sha1 = false, sha256 = false, sha512 = false;
        for (const SignatureRecord &record : m_result.signatures) {
            if (!record.recognised)
                continue;
            sha1 |= record.name.digest == DigestAlgorithm::Sha1;
            sha256 |= record.name.digest == DigestAlgorithm::Sha256;
            sha512 |= record.name.digest == DigestAlgorithm::Sha512;
        }
        // An unsigned index needs no digest at all: skip the hashing.
        m_hashing = sha1 || sha256 || sha512;
        m_digest.reset(sha1, sha256, sha512);
        if (m_hashing)
            m_digest.update(m_pending.constData(), m_pending.size());
        m_pending.clear();
        m_pending.squeeze();
    }

    Status checkIndexEntry(const TarEntry &entry)
    {
        const QString &path = entry.path;
        const Error::Kind unsafe = Error::Kind::Unsafe;
        if (path.startsWith(QLatin1Char('/')) || path == QLatin1String("..")
            || path.startsWith(QLatin1String("../")) || path.contains(QLatin1String("/../"))
            || path.endsWith(QLatin1String("/..")))
            return Error(unsafe,
                         QCoreApplication::translate("apkdesk::IndexReader",
                                                     "index archive entry '%1' points outside the archive")
                             .arg(path))
                .withOffset(entry.headerOffset);
        if (path == QLatin1String(".PKGINFO") || path.endsWith(QLatin1String("/.PKGINFO")))
            return Error(Error::Kind::Format,
                         QCoreApplication::translate(
                             "apkdesk::IndexReader",
                             "the archive holds a .PKGINFO: this is a package, not an index"))
                .withOffset(entry.headerOffset);
        const bool isIndex = path == QLatin1String("APKINDEX");
        const bool isDescription = path == QLatin1String("DESCRIPTION");
        if (!isIndex && !isDescription) {
            if (path.endsWith(QLatin1String("/APKINDEX")))
                return Error(Error::Kind::Format,
                             QCoreApplication::translate("apkdesk::IndexReader",
                                                         "APKINDEX stored under another path: '%1'")
                                 .arg(path))
                    .withOffset(entry.headerOffset);
            qCDebug(lcIndexes) << "ignoring index archive entry" << path;
            return {};
        }
        if (!entry.isFile())
            return Error(Error::Kind::Format,
                         QCoreApplication::translate("apkdesk::IndexReader",
                                                     "%1 in the index archive is a %2, not a regular file")
                             .arg(path, tarEntryTypeName(entry.type)))
                .withOffset(entry.headerOffset);
        bool &seen = isIndex ? m_seenIndex : m_seenDescription;
        if (seen)
            return Error(Error::Kind::Format,
                         QCoreApplication::translate("apkdesk::IndexReader",
                                                     "%1 appears twice in the index archive")
                             .arg(path))
                .withOffset(entry.headerOffset);
        seen = true;
        if (isDescription) {
            if (entry.size > kMaxDescriptionSize)
                return Error(Error::Kind::LimitExceeded,
                             QCoreApplication::translate("apkdesk::IndexReader",
                                                         "DESCRIPTION of %1 bytes is too large")
                                 .arg(entry.size))
                    .withOffset(entry.headerOffset);
            m_target = Target::Description;
            return {};
        }
        if (entry.size > m_options.parse.maxTextSize)
            return Error(Error::Kind::LimitExceeded,
                         QCoreApplication::translate("apkdesk::IndexReader",
                                                     "APKINDEX of %1 bytes is larger than the limit of %2")
                             .arg(entry.size)
                             .arg(m_options.parse.maxTextSize))
                .withOffset(entry.headerOffset);
        m_parser = std::make_unique<StreamingIndexParser>(entry.size, m_options.parse);
        m_target = Target::Index;
        return {};
    }

    LoadedIndex &m_result;
    const IndexReadOptions &m_options;
    TarStreamParser m_tar;
    MultiDigest m_digest;
    QByteArray m_pending;
    std::unique_ptr<StreamingIndexParser> m_parser;
    QByteArray m_description;
    Target m_target = Target::None;
    int m_member = -1;
    qint64 m_memberUncompressedOffset = 0;
    bool m_signedPartStarted = false;
    bool m_hashing = false;
    bool m_seenIndex = false;
    bool m_seenDescription = false;
};

} // namespace

GzipLimits IndexReadOptions::defaultGzipLimits()
{
    GzipLimits limits;
    limits.maxUncompressedTotal = quint64(600) << 20;
    limits.ratioFloor = quint64(64) << 20;
    limits.maxRatio = 64.0;
    limits.maxMembers = 16;
    return limits;
}

QString LoadedIndex::verdictDescription() const
{
    const QString key = verdict.keyName;
    switch (verdict.kind) {
    case SignatureVerdict::Kind::Trusted:
        return QCoreApplication::translate("apkdesk::IndexReader", "Signed by %1, a trusted key").arg(key);
    case SignatureVerdict::Kind::Untrusted:
        return key.isEmpty()
            ? QCoreApplication::translate("apkdesk::IndexReader", "Signed, but by no trusted key")
            : QCoreApplication::translate("apkdesk::IndexReader", "Signed by %1, which is not a trusted key")
                  .arg(key);
    case SignatureVerdict::Kind::Unsigned:
        return QCoreApplication::translate("apkdesk::IndexReader", "Not signed");
    case SignatureVerdict::Kind::BadSignature:
        return QCoreApplication::translate("apkdesk::IndexReader",
                                           "BAD signature by %1: the index was changed after it was signed")
            .arg(key);
    }
    return {};
}

QDateTime LoadedIndex::builtAt() const
{
    qint64 newest = -1;
    for (const IndexTarMember &member : tarMembers) {
        if (!member.name.startsWith(QLatin1String(".SIGN.")))
            newest = std::max(newest, member.mtime);
    }
    return newest < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(newest, Qt::UTC);
}

Result<LoadedIndex> IndexReader::readFile(const QString &path, const IndexReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::IndexReader", "cannot open: %1")
                         .arg(file.errorString()))
            .withLocation(path);
    return read(file, path, options);
}

Result<LoadedIndex> IndexReader::readBytes(const QByteArray &bytes, const QString &source,
                                           const IndexReadOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, source, options);
}

Result<LoadedIndex> IndexReader::read(QIODevice &device, const QString &source,
                                      const IndexReadOptions &options)
{
    LoadedIndex result;
    result.source = source;
    result.fileSize = device.isSequential() ? -1 : device.size();
    IndexStreamConsumer consumer(result, options);
    GzipMemberScanner scanner(device, options.gzipLimits);
    scanner.setCancelFlag(options.cancel);
    if (options.progress) {
        const qint64 total = result.fileSize;
        scanner.setProgressCallback([&options, total](qint64 done) { options.progress(done, total); });
    }
    Status status = scanner.run(consumer);
    if (status)
        status = consumer.finish(scanner.members());
    if (!status) {
        Error error = status.error();
        return error.withLocation(source);
    }
    result.members = scanner.members();
    if (result.fileSize < 0)
        result.fileSize = scanner.bytesRead();
    Result<ApkIndex> parsed = consumer.takeIndex();
    if (!parsed) {
        Error error = parsed.error();
        error.prefixed(QStringLiteral("APKINDEX"));
        return error.withLocation(source);
    }
    result.index = std::move(parsed.value());
    return result;
}

} // namespace apkdesk
