// libFuzzer target for core/archive: the gzip member scanner feeding each member's output to
// the tar stream parser (how packages and indexes are read), and the tar parser alone on raw
// bytes fed in pieces whose size the first input byte picks (splits at every header boundary
// must not matter). Properties: each entry's streamed content adds up to its header's size,
// member ranges tile the compressed input, and the caps keep memory bounded.
#include "FuzzSupport.h"
#include "archive/GzipMemberScanner.h"
#include "archive/TarStreamParser.h"

#include <QBuffer>

#include <memory>

using namespace apkdesk;
using apkdesk::fuzz::check;

namespace {

class CountingTar : public TarConsumer
{
public:
    Status entryStarted(const TarEntry &entry) override
    {
        check(entry.size >= 0, "entry sizes are not negative");
        check(!m_open, "entries do not nest");
        m_open = true;
        m_seen = 0;
        return {};
    }
    Status entryData(const TarEntry &entry, const char *, qsizetype size) override
    {
        check(m_open, "data only inside an entry");
        m_seen += size;
        check(m_seen <= entry.size, "no more content than the header's size");
        return {};
    }
    Status entryFinished(const TarEntry &entry) override
    {
        check(m_open && m_seen == entry.size, "content adds up to the header's size");
        m_open = false;
        return {};
    }

private:
    bool m_open = false;
    qint64 m_seen = 0;
};

class MemberTars : public GzipMemberConsumer
{
public:
    Status memberStarted(const GzipMemberInfo &member) override
    {
        check(member.offset == m_expectedOffset, "members start where the previous one ended");
        m_consumer = std::make_unique<CountingTar>();
        TarLimits limits;
        limits.maxMetadataSize = 64 * 1024;
        m_parser = std::make_unique<TarStreamParser>(*m_consumer, limits);
        m_parser->setBaseOffset(qint64(member.uncompressedOffset));
        m_tarFailed = false;
        return {};
    }
    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        // A tar error is an answer, not a reason to stop scanning the gzip stream.
        if (!m_tarFailed && !m_parser->feed(data, size).ok())
            m_tarFailed = true;
        return {};
    }
    Status memberFinished(const GzipMemberInfo &member) override
    {
        check(member.complete && member.end > member.offset, "finished members are complete");
        m_expectedOffset = member.end;
        if (!m_tarFailed)
            (void)m_parser->finish();
        return {};
    }

private:
    std::unique_ptr<CountingTar> m_consumer;
    std::unique_ptr<TarStreamParser> m_parser;
    bool m_tarFailed = false;
    qint64 m_expectedOffset = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = fuzz::bytesOf(data, size);
    if (bytes.startsWith("\x1f\x8b")) {
        GzipMemberInfo info;
        (void)parseGzipHeader(bytes.constData(), bytes.size(), &info);

        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        GzipLimits limits;
        limits.maxUncompressedTotal = 64 << 20;
        limits.ratioFloor = 1 << 20;
        GzipMemberScanner scanner(buffer, limits);
        MemberTars consumer;
        const Status status = scanner.run(consumer);
        if (status.ok()) {
            check(!scanner.members().empty(), "a scanned stream has a member");
            check(scanner.members().back().end == bytes.size(), "no trailing bytes are accepted");
        }
        quint64 total = 0;
        for (const GzipMemberInfo &member : scanner.members())
            total += member.uncompressedSize;
        check(total <= limits.maxUncompressedTotal, "the size cap holds");
        return 0;
    }

    const qsizetype chunk = bytes.isEmpty() ? 1 : qsizetype(quint8(bytes.at(0))) + 1;
    CountingTar consumer;
    TarLimits limits;
    limits.maxMetadataSize = 64 * 1024;
    TarStreamParser parser(consumer, limits);
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunk) {
        if (!parser.feed(bytes.constData() + pos, std::min(chunk, bytes.size() - pos)).ok())
            return 0;
    }
    (void)parser.finish();
    return 0;
}
