#include "UploadStorage.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

namespace apkdesk::testserver {

namespace {

QByteArray boundaryOf(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"?([^\";]+)\"?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(QString::fromLatin1(contentType));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QByteArray dispositionParameter(const QByteArray &headers, const QByteArray &parameter, bool *found)
{
    const QRegularExpression re(QStringLiteral("[;\\s]%1=\"([^\"]*)\"").arg(QString::fromLatin1(parameter)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(QString::fromUtf8(headers));
    *found = match.hasMatch();
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

} // namespace

std::optional<QList<FormPart>> parseMultipart(const QByteArray &body, const QByteArray &contentType,
                                              QByteArray *error)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (!contentType.toLower().startsWith("multipart/form-data") || boundary.isEmpty()) {
        *error = "Content type must be multipart/form-data with a boundary";
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = "Multipart body has no boundary";
        return std::nullopt;
    }
    QList<FormPart> parts;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter: the body is complete
        if (body.mid(pos, 2) != "\r\n") {
            *error = "Multipart body is malformed";
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0) {
            *error = "Multipart part has no header end";
            return std::nullopt;
        }
        const QByteArray headers = body.mid(pos, headersEnd - pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0) {
            *error = "Multipart body is incomplete (no closing boundary)";
            return std::nullopt;
        }
        FormPart part;
        bool found = false;
        part.name = dispositionParameter(headers, "name", &found);
        part.fileName = dispositionParameter(headers, "filename", &part.hasFileName);
        part.fileName.replace("%22", "\"");
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts << part;
        pos = next + 2;
    }
}

QString sanitizeFileName(const QByteArray &name)
{
    QString fileName =
        QFileInfo(QString::fromUtf8(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    while (fileName.startsWith(QLatin1Char('.')))
        fileName.remove(0, 1);
    fileName.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
    return fileName;
}

QString storeAtomically(const QString &directory, const QString &fileName, const QByteArray &data)
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create ") + directory;
    QSaveFile file(QDir(directory).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(data) != data.size())
        return file.errorString();
    return file.commit() ? QString() : file.errorString();
}

QString rebuildIndex(const ServerContext &context, const QString &directory, const QString &arch,
                     const QString &signKey, const QString &description)
{
    // H4's `apkdesk-cli index build DIR -o FILE [--rewrite-arch A] [--sign KEY]`: every
    // *.apk of DIR, as reposerve's `apk index *.apk` + abuild-sign.
    QStringList arguments { QStringLiteral("index"), QStringLiteral("build"), directory, QStringLiteral("-o"),
                            QDir(directory).filePath(QStringLiteral("APKINDEX.tar.gz")) };
    if (!arch.isEmpty())
        arguments << QStringLiteral("--rewrite-arch") << arch;
    if (!description.isEmpty())
        arguments << QStringLiteral("--description") << description;
    if (!signKey.isEmpty())
        arguments << QStringLiteral("--sign") << signKey;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QDir(context.binDir).filePath(QStringLiteral("apkdesk-cli")), arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("apkdesk-cli index build did not finish");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAll()).trimmed();
    return QString();
}

} // namespace apkdesk::testserver
