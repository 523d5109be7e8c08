#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace apkdesk::testserver {

// How the server misbehaves for requests under a path prefix (the longest prefix wins).
struct Fault
{
    QString prefix;
    QString mode; // see TestServerProcess.h for the list
    int remaining = -1; // requests left to fault, -1 = all
    QMap<QString, QString> parameters; // retry-after, interval, ...

    QString parameter(const QString &key, const QString &fallback) const
    {
        return parameters.value(key, fallback);
    }
};

class FaultTable
{
public:
    static QStringList modes();
    // "PREFIX=MODE[:count]" from the command line.
    bool addFromSpec(const QString &spec, QString *error);
    bool add(Fault fault, QString *error);
    void clear() { m_faults.clear(); }
    // The fault for this path, consuming one of its uses, or nullopt.
    std::optional<Fault> take(const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace apkdesk::testserver
