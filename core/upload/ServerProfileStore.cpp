#include "upload/ServerProfileStore.h"

#include <QScopeGuard>
#include <QSettings>

#include <algorithm>

namespace apkdesk {

namespace {
const QString kGroup = QStringLiteral("upload/profiles");
}

ServerProfileStore::ServerProfileStore(QSettings *settings) : m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

ServerProfileStore::~ServerProfileStore() = default;

QSettings &ServerProfileStore::settings() const
{
    return *m_settings;
}

QList<ServerProfile> ServerProfileStore::profiles() const
{
    QList<ServerProfile> result;
    settings().beginGroup(kGroup);
    const QStringList ids = settings().childGroups();
    settings().endGroup();
    for (const QString &id : ids) {
        if (auto profile = find(id))
            result << *profile;
    }
    std::sort(result.begin(), result.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    return result;
}

std::optional<ServerProfile> ServerProfileStore::find(const QString &id) const
{
    QSettings &s = settings();
    s.beginGroup(kGroup + QLatin1Char('/') + id);
    const auto guard = qScopeGuard([&s] { s.endGroup(); });
    if (!s.contains(QStringLiteral("url")))
        return std::nullopt;
    ServerProfile profile;
    profile.id = id;
    profile.name = s.value(QStringLiteral("name")).toString();
    profile.kind = ServerProfile::kindFromName(s.value(QStringLiteral("kind")).toString())
                       .valueOr(ServerProfile::Kind::Reposerve);
    // A hand-edited file with credentials in the URL is not loaded as is.
    auto url = ServerProfile::normaliseBaseUrl(s.value(QStringLiteral("url")).toString());
    if (!url)
        return std::nullopt;
    profile.baseUrl = *url;
    profile.defaults.version = s.value(QStringLiteral("version"), profile.defaults.version).toString();
    profile.defaults.repo = s.value(QStringLiteral("repo"), profile.defaults.repo).toString();
    profile.defaults.arch = s.value(QStringLiteral("arch"), profile.defaults.arch).toString();
    profile.owner = s.value(QStringLiteral("owner")).toString();
    profile.user = s.value(QStringLiteral("user")).toString();
    profile.caFile = s.value(QStringLiteral("caFile")).toString();
    profile.allowInsecureHttp = s.value(QStringLiteral("allowInsecureHttp"), false).toBool();
    return profile;
}

Result<ServerProfile> ServerProfileStore::save(ServerProfile profile)
{
    auto url = ServerProfile::normaliseBaseUrl(profile.baseUrl.toString());
    if (!url)
        return url.error();
    profile.baseUrl = *url;
    if (auto status = profile.validate(); !status)
        return status.error();
    if (profile.id.isEmpty())
        profile.id = ServerProfile::newId();
    QSettings &s = settings();
    s.beginGroup(kGroup + QLatin1Char('/') + profile.id);
    s.setValue(QStringLiteral("name"), profile.name);
    s.setValue(QStringLiteral("kind"), ServerProfile::kindName(profile.kind));
    s.setValue(QStringLiteral("url"), profile.baseUrl.toString());
    s.setValue(QStringLiteral("version"), profile.defaults.version);
    s.setValue(QStringLiteral("repo"), profile.defaults.repo);
    s.setValue(QStringLiteral("arch"), profile.defaults.arch);
    s.setValue(QStringLiteral("owner"), profile.owner);
    s.setValue(QStringLiteral("user"), profile.user);
    s.setValue(QStringLiteral("caFile"), profile.caFile);
    s.setValue(QStringLiteral("allowInsecureHttp"), profile.allowInsecureHttp);
    s.endGroup();
    s.sync();
    return profile;
}

void ServerProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    settings().remove(kGroup + QLatin1Char('/') + id);
    settings().sync();
}

QString ServerProfileStore::lastUsedId() const
{
    return settings().value(QStringLiteral("upload/lastProfile")).toString();
}

void ServerProfileStore::setLastUsedId(const QString &id)
{
    settings().setValue(QStringLiteral("upload/lastProfile"), id);
}

} // namespace apkdesk
