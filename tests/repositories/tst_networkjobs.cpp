// NetworkJob / DownloadJob / RequestJob against apkdesk-testserver, one test per fault mode.
#include "RepositoryTestSupport.h"
#include "repositories/DownloadJob.h"
#include "repositories/NetworkAccess.h"
#include "repositories/RequestJob.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace apkdesk;
using namespace apkdesk::test;

class TestNetworkJobs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root;
    TestServerProcess m_server;
    QByteArray m_index;

    QString target(const QString &name) { return m_dir.filePath(QStringLiteral("out/") + name); }

    // Requests for `path` the server logged, oldest first.
    QList<QJsonObject> requestsFor(const QString &path)
    {
        QList<QJsonObject> result;
        for (const QJsonValue &value : m_server.requests())
            if (value.toObject().value(QStringLiteral("path")).toString() == path)
                result.append(value.toObject());
        return result;
    }

    void verifyNothingKept(const QString &path)
    {
        QVERIFY2(!QFile::exists(path), qPrintable(path));
        QVERIFY(leftoverTemporaries(QFileInfo(path).absolutePath()).isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = makeServedRepository(m_dir);
        m_index = readFile(m_root + kIndexPath);
        QVERIFY(!m_index.isEmpty());
        QVERIFY2(m_server.start(m_root), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY(m_server.resetFaults());
        QVERIFY(m_server.clearRequests());
        QDir(m_dir.filePath(QStringLiteral("out"))).removeRecursively();
    }

    void downloadsByteForByte()
    {
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("APKINDEX.tar.gz")));
        QSignalSpy progress(&job, &AsyncJob::progress);
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(readFile(job.targetPath()), m_index);
        QCOMPARE(job.httpStatus(), 200);
        QCOMPARE(job.attempts(), 1);
        QVERIFY(!job.etag().isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_index.size()));
        const auto requests = requestsFor(kIndexPath);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().value(QStringLiteral("acceptEncoding")).toString(),
                 QStringLiteral("identity"));
        QVERIFY(leftoverTemporaries(m_dir.filePath(QStringLiteral("out"))).isEmpty());
        QCOMPARE(QFileInfo(job.targetPath()).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
    }

    void error500RetriedThenSuccess()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("error500"), 2));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QSignalSpy messages(&job, &AsyncJob::statusMessage);
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.attempts(), 3);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(readFile(job.targetPath()), m_index);
    }

    void error500ThenFailure()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("error500")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Http);
        QCOMPARE(job.attempts(), 4); // the first + at most 3 retries
        const QString message = job.errorString();
        QVERIFY2(message.contains(QLatin1String("HTTP 500")), qPrintable(message));
        QVERIFY2(message.contains(m_server.url(kIndexPath).toString()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("GET ")), qPrintable(message));
        QCOMPARE(requestsFor(kIndexPath).size(), 4);
        verifyNothingKept(job.targetPath());
    }

    void error503HonoursRetryAfter()
    {
        QVERIFY(
            m_server.setFault(kIndexPath, QStringLiteral("error503"), 1, QStringLiteral("retry-after=1")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QSignalSpy messages(&job, &AsyncJob::statusMessage);
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(messages.size(), 1);
        // The server asked for 1 s; the policy's own backoff here is 20 ms.
        QVERIFY2(messages.first().first().toString().contains(QLatin1String("retrying in 1 s")),
                 qPrintable(messages.first().first().toString()));
    }

    void error429IsRetried()
    {
        QVERIFY(
            m_server.setFault(kIndexPath, QStringLiteral("error429"), 1, QStringLiteral("retry-after=0")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.attempts(), 2);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("kind");
        QTest::newRow("404") << "status:404" << int(Error::Kind::NotFound);
        QTest::newRow("403") << "status:403" << int(Error::Kind::Auth);
        QTest::newRow("400") << "status:400" << int(Error::Kind::Http);
        QTest::newRow("502") << "status:502" << int(Error::Kind::Http);
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(QString, mode);
        QFETCH(int, kind);
        QVERIFY(m_server.setFault(kIndexPath, mode));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(int(job.result().error().kind()), kind);
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(requestsFor(kIndexPath).size(), 1);
        QVERIFY(job.errorString().contains(QStringLiteral("HTTP ") + mode.mid(7)));
        verifyNothingKept(job.targetPath());
    }

    void dropMidBodyResumes()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("drop"), 1));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(readFile(job.targetPath()), m_index);
        QVERIFY(job.resumed());
        // Qt may also re-send on its own after the broken connection: look for our resume.
        bool resumedWith206 = false;
        for (const QJsonObject &request : requestsFor(kIndexPath))
            resumedWith206 |=
                request.value(QStringLiteral("range")).toString().startsWith(QLatin1String("bytes="))
                && request.value(QStringLiteral("status")).toInt() == 206;
        QVERIFY(resumedWith206);
    }

    // HOSTILE 31: the resume is answered with the whole file, a 416, or another file.
    void brokenResumesRestartCleanly_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("200 for Range") << "ignore-range";
        QTest::newRow("416") << "range-416";
        QTest::newRow("changed ETag") << "change-etag";
    }
    void brokenResumesRestartCleanly()
    {
        QFETCH(QString, mode);
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("drop"), 1));
        QVERIFY(m_server.setFault(QStringLiteral("/v3.21/"), mode));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        // Never a spliced file: exactly the served bytes.
        QCOMPARE(readFile(job.targetPath()), m_index);
        QVERIFY(!job.resumed());
        bool askedForRange = false;
        for (const QJsonObject &request : requestsFor(kIndexPath))
            askedForRange |= !request.value(QStringLiteral("range")).toString().isEmpty();
        QVERIFY(askedForRange);
    }

    void dropAlwaysFails()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("drop")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.attempts(), 4);
        verifyNothingKept(job.targetPath());
    }

    void slowBodyHitsTheOverallDeadline()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("slow"), -1, QStringLiteral("interval=100")));
        NetworkPolicy policy = fastPolicy();
        policy.inactivityTimeout = std::chrono::milliseconds(5'000); // each byte resets it
        policy.overallDeadline = std::chrono::milliseconds(1'500);
        NetworkAccess access(policy);
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Network);
        QVERIFY2(job.errorString().contains(QLatin1String("did not complete within")),
                 qPrintable(job.errorString()));
        verifyNothingKept(job.targetPath());
    }

    void stalledServerHitsTheInactivityTimeout()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("slow"), -1, QStringLiteral("interval=3000")));
        NetworkPolicy policy = fastPolicy();
        policy.inactivityTimeout = std::chrono::milliseconds(300);
        policy.maxRetries = 1;
        NetworkAccess access(policy);
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QVERIFY2(job.errorString().contains(QLatin1String("no data for")), qPrintable(job.errorString()));
        QCOMPARE(job.attempts(), 2);
        verifyNothingKept(job.targetPath());
    }

    void contentEncodingGzipIsRefused()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("gzip-encoding")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Format);
        QVERIFY(job.errorString().contains(QLatin1String("Content-Encoding")));
        QCOMPARE(job.attempts(), 1);
        verifyNothingKept(job.targetPath());
    }

    void lyingContentLength()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("lying-length")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        verifyNothingKept(job.targetPath());
    }

    void redirectLoopIsCapped()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("redirect-loop")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QVERIFY2(job.errorString().contains(QLatin1String("redirects")), qPrintable(job.errorString()));
        QCOMPARE(requestsFor(kIndexPath).size(), 1 + access.policy().maxRedirects);
        verifyNothingKept(job.targetPath());
    }

    // HOSTILE 29: the token goes to the origin it was meant for, never to the redirect target.
    void crossOriginRedirectDropsAuthorization()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("redirect-offsite")));
        NetworkAccess access(fastPolicy());
        RequestJob job(&access, m_server.url(kIndexPath));
        job.setAuthorization("Bearer secret-token");
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.responseBody(), m_index);
        QCOMPARE(job.finalUrl().host(), QStringLiteral("localhost"));
        const QJsonArray log = m_server.requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("authorization")).toBool(), true);
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("fault")).toString(), QStringLiteral("offsite"));
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("authorization")).toBool(), false);
    }

    void uploadsAreNotRedirectedOrRetried()
    {
        QVERIFY(m_server.setFault(QStringLiteral("/upload"), QStringLiteral("error503"), -1,
                                  QStringLiteral("retry-after=0")));
        NetworkAccess access(fastPolicy());
        RequestJob job(&access, m_server.url(QStringLiteral("/upload")));
        job.setVerb("POST");
        job.setBody("payload", "application/octet-stream");
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.attempts(), 1); // a POST is not repeated unless declared safe
        QVERIFY(job.errorString().contains(QLatin1String("fault: error503")));
    }

    void streamedUploadArrivesWhole()
    {
        QByteArray payload(3 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(i * 7 + i / 1024);
        const QString path = m_dir.filePath(QStringLiteral("payload.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(payload);
        file.close();
        // Read slowly by the server, so progress is reported in several steps.
        QVERIFY(m_server.setFault(QStringLiteral("/_echo"), QStringLiteral("slow-upload"), 1,
                                  QStringLiteral("chunk=262144&interval=10")));
        NetworkAccess access(fastPolicy());
        RequestJob job(&access, m_server.url(QStringLiteral("/_echo")));
        job.setVerb("PUT");
        job.setBodyFactory([path] { return new QFile(path); }, payload.size(), "application/octet-stream");
        QSignalSpy uploaded(&job, &RequestJob::uploadProgress);
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(job.responseBody().trimmed(),
                 QByteArray::number(payload.size()) + ' '
                     + QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        qint64 most = 0;
        for (const QList<QVariant> &signal : uploaded)
            most = std::max(most, signal.at(0).toLongLong());
        QVERIFY(uploaded.size() >= 2);
        QCOMPARE(most, qint64(payload.size()));
    }

    void uploadDroppedMidBodyIsAClearError()
    {
        QVERIFY(m_server.setFault(QStringLiteral("/_echo"), QStringLiteral("drop-upload"), -1,
                                  QStringLiteral("after=1000")));
        NetworkAccess access(fastPolicy());
        RequestJob job(&access, m_server.url(QStringLiteral("/_echo")));
        job.setVerb("POST");
        job.setBody(QByteArray(200'000, 'x'), "application/octet-stream");
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Network);
        QCOMPARE(job.attempts(), 1);
        QVERIFY2(job.errorString().contains(QLatin1String("POST ")), qPrintable(job.errorString()));
    }

    void htmlErrorPageIsAnAnswerNotAnIndex()
    {
        // A captive portal's 200: the transport succeeds; the verifier is what refuses it.
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("html200")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        job.setVerifier([](const QString &path) -> Status {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || !file.read(2).startsWith("\x1f\x8b"))
                return Error(Error::Kind::Format, QStringLiteral("not gzip"));
            return {};
        });
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Format);
        verifyNothingKept(job.targetPath());
    }

    void verifierFailureKeepsThePreviousFile()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        const QString path = target(QStringLiteral("keep.tar.gz"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous good copy");
        previous.close();
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), path);
        job.setVerifier(
            [](const QString &) -> Status { return Error(Error::Kind::Crypto, QStringLiteral("bad")); });
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(readFile(path), QByteArray("previous good copy"));
        QVERIFY(leftoverTemporaries(m_dir.filePath(QStringLiteral("out"))).isEmpty());
    }

    void sizeCap()
    {
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        job.setMaxBytes(100);
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::LimitExceeded);
        verifyNothingKept(job.targetPath());
    }

    void cancelStopsAndKeepsNothing()
    {
        QVERIFY(m_server.setFault(kIndexPath, QStringLiteral("slow"), -1, QStringLiteral("interval=50")));
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, m_server.url(kIndexPath), target(QStringLiteral("i.tar.gz")));
        QSignalSpy progress(&job, &AsyncJob::progress);
        QSignalSpy finished(&job, &AsyncJob::finished);
        job.start();
        QVERIFY(progress.wait(10'000));
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.result().error().kind(), Error::Kind::Cancelled);
        verifyNothingKept(job.targetPath());
    }

    void credentialsInUrlsAreRefusedBeforeSending()
    {
        NetworkAccess access(fastPolicy());
        QUrl url = m_server.url(kIndexPath);
        url.setUserInfo(QStringLiteral("user:s3cr3t"));
        RequestJob job(&access, url);
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Unsafe);
        QVERIFY(!job.errorString().contains(QLatin1String("s3cr3t")));
        QVERIFY(m_server.requests().isEmpty());
    }

    void fileUrlsWorkTheSameWay()
    {
        NetworkAccess access(fastPolicy());
        DownloadJob job(&access, QUrl::fromLocalFile(m_root + kIndexPath),
                        target(QStringLiteral("local.tar.gz")));
        QVERIFY(runJob(job));
        QVERIFY2(job.result(), qPrintable(job.errorString()));
        QCOMPARE(readFile(job.targetPath()), m_index);

        DownloadJob missing(&access, QUrl::fromLocalFile(m_root + QStringLiteral("/nope")),
                            target(QStringLiteral("x")));
        QVERIFY(runJob(missing));
        QVERIFY(!missing.result());
        QCOMPARE(missing.result().error().kind(), Error::Kind::NotFound);
    }

    void connectionRefusedIsANetworkError()
    {
        TestServerProcess other;
        QVERIFY(other.start(m_root));
        const QUrl url = other.url(kIndexPath);
        other.stop();
        NetworkAccess access(fastPolicy());
        RequestJob job(&access, url);
        QVERIFY(runJob(job));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().kind(), Error::Kind::Network);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestNetworkJobs)
#include "tst_networkjobs.moc"
