#include "TestServerProcess.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

namespace apkdesk::test {

TestServerProcess::TestServerProcess() = default;

TestServerProcess::~TestServerProcess()
{
    stop();
}

bool TestServerProcess::start(const QString &root, const QStringList &extraArguments)
{
    stop();
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    QStringList arguments { QStringLiteral("--root"), root, QStringLiteral("--port-file"), portFile };
    arguments += extraArguments;
    m_process->start(binDir() + QStringLiteral("/apkdesk-testserver"), arguments);
    if (!m_process->waitForStarted(10'000)) {
        m_error = QStringLiteral("cannot start apkdesk-testserver: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = static_cast<quint16>(file.readAll().trimmed().toUInt());
            if (m_port != 0)
                return true;
        }
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("apkdesk-testserver exited with code %1").arg(m_process->exitCode());
            return false;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("apkdesk-testserver did not write its port");
    return false;
}

void TestServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
    m_port = 0;
}

QUrl TestServerProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl TestServerProcess::otherOriginUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://localhost:%1%2").arg(m_port).arg(path));
}

QByteArray TestServerProcess::control(const QByteArray &method, const QString &target)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write(method + ' ' + target.toUtf8()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    socket.waitForBytesWritten(5'000);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5'000))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer;
}

bool TestServerProcess::setFault(const QString &pathPrefix, const QString &mode, int count,
                                 const QString &parameters)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(pathPrefix)));
    query.addQueryItem(QStringLiteral("mode"), QString::fromLatin1(QUrl::toPercentEncoding(mode)));
    query.addQueryItem(QStringLiteral("count"), QString::number(count));
    QString target = QStringLiteral("/_control/fault?") + query.toString(QUrl::FullyEncoded);
    if (!parameters.isEmpty())
        target += QLatin1Char('&') + parameters;
    return control("POST", target).startsWith("HTTP/1.1 200");
}

bool TestServerProcess::resetFaults()
{
    return control("POST", QStringLiteral("/_control/reset")).startsWith("HTTP/1.1 200");
}

QJsonArray TestServerProcess::requests()
{
    const QByteArray answer = control("GET", QStringLiteral("/_control/requests"));
    const qsizetype body = answer.indexOf("\r\n\r\n");
    if (body < 0)
        return {};
    return QJsonDocument::fromJson(answer.mid(body + 4)).array();
}

bool TestServerProcess::clearRequests()
{
    return control("DELETE", QStringLiteral("/_control/requests")).startsWith("HTTP/1.1 200");
}

} // namespace apkdesk::test
