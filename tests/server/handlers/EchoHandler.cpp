// POST/PUT /_echo[/...]: answers with the size and SHA-256 of the body it received, so the
// network tests can check uploads (and the upload fault modes) byte for byte.
#include "HandlerRegistry.h"

#include <QCryptographicHash>

namespace {

class EchoHandler : public apkdesk::testserver::Handler
{
public:
    QString name() const override { return QStringLiteral("echo"); }
    bool matches(const apkdesk::testserver::HttpRequest &request) const override
    {
        return (request.method == "POST" || request.method == "PUT")
            && (request.path == QLatin1String("/_echo") || request.path.startsWith(QLatin1String("/_echo/")));
    }
    apkdesk::testserver::HttpResponse handle(const apkdesk::testserver::HttpRequest &request,
                                             apkdesk::testserver::ServerContext &) override
    {
        return apkdesk::testserver::HttpResponse::text(
            200,
            QByteArray::number(request.body.size()) + ' '
                + QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex() + '\n');
    }
};

} // namespace

APKDESK_TESTSERVER_HANDLER(EchoHandler)
