#include "packages/PkgInfo.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace apkdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PkgInfo", text);
}
} // namespace

Result<PkgInfo> PkgInfo::parse(const QByteArray &text)
{
    if (text.size() > MaxSize)
        return Error(Error::Kind::LimitExceeded, tr(".PKGINFO is larger than %1 bytes").arg(MaxSize))
            .withLocation(QStringLiteral(".PKGINFO"));
    PkgInfo info;
    info.m_text = text;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNumber;
        const QByteArray line = text.mid(start, end - start);
        const qint64 lineOffset = start;
        start = end + 1;
        if (line.size() > MaxLineLength)
            return Error(Error::Kind::LimitExceeded,
                         tr("line %1 of .PKGINFO is longer than %2 bytes").arg(lineNumber).arg(MaxLineLength))
                .withLocation(QStringLiteral(".PKGINFO:%1").arg(lineNumber))
                .withOffset(lineOffset);
        if (line.contains('\0'))
            return Error(Error::Kind::Format,
                         tr("line %1 of .PKGINFO contains a NUL byte (binary data)").arg(lineNumber))
                .withLocation(QStringLiteral(".PKGINFO:%1").arg(lineNumber))
                .withOffset(lineOffset + line.indexOf('\0'));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = decoder.decode(line);
        if (decoder.hasError())
            return Error(Error::Kind::Format,
                         tr("line %1 of .PKGINFO is not valid UTF-8 (binary data)").arg(lineNumber))
                .withLocation(QStringLiteral(".PKGINFO:%1").arg(lineNumber))
                .withOffset(lineOffset);
        if (decoded.isEmpty())
            continue;
        if (decoded.startsWith(QLatin1Char('#'))) {
            info.m_comments << decoded;
            continue;
        }
        // apk splits on the first " = "; lines without it are ignored, as apk does.
        const qsizetype sep = decoded.indexOf(QLatin1String(" = "));
        if (sep < 0)
            continue;
        info.m_fields.append({ decoded.left(sep), decoded.mid(sep + 3), lineNumber });
    }
    return info;
}

QString PkgInfo::value(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.value;
    }
    return {};
}

QStringList PkgInfo::values(const QString &key) const
{
    QStringList result;
    for (const Field &field : m_fields) {
        if (field.key == key)
            result << field.value;
    }
    return result;
}

bool PkgInfo::contains(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return true;
    }
    return false;
}

qint64 PkgInfo::buildDate() const
{
    bool ok = false;
    const qint64 value = this->value(QStringLiteral("builddate")).toLongLong(&ok);
    return ok ? value : -1;
}

qint64 PkgInfo::installedSize() const
{
    bool ok = false;
    const qint64 value = this->value(QStringLiteral("size")).toLongLong(&ok);
    return ok ? value : -1;
}

QByteArray PkgInfo::dataHash() const
{
    return value(QStringLiteral("datahash")).toLatin1();
}

QStringList PkgInfo::listValues(const QString &key) const
{
    QStringList result;
    for (const QString &value : values(key))
        result << value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return result;
}

} // namespace apkdesk
