#pragma once

// The request/response types of apkdesk-testserver, shared by its core and the handlers that
// plug into it (tests/server/handlers/*.cpp, e.g. reposerve's /upload and Gitea's PUT).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace apkdesk::testserver {

struct HttpRequest
{
    QByteArray method; // "GET", "POST"...
    QByteArray target; // as sent: "/v3.21/main/?x=1"
    QString path; // percent-decoded path: "/v3.21/main/"
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body; // complete (Content-Length or chunked), capped at 256 MiB

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added by the server
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &body);
};

QByteArray reasonPhrase(int status);

} // namespace apkdesk::testserver
