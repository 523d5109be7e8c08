#include "browser/ServerEntry.h"

#include <QSettings>
#include <QUuid>

namespace apkdesk::ui {

namespace {
const auto kArray = QStringLiteral("browser/servers");
const auto kId = QStringLiteral("id");
const auto kName = QStringLiteral("name");
const auto kUrl = QStringLiteral("url");
const auto kCaFile = QStringLiteral("caFile");
const auto kPinned = QStringLiteral("pinned");

QStringList pinnedToStrings(const QList<ServerEntry::Pinned> &pinned)
{
    QStringList out;
    for (const auto &pin : pinned)
        out.append(pin.version + QLatin1Char('/') + pin.repository);
    return out;
}

QList<ServerEntry::Pinned> pinnedFromStrings(const QStringList &strings)
{
    QList<ServerEntry::Pinned> out;
    for (const QString &string : strings) {
        const qsizetype slash = string.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == string.size() - 1)
            continue;
        out.append({ string.left(slash), string.mid(slash + 1) });
    }
    return out;
}
} // namespace

QString ServerEntry::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (url.isLocalFile())
        return url.toLocalFile();
    QString text = url.host();
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        text += path.endsWith(QLatin1Char('/')) ? path.chopped(1) : path;
    return text.isEmpty() ? url.toDisplayString() : text;
}

QList<ServerEntry> ServerSettings::load(QSettings &settings)
{
    QList<ServerEntry> servers;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerEntry entry;
        entry.id = settings.value(kId).toString();
        entry.name = settings.value(kName).toString();
        entry.url = QUrl(settings.value(kUrl).toString());
        entry.caFile = settings.value(kCaFile).toString();
        entry.pinned = pinnedFromStrings(settings.value(kPinned).toStringList());
        // A hand-edited or damaged entry is skipped rather than shown half-working.
        if (entry.isValid())
            servers.append(entry);
    }
    settings.endArray();
    return servers;
}

void ServerSettings::save(QSettings &settings, const QList<ServerEntry> &servers)
{
    settings.remove(kArray);
    settings.beginWriteArray(kArray);
    int i = 0;
    for (const ServerEntry &entry : servers) {
        if (entry.transient || !entry.isValid())
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(kId, entry.id);
        settings.setValue(kName, entry.name);
        settings.setValue(kUrl, entry.url.toString());
        settings.setValue(kCaFile, entry.caFile);
        settings.setValue(kPinned, pinnedToStrings(entry.pinned));
    }
    settings.endArray();
}

QString ServerSettings::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace apkdesk::ui
