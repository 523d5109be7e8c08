#pragma once

#include "common/Result.h"
#include "repositories/NetworkPolicy.h"

#include <apkdesk/core_export.h>

#include <QObject>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>

class QNetworkAccessManager;
class QSslConfiguration;

namespace apkdesk {

// The network of one thread: one QNetworkAccessManager and the policy its jobs follow. The
// composition root (GUI main, a CLI command, a test) creates one and hands it to jobs; jobs
// must live in the same thread. Proxies come from the system settings
// (QNetworkProxyFactory::setUseSystemConfiguration).
class APKDESK_CORE_EXPORT NetworkAccess : public QObject
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject *parent = nullptr);
    explicit NetworkAccess(const NetworkPolicy &policy, QObject *parent = nullptr);
    ~NetworkAccess() override;

    QNetworkAccessManager *manager() const { return m_manager; }

    const NetworkPolicy &policy() const { return m_policy; }
    void setPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    // Trusts the CA certificate(s) in `pemFile` for the origin of `serverUrl`. Fails when the
    // file holds no certificate.
    Status setCaFile(const QUrl &serverUrl, const QString &pemFile);

#if QT_CONFIG(ssl)
    // The TLS configuration for a request to `url`: system CAs plus that origin's CA file.
    Result<QSslConfiguration> sslConfigurationFor(const QUrl &url) const;
#endif

    // URLs Apkdesk accepts from users: http, https or file, no user name or password in it
    // (HOSTILE: credentials in URLs are refused, they leak into logs and history).
    static Status checkUrl(const QUrl &url);

private:
    QNetworkAccessManager *m_manager = nullptr;
    NetworkPolicy m_policy;
};

} // namespace apkdesk
