#include "indexes/ApkIndex.h"

#include "indexes/ApkIndexData.h"

#include <QCoreApplication>

namespace apkdesk {

namespace {

const ApkIndexData &emptyData()
{
    static const ApkIndexData data;
    return data;
}

} // namespace

quint64 hashNameVersion(QByteArrayView name, QByteArrayView version)
{
    // FNV-1a: names are short, and this runs once per record.
    quint64 h = 1469598103934665603ULL;
    for (char c : name)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    h = (h ^ 0xffU) * 1099511628211ULL;
    for (char c : version)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

ApkIndex::ApkIndex() = default;

ApkIndex::ApkIndex(std::shared_ptr<const ApkIndexData> data) : d(std::move(data)) { }

Result<ApkIndex> ApkIndex::parse(QByteArray text, const ApkIndexParseOptions &options)
{
    return parseApkIndexText(std::move(text), options);
}

int ApkIndex::size() const
{
    return d ? static_cast<int>(d->records.size()) : 0;
}

IndexEntry ApkIndex::entry(int row) const
{
    if (row < 0 || row >= size())
        return {};
    return IndexEntry(d.get(), row);
}

const QByteArray &ApkIndex::text() const
{
    return d ? d->text : emptyData().text;
}

const QStringList &ApkIndex::warnings() const
{
    return d ? d->warnings : emptyData().warnings;
}

int ApkIndex::find(QByteArrayView name, QByteArrayView version) const
{
    if (!d || d->nameVersionTable.empty())
        return -1;
    const quint64 mask = d->nameVersionTable.size() - 1;
    for (quint64 slot = hashNameVersion(name, version) & mask;; slot = (slot + 1) & mask) {
        const quint32 stored = d->nameVersionTable[slot];
        if (stored == 0)
            return -1;
        const IndexEntry e = entry(static_cast<int>(stored - 1));
        if (e.nameView() == name && e.versionView() == version)
            return e.row();
    }
}

QList<int> ApkIndex::findByName(QByteArrayView name) const
{
    QList<int> rows;
    for (int row = 0; row < size(); ++row) {
        if (entry(row).nameView() == name)
            rows.append(row);
    }
    return rows;
}

QString ApkIndex::fieldLabel(char letter)
{
    const char *label = nullptr;
    switch (letter) {
    case 'C': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Checksum"); break;
    case 'P': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Name"); break;
    case 'V': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Version"); break;
    case 'A': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Architecture"); break;
    case 'S': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Size"); break;
    case 'I': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Installed size"); break;
    case 'T': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Description"); break;
    case 'U': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "URL"); break;
    case 'L': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "License"); break;
    case 'o': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Origin"); break;
    case 'm': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Maintainer"); break;
    case 't': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Build time"); break;
    case 'c': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Commit"); break;
    case 'k': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Provider priority"); break;
    case 'D': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Depends"); break;
    case 'p': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Provides"); break;
    case 'i': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Install if"); break;
    case 'r': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Replaces"); break;
    case 'q': label = QT_TRANSLATE_NOOP("apkdesk::ApkIndex", "Replaces priority"); break;
    default: break;
    }
    if (label)
        return QCoreApplication::translate("apkdesk::ApkIndex", label);
    return QCoreApplication::translate("apkdesk::ApkIndex", "Field '%1'").arg(QLatin1Char(letter));
}

int IndexEntry::lineNumber() const
{
    return m_data ? static_cast<int>(m_data->records[m_row].line) : 0;
}

QByteArrayView IndexEntry::field(char letter) const
{
    if (!m_data)
        return {};
    const ApkIndexData &data = *m_data;
    const IndexRecord &record = data.records[m_row];
    const int slot = slotOf(letter);
    if (slot >= 0 && (record.slotPos[slot] != kNoSlot || record.fieldCount < kNoSlot)) {
        if (record.slotPos[slot] == kNoSlot)
            return {};
        return value(data.fields[record.firstField + record.slotPos[slot]]);
    }
    for (quint32 i = 0; i < record.fieldCount; ++i) {
        const IndexField &f = data.fields[record.firstField + i];
        if (f.letter == letter)
            return value(f);
    }
    return {};
}

bool IndexEntry::hasField(char letter) const
{
    if (!m_data)
        return false;
    const ApkIndexData &data = *m_data;
    const IndexRecord &record = data.records[m_row];
    for (quint32 i = 0; i < record.fieldCount; ++i) {
        if (data.fields[record.firstField + i].letter == letter)
            return true;
    }
    return false;
}

QList<IndexField> IndexEntry::fields() const
{
    QList<IndexField> list;
    if (!m_data)
        return list;
    const ApkIndexData &data = *m_data;
    const IndexRecord &record = data.records[m_row];
    list.reserve(record.fieldCount);
    for (quint32 i = 0; i < record.fieldCount; ++i)
        list.append(data.fields[record.firstField + i]);
    return list;
}

QByteArrayView IndexEntry::value(const IndexField &f) const
{
    if (!m_data)
        return {};
    return QByteArrayView(m_data->text.constData() + f.offset, f.length);
}

QByteArray IndexEntry::checksumDigest() const
{
    const QByteArrayView c = field('C');
    if (c.size() > 2 && c[0] == 'Q')
        return QByteArray::fromBase64(c.sliced(2).toByteArray());
    return QByteArray::fromHex(c.toByteArray());
}

quint64 IndexEntry::size() const
{
    return m_data ? m_data->records[m_row].size : 0;
}

quint64 IndexEntry::installedSize() const
{
    return m_data ? m_data->records[m_row].installedSize : 0;
}

qint64 IndexEntry::buildTime() const
{
    return m_data ? m_data->records[m_row].buildTime : 0;
}

qint64 IndexEntry::providerPriority() const
{
    return m_data ? m_data->records[m_row].providerPriority : 0;
}

QString IndexEntry::nameVersion() const
{
    return name() + QLatin1Char('-') + version();
}

} // namespace apkdesk
