#include "upload/TokenState.h"

#include "upload/Jwt.h"

#include <QCoreApplication>
#include <QLocale>

namespace apkdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ui::TokenState", text);
}

} // namespace

QString formatLocalTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

TokenState describeToken(const ServerProfile &profile, const QByteArray &token)
{
    if (profile.kind == ServerProfile::Kind::Gitea)
        return { tr("Access token of %1 is set.").arg(profile.user), true };
    const auto jwt = Jwt::decode(token);
    if (!jwt)
        return { jwt.error().message(), false };
    switch (jwt->stateAt(QDateTime::currentDateTimeUtc())) {
    case Jwt::State::Valid: {
        QString text = jwt->expiresAt() ? tr("Valid until %1").arg(formatLocalTime(*jwt->expiresAt()))
                                        : tr("Valid, without expiry");
        if (!jwt->issuer().isEmpty())
            text += QStringLiteral(" — ") + tr("issued by %1").arg(jwt->issuer());
        if (!jwt->subject().isEmpty())
            text += QLatin1Char(' ') + tr("for %1").arg(jwt->subject());
        return { text + QLatin1Char('.'), true };
    }
    case Jwt::State::ExpiringSoon:
        return {
            tr("Expires at %1, too soon to upload: set a new token.").arg(formatLocalTime(*jwt->expiresAt())),
            false
        };
    case Jwt::State::Expired:
        return { tr("Expired at %1: set a new token.").arg(formatLocalTime(*jwt->expiresAt())), false };
    case Jwt::State::NotYetValid:
        return { tr("Not valid before %1.").arg(formatLocalTime(*jwt->notBefore())), false };
    }
    return {};
}

} // namespace apkdesk::ui
