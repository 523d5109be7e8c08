#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace apkdesk {

// Where packages go: the folder triple of an Alpine repository. For a Gitea/Forgejo
// registry, `version` is the branch (v3.20, edge) and `repo` the repository (main).
struct APKDESK_CORE_EXPORT UploadTarget
{
    QString version;
    QString repo;
    QString arch;

    bool operator==(const UploadTarget &other) const = default;
    // "edge/main/x86_64"
    QString toString() const;
};

// One upload server as the user configured it. Holds NO secret: the token lives in the
// keychain under tokenKey() (see UploadTokenStore).
struct APKDESK_CORE_EXPORT ServerProfile
{
    enum class Kind { Reposerve, Gitea };

    QString id; // stable, generated once (the keychain entry is named after it)
    QString name; // shown to the user
    Kind kind = Kind::Reposerve;
    QUrl baseUrl; // normalised: no credentials, no trailing slash, path kept
    UploadTarget defaults { QStringLiteral("edge"), QStringLiteral("main"), QStringLiteral("x86_64") };
    QString owner; // Gitea: user or organisation owning the packages
    QString user; // Gitea: HTTP Basic user name
    QString caFile; // extra CA certificate(s) to trust for this server (PEM)
    // Token over plain http to a host that is not loopback: only with this consent.
    bool allowInsecureHttp = false;

    static QString kindName(Kind kind); // "reposerve" / "gitea"
    static Result<Kind> kindFromName(const QString &name);

    // Accepts "https://host", "https://host/prefix/"...: trims trailing slashes, keeps
    // the path, refuses credentials, queries, fragments and schemes other than http(s).
    static Result<QUrl> normaliseBaseUrl(const QString &text);
    static QString newId();

    // Everything needed before an upload: URL, owner for Gitea, target names.
    Status validate() const;
    // HOSTILE.md case 28: refuses sending credentials in clear to a non-loopback host.
    Status checkTransportAllowed() const;

    QString tokenKey() const { return QStringLiteral("token:") + id; }
    QString displayName() const { return name.isEmpty() ? baseUrl.toDisplayString() : name; }

    // reposerve: <base>/upload. Gitea: <base>/api/packages/<owner>/alpine/<branch>/<repo>.
    QUrl uploadUrl(const UploadTarget &target) const;
    // Where the signed index of a target is served after the upload.
    QUrl indexUrl(const UploadTarget &target) const;
    // The folder the index lives in (packages are next to it), with a trailing slash.
    QUrl repositoryUrl(const UploadTarget &target) const;
    // Gitea only: <base>/api/packages/<owner>/alpine/key.
    QUrl registryKeyUrl() const;
};

APKDESK_CORE_EXPORT bool isLoopbackHost(const QString &host);
// A folder or target name used in a URL path: no slashes, no "..", printable.
APKDESK_CORE_EXPORT Status checkPathComponent(const QString &value, const QString &what);

} // namespace apkdesk
