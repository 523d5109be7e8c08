#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace apkdesk {

// One finished upload, as the history shows it. No token, no credentials: the server is
// recorded by its (credential-free) address.
struct APKDESK_CORE_EXPORT UploadRecord
{
    struct Item
    {
        QString fileName;
        QString nameVersion;
        QString identity;
        QString target; // "edge/main/x86_64"
        QString state; // PackageUploadState::stageName
        QString message;
    };
    QDateTime time;
    QString profileId;
    QString server;
    QString kind;
    bool success = false;
    QString summary;
    QList<Item> items;
};

// The past uploads in <AppDataLocation>/upload-history.json, newest first, capped.
class APKDESK_CORE_EXPORT UploadHistory
{
public:
    static constexpr int kMaxRecords = 200;

    // Empty path: the default file in AppDataLocation.
    explicit UploadHistory(QString path = {});

    QString path() const { return m_path; }
    // A missing file is an empty history; a damaged one an Error (never overwritten silently).
    Result<QList<UploadRecord>> load() const;
    // Prepends and writes atomically.
    Status append(const UploadRecord &record);
    Status clear();

private:
    QString m_path;
};

} // namespace apkdesk
