#pragma once

#include "FaultTable.h"
#include "HandlerRegistry.h"

#include <QJsonArray>
#include <QObject>
#include <QTcpServer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace apkdesk::testserver {

// A small HTTP/1.1 server for the tests: one thread, one request per connection
// (Connection: close), 127.0.0.1 only. Requests go to /_control/..., then the registered
// handlers, then the static files; the fault table can spoil any of them.
class TestServer : public QObject
{
    Q_OBJECT
public:
    explicit TestServer(ServerContext context, QObject *parent = nullptr);
    ~TestServer() override;

    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    FaultTable &faults() { return m_faults; }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void throttle(QTcpSocket *socket, Connection *connection);
    bool continueRequest(QTcpSocket *socket, Connection &connection);
    bool parseHead(Connection &connection, QString *error);
    bool bodyComplete(Connection &connection);
    void dispatch(QTcpSocket *socket, Connection &connection);
    HttpResponse control(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    void applyFault(QTcpSocket *socket, const HttpRequest &request, const Fault &fault);
    void send(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response);
    void sendHead(QTcpSocket *socket, const HttpResponse &response, qint64 contentLength);
    void trickle(QTcpSocket *socket, const QByteArray &body, int intervalMs);
    void log(const HttpRequest &request, int status, const QString &fault);

    ServerContext m_context;
    QTcpServer m_server;
    FaultTable m_faults;
    std::vector<std::unique_ptr<Handler>> m_handlers;
    QJsonArray m_log;
};

} // namespace apkdesk::testserver
