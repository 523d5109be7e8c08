#include "packages/AdbSummary.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

#include <cstring>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdbSummary", text);
}

constexpr qint64 MaxAdbBlock = 16 * 1024 * 1024;
constexpr quint32 TypeMask = 0xf0000000u;
constexpr quint32 ValueMask = 0x0fffffffu;

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | (quint32(u[1]) << 8) | (quint32(u[2]) << 16) | (quint32(u[3]) << 24);
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

// The uncompressed ADB stream, pulled on demand (raw deflate for ADBd, as is for ADB.).
class AdbStream
{
public:
    AdbStream(QIODevice &device, bool deflated) : m_device(device), m_deflated(deflated)
    {
        if (m_deflated)
            inflateInit2(&m_z, -MAX_WBITS);
    }
    ~AdbStream()
    {
        if (m_deflated)
            inflateEnd(&m_z);
    }
    // Fills `out` with exactly `size` bytes; false when the stream ends first.
    Result<bool> read(char *out, qint64 size)
    {
        if (!m_deflated)
            return m_device.read(out, size) == size;
        m_z.next_out = reinterpret_cast<Bytef *>(out);
        m_z.avail_out = uInt(size);
        while (m_z.avail_out > 0) {
            if (m_z.avail_in == 0) {
                const qint64 n = m_device.read(m_input, sizeof m_input);
                if (n <= 0)
                    break;
                m_z.next_in = reinterpret_cast<Bytef *>(m_input);
                m_z.avail_in = uInt(n);
            }
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END)
                break;
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                return Error(Error::Kind::Format, tr("damaged deflate stream"));
        }
        return m_z.avail_out == 0;
    }
    Result<bool> read(QByteArray &out, qint64 size)
    {
        const qsizetype start = out.size();
        out.resize(start + size);
        return read(out.data() + start, size);
    }

private:
    QIODevice &m_device;
    bool m_deflated;
    z_stream m_z {};
    char m_input[64 * 1024];
};

// Dereferences values of the ADB block's object tree, every offset bounds-checked.
class AdbValues
{
public:
    explicit AdbValues(const QByteArray &adb) : m_adb(adb) { }

    QList<quint32> object(quint32 value) const
    {
        const quint32 type = value & TypeMask;
        if (type != 0xe0000000u && type != 0xd0000000u)
            return {};
        const qint64 offset = value & ValueMask;
        if (offset + 4 > m_adb.size())
            return {};
        const quint32 count = le32(m_adb.constData() + offset);
        if (count > 4096 || offset + 4 * qint64(count) > m_adb.size())
            return {};
        QList<quint32> items;
        for (quint32 i = 0; i < count; ++i)
            items << le32(m_adb.constData() + offset + 4 * i);
        return items;
    }

    std::optional<QByteArray> blob(quint32 value) const
    {
        const qint64 offset = value & ValueMask;
        qint64 length = 0;
        int header = 0;
        switch (value & TypeMask) {
        case 0x80000000u:
            header = 1;
            if (offset + 1 > m_adb.size())
                return std::nullopt;
            length = quint8(m_adb.at(offset));
            break;
        case 0x90000000u:
            header = 2;
            if (offset + 2 > m_adb.size())
                return std::nullopt;
            length = quint8(m_adb.at(offset)) | (quint8(m_adb.at(offset + 1)) << 8);
            break;
        case 0xa0000000u:
            header = 4;
            if (offset + 4 > m_adb.size())
                return std::nullopt;
            length = le32(m_adb.constData() + offset);
            break;
        default: return std::nullopt;
        }
        if (offset + header + length > m_adb.size())
            return std::nullopt;
        return m_adb.mid(offset + header, length);
    }

    std::optional<quint64> integer(quint32 value) const
    {
        const qint64 offset = value & ValueMask;
        switch (value & TypeMask) {
        case 0x10000000u: return quint64(value & ValueMask);
        case 0x20000000u:
            if (offset + 4 > m_adb.size())
                return std::nullopt;
            return le32(m_adb.constData() + offset);
        case 0x30000000u:
            if (offset + 8 > m_adb.size())
                return std::nullopt;
            return le64(m_adb.constData() + offset);
        default: return std::nullopt;
        }
    }

private:
    const QByteArray &m_adb;
};

} // namespace

QString AdbSummary::value(const QString &key) const
{
    for (const auto &[k, v] : info) {
        if (k == key)
            return v;
    }
    return {};
}

Result<AdbSummary> AdbSummary::read(QIODevice &device)
{
    AdbSummary summary;
    summary.magic = device.read(4);
    if (summary.magic.size() < 4 || !summary.magic.startsWith("ADB"))
        return Error(Error::Kind::Format, tr("not an ADB file")).withOffset(0);
    bool deflated = false;
    if (summary.magic == "ADBd") {
        summary.compression = QStringLiteral("deflate");
        deflated = true;
    } else if (summary.magic == "ADB.") {
        summary.compression = QStringLiteral("none");
    } else if (summary.magic == "ADBc") {
        const QByteArray spec = device.read(2);
        if (spec.size() < 2)
            return Error(Error::Kind::Truncated, tr("ADBc header without its compression spec"))
                .withOffset(4);
        const int algorithm = quint8(spec.at(0));
        const int level = quint8(spec.at(1));
        const QString name = algorithm == 1 ? QStringLiteral("deflate")
            : algorithm == 2                ? QStringLiteral("zstd")
                                            : QStringLiteral("algorithm %1").arg(algorithm);
        summary.compression = level > 0 ? QStringLiteral("%1, level %2").arg(name).arg(level) : name;
        if (algorithm != 1)
            return summary; // zstd: Apkdesk has no zstd decoder; the container stays unread
        deflated = true;
    } else {
        return Error(Error::Kind::Format, tr("unknown ADB magic")).withOffset(0);
    }

    AdbStream stream(device, deflated);
    QByteArray header;
    if (deflated) {
        auto ok = stream.read(header, 8);
        if (!ok)
            return ok.error();
        if (!*ok)
            return Error(Error::Kind::Truncated, tr("the ADB stream ends before its header"));
    } else {
        header = "ADB." + device.read(4); // the magic was the stream's own header
    }
    if (header.size() < 8 || !header.startsWith("ADB."))
        return Error(Error::Kind::Format, tr("the ADB stream has no ADB. header"));
    summary.schema = header.mid(4, 4);

    qint64 offset = 8;
    QByteArray adb;
    while (true) {
        char blockHeader[16];
        auto got = stream.read(blockHeader, 4);
        if (!got)
            return got.error();
        if (!*got)
            break; // clean end
        const quint32 typeSize = le32(blockHeader);
        int type = int(typeSize >> 30);
        qint64 size = typeSize & 0x3fffffff;
        qint64 headerSize = 4;
        if (type == 3) { // extended header: real type below, reserved word, 64-bit size
            type = int(typeSize & 0x3fffffff);
            auto more = stream.read(blockHeader + 4, 12);
            if (!more || !*more)
                return Error(Error::Kind::Truncated, tr("ADB block header cut")).withOffset(offset);
            size = qint64(le64(blockHeader + 8));
            headerSize = 16;
        }
        if (size < headerSize)
            return Error(Error::Kind::Format, tr("ADB block smaller than its header")).withOffset(offset);
        summary.blocks.append({ offset, type, size });
        if (type == 2)
            break; // file data follows: nothing more to summarise
        if (type == 1)
            ++summary.signatureBlocks;
        const qint64 payload = size - headerSize;
        const qint64 padding = ((size + 7) & ~qint64(7)) - size;
        if (type == 0 && adb.isEmpty()) {
            if (payload > MaxAdbBlock)
                return Error(Error::Kind::LimitExceeded, tr("ADB block of %1 bytes").arg(payload))
                    .withOffset(offset);
            auto ok = stream.read(adb, payload);
            if (!ok)
                return ok.error();
            if (!*ok)
                return Error(Error::Kind::Truncated, tr("ADB block cut")).withOffset(offset);
        } else {
            if (payload > MaxAdbBlock)
                return Error(Error::Kind::LimitExceeded, tr("ADB block of %1 bytes").arg(payload))
                    .withOffset(offset);
            QByteArray skipped;
            auto ok = stream.read(skipped, payload);
            if (!ok)
                return ok.error();
            if (!*ok)
                return Error(Error::Kind::Truncated, tr("ADB block cut")).withOffset(offset);
        }
        if (padding > 0) {
            QByteArray pad;
            auto ok = stream.read(pad, padding);
            if (!ok)
                return ok.error();
        }
        offset += size + padding;
    }
    summary.containerRead = true;

    // The package info object: root (after a 4-byte adb header) -> field 1 -> fields.
    if (summary.schema == "pckg" && adb.size() >= 8) {
        const AdbValues values(adb);
        const QList<quint32> root = values.object(le32(adb.constData() + 4));
        const QList<quint32> pkginfo = root.size() > 1 ? values.object(root.at(1)) : QList<quint32>();
        static const struct
        {
            int index;
            const char *name;
            bool number;
        } fields[] = { { 1, "name", false },          { 2, "version", false }, { 4, "description", false },
                       { 5, "arch", false },          { 6, "license", false }, { 7, "origin", false },
                       { 8, "maintainer", false },    { 9, "url", false },     { 11, "build-time", true },
                       { 12, "installed-size", true } };
        for (const auto &field : fields) {
            if (field.index >= pkginfo.size() || pkginfo.at(field.index) == 0)
                continue;
            const quint32 value = pkginfo.at(field.index);
            if (field.number) {
                if (auto n = values.integer(value))
                    summary.info.append({ QString::fromLatin1(field.name), QString::number(*n) });
            } else if (auto text = values.blob(value)) {
                summary.info.append({ QString::fromLatin1(field.name), QString::fromUtf8(*text) });
            }
        }
    }
    return summary;
}

} // namespace apkdesk
