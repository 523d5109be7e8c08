#pragma once

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>

namespace apkdesk {

// The rules every HTTP(S) exchange of Apkdesk follows (HOSTILE.md cases 29-34). One value,
// held by NetworkAccess, read by every NetworkJob; tests shorten the delays.
struct APKDESK_CORE_EXPORT NetworkPolicy
{
    // Redirects are followed by the job itself (never Qt's policy): at most this many hops,
    // never https -> http, and the Authorization header only to the request's own origin.
    int maxRedirects = 5;

    // No byte in either direction for this long: the attempt fails (and may be retried).
    std::chrono::milliseconds inactivityTimeout { 30'000 };
    // The whole job, retries included, may not take longer than this: a server trickling one
    // byte a second never resets it.
    std::chrono::milliseconds overallDeadline { 30 * 60'000 };

    // Retries for 500, 503, 429 and dropped connections (never for other 4xx, never for a
    // request that is not safe to repeat). Delay: retryBaseDelay * 2^attempt with up to 50%
    // jitter, or the server's Retry-After when it says so, capped at maxRetryDelay.
    int maxRetries = 3;
    std::chrono::milliseconds retryBaseDelay { 1'000 };
    std::chrono::milliseconds maxRetryDelay { 60'000 };

    // Responses kept in memory (listings, JSON answers) and downloads to disk.
    qint64 maxInMemoryBytes = 32LL * 1024 * 1024;
    qint64 maxDownloadBytes = 4LL * 1024 * 1024 * 1024;

    // Extra CA certificates (PEM file) trusted for one origin ("https://host:port", see
    // originOf()) on top of the system's. Never a blanket ignoreSslErrors().
    QHash<QString, QString> caFiles;

    QByteArray userAgent = QByteArrayLiteral("Apkdesk");

    // "scheme://host:port" with the default port filled in: what "same origin" compares.
    static QString originOf(const QUrl &url);
};

} // namespace apkdesk
