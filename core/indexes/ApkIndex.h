#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace apkdesk {

class ApkIndex;
struct ApkIndexData;
class StreamingIndexParser;

// Where one `X:value` line of the index text sits: the letter and the value's bytes.
struct IndexField
{
    char letter = 0;
    quint32 offset = 0; // of the value, in ApkIndex::text()
    quint32 length = 0;
};

// Caps that keep a hostile index from taking the machine down. The defaults are far above
// anything Alpine publishes (edge main+community+testing: ~33,000 records, longest line < 64 KiB).
struct ApkIndexParseOptions
{
    qsizetype maxLineLength = 256 * 1024;
    qsizetype maxRecords = 500'000;
    qsizetype maxTextSize = 512LL * 1024 * 1024;
};

// A cheap view of one record of an ApkIndex; valid while any copy of that index lives.
// Values are the raw UTF-8 bytes of the text (views) or decoded QStrings.
class APKDESK_CORE_EXPORT IndexEntry
{
public:
    IndexEntry() = default;

    bool isValid() const { return m_data != nullptr; }
    int row() const { return m_row; }
    // 1-based line of the record's first field in the APKINDEX text.
    int lineNumber() const;

    // The first value of `letter`, or an empty view when the record has no such line.
    QByteArrayView field(char letter) const;
    bool hasField(char letter) const;
    QString text(char letter) const { return QString::fromUtf8(field(letter)); }
    // Every line of the record in file order, repeated and unknown letters included.
    QList<IndexField> fields() const;
    QByteArrayView value(const IndexField &field) const;

    QByteArrayView nameView() const { return field('P'); }
    QByteArrayView versionView() const { return field('V'); }
    QString name() const { return text('P'); }
    QString version() const { return text('V'); }
    QString arch() const { return text('A'); }
    QString description() const { return text('T'); }
    QString url() const { return text('U'); }
    QString license() const { return text('L'); }
    QString origin() const { return text('o'); }
    QString maintainer() const { return text('m'); }
    QString commit() const { return text('c'); }
    // `C:` as written (`Q1` + base64 SHA-1) and its decoded digest bytes.
    QString checksum() const { return text('C'); }
    QByteArray checksumDigest() const;

    quint64 size() const; // S: bytes of the .apk
    quint64 installedSize() const; // I:
    qint64 buildTime() const; // t: seconds since the epoch, 0 when absent
    qint64 providerPriority() const; // k:, 0 when absent
    bool hasProviderPriority() const { return hasField('k'); }

    // Space-separated dependency atoms, as written.
    QByteArrayView depends() const { return field('D'); }
    QByteArrayView provides() const { return field('p'); }
    QByteArrayView installIf() const { return field('i'); }
    QByteArrayView replaces() const { return field('r'); }

    // "name-version" as apk prints it.
    QString nameVersion() const;

private:
    friend class ApkIndex;
    IndexEntry(const ApkIndexData *data, int row) : m_data(data), m_row(row) { }
    const ApkIndexData *m_data = nullptr;
    int m_row = -1;
};

// The records of one APKINDEX text, kept compact: the text itself plus offsets, so a
// 33,000-entry index costs little more than its 12 MB of text. Copies share the data.
class APKDESK_CORE_EXPORT ApkIndex
{
public:
    ApkIndex();

    // Strict parse: blank-line separated records of `X:value` lines. Rejects (with the line
    // number, and the byte offset in the error) NUL bytes, lines that are not `X:value`,
    // over-long lines, records without P:, V: or C:, a C: that is not Q1/Q2 + base64 of a
    // digest of the right size, non-numeric or overflowing S:/I:/t:/k:, too many records and
    // the same name and version twice with different C: (an exact repeat is dropped with a
    // warning).
    static Result<ApkIndex> parse(QByteArray text, const ApkIndexParseOptions &options = {});

    int size() const;
    bool isEmpty() const { return size() == 0; }
    IndexEntry entry(int row) const;
    const QByteArray &text() const;

    // Row of the record with this name and version, or -1.
    int find(QByteArrayView name, QByteArrayView version) const;
    // Rows of every record with this P: name (several versions may be present).
    QList<int> findByName(QByteArrayView name) const;

    // Non-fatal findings of the parse (dropped exact duplicates, ...), one sentence each.
    const QStringList &warnings() const;

    // Human label for a field letter ("Name" for P, ...); unknown letters give "Field 'x'".
    static QString fieldLabel(char letter);

private:
    friend class IndexEntry;
    explicit ApkIndex(std::shared_ptr<const ApkIndexData> data);
    friend Result<ApkIndex> parseApkIndexText(QByteArray, const ApkIndexParseOptions &);
    friend class StreamingIndexParser;
    friend class PackageGraph;
    std::shared_ptr<const ApkIndexData> d;
};

} // namespace apkdesk
