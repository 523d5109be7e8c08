#include "repositories/RepositoriesFile.h"

#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::RepositoriesFile", text);
}

} // namespace

Result<RepositoriesFile> RepositoriesFile::parse(const QByteArray &text, const QString &location)
{
    RepositoriesFile file;
    const QList<QByteArray> rawLines = text.split('\n');
    const int count = text.endsWith('\n') ? rawLines.size() - 1 : rawLines.size();
    for (int i = 0; i < count; ++i) {
        RepositoriesLine line;
        line.lineNumber = i + 1;
        QByteArray raw = rawLines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        line.text = QString::fromUtf8(raw);
        const QString trimmed = line.text.trimmed();
        auto fail = [&](const QString &message) {
            return Error(Error::Kind::Format, tr("line %1: %2").arg(line.lineNumber).arg(message))
                .withLocation(location);
        };
        if (trimmed.isEmpty()) {
            line.kind = RepositoriesLine::Kind::Blank;
        } else if (trimmed.startsWith(QLatin1Char('#'))) {
            line.kind = RepositoriesLine::Kind::Comment;
        } else {
            line.kind = RepositoriesLine::Kind::Repository;
            QStringList words = trimmed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (words.first().startsWith(QLatin1Char('@'))) {
                line.tag = words.takeFirst().mid(1);
                if (line.tag.isEmpty() || !isSafePathSegment(line.tag))
                    return fail(tr("'@%1' is not a valid tag").arg(line.tag));
            }
            if (words.size() != 1)
                return fail(words.isEmpty()
                                ? tr("a tag without a repository")
                                : tr("expected one repository URL, found %1 words").arg(words.size()));
            const QString target = words.first();
            line.url = target.startsWith(QLatin1Char('/')) ? QUrl::fromLocalFile(target)
                                                           : QUrl(target, QUrl::StrictMode);
            if (Status ok = NetworkAccess::checkUrl(line.url); !ok)
                return fail(ok.error().message());
        }
        file.m_lines.append(line);
    }
    return file;
}

Result<RepositoriesFile> RepositoriesFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString()).withLocation(path);
    const QByteArray text = file.read(1024 * 1024 + 1);
    if (text.size() > 1024 * 1024)
        return Error(Error::Kind::LimitExceeded, tr("larger than 1 MiB")).withLocation(path);
    return parse(text, path);
}

Result<QList<RepositoryLocation>> RepositoriesFile::locations(const QString &arch) const
{
    QList<RepositoryLocation> result;
    for (const RepositoriesLine &line : m_lines) {
        if (line.kind != RepositoriesLine::Kind::Repository)
            continue;
        Result<RepositoryLocation> location = RepositoryLocation::fromRepositoryUrl(line.url, arch);
        if (!location)
            return Error(location.error().kind(),
                         tr("line %1: %2").arg(line.lineNumber).arg(location.error().message()));
        location->tag = line.tag;
        result.append(*location);
    }
    return result;
}

QString RepositoriesFile::formatLine(const RepositoryLocation &location)
{
    const QUrl url = location.repositoryUrl();
    const QString target = url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::FullyEncoded);
    return location.tag.isEmpty() ? target : QLatin1Char('@') + location.tag + QLatin1Char(' ') + target;
}

void RepositoriesFile::append(const RepositoryLocation &location)
{
    RepositoriesLine line;
    line.kind = RepositoriesLine::Kind::Repository;
    line.text = formatLine(location);
    line.tag = location.tag;
    line.url = location.repositoryUrl();
    line.lineNumber = m_lines.size() + 1;
    m_lines.append(line);
}

QByteArray RepositoriesFile::toText() const
{
    QByteArray text;
    for (const RepositoriesLine &line : m_lines)
        text += line.text.toUtf8() + '\n';
    return text;
}

} // namespace apkdesk
