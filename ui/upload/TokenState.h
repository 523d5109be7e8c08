#pragma once

#include "upload/ServerProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace apkdesk::ui {

// How a stored token looks right now, in one line for the Upload view's token row:
// "Valid until … — issued by …", "Expired at …", "Access token of ci is set."...
struct TokenState
{
    QString text;
    bool usable = false; // green when true, red otherwise
};

TokenState describeToken(const ServerProfile &profile, const QByteArray &token);
QString formatLocalTime(const QDateTime &time);

} // namespace apkdesk::ui
