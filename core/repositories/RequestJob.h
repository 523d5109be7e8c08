#pragma once

#include "repositories/NetworkJob.h"

#include <apkdesk/core_export.h>

#include <functional>
#include <memory>

class QHttpMultiPart;
class QIODevice;

namespace apkdesk {

// One request whose answer is kept in memory (capped by the policy's maxInMemoryBytes):
// directory listings, JSON answers, uploads. With a body it is the base of uploads: the body
// comes from a factory so a retry (only when setRetrySafe(true)) can send it again.
//
// By default any 2xx is success and anything else an error whose message carries the
// server's text/plain answer (first 300 characters), e.g. reposerve's 401 reasons. Callers
// that want to read non-2xx answers themselves call setAcceptAnyStatus(true).
class APKDESK_CORE_EXPORT RequestJob : public NetworkJob
{
    Q_OBJECT
public:
    RequestJob(NetworkAccess *access, const QUrl &url, QObject *parent = nullptr);
    ~RequestJob() override;

    // "GET" (default), "HEAD", "POST", "PUT", "DELETE"...
    void setVerb(const QByteArray &verb) { m_verb = verb; }
    void setBody(const QByteArray &body, const QByteArray &contentType);
    // A fresh device per attempt (a QFile on the package, a multipart body...), opened read-only
    // here when it is not open yet. The job takes ownership of each device; `size` is the Content-Length (-1
    // if unknown).
    void setBodyFactory(std::function<QIODevice *()> factory, qint64 size, const QByteArray &contentType);
    void setRetrySafe(bool safe) { m_retrySafe = safe; }
    void setAcceptAnyStatus(bool accept) { m_acceptAny = accept; }
    // Overrides the policy's in-memory cap for this answer.
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }

    bool isRetrySafe() const override;

    const QByteArray &responseBody() const { return m_body; }
    QByteArray contentType() const { return responseHeader(QByteArrayLiteral("Content-Type")); }

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager, const QNetworkRequest &request) override;
    bool acceptsStatus(int status) const override;
    Status beginBody(QNetworkReply &reply) override;
    Status consume(const QByteArray &chunk) override;
    Status completeBody(QNetworkReply &reply) override;
    void resetForRetry() override;
    void onUploadProgress(qint64 sent, qint64 total) override;
    QByteArray verb() const override { return m_verb; }

private:
    QByteArray m_verb = QByteArrayLiteral("GET");
    QByteArray m_staticBody;
    bool m_hasStaticBody = false;
    std::function<QIODevice *()> m_bodyFactory;
    qint64 m_bodySize = -1;
    QByteArray m_contentType;
    bool m_retrySafe = false;
    bool m_acceptAny = false;
    qint64 m_maxBytes = -1;
    QByteArray m_body;
};

} // namespace apkdesk
