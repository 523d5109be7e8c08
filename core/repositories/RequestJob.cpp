#include "repositories/RequestJob.h"

#include "common/Logging.h"
#include "repositories/NetworkAccess.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace apkdesk {

RequestJob::RequestJob(NetworkAccess *access, const QUrl &url, QObject *parent)
    : NetworkJob(access, url, parent)
{ }

RequestJob::~RequestJob() = default;

void RequestJob::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_staticBody = body;
    m_hasStaticBody = true;
    m_bodyFactory = nullptr;
    m_bodySize = body.size();
    m_contentType = contentType;
}

void RequestJob::setBodyFactory(std::function<QIODevice *()> factory, qint64 size,
                                const QByteArray &contentType)
{
    m_bodyFactory = std::move(factory);
    m_hasStaticBody = false;
    m_bodySize = size;
    m_contentType = contentType;
}

bool RequestJob::isRetrySafe() const
{
    if (m_retrySafe)
        return true;
    // Without a body, reading verbs are safe to repeat.
    return !m_hasStaticBody && !m_bodyFactory && (m_verb == "GET" || m_verb == "HEAD");
}

QNetworkReply *RequestJob::send(QNetworkAccessManager &manager, const QNetworkRequest &request)
{
    QNetworkRequest withBody = request;
    if (!m_contentType.isEmpty())
        withBody.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    if (m_hasStaticBody)
        return manager.sendCustomRequest(withBody, m_verb, m_staticBody);
    if (m_bodyFactory) {
        QIODevice *device = m_bodyFactory();
        if (device && !device->isOpen() && !device->open(QIODevice::ReadOnly))
            qCWarning(lcNetwork) << "cannot open the request body:" << device->errorString();
        if (m_bodySize >= 0)
            withBody.setHeader(QNetworkRequest::ContentLengthHeader, m_bodySize);
        QNetworkReply *reply = manager.sendCustomRequest(withBody, m_verb, device);
        if (device)
            device->setParent(reply); // lives exactly as long as its attempt
        return reply;
    }
    if (m_verb == "GET")
        return manager.get(withBody);
    if (m_verb == "HEAD")
        return manager.head(withBody);
    return manager.sendCustomRequest(withBody, m_verb);
}

bool RequestJob::acceptsStatus(int status) const
{
    return m_acceptAny || (status >= 200 && status < 300);
}

Status RequestJob::beginBody(QNetworkReply &reply)
{
    Q_UNUSED(reply)
    m_body.clear();
    return {};
}

Status RequestJob::consume(const QByteArray &chunk)
{
    const qint64 cap = m_maxBytes >= 0 ? m_maxBytes : access()->policy().maxInMemoryBytes;
    if (m_body.size() + chunk.size() > cap)
        return httpError(Error::Kind::LimitExceeded, tr("the answer is larger than %1 bytes").arg(cap));
    m_body += chunk;
    return {};
}

Status RequestJob::completeBody(QNetworkReply &reply)
{
    Q_UNUSED(reply)
    return {};
}

void RequestJob::resetForRetry()
{
    m_body.clear();
}

void RequestJob::onUploadProgress(qint64 sent, qint64 total)
{
    Q_EMIT uploadProgress(sent, total);
}

} // namespace apkdesk
