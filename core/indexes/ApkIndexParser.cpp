// The strict APKINDEX text parser. One pass over the text with memchr, no allocation per
// field: each line becomes an IndexField (offset, length) and each record an IndexRecord.
#include "indexes/ApkIndexData.h"
#include "indexes/PackageGraphCore.h"

#include <QCoreApplication>

#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>

namespace apkdesk {

namespace {

Error lineError(Error::Kind kind, qsizetype line, qsizetype offset, const QString &message)
{
    return Error(kind, QCoreApplication::translate("apkdesk::ApkIndex", "line %1: %2").arg(line).arg(message))
        .withOffset(offset);
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

bool isHexChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// `Q1` + base64(SHA-1) (28 chars, one '='), `Q2` + base64(SHA-256) (44 chars, one '='),
// or the hex MD5 that very old apk wrote.
bool isValidChecksum(QByteArrayView c)
{
    if (c.size() == 32) {
        for (char ch : c) {
            if (!isHexChar(ch))
                return false;
        }
        return true;
    }
    qsizetype encoded = 0;
    if (c.startsWith("Q1"))
        encoded = 28;
    else if (c.startsWith("Q2"))
        encoded = 44;
    if (encoded == 0 || c.size() != encoded + 2)
        return false;
    for (qsizetype i = 2; i < c.size() - 1; ++i) {
        if (!isBase64Char(c[i]))
            return false;
    }
    return c.back() == '=';
}

bool parseUnsigned(QByteArrayView v, quint64 max, quint64 *out)
{
    if (v.isEmpty() || v.size() > 20)
        return false;
    quint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        const quint64 digit = static_cast<quint64>(c - '0');
        if (n > (max - digit) / 10)
            return false;
        n = n * 10 + digit;
    }
    *out = n;
    return true;
}

class Parser
{
public:
    Parser(ApkIndexData &data, const ApkIndexParseOptions &options) : m_data(data), m_options(options) { }

    // Parses the complete lines in text[0, available); with `final`, also the last line and
    // the end checks. Resumable: the streaming parser calls it as the text grows, the buffer
    // never moves (it is sized up front).
    Status consume(qsizetype available, bool final)
    {
        const char *base = m_data.text.constData();
        if (available > m_options.maxTextSize)
            return Error(Error::Kind::LimitExceeded,
                         QCoreApplication::translate("apkdesk::ApkIndex",
                                                     "the index text is %1 bytes, more than the limit of %2")
                             .arg(available)
                             .arg(m_options.maxTextSize));
        if (available > m_nulChecked) {
            if (const void *nul =
                    std::memchr(base + m_nulChecked, 0, static_cast<size_t>(available - m_nulChecked))) {
                const qsizetype at = static_cast<const char *>(nul) - base;
                return lineError(
                    Error::Kind::Format, lineAt(at), at,
                    QCoreApplication::translate("apkdesk::ApkIndex", "NUL byte in the index text"));
            }
            m_nulChecked = available;
        }
        if (m_data.fields.empty()) {
            const qsizetype expected = std::max(available, m_data.text.size());
            m_data.fields.reserve(static_cast<size_t>(expected / 40));
            m_data.records.reserve(static_cast<size_t>(expected / 350));
        }
        const qsizetype n = available;
        qsizetype pos = m_pos;
        qsizetype line = m_line;
        while (pos < n) {
            const void *eol = std::memchr(base + pos, '\n', static_cast<size_t>(n - pos));
            if (!eol && !final) {
                if (n - pos > m_options.maxLineLength)
                    return lineError(
                        Error::Kind::LimitExceeded, line, pos,
                        QCoreApplication::translate("apkdesk::ApkIndex", "line of more than %1 bytes")
                            .arg(m_options.maxLineLength));
                break; // wait for the rest of the line
            }
            const qsizetype end = eol ? static_cast<const char *>(eol) - base : n;
            const qsizetype len = end - pos;
            if (len > m_options.maxLineLength)
                return lineError(Error::Kind::LimitExceeded, line, pos,
                                 QCoreApplication::translate("apkdesk::ApkIndex",
                                                             "line of %1 bytes, more than the limit of %2")
                                     .arg(len)
                                     .arg(m_options.maxLineLength));
            if (len == 0) {
                if (Status s = finishRecord(); !s)
                    return s;
            } else {
                const char letter = base[pos];
                const bool isLetter = (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z');
                if (len < 2 || !isLetter || base[pos + 1] != ':')
                    return lineError(
                        Error::Kind::Format, line, pos,
                        QCoreApplication::translate("apkdesk::ApkIndex",
                                                    "expected a field line 'X:value', found \"%1\"")
                            .arg(QString::fromUtf8(QByteArrayView(base + pos, qMin<qsizetype>(len, 40)))));
                if (m_fieldCount == 0) {
                    m_record = IndexRecord {};
                    m_record.slotPos.fill(kNoSlot);
                    m_record.firstField = static_cast<quint32>(m_data.fields.size());
                    m_record.line = static_cast<quint32>(line);
                    m_recordOffset = pos;
                }
                const int slot = slotOf(letter);
                if (slot >= 0 && m_record.slotPos[slot] == kNoSlot && m_fieldCount < kNoSlot)
                    m_record.slotPos[slot] = static_cast<quint8>(m_fieldCount);
                m_data.fields.push_back(
                    IndexField { letter, static_cast<quint32>(pos + 2), static_cast<quint32>(len - 2) });
                ++m_fieldCount;
            }
            pos = end + 1;
            ++line;
        }
        m_pos = pos;
        m_line = line;
        if (!final)
            return {};
        if (Status s = finishRecord(); !s)
            return s;
        return checkDuplicates();
    }

private:
    qsizetype lineAt(qsizetype offset) const
    {
        const char *base = m_data.text.constData();
        qsizetype line = 1;
        for (const char *p = base; (p = static_cast<const char *>(std::memchr(p, '\n', base + offset - p)));
             ++p)
            ++line;
        return line;
    }

    QByteArrayView slotValue(char letter) const
    {
        const quint8 rel = m_record.slotPos[slotOf(letter)];
        if (rel == kNoSlot)
            return {};
        const IndexField &f = m_data.fields[m_record.firstField + rel];
        return QByteArrayView(m_data.text.constData() + f.offset, f.length);
    }

    Error recordError(const QString &message) const
    {
        return lineError(Error::Kind::Format, m_record.line, m_recordOffset, message);
    }

    Status number(char letter, quint64 max, quint64 *out)
    {
        const QByteArrayView v = slotValue(letter);
        if (m_record.slotPos[slotOf(letter)] == kNoSlot)
            return {};
        if (!parseUnsigned(v, max, out))
            return recordError(QCoreApplication::translate("apkdesk::ApkIndex",
                                                           "%1: value \"%2\" of %3: is not a number in range")
                                   .arg(QString::fromUtf8(slotValue('P')),
                                        QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 40))))
                                   .arg(QLatin1Char(letter)));
        return {};
    }

    Status finishRecord()
    {
        if (m_fieldCount == 0)
            return {};
        m_record.fieldCount = static_cast<quint32>(m_fieldCount);
        m_fieldCount = 0;
        if (static_cast<qsizetype>(m_data.records.size()) >= m_options.maxRecords)
            return lineError(Error::Kind::LimitExceeded, m_record.line, m_recordOffset,
                             QCoreApplication::translate("apkdesk::ApkIndex", "more than %1 records")
                                 .arg(m_options.maxRecords));
        if (m_record.slotPos[slotOf('P')] == kNoSlot || slotValue('P').isEmpty())
            return recordError(
                QCoreApplication::translate("apkdesk::ApkIndex", "record without a package name (P:)"));
        if (m_record.slotPos[slotOf('V')] == kNoSlot || slotValue('V').isEmpty())
            return recordError(
                QCoreApplication::translate("apkdesk::ApkIndex", "%1: record without a version (V:)")
                    .arg(QString::fromUtf8(slotValue('P'))));
        if (m_record.slotPos[slotOf('C')] == kNoSlot)
            return recordError(
                QCoreApplication::translate("apkdesk::ApkIndex", "%1: record without a checksum (C:)")
                    .arg(QString::fromUtf8(slotValue('P'))));
        if (!isValidChecksum(slotValue('C')))
            return recordError(
                QCoreApplication::translate("apkdesk::ApkIndex",
                                            "%1: C: \"%2\" is not Q1/Q2 followed by the base64 of a digest")
                    .arg(
                        QString::fromUtf8(slotValue('P')),
                        QString::fromUtf8(slotValue('C').first(qMin<qsizetype>(slotValue('C').size(), 60)))));
        constexpr quint64 u64max = std::numeric_limits<quint64>::max();
        constexpr quint64 i64max = static_cast<quint64>(std::numeric_limits<qint64>::max());
        quint64 v = 0;
        if (Status s = number('S', u64max, &m_record.size); !s)
            return s;
        if (Status s = number('I', u64max, &m_record.installedSize); !s)
            return s;
        if (Status s = number('t', i64max, &v); !s)
            return s;
        m_record.buildTime = static_cast<qint64>(v);
        v = 0;
        if (Status s = number('k', i64max, &v); !s)
            return s;
        m_record.providerPriority = static_cast<qint64>(v);
        m_data.records.push_back(m_record);
        return {};
    }

    Status checkDuplicates()
    {
        auto &records = m_data.records;
        size_t capacity = 16;
        while (capacity < records.size() * 2)
            capacity <<= 1;
        m_data.nameVersionTable.assign(capacity, 0);
        const quint64 mask = capacity - 1;
        std::vector<bool> dropped;
        const auto view = [this](const IndexRecord &r, char letter) {
            const IndexField &f = m_data.fields[r.firstField + r.slotPos[slotOf(letter)]];
            return QByteArrayView(m_data.text.constData() + f.offset, f.length);
        };
        for (size_t row = 0; row < records.size(); ++row) {
            const IndexRecord &r = records[row];
            const QByteArrayView name = view(r, 'P');
            const QByteArrayView version = view(r, 'V');
            quint64 slot = hashNameVersion(name, version) & mask;
            bool duplicate = false;
            for (; m_data.nameVersionTable[slot] != 0; slot = (slot + 1) & mask) {
                const IndexRecord &other = records[m_data.nameVersionTable[slot] - 1];
                if (view(other, 'P') != name || view(other, 'V') != version)
                    continue;
                if (view(other, 'C') != view(r, 'C'))
                    return lineError(
                        Error::Kind::Format, r.line, m_data.fields[r.firstField].offset - 2,
                        QCoreApplication::translate(
                            "apkdesk::ApkIndex",
                            "%1-%2 appears twice with different checksums (C:), first at line %3")
                            .arg(QString::fromUtf8(name), QString::fromUtf8(version))
                            .arg(other.line));
                duplicate = true;
                if (dropped.empty())
                    dropped.resize(records.size(), false);
                dropped[row] = true;
                if (++m_duplicates > kMaxWarnings)
                    break;
                m_data.warnings.append(
                    QCoreApplication::translate(
                        "apkdesk::ApkIndex",
                        "line %1: %2-%3 repeats the record at line %4; the copy is ignored")
                        .arg(r.line)
                        .arg(QString::fromUtf8(name), QString::fromUtf8(version))
                        .arg(other.line));
                break;
            }
            if (!duplicate)
                m_data.nameVersionTable[slot] = static_cast<quint32>(row + 1);
        }
        if (m_duplicates > kMaxWarnings)
            m_data.warnings.append(
                QCoreApplication::translate("apkdesk::ApkIndex", "%1 more repeated records ignored")
                    .arg(m_duplicates - kMaxWarnings));
        if (!dropped.empty())
            compact(dropped);
        return {};
    }

    // Removes dropped duplicates and rebuilds the lookup table for the new row numbers.
    void compact(const std::vector<bool> &dropped)
    {
        m_data.droppedDuplicates = true;
        std::vector<IndexRecord> kept;
        kept.reserve(m_data.records.size());
        for (size_t row = 0; row < m_data.records.size(); ++row) {
            if (!dropped[row])
                kept.push_back(m_data.records[row]);
        }
        m_data.records.swap(kept);
        std::fill(m_data.nameVersionTable.begin(), m_data.nameVersionTable.end(), 0);
        const quint64 mask = m_data.nameVersionTable.size() - 1;
        for (size_t row = 0; row < m_data.records.size(); ++row) {
            const IndexRecord &r = m_data.records[row];
            const IndexField &p = m_data.fields[r.firstField + r.slotPos[slotOf('P')]];
            const IndexField &v = m_data.fields[r.firstField + r.slotPos[slotOf('V')]];
            quint64 slot = hashNameVersion(QByteArrayView(m_data.text.constData() + p.offset, p.length),
                                           QByteArrayView(m_data.text.constData() + v.offset, v.length))
                & mask;
            while (m_data.nameVersionTable[slot] != 0)
                slot = (slot + 1) & mask;
            m_data.nameVersionTable[slot] = static_cast<quint32>(row + 1);
        }
    }

    ApkIndexData &m_data;
    const ApkIndexParseOptions &m_options;
    IndexRecord m_record {};
    qsizetype m_fieldCount = 0;
    qsizetype m_recordOffset = 0;
    qsizetype m_duplicates = 0;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_nulChecked = 0;
    static constexpr qsizetype kMaxWarnings = 100;
};

} // namespace

Result<ApkIndex> parseApkIndexText(QByteArray text, const ApkIndexParseOptions &options)
{
    auto data = std::make_shared<ApkIndexData>();
    data->text = std::move(text);
    Parser parser(*data, options);
    if (Status s = parser.consume(data->text.size(), true); !s)
        return s.error();
    data->fields.shrink_to_fit();
    return ApkIndex(std::move(data));
}

struct StreamingIndexParser::State
{
    std::shared_ptr<ApkIndexData> data = std::make_shared<ApkIndexData>();
    ApkIndexParseOptions options;
    std::unique_ptr<Parser> parser;
    qsizetype written = 0;
    qsizetype lastPublished = 0;

    std::mutex mutex;
    std::condition_variable wake;
    qsizetype published = 0; // guarded by mutex
    bool done = false; // guarded by mutex
    bool stop = false; // guarded by mutex
    Status status; // the worker's result, read after join
    std::thread worker;
    GraphCoreBuilder graph { 0 };
    size_t graphRows = 0;

    void run()
    {
        qsizetype consumed = 0;
        for (;;) {
            qsizetype available;
            bool final;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return published > consumed || done || stop; });
                if (stop)
                    return;
                available = published;
                final = done;
            }
            status = parser->consume(available, final);
            consumed = available;
            if (!status)
                return;
            // The graph's tables grow with the records, so they are ready with the text.
            if (!data->droppedDuplicates) {
                graph.addRecords(*data, graphRows, data->records.size());
                graphRows = data->records.size();
            }
            if (final) {
                if (!data->droppedDuplicates)
                    data->graphCore = graph.finish();
                return;
            }
        }
    }
};

StreamingIndexParser::StreamingIndexParser(qsizetype expectedSize, const ApkIndexParseOptions &options)
    : d(std::make_unique<State>())
{
    d->options = options;
    d->data->text.resize(expectedSize);
    d->parser = std::make_unique<Parser>(*d->data, d->options);
    d->graph = GraphCoreBuilder(static_cast<size_t>(expectedSize / 350));
    d->graph.beginIndex();
    d->worker = std::thread([state = d.get()] { state->run(); });
}

StreamingIndexParser::~StreamingIndexParser()
{
    if (d->worker.joinable()) {
        {
            std::lock_guard lock(d->mutex);
            d->stop = true;
        }
        d->wake.notify_one();
        d->worker.join();
    }
}

bool StreamingIndexParser::append(const char *bytes, qsizetype size)
{
    if (size > d->data->text.size() - d->written)
        return false;
    if (size <= 0)
        return true;
    std::memcpy(d->data->text.data() + d->written, bytes, static_cast<size_t>(size));
    d->written += size;
    // Waking the worker for every inflate chunk would cost more than it saves.
    if (d->written - d->lastPublished >= 256 * 1024) {
        d->lastPublished = d->written;
        {
            std::lock_guard lock(d->mutex);
            d->published = d->written;
        }
        d->wake.notify_one();
    }
    return true;
}

Result<ApkIndex> StreamingIndexParser::finish()
{
    {
        std::lock_guard lock(d->mutex);
        d->published = d->written;
        d->done = true;
    }
    d->wake.notify_one();
    d->worker.join();
    if (!d->status)
        return d->status.error();
    if (d->written != d->data->text.size())
        return Error(
            Error::Kind::Truncated,
            QCoreApplication::translate("apkdesk::ApkIndex", "the index text ends after %1 of %2 bytes")
                .arg(d->written)
                .arg(d->data->text.size()));
    d->data->fields.shrink_to_fit();
    return ApkIndex(std::move(d->data));
}

} // namespace apkdesk
