#include "repositories/NetworkAccess.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <mutex>

namespace apkdesk {

namespace {

void useSystemProxyOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
}

} // namespace

NetworkAccess::NetworkAccess(QObject *parent) : NetworkAccess(NetworkPolicy {}, parent) { }

NetworkAccess::NetworkAccess(const NetworkPolicy &policy, QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this)), m_policy(policy)
{
    useSystemProxyOnce();
    // Jobs follow redirects themselves: Qt's policies would forward Authorization elsewhere.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
}

NetworkAccess::~NetworkAccess() = default;

Status NetworkAccess::setCaFile(const QUrl &serverUrl, const QString &pemFile)
{
#if QT_CONFIG(ssl)
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty())
        return Error(Error::Kind::Crypto, tr("no PEM certificate found")).withLocation(pemFile);
    m_policy.caFiles.insert(NetworkPolicy::originOf(serverUrl), pemFile);
    return {};
#else
    Q_UNUSED(serverUrl)
    return Error(Error::Kind::Unsupported, tr("this build has no TLS support")).withLocation(pemFile);
#endif
}

#if QT_CONFIG(ssl)
Result<QSslConfiguration> NetworkAccess::sslConfigurationFor(const QUrl &url) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QString caFile = m_policy.caFiles.value(NetworkPolicy::originOf(url));
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (extra.isEmpty())
            return Error(Error::Kind::Crypto, tr("the CA file for this server holds no PEM certificate"))
                .withLocation(caFile);
        configuration.addCaCertificates(extra);
    }
    return configuration;
}
#endif

Status NetworkAccess::checkUrl(const QUrl &url)
{
    if (!url.isValid())
        return Error(Error::Kind::InvalidArgument, tr("not a valid URL: %1").arg(url.errorString()));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return Error(Error::Kind::Unsafe,
                     tr("URLs with a user name or password are refused (they end up in logs and histories); "
                        "use a token instead"))
            .withLocation(url.adjusted(QUrl::RemoveUserInfo).toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("file"))
        return url.isLocalFile() ? Status {}
                                 : Status(Error(Error::Kind::InvalidArgument, tr("not a local file URL"))
                                              .withLocation(url.toDisplayString()));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error(Error::Kind::Unsupported,
                     tr("unsupported URL scheme '%1' (use http, https or file)").arg(scheme))
            .withLocation(url.toDisplayString());
    if (url.host().isEmpty())
        return Error(Error::Kind::InvalidArgument, tr("the URL has no host"))
            .withLocation(url.toDisplayString());
    return {};
}

} // namespace apkdesk
