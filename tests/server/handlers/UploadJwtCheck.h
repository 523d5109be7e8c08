#pragma once

// reposerve's token check, for the test server: an RS256 JWT from the Authorization header,
// verified against the keys of a JWKS file, its exp/nbf checked and a set of required claims
// compared (reposerve's `jwt.claims`). Failures carry reposerve's text/plain 401 bodies.

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace apkdesk::testserver {

struct JwtCheck
{
    bool ok = false;
    QByteArray failure; // "Missing bearer token", "ExpiredSignature", ...
    QJsonObject claims;
};

// `requiredClaims`: claim name -> expected string value. `now`: seconds since the epoch.
JwtCheck checkBearerToken(const QByteArray &authorization, const QString &jwksPath,
                          const QMap<QString, QString> &requiredClaims, qint64 now);

// "iss=gitlab.example.com;project_path=group/repo" -> map.
QMap<QString, QString> parseClaimsOption(const QString &option);

} // namespace apkdesk::testserver
