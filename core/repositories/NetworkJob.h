#pragma once

#include "repositories/AsyncJob.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace apkdesk {

class NetworkAccess;

// One HTTP(S) or file:// request under the NetworkPolicy: manual redirects (same-origin
// Authorization, loop cap, no https->http), an inactivity timeout and an overall deadline,
// retries with backoff and jitter for 500/503/429 and dropped connections (Retry-After
// honoured), `Accept-Encoding: identity` with any Content-Encoding refused, a Content-Length
// check, size caps, TLS errors reported with their reason. Subclasses decide what happens
// with the body (memory, file) through the protected hooks.
//
// Errors name the method, the URL and the HTTP status: "GET http://h/x: HTTP 404 Not Found".
class APKDESK_CORE_EXPORT NetworkJob : public AsyncJob
{
    Q_OBJECT
public:
    NetworkJob(NetworkAccess *access, const QUrl &url, QObject *parent = nullptr);
    ~NetworkJob() override;

    QUrl url() const { return m_url; }
    // Where the last attempt ended up after redirects.
    QUrl finalUrl() const { return m_currentUrl; }

    // Extra request headers (set before start()).
    void setRawHeader(const QByteArray &name, const QByteArray &value);
    // Sent only to the origin of url(): a redirect elsewhere drops it (HOSTILE case 29).
    // The value is never logged.
    void setAuthorization(const QByteArray &value);

    // Overrides the policy's retry count for this job (0 disables retries).
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    // Whether a failed attempt may be sent again: true for GET/HEAD, false for POST/PUT unless
    // the subclass knows it is idempotent.
    virtual bool isRetrySafe() const { return true; }

    // The last response's status code (0 for file:// or when none came).
    int httpStatus() const { return m_httpStatus; }
    QByteArray responseHeader(const QByteArray &name) const;
    // Attempts made so far (1 = no retry).
    int attempts() const { return m_attempt; }

protected:
    void run() override;
    void abort() override;

    NetworkAccess *access() const { return m_access; }

    // Sends the request; default GET. RequestJob overrides it for other verbs and bodies.
    virtual QNetworkReply *send(QNetworkAccessManager &manager, const QNetworkRequest &request);
    // Last chance to add headers to each attempt (conditional and Range headers).
    virtual void decorateRequest(QNetworkRequest &request);
    // Whether a final (non-redirect) status is a response the subclass wants, not an error.
    virtual bool acceptsStatus(int status) const { return status >= 200 && status < 300; }
    // Headers are in and the status accepted: prepare for the body (may refuse).
    virtual Status beginBody(QNetworkReply &reply) = 0;
    virtual Status consume(const QByteArray &chunk) = 0;
    // The body is complete and its length checked.
    virtual Status completeBody(QNetworkReply &reply) = 0;
    // The exchange succeeded (body complete, length checked): finish, or do more work first
    // (DownloadJob verifies off the thread, then renames). Must end with finish().
    virtual void completed() { finish(Status {}); }
    // An attempt failed and another will follow: drop what the failed one produced (or keep
    // it for a resume, see DownloadJob).
    virtual void resetForRetry() { }
    // A failure is final: give a subclass the chance to recover (offline cache).
    virtual Status handleFailure(const Error &error) { return error; }

    // "GET http://...": the prefix of every error of this job.
    QString describeRequest() const;
    Error httpError(Error::Kind kind, const QString &message) const;
    // Called by a hook before it returns an error: the attempt may be retried (a resume the
    // server refused, a changed ETag) instead of failing the job.
    void setRetryableFailure() { m_retryableHookFailure = true; }
    // Added to the bytes of the current attempt in progress() (resumed downloads).
    void setProgressOffset(qint64 offset) { m_progressOffset = offset; }

    // Upload byte progress, forwarded as progress() by jobs that send a body.
    virtual void onUploadProgress(qint64 sent, qint64 total)
    {
        Q_UNUSED(sent)
        Q_UNUSED(total)
    }
    virtual QByteArray verb() const { return QByteArrayLiteral("GET"); }

private:
    void startAttempt();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onInactivity();
    void onDeadline();
    void failAttempt(const Error &error, bool retryable, qint64 retryAfterMs = -1);
    void finalFailure(const Error &error);
    void succeed();
    void sendCurrent();
    void dropReply();
    bool followRedirect(QNetworkReply &reply);
    void failFromHook(const Error &error);
    qint64 retryAfterMs(QNetworkReply &reply) const;
    Error statusError() const;
    Error transportError(QNetworkReply &reply) const;

    NetworkAccess *m_access;
    QUrl m_url;
    QUrl m_currentUrl;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_authorization;
    int m_maxRetries = -1;
    int m_attempt = 0;
    int m_redirects = 0;
    int m_httpStatus = 0;
    qint64 m_received = 0;
    qint64 m_expectedLength = -1;
    bool m_bodyStarted = false;
    bool m_retryableHookFailure = false;
    qint64 m_progressOffset = 0;
    QByteArray m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QStringList m_sslErrors;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_inactivityTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
};

} // namespace apkdesk
