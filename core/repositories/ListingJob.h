#pragma once

#include "repositories/AsyncJob.h"
#include "repositories/DirectoryListing.h"

#include <apkdesk/core_export.h>

#include <QPointer>

namespace apkdesk {

class NetworkAccess;
class RequestJob;

// Fetches and parses one directory listing (http(s) HTML or a file:// folder). The URL is
// normalised to end with '/'.
class APKDESK_CORE_EXPORT ListingJob : public AsyncJob
{
    Q_OBJECT
public:
    ListingJob(NetworkAccess *access, const QUrl &folderUrl, QObject *parent = nullptr);
    ~ListingJob() override;

    QUrl url() const { return m_url; }
    const DirectoryListing &listing() const { return m_listing; }

protected:
    void run() override;
    void abort() override;

private:
    NetworkAccess *m_access;
    QUrl m_url;
    QPointer<RequestJob> m_request;
    DirectoryListing m_listing;
};

} // namespace apkdesk
