#pragma once

#include "packages/PackageVerdict.h"
#include "upload/ServerProfile.h"

#include <QList>
#include <QString>

namespace apkdesk {

// One package file as the upload sees it: what .PKGINFO says, its identity checksum (the
// C: the server's index must show afterwards) and the local verification verdict.
struct APKDESK_CORE_EXPORT UploadPackage
{
    QString path;
    QString fileName; // the name sent to the server
    qint64 size = 0;
    QString name;
    QString version;
    QString arch; // from .PKGINFO
    QString identity; // "Q1..." as APKINDEX C:
    PackageVerdict verdict;
    // Where the folder the file came from puts it (abuild's <repo>/<arch>/ layout): noarch
    // packages sit in every arch folder and go to that arch. Empty when not known.
    QString layoutRepo;
    QString layoutArch;

    // Broken packages (corrupt, truncated, not an apk, v3, bad signature...) are never sent;
    // untrusted or unsigned ones are sent only when the caller allows it.
    bool isSendable(bool allowUntrusted) const;
    QString nameVersion() const { return name + QLatin1Char('-') + version; }
};

// The packages that go to one target in one request (reposerve) or one after the other
// (Gitea): reposerve needs one request per arch.
struct APKDESK_CORE_EXPORT UploadBatch
{
    UploadTarget target;
    QList<int> packages; // rows in the session's package list
};

// Where one package stands, from the check before sending to the index confirmation.
struct APKDESK_CORE_EXPORT PackageUploadState
{
    enum class Stage {
        Ready,
        Refused, // refused before sending (broken, wrong arch, duplicate...)
        Waiting,
        Sending,
        Sent, // the server accepted it; the index has not confirmed it yet
        Confirmed, // the re-fetched, trusted index lists it with the same C:
        Failed, // the upload or the confirmation failed
        Cancelled,
    };
    Stage stage = Stage::Ready;
    UploadTarget target;
    qint64 bytesSent = 0;
    bool accepted = false; // the server answered success for it
    QString message; // why refused/failed, or what the index said
    QUrl packageUrl; // where the package is served once confirmed

    static QString stageName(Stage stage); // "ready", "refused", ..., "confirmed"
    bool isFinal() const;
};

} // namespace apkdesk
