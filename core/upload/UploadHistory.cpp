#include "upload/UploadHistory.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace apkdesk {

namespace {

QJsonObject toJson(const UploadRecord &record)
{
    QJsonArray items;
    for (const UploadRecord::Item &item : record.items)
        items.append(QJsonObject { { QStringLiteral("file"), item.fileName },
                                   { QStringLiteral("package"), item.nameVersion },
                                   { QStringLiteral("checksum"), item.identity },
                                   { QStringLiteral("target"), item.target },
                                   { QStringLiteral("state"), item.state },
                                   { QStringLiteral("message"), item.message } });
    return QJsonObject { { QStringLiteral("time"), record.time.toUTC().toString(Qt::ISODate) },
                         { QStringLiteral("profile"), record.profileId },
                         { QStringLiteral("server"), record.server },
                         { QStringLiteral("kind"), record.kind },
                         { QStringLiteral("success"), record.success },
                         { QStringLiteral("summary"), record.summary },
                         { QStringLiteral("items"), items } };
}

UploadRecord fromJson(const QJsonObject &object)
{
    UploadRecord record;
    record.time = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODate);
    record.profileId = object.value(QLatin1String("profile")).toString();
    record.server = object.value(QLatin1String("server")).toString();
    record.kind = object.value(QLatin1String("kind")).toString();
    record.success = object.value(QLatin1String("success")).toBool();
    record.summary = object.value(QLatin1String("summary")).toString();
    const QJsonArray items = object.value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject o = value.toObject();
        record.items << UploadRecord::Item {
            o.value(QLatin1String("file")).toString(),     o.value(QLatin1String("package")).toString(),
            o.value(QLatin1String("checksum")).toString(), o.value(QLatin1String("target")).toString(),
            o.value(QLatin1String("state")).toString(),    o.value(QLatin1String("message")).toString()
        };
    }
    return record;
}

} // namespace

UploadHistory::UploadHistory(QString path) : m_path(std::move(path))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/upload-history.json");
}

Result<QList<UploadRecord>> UploadHistory::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<UploadRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString()).withLocation(m_path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return Error(
                   Error::Kind::Format,
                   QCoreApplication::translate("apkdesk::UploadHistory", "The upload history is damaged: %1")
                       .arg(parseError.errorString()))
            .withLocation(m_path)
            .withOffset(parseError.offset);
    QList<UploadRecord> records;
    const QJsonArray array = doc.array();
    for (const QJsonValue &value : array)
        records << fromJson(value.toObject());
    return records;
}

Status UploadHistory::append(const UploadRecord &record)
{
    auto records = load();
    if (!records)
        return records.error();
    records->prepend(record);
    while (records->size() > kMaxRecords)
        records->removeLast();
    QJsonArray array;
    for (const UploadRecord &r : std::as_const(*records))
        array.append(toJson(r));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeFileAtomically(m_path, QJsonDocument(array).toJson(QJsonDocument::Indented));
}

Status UploadHistory::clear()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeFileAtomically(m_path, QByteArrayLiteral("[]\n"));
}

} // namespace apkdesk
