#include "archive/TarWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace apkdesk {

namespace {

constexpr qint64 kBlock = 512;
constexpr qint64 kRecord = 10240;
constexpr qint64 kMaxOctal11 = 077777777777LL; // what fits an 11-digit size/mtime field

void putOctal(char *field, int width, qint64 value)
{
    // GNU tar: zero-padded octal, width-1 digits, then NUL.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

void putString(char *field, int width, QByteArrayView value)
{
    if (value.isEmpty())
        return; // memcpy from the null data of an empty view is undefined behaviour
    std::memcpy(field, value.data(), size_t(std::min<qsizetype>(value.size(), width)));
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

TarWriter::TarWriter(Sink sink) : m_sink(std::move(sink)) { }

QByteArray TarWriter::paxRecord(QByteArrayView key, QByteArrayView value)
{
    // The length prefix counts itself: grow it until it is stable.
    const qsizetype body = 1 + key.size() + 1 + value.size() + 1; // ' ' key '=' value '\n'
    qsizetype length = body + 1;
    while (QByteArray::number(length).size() + body != length)
        length = QByteArray::number(length).size() + body;
    QByteArray record = QByteArray::number(length);
    record += ' ';
    record += key;
    record += '=';
    record += value;
    record += '\n';
    return record;
}

QByteArray TarWriter::paxHeaderName(QByteArrayView name)
{
    QByteArray path = name.toByteArray();
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray dir = slash < 0 ? QByteArrayLiteral(".") : path.left(slash);
    const QByteArray base = slash < 0 ? path : path.mid(slash + 1);
    return dir + "/PaxHeaders/" + base;
}

QByteArray TarWriter::ustarHeader(const TarWriterEntry &entry, qint64 size, char typeflag, bool paxHeader)
{
    QByteArray header(kBlock, '\0');
    char *h = header.data();
    const QByteArray name = paxHeader ? paxHeaderName(entry.name) : entry.name;
    putString(h, 100, name.left(100));
    putOctal(h + 100, 8, paxHeader ? 0644 : (entry.mode & 07777));
    putOctal(h + 108, 8, entry.uid);
    putOctal(h + 116, 8, entry.gid);
    putOctal(h + 124, 12, size);
    putOctal(h + 136, 12, entry.mtime);
    h[156] = typeflag;
    if (!paxHeader)
        putString(h + 157, 100, entry.linkTarget.left(100));
    std::memcpy(h + 257,
                "ustar\0"
                "00",
                8);
    if (!paxHeader) {
        putString(h + 265, 32, entry.uname.left(31));
        putString(h + 297, 32, entry.gname.left(31));
        putOctal(h + 329, 8, 0);
        putOctal(h + 337, 8, 0);
    }
    std::memset(h + 148, ' ', 8);
    uint sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += static_cast<unsigned char>(h[i]);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h + 148, digits.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return header;
}

Status TarWriter::put(QByteArrayView bytes)
{
    if (Status s = m_sink(bytes); !s)
        return s;
    m_written += bytes.size();
    return {};
}

Status TarWriter::pad(qint64 size)
{
    const qint64 rest = size % kBlock;
    if (rest == 0)
        return {};
    return put(QByteArray(kBlock - rest, '\0'));
}

Status TarWriter::writeHeaders(const TarWriterEntry &entry)
{
    if (entry.name.isEmpty() || entry.name.startsWith('/') || entry.name.contains('\0'))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::TarWriter", "invalid tar entry name"))
            .withLocation(QString::fromUtf8(entry.name));
    const qint64 size = entry.type == TarWriterEntry::Type::File ? entry.size : 0;
    if (size < 0 || size > kMaxOctal11 || entry.mtime < 0 || entry.mtime > kMaxOctal11)
        return Error(Error::Kind::LimitExceeded,
                     QCoreApplication::translate("apkdesk::TarWriter",
                                                 "file too large or timestamp out of range for a tar header"))
            .withLocation(QString::fromUtf8(entry.name));

    QByteArray pax;
    if (entry.name.size() > 100 || !isAscii(entry.name))
        pax += paxRecord("path", entry.name);
    if (entry.linkTarget.size() > 100)
        pax += paxRecord("linkpath", entry.linkTarget);
    if (entry.mtimeNanoseconds > 0)
        pax += paxRecord("mtime",
                         QByteArray(QByteArray::number(entry.mtime) + '.'
                                    + QByteArray::number(entry.mtimeNanoseconds).rightJustified(9, '0')));
    for (const auto &[name, value] : entry.xattrs)
        pax += paxRecord(QByteArray("SCHILY.xattr." + name), value);
    pax += paxRecord("ctime", "0");
    pax += paxRecord("atime", "0");
    if (!entry.apkChecksumSha1.isEmpty())
        pax += paxRecord("APK-TOOLS.checksum.SHA1", entry.apkChecksumSha1);

    if (Status s = put(ustarHeader(entry, pax.size(), 'x', true)); !s)
        return s;
    if (Status s = put(pax); !s)
        return s;
    if (Status s = pad(pax.size()); !s)
        return s;
    return put(ustarHeader(entry, size, static_cast<char>(entry.type), false));
}

Status TarWriter::addEntry(const TarWriterEntry &entry, QByteArrayView contents)
{
    const qint64 expected = entry.type == TarWriterEntry::Type::File ? entry.size : 0;
    if (contents.size() != expected)
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::TarWriter",
                                                 "content size does not match the entry size"))
            .withLocation(QString::fromUtf8(entry.name));
    if (Status s = writeHeaders(entry); !s)
        return s;
    if (contents.isEmpty())
        return {};
    if (Status s = put(contents); !s)
        return s;
    return pad(contents.size());
}

Status TarWriter::addEntry(const TarWriterEntry &entry, QIODevice &contents)
{
    if (Status s = writeHeaders(entry); !s)
        return s;
    if (entry.type != TarWriterEntry::Type::File)
        return {};
    qint64 remaining = entry.size;
    QByteArray buffer;
    while (remaining > 0) {
        buffer = contents.read(std::min<qint64>(remaining, 256 * 1024));
        if (buffer.isEmpty())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("apkdesk::TarWriter",
                                                     "file changed or could not be read while archiving: %1")
                             .arg(contents.errorString()))
                .withLocation(QString::fromUtf8(entry.name));
        remaining -= buffer.size();
        if (Status s = put(buffer); !s)
            return s;
    }
    return pad(entry.size);
}

Status TarWriter::finish(Ending ending)
{
    if (ending == Ending::Cut)
        return {};
    if (Status s = put(QByteArray(2 * kBlock, '\0')); !s)
        return s;
    if (ending == Ending::PadToRecord && m_written % kRecord != 0)
        return put(QByteArray(kRecord - m_written % kRecord, '\0'));
    return {};
}

} // namespace apkdesk
