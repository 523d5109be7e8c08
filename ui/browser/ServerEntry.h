#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace apkdesk::ui {

// One configured server in the browser's sidebar. A server is the root of a repository
// tree (<url>/<version>/<repository>/<arch>/APKINDEX.tar.gz) whose levels are discovered
// from its directory listings. Servers imported from /etc/apk/repositories pin the
// version/repository pairs their lines named, so only those appear under them.
struct ServerEntry
{
    struct Pinned
    {
        QString version;
        QString repository;
        bool operator==(const Pinned &) const = default;
    };

    QString id; // stable, generated when the server is added
    QString name;
    QUrl url;
    QString caFile; // extra CA certificate(s) for this server's TLS, a PEM file path
    QList<Pinned> pinned;
    // Not remembered: servers opened for this session only (--sample, --repository).
    bool transient = false;
    // Key folders trusted for this server's indexes only (the sample repository's key);
    // only ever set for transient servers, never read from settings.
    QStringList extraKeyDirectories;

    bool isValid() const { return !id.isEmpty() && url.isValid(); }
    QString displayName() const;
};

// The configured servers as remembered in QSettings ("browser/servers"). No secrets are
// stored here: a server is a URL, a name and an optional CA file path.
class ServerSettings
{
public:
    static QList<ServerEntry> load(QSettings &settings);
    static void save(QSettings &settings, const QList<ServerEntry> &servers);

    static QString newId();
};

} // namespace apkdesk::ui
