#pragma once

#include "upload/ServerProfile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace apkdesk {

// Upload server profiles in QSettings (group "upload/profiles/<id>"). Holds addresses and
// defaults only: tokens go to the keychain, so the settings file can be shared or backed up.
class APKDESK_CORE_EXPORT ServerProfileStore
{
public:
    // `settings` may be null: the application's default QSettings is then used.
    explicit ServerProfileStore(QSettings *settings = nullptr);
    ~ServerProfileStore();

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> find(const QString &id) const;
    // Validates and stores (replacing a profile with the same id). An empty id gets one.
    Result<ServerProfile> save(ServerProfile profile);
    void remove(const QString &id);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

private:
    QSettings &settings() const;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
};

} // namespace apkdesk
