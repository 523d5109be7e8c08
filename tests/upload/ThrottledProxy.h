#pragma once

// A TCP relay for GUI tests: forwards a client's bytes to the test server at a limited rate
// (and the answers at full speed), so an upload takes a few seconds and its progress bars
// can be seen and photographed.

#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

namespace apkdesk::test {

class ThrottledProxy : public QObject
{
    Q_OBJECT
public:
    ThrottledProxy(quint16 targetPort, qint64 bytesPerTick, int tickMs, QObject *parent = nullptr);
    bool listen();
    QUrl url() const;

private:
    void onConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_bytesPerTick;
    int m_tickMs;
};

} // namespace apkdesk::test
