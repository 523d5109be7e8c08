// HOSTILE 30: TLS problems stop the request and say why; a per-server CA file makes a
// private certificate authority work, without ever ignoring errors wholesale. The HTTPS peer
// is a QSslServer in this process with certificates made by the openssl CLI.
#include "RepositoryTestSupport.h"
#include "repositories/NetworkAccess.h"
#include "repositories/RequestJob.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace apkdesk;
using namespace apkdesk::test;

namespace {

// Answers every request with "ok" over HTTP/1.1.
class HttpsPeer : public QObject
{
public:
    bool listen(const QString &certificate, const QString &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(QSslCertificate::fromPath(certificate));
        QFile keyFile(key);
        if (!keyFile.open(QIODevice::ReadOnly))
            return false;
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        configuration.setAllowedNextProtocols({ QSslConfiguration::NextProtocolHttp1_1 });
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                      "Connection: close\r\n\r\nok");
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/index").arg(m_server.serverPort())); }

private:
    QSslServer m_server;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    bool makeCertificate(const QString &name, const QString &subjectAltName)
    {
        const int rc = QProcess::execute(
            QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Apkdesk test ") + name,
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName,
              QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral(".key")),
              QStringLiteral("-out"), m_dir.filePath(name + QStringLiteral(".pem")) });
        return rc == 0;
    }
    QString pem(const QString &name) { return m_dir.filePath(name + QStringLiteral(".pem")); }
    QString key(const QString &name) { return m_dir.filePath(name + QStringLiteral(".key")); }

    Status fetch(NetworkAccess &access, const QUrl &url, QByteArray *body = nullptr)
    {
        RequestJob job(&access, url);
        if (!runJob(job))
            return Error(Error::Kind::Generic, QStringLiteral("the job did not finish"));
        if (body)
            *body = job.responseBody();
        return job.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QVERIFY(makeCertificate(QStringLiteral("local"), QStringLiteral("IP:127.0.0.1")));
        QVERIFY(makeCertificate(QStringLiteral("elsewhere"), QStringLiteral("DNS:repo.elsewhere.example")));
    }

    void selfSignedIsRefusedWithTheReason()
    {
        HttpsPeer peer;
        QVERIFY(peer.listen(pem(QStringLiteral("local")), key(QStringLiteral("local"))));
        NetworkAccess access(fastPolicy());
        const Status result = fetch(access, peer.url());
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Crypto);
        QVERIFY2(result.error().message().contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(result.error().toString()));
        QVERIFY(result.error().message().contains(QLatin1String("CA file")));
    }

    void aCaFileForTheServerMakesItWork()
    {
        HttpsPeer peer;
        QVERIFY(peer.listen(pem(QStringLiteral("local")), key(QStringLiteral("local"))));
        NetworkAccess access(fastPolicy());
        QVERIFY(access.setCaFile(peer.url(), pem(QStringLiteral("local"))));
        QByteArray body;
        const Status result = fetch(access, peer.url(), &body);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(body, QByteArray("ok"));

        // The CA is trusted for that server only.
        NetworkAccess other(fastPolicy());
        QVERIFY(other.setCaFile(QUrl(QStringLiteral("https://127.0.0.1:1/")), pem(QStringLiteral("local"))));
        QVERIFY(!fetch(other, peer.url()));
    }

    void wrongHostIsRefusedEvenWithTheCa()
    {
        HttpsPeer peer;
        QVERIFY(peer.listen(pem(QStringLiteral("elsewhere")), key(QStringLiteral("elsewhere"))));
        NetworkAccess access(fastPolicy());
        QVERIFY(access.setCaFile(peer.url(), pem(QStringLiteral("elsewhere"))));
        const Status result = fetch(access, peer.url());
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Crypto);
        QVERIFY2(result.error().message().contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(result.error().toString()));
    }

    void aCaFileMustHoldACertificate()
    {
        NetworkAccess access;
        const Status result =
            access.setCaFile(QUrl(QStringLiteral("https://repo.example/")), key(QStringLiteral("local")));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Crypto);
        QVERIFY(!access.setCaFile(QUrl(QStringLiteral("https://repo.example/")),
                                  m_dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
