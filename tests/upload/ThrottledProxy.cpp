#include "ThrottledProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

namespace apkdesk::test {

ThrottledProxy::ThrottledProxy(quint16 targetPort, qint64 bytesPerTick, int tickMs, QObject *parent)
    : QObject(parent), m_targetPort(targetPort), m_bytesPerTick(bytesPerTick), m_tickMs(tickMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ThrottledProxy::onConnection);
}

bool ThrottledProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ThrottledProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ThrottledProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        // A small read buffer makes the kernel push back on the client: its upload progress
        // then follows what we forward.
        client->setReadBufferSize(m_bytesPerTick);
        auto *upstream = new QTcpSocket(client);
        auto *timer = new QTimer(client);
        timer->setInterval(m_tickMs);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        connect(timer, &QTimer::timeout, client, [client, upstream, this] {
            if (upstream->state() == QAbstractSocket::ConnectedState && client->bytesAvailable() > 0)
                upstream->write(client->read(m_bytesPerTick));
        });
        connect(upstream, &QTcpSocket::connected, timer, qOverload<>(&QTimer::start));
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
            client->write(upstream->readAll());
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->abort();
            client->deleteLater();
        });
    }
}

} // namespace apkdesk::test
