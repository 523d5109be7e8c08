#pragma once

// Starts apkdesk-testserver for one test (QProcess, free port chosen by the server, port read
// from --port-file) and talks to its control endpoint. Link the static library
// `apkdesk_testserver_client` (apkdesk_add_test(... LIBS apkdesk_testserver_client)).
//
//   TestServerProcess server;
//   QVERIFY2(server.start(servedDir), qPrintable(server.errorString()));
//   QUrl base = server.url(); // http://127.0.0.1:<port>
//   server.setFault("/v3.21/main/x86_64/APKINDEX.tar.gz", "error500", 2);
//
// Blocking helpers: for tests only (they wait on sockets, never spin an event loop).

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace apkdesk::test {

class TestServerProcess
{
public:
    TestServerProcess();
    ~TestServerProcess();

    // Serves `root`. extraArguments go to the server as is (e.g. {"--option", "jwks=/x"}).
    bool start(const QString &root, const QStringList &extraArguments = {});
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = {}) const; // http://127.0.0.1:<port><path>
    // The same server under another host name (http://localhost:<port>): another origin.
    QUrl otherOriginUrl(const QString &path = {}) const;

    // Modes: error500 error503 error429 status:<code> drop slow truncate-gzip html200
    // redirect-loop redirect-offsite gzip-encoding lying-length drop-upload, and for resumed
    // downloads (requests with Range only): ignore-range range-416 change-etag. Uploads:
    // drop-upload (after=<body bytes>, default 0), slow-upload (chunk=<bytes>&interval=<ms>). `count` = how
    // many matching requests fault (-1: all). `parameters` e.g. "retry-after=1" or "interval=200".
    bool setFault(const QString &pathPrefix, const QString &mode, int count = -1,
                  const QString &parameters = {});
    bool resetFaults();
    // Every request the server received so far: [{method, path, authorization (bool),
    // range, ifNoneMatch, ifModifiedSince, status}], oldest first.
    QJsonArray requests();
    bool clearRequests();

    // Raw blocking HTTP/1.1 exchange with the server (for control calls).
    QByteArray control(const QByteArray &method, const QString &target);

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace apkdesk::test
