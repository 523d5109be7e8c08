#include "repositories/NetworkJob.h"

#include "common/Logging.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <algorithm>

namespace apkdesk {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// HOSTILE case 32: only these are worth asking again; other 4xx will not change.
bool isRetryableStatus(int status)
{
    return status == 500 || status == 503 || status == 429;
}

// The connection broke or stalled: another attempt may well succeed.
bool isDroppedConnection(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError: return true;
    default: return false;
    }
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(ms.count() / 1000.0, 'g', 3);
}

} // namespace

NetworkJob::NetworkJob(NetworkAccess *access, const QUrl &url, QObject *parent)
    : AsyncJob(parent), m_access(access), m_url(url), m_currentUrl(url)
{
    m_inactivityTimer = new QTimer(this);
    m_inactivityTimer->setSingleShot(true);
    connect(m_inactivityTimer, &QTimer::timeout, this, &NetworkJob::onInactivity);
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &NetworkJob::onDeadline);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &NetworkJob::startAttempt);
}

NetworkJob::~NetworkJob()
{
    dropReply();
}

void NetworkJob::setRawHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({ name, value });
}

void NetworkJob::setAuthorization(const QByteArray &value)
{
    m_authorization = value;
}

QByteArray NetworkJob::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_responseHeaders)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString NetworkJob::describeRequest() const
{
    return QString::fromLatin1(verb()) + QLatin1Char(' ') + m_currentUrl.toDisplayString();
}

Error NetworkJob::httpError(Error::Kind kind, const QString &message) const
{
    Error error(kind, message);
    error.withLocation(describeRequest());
    return error;
}

void NetworkJob::run()
{
    if (Status ok = NetworkAccess::checkUrl(m_url); !ok) {
        finish(ok.error());
        return;
    }
    m_deadlineTimer->start(m_access->policy().overallDeadline);
    startAttempt();
}

void NetworkJob::abort()
{
    m_inactivityTimer->stop();
    m_deadlineTimer->stop();
    m_retryTimer->stop();
    dropReply();
}

QNetworkReply *NetworkJob::send(QNetworkAccessManager &manager, const QNetworkRequest &request)
{
    return manager.get(request);
}

void NetworkJob::decorateRequest(QNetworkRequest &request)
{
    Q_UNUSED(request)
}

void NetworkJob::startAttempt()
{
    ++m_attempt;
    m_redirects = 0;
    m_currentUrl = m_url;
    sendCurrent();
}

void NetworkJob::sendCurrent()
{
    const NetworkPolicy &policy = m_access->policy();
    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", policy.userAgent);
    // Qt would otherwise ask for gzip and inflate silently: a .tar.gz must arrive byte for byte.
    request.setRawHeader("Accept-Encoding", "identity");
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    if (!m_authorization.isEmpty() && NetworkPolicy::originOf(m_currentUrl) == NetworkPolicy::originOf(m_url))
        request.setRawHeader("Authorization", m_authorization);
#if QT_CONFIG(ssl)
    if (m_currentUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        Result<QSslConfiguration> tls = m_access->sslConfigurationFor(m_currentUrl);
        if (!tls) {
            finalFailure(tls.error());
            return;
        }
        request.setSslConfiguration(*tls);
    }
#endif
    decorateRequest(request);

    m_httpStatus = 0;
    m_received = 0;
    m_expectedLength = -1;
    m_bodyStarted = false;
    m_retryableHookFailure = false;
    m_responseHeaders.clear();
    m_sslErrors.clear();
    m_errorBody.clear();

    qCDebug(lcNetwork) << "attempt" << m_attempt << verb() << m_currentUrl.toDisplayString();
    QNetworkReply *reply = send(*m_access->manager(), request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &NetworkJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &NetworkJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, &NetworkJob::onSslErrors);
#endif
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_inactivityTimer->start(m_access->policy().inactivityTimeout);
        onUploadProgress(sent, total);
    });
    m_inactivityTimer->start(policy.inactivityTimeout);
}

void NetworkJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void NetworkJob::onMetaData()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_bodyStarted)
        return;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return; // file:// replies have no status; handled when they finish
    m_httpStatus = statusAttribute.toInt();
    m_responseHeaders = reply->rawHeaderPairs();

    if (isRedirect(m_httpStatus)) {
        followRedirect(*reply);
        return;
    }
    if (!acceptsStatus(m_httpStatus))
        return; // the error body is collected in onReadyRead, judged in onReplyFinished

    const QByteArray encoding = responseHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity") {
        failAttempt(
            httpError(Error::Kind::Format,
                      tr("the server sent the body with Content-Encoding '%1' although only 'identity' "
                         "was accepted; refusing transformed bytes")
                          .arg(QString::fromLatin1(encoding))),
            false);
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    m_expectedLength = length.isValid() ? length.toLongLong() : -1;
    m_bodyStarted = true;
    if (Status ok = beginBody(*reply); !ok) {
        failFromHook(ok.error());
        return;
    }
    onReadyRead();
}

void NetworkJob::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_inactivityTimer->start(m_access->policy().inactivityTimeout);
    if (!m_bodyStarted && m_currentUrl.isLocalFile() && reply->error() == QNetworkReply::NoError) {
        // file:// replies come without status or meta data: treat them as a 200.
        m_bodyStarted = true;
        if (Status ok = beginBody(*reply); !ok) {
            failFromHook(ok.error());
            return;
        }
    }
    if (!m_bodyStarted) {
        // Error pages: keep the start for the message, drop the rest.
        const QByteArray chunk = reply->readAll();
        if (m_errorBody.size() < 4096)
            m_errorBody += chunk.left(4096 - m_errorBody.size());
        return;
    }
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    m_received += chunk.size();
    if (Status ok = consume(chunk); !ok) {
        failFromHook(ok.error());
        return;
    }
    const qint64 total = m_expectedLength >= 0 ? m_progressOffset + m_expectedLength : -1;
    Q_EMIT progress(m_progressOffset + m_received, total);
}

bool NetworkJob::followRedirect(QNetworkReply &reply)
{
    // Raw, because Qt's parsed LocationHeader drops relative references.
    const QUrl location = QUrl::fromEncoded(reply.rawHeader("Location").trimmed(), QUrl::StrictMode);
    if (!location.isValid() || location.isEmpty()) {
        failAttempt(
            httpError(Error::Kind::Http, tr("HTTP %1 redirect without a valid Location").arg(m_httpStatus)),
            false);
        return false;
    }
    const QUrl target = m_currentUrl.resolved(location);
    if (m_redirects >= m_access->policy().maxRedirects) {
        failAttempt(httpError(Error::Kind::Http,
                              tr("more than %1 redirects (a redirect loop?), last to %2")
                                  .arg(m_access->policy().maxRedirects)
                                  .arg(target.toDisplayString())),
                    false);
        return false;
    }
    if (Status ok = NetworkAccess::checkUrl(target); !ok || target.isLocalFile()) {
        failAttempt(
            httpError(Error::Kind::Unsafe, tr("refusing a redirect to %1").arg(target.toDisplayString())),
            false);
        return false;
    }
    if (m_currentUrl.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        failAttempt(
            httpError(Error::Kind::Unsafe,
                      tr("refusing a redirect from https to plain http (%1)").arg(target.toDisplayString())),
            false);
        return false;
    }
    const QByteArray method = verb();
    if (method != "GET" && method != "HEAD") {
        failAttempt(httpError(Error::Kind::Http,
                              tr("the server redirected the %1 request to %2; use that address")
                                  .arg(QString::fromLatin1(method), target.toDisplayString())),
                    false);
        return false;
    }
    qCDebug(lcNetwork) << "redirect" << m_httpStatus << "to" << target.toDisplayString()
                       << (NetworkPolicy::originOf(target) == NetworkPolicy::originOf(m_url)
                               ? "(same origin)"
                               : "(other origin: no Authorization)");
    ++m_redirects;
    dropReply();
    m_currentUrl = target;
    sendCurrent();
    return true;
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_inactivityTimer->stop();
    if (m_responseHeaders.isEmpty())
        m_responseHeaders = reply->rawHeaderPairs();

    const bool isFile = m_currentUrl.isLocalFile();
    if (isFile && reply->error() == QNetworkReply::NoError && !m_bodyStarted) {
        // file:// replies come without status or meta data: treat them as a 200.
        m_expectedLength = -1;
        m_bodyStarted = true;
        if (Status ok = beginBody(*reply); !ok) {
            failFromHook(ok.error());
            return;
        }
    }
    if (m_bodyStarted) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            m_received += rest.size();
            if (Status ok = consume(rest); !ok) {
                failFromHook(ok.error());
                return;
            }
        }
    }

    if (m_httpStatus != 0 && !m_bodyStarted && !acceptsStatus(m_httpStatus)) {
        m_errorBody += reply->readAll().left(4096);
        failAttempt(statusError(), isRetryableStatus(m_httpStatus), retryAfterMs(*reply));
        return;
    }
    // Qt flags 4xx/5xx statuses as reply errors too; a status the job accepted is not one.
    const int code = int(reply->error());
    const bool httpLevel = (code >= 201 && code <= 299) || (code >= 401 && code <= 499);
    if (reply->error() != QNetworkReply::NoError && !(m_bodyStarted && m_httpStatus != 0 && httpLevel)) {
        failAttempt(transportError(*reply), isDroppedConnection(reply->error()));
        return;
    }
    if (m_expectedLength >= 0 && m_received != m_expectedLength) {
        failAttempt(
            httpError(
                Error::Kind::Truncated,
                tr("received %1 bytes but Content-Length said %2").arg(m_received).arg(m_expectedLength)),
            true);
        return;
    }
    if (Status ok = completeBody(*reply); !ok) {
        failFromHook(ok.error());
        return;
    }
    succeed();
}

Error NetworkJob::statusError() const
{
    const QString reason =
        m_reply ? m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString() : QString();
    QString message = tr("HTTP %1").arg(m_httpStatus);
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + reason;
    // Servers explain refusals in a short text body (reposerve's JWT reasons): show it.
    const QByteArray type = responseHeader("Content-Type").toLower();
    if (!m_errorBody.isEmpty()
        && (type.startsWith("text/plain") || type.contains("json") || type.isEmpty())) {
        QString text = QString::fromUtf8(m_errorBody).simplified();
        if (text.size() > 300)
            text = text.left(300) + QChar(0x2026);
        if (!text.isEmpty())
            message += QStringLiteral(": ") + text;
    }
    Error::Kind kind = Error::Kind::Http;
    if (m_httpStatus == 401 || m_httpStatus == 403)
        kind = Error::Kind::Auth;
    else if (m_httpStatus == 404 || m_httpStatus == 410)
        kind = Error::Kind::NotFound;
    return httpError(kind, message);
}

Error NetworkJob::transportError(QNetworkReply &reply) const
{
    QString message = reply.errorString();
    Error::Kind kind = Error::Kind::Network;
    switch (reply.error()) {
    case QNetworkReply::SslHandshakeFailedError:
        kind = Error::Kind::Crypto;
        message =
            tr("TLS handshake failed: %1")
                .arg(m_sslErrors.isEmpty() ? reply.errorString() : m_sslErrors.join(QStringLiteral("; ")));
        message += tr(" (if this server uses its own certificate authority, add its CA file)");
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = tr("the connection was closed after %1 bytes").arg(m_received);
        break;
    case QNetworkReply::ContentNotFoundError: kind = Error::Kind::NotFound; break;
    case QNetworkReply::ContentAccessDenied:
        kind = m_currentUrl.isLocalFile() ? Error::Kind::Io : Error::Kind::Auth;
        break;
    default: break;
    }
    return httpError(kind, message);
}

void NetworkJob::onSslErrors(const QList<QSslError> &errors)
{
#if QT_CONFIG(ssl)
    // Never ignored: the reply fails and the reasons go into the error message.
    for (const QSslError &error : errors)
        m_sslErrors.append(error.errorString());
#else
    Q_UNUSED(errors)
#endif
}

void NetworkJob::onInactivity()
{
    const auto timeout = m_access->policy().inactivityTimeout;
    failAttempt(httpError(Error::Kind::Network, tr("no data for %1 s").arg(seconds(timeout))), true);
}

void NetworkJob::onDeadline()
{
    const auto deadline = m_access->policy().overallDeadline;
    m_retryTimer->stop();
    dropReply();
    finalFailure(httpError(Error::Kind::Network,
                           tr("did not complete within %1 s (after %2 bytes)")
                               .arg(seconds(deadline))
                               .arg(m_progressOffset + m_received)));
}

qint64 NetworkJob::retryAfterMs(QNetworkReply &reply) const
{
    const QByteArray value = reply.rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool number = false;
    const qint64 secs = value.toLongLong(&number);
    if (number)
        return secs < 0 ? -1 : secs * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

void NetworkJob::failFromHook(const Error &error)
{
    const bool retryable = m_retryableHookFailure;
    m_retryableHookFailure = false;
    failAttempt(error, retryable);
}

void NetworkJob::failAttempt(const Error &error, bool retryable, qint64 retryAfter)
{
    m_inactivityTimer->stop();
    dropReply();
    const NetworkPolicy &policy = m_access->policy();
    const int maxRetries = m_maxRetries >= 0 ? m_maxRetries : policy.maxRetries;
    if (!retryable || !isRetrySafe() || m_attempt > maxRetries) {
        finalFailure(error);
        return;
    }
    qint64 delay = policy.retryBaseDelay.count() << std::min(m_attempt - 1, 16);
    delay += static_cast<qint64>(QRandomGenerator::global()->bounded(0.5) * static_cast<double>(delay));
    if (retryAfter >= 0)
        delay = retryAfter;
    delay = std::min<qint64>(delay, policy.maxRetryDelay.count());
    if (m_deadlineTimer->isActive() && delay >= m_deadlineTimer->remainingTime()) {
        finalFailure(error);
        return;
    }
    qCInfo(lcNetwork) << "retrying" << describeRequest() << "in" << delay << "ms after:" << error.message();
    Q_EMIT statusMessage(
        tr("%1; retrying in %2 s").arg(error.message(), QString::number(delay / 1000.0, 'g', 2)));
    resetForRetry();
    m_retryTimer->start(static_cast<int>(delay));
}

void NetworkJob::finalFailure(const Error &error)
{
    m_inactivityTimer->stop();
    m_deadlineTimer->stop();
    m_retryTimer->stop();
    dropReply();
    Error final = error;
    if (m_attempt > 1)
        final = Error(error.kind(), error.message() + tr(" (after %1 attempts)").arg(m_attempt))
                    .withLocation(error.location())
                    .withOffset(error.offset());
    finish(handleFailure(final));
}

void NetworkJob::succeed()
{
    m_inactivityTimer->stop();
    m_deadlineTimer->stop();
    dropReply();
    completed();
}

} // namespace apkdesk
