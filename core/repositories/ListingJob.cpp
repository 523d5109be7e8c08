#include "repositories/ListingJob.h"

#include "repositories/NetworkAccess.h"
#include "repositories/RequestJob.h"

#include <QCoreApplication>

namespace apkdesk {

ListingJob::ListingJob(NetworkAccess *access, const QUrl &folderUrl, QObject *parent)
    : AsyncJob(parent), m_access(access), m_url(folderUrl)
{
    if (!m_url.path().endsWith(QLatin1Char('/')))
        m_url.setPath(m_url.path() + QLatin1Char('/'));
}

ListingJob::~ListingJob() = default;

void ListingJob::run()
{
    if (Status ok = NetworkAccess::checkUrl(m_url); !ok) {
        finish(ok.error());
        return;
    }
    if (m_url.isLocalFile()) {
        Result<DirectoryListing> listing = listLocalDirectory(m_url);
        if (!listing) {
            finish(listing.error());
            return;
        }
        m_listing = *listing;
        Q_EMIT progress(1, 1);
        finish(Status {});
        return;
    }
    m_request = new RequestJob(m_access, m_url, this);
    m_request->setRawHeader("Accept", "text/html");
    connect(m_request, &AsyncJob::statusMessage, this, &AsyncJob::statusMessage);
    connect(m_request, &AsyncJob::finished, this, [this](const Status &result) {
        RequestJob *request = m_request;
        m_request = nullptr;
        request->deleteLater();
        if (!result) {
            finish(result);
            return;
        }
        const QByteArray type = request->contentType().toLower();
        if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
            finish(Error(Error::Kind::Format,
                         tr("expected an HTML directory listing, got '%1'").arg(QString::fromLatin1(type)))
                       .withLocation(m_url.toDisplayString()));
            return;
        }
        Result<DirectoryListing> listing = parseDirectoryListing(request->responseBody(), m_url);
        if (!listing) {
            finish(listing.error());
            return;
        }
        m_listing = *listing;
        Q_EMIT progress(1, 1);
        finish(Status {});
    });
    m_request->start();
}

void ListingJob::abort()
{
    if (m_request) {
        m_request->cancel();
        m_request->deleteLater();
        m_request = nullptr;
    }
}

} // namespace apkdesk
