#include "TestServer.h"

#include "StaticFiles.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace apkdesk::testserver {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxBody = 256LL * 1024 * 1024;
const char kOffsitePrefix[] = "/_offsite";

} // namespace

struct TestServer::Connection
{
    QByteArray buffer;
    bool headParsed = false;
    HttpRequest request;
    qint64 contentLength = 0;
    bool chunked = false;
    bool dispatched = false;
    bool throttled = false;
    std::optional<Fault> fault;
};

TestServer::TestServer(ServerContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_handlers(HandlerRegistry::instance().createAll())
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestServer::onNewConnection);
}

TestServer::~TestServer() = default;

bool TestServer::listen(quint16 port, QString *error)
{
    // Loopback only: the tests must never open a port to the network.
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void TestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        socket->setProperty("apkdesk.connection", QVariant::fromValue(static_cast<void *>(connection.get())));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] {
            Q_UNUSED(connection) // keeps the state alive as long as the socket
            onReadyRead(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TestServer::onReadyRead(QTcpSocket *socket)
{
    auto *connection = static_cast<Connection *>(socket->property("apkdesk.connection").value<void *>());
    if (!connection || connection->dispatched) {
        socket->readAll();
        return;
    }
    if (connection->throttled)
        return; // the slow-upload timer reads
    connection->buffer += socket->readAll();
    if (!connection->headParsed) {
        QString error;
        if (!parseHead(*connection, &error)) {
            if (!error.isEmpty()) {
                connection->dispatched = true;
                send(socket, connection->request, HttpResponse::text(400, error.toUtf8() + '\n'));
            }
            return;
        }
        const QString &path = connection->request.path;
        if (!path.startsWith(QLatin1String("/_control/")) && !path.startsWith(QLatin1String(kOffsitePrefix)))
            connection->fault = m_faults.take(path);
        if (connection->fault && connection->fault->mode == QLatin1String("slow-upload")) {
            throttle(socket, connection);
            return;
        }
    }
    continueRequest(socket, *connection);
}

void TestServer::throttle(QTcpSocket *socket, Connection *connection)
{
    // Reads the body `chunk` bytes per `interval`: TCP back-pressure slows the client down,
    // so its upload progress is visible. The request is then served normally.
    const Fault fault = *connection->fault;
    log(connection->request, 0, fault.mode);
    connection->fault.reset();
    connection->throttled = true;
    const qint64 chunk =
        std::max(1, fault.parameter(QStringLiteral("chunk"), QStringLiteral("1024")).toInt());
    socket->setReadBufferSize(chunk);
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [this, socket, connection, timer, chunk] {
        connection->buffer += socket->read(chunk);
        if (continueRequest(socket, *connection))
            timer->stop();
    });
    timer->start(std::max(1, fault.parameter(QStringLiteral("interval"), QStringLiteral("100")).toInt()));
}

bool TestServer::continueRequest(QTcpSocket *socket, Connection &connection)
{
    // A client whose connection breaks mid-upload: after `after` body bytes (default: none).
    if (connection.fault && connection.fault->mode == QLatin1String("drop-upload")
        && connection.buffer.size()
            >= connection.fault->parameter(QStringLiteral("after"), QStringLiteral("0")).toLongLong()) {
        connection.dispatched = true;
        log(connection.request, 0, connection.fault->mode);
        socket->abort();
        return true;
    }
    if (!bodyComplete(connection)) {
        if (connection.buffer.size() > kMaxBody) {
            connection.dispatched = true;
            send(socket, connection.request, HttpResponse::text(413, "request body too large\n"));
            return true;
        }
        return false;
    }
    connection.dispatched = true;
    dispatch(socket, connection);
    return true;
}

bool TestServer::parseHead(Connection &connection, QString *error)
{
    const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (connection.buffer.size() > kMaxHead)
            *error = QStringLiteral("request head too large");
        return false;
    }
    const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
    connection.buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        *error = QStringLiteral("bad request line");
        return false;
    }
    HttpRequest &request = connection.request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const QUrl url = QUrl::fromEncoded("http://localhost" + request.target, QUrl::StrictMode);
    if (!request.target.startsWith('/') || !url.isValid()) {
        *error = QStringLiteral("bad request target");
        return false;
    }
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    connection.chunked = request.header("Transfer-Encoding").toLower().contains("chunked");
    connection.contentLength = request.header("Content-Length").toLongLong();
    connection.headParsed = true;
    return true;
}

bool TestServer::bodyComplete(Connection &connection)
{
    if (!connection.chunked) {
        if (connection.buffer.size() < connection.contentLength)
            return false;
        connection.request.body = connection.buffer.left(connection.contentLength);
        return true;
    }
    // Chunked request body: decode once all chunks are there.
    QByteArray body;
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = connection.buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qint64 size =
            connection.buffer.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        if (size == 0) {
            connection.request.body = body;
            return true;
        }
        if (connection.buffer.size() < lineEnd + 2 + size + 2)
            return false;
        body += connection.buffer.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
}

void TestServer::dispatch(QTcpSocket *socket, Connection &connection)
{
    HttpRequest request = connection.request;
    if (request.path.startsWith(QLatin1String("/_control/"))) {
        const HttpResponse response = control(request);
        send(socket, request, response);
        return;
    }
    // The other origin of redirect-offsite: served normally, never faulted again.
    if (request.path.startsWith(QLatin1String(kOffsitePrefix))) {
        request.path = request.path.mid(qsizetype(sizeof(kOffsitePrefix) - 1));
        const HttpResponse response = route(request);
        log(request, response.status, QStringLiteral("offsite"));
        send(socket, request, response);
        return;
    }
    const std::optional<Fault> &fault = connection.fault;
    if (fault) {
        applyFault(socket, request, *fault);
        return;
    }
    const HttpResponse response = route(request);
    log(request, response.status, {});
    send(socket, request, response);
}

HttpResponse TestServer::route(const HttpRequest &request)
{
    for (const auto &handler : m_handlers)
        if (handler->matches(request))
            return handler->handle(request, m_context);
    return serveStatic(request, m_context);
}

HttpResponse TestServer::control(const HttpRequest &request)
{
    const QString action = request.path.mid(10);
    if (action == QLatin1String("fault") && request.method == "POST") {
        Fault fault;
        fault.prefix = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
        fault.mode = request.query.queryItemValue(QStringLiteral("mode"), QUrl::FullyDecoded);
        fault.remaining = request.query.hasQueryItem(QStringLiteral("count"))
            ? request.query.queryItemValue(QStringLiteral("count")).toInt()
            : -1;
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
            if (key != QLatin1String("path") && key != QLatin1String("mode") && key != QLatin1String("count"))
                fault.parameters.insert(key, value);
        QString error;
        if (!m_faults.add(fault, &error))
            return HttpResponse::text(400, error.toUtf8() + '\n');
        return HttpResponse::text(200, "ok\n");
    }
    if (action == QLatin1String("reset") && request.method == "POST") {
        m_faults.clear();
        return HttpResponse::text(200, "ok\n");
    }
    if (action == QLatin1String("requests")) {
        if (request.method == "DELETE") {
            m_log = QJsonArray();
            return HttpResponse::text(200, "ok\n");
        }
        return HttpResponse::json(200, QJsonDocument(m_log).toJson(QJsonDocument::Compact));
    }
    return HttpResponse::text(404, "unknown control action\n");
}

void TestServer::applyFault(QTcpSocket *socket, const HttpRequest &request, const Fault &fault)
{
    const QString &mode = fault.mode;
    log(request, 0, mode);
    if (mode == QLatin1String("drop-upload")) {
        socket->abort(); // the body was shorter than `after`
        return;
    }
    auto errorWithRetry = [&](int status) {
        HttpResponse response = HttpResponse::text(status, "fault: " + mode.toUtf8() + '\n');
        const QString retryAfter =
            fault.parameter(QStringLiteral("retry-after"), status == 500 ? QString() : QStringLiteral("1"));
        if (!retryAfter.isEmpty())
            response.setHeader("Retry-After", retryAfter.toUtf8());
        send(socket, request, response);
    };
    if (mode == QLatin1String("error500"))
        return errorWithRetry(500);
    if (mode == QLatin1String("error503"))
        return errorWithRetry(503);
    if (mode == QLatin1String("error429"))
        return errorWithRetry(429);
    if (mode.startsWith(QLatin1String("status:")))
        return send(socket, request,
                    HttpResponse::text(mode.mid(7).toInt(), "fault: " + mode.toUtf8() + '\n'));
    if (mode == QLatin1String("html200")) {
        HttpResponse response;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.body =
            "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
            "<body><h1>Welcome to Hotel WiFi</h1><p>Please accept the terms to continue.</p></body></html>\n";
        return send(socket, request, response);
    }
    if (mode == QLatin1String("redirect-loop")) {
        HttpResponse response = HttpResponse::text(302, "loop\n");
        response.setHeader("Location", request.target);
        return send(socket, request, response);
    }
    if (mode == QLatin1String("redirect-offsite")) {
        HttpResponse response = HttpResponse::text(302, "moved\n");
        response.setHeader("Location",
                           "http://localhost:" + QByteArray::number(port()) + kOffsitePrefix
                               + QUrl::toPercentEncoding(request.path, "/"));
        return send(socket, request, response);
    }

    // Broken answers to resumed downloads; requests without Range are served normally.
    const bool ranged = !request.header("Range").isEmpty();
    if (mode == QLatin1String("ignore-range") || mode == QLatin1String("range-416")
        || mode == QLatin1String("change-etag")) {
        HttpRequest plain = request;
        if (ranged && mode == QLatin1String("ignore-range"))
            plain.headers.remove("range");
        if (ranged && mode == QLatin1String("change-etag"))
            plain.headers.remove("if-range"); // the broken server ignores If-Range
        HttpResponse response = route(plain);
        if (ranged && mode == QLatin1String("range-416")) {
            response = HttpResponse::text(416, "fault: range-416\n");
            response.setHeader("Content-Range", "bytes */0");
        }
        if (ranged && mode == QLatin1String("change-etag"))
            response.setHeader("ETag", "\"changed-on-the-server\"");
        return send(socket, request, response);
    }
    HttpResponse response = route(request);
    if (mode == QLatin1String("gzip-encoding")) {
        // nginx's classic mistake: the .tar.gz bytes labelled as gzip-encoded.
        response.setHeader("Content-Encoding", "gzip");
        return send(socket, request, response);
    }
    if (mode == QLatin1String("truncate-gzip")) {
        response.body.truncate(response.body.size() / 2);
        return send(socket, request, response);
    }
    if (mode == QLatin1String("drop") || mode == QLatin1String("lying-length")) {
        const qint64 claimed =
            mode == QLatin1String("drop") ? response.body.size() : response.body.size() + 100;
        sendHead(socket, response, claimed);
        const QByteArray part =
            mode == QLatin1String("drop") ? response.body.left(response.body.size() / 2) : response.body;
        socket->write(part);
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, this, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    }
    if (mode == QLatin1String("slow")) {
        sendHead(socket, response, response.body.size());
        trickle(socket, response.body,
                fault.parameter(QStringLiteral("interval"), QStringLiteral("200")).toInt());
        return;
    }
    send(socket, request, response);
}

void TestServer::sendHead(QTcpSocket *socket, const HttpResponse &response, qint64 contentLength)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
}

void TestServer::send(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response)
{
    const bool noBody = request.method == "HEAD" || response.status == 304 || response.status == 204;
    sendHead(socket, response, noBody && response.status != 200 ? 0 : response.body.size());
    if (!noBody)
        socket->write(response.body);
    socket->disconnectFromHost();
}

void TestServer::trickle(QTcpSocket *socket, const QByteArray &body, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto position = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, position] {
        if (*position >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid(*position, 1));
        ++*position;
    });
    timer->start(std::max(1, intervalMs));
}

void TestServer::log(const HttpRequest &request, int status, const QString &fault)
{
    QJsonObject entry {
        { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("path"), request.path },
        { QStringLiteral("host"), QString::fromLatin1(request.header("Host")) },
        { QStringLiteral("authorization"), !request.header("Authorization").isEmpty() },
        { QStringLiteral("range"), QString::fromLatin1(request.header("Range")) },
        { QStringLiteral("ifNoneMatch"), QString::fromLatin1(request.header("If-None-Match")) },
        { QStringLiteral("ifModifiedSince"), QString::fromLatin1(request.header("If-Modified-Since")) },
        { QStringLiteral("acceptEncoding"), QString::fromLatin1(request.header("Accept-Encoding")) },
        { QStringLiteral("status"), status },
        { QStringLiteral("fault"), fault },
    };
    m_log.append(entry);
}

} // namespace apkdesk::testserver
