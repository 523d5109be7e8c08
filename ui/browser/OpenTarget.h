#pragma once

#include "browser/ServerEntry.h"

#include "common/Result.h"
#include "repositories/RepositoryLocation.h"

#include <optional>

namespace apkdesk::ui {

// What the browser is asked to open from outside the sidebar (--repository, --sample, an
// upload's confirmation): an index file on its own, one repository (shown under its server
// root), or a whole server tree. Worked out here, without touching any widget.
struct OpenTarget
{
    enum class Kind { IndexFile, Repository, Server };

    Kind kind = Kind::Server;
    QString indexFile; // IndexFile
    ServerEntry server; // Repository (pinned to it) and Server
    std::optional<RepositoryLocation> location; // Repository

    // A local APKINDEX.tar.gz, a folder, a server root URL, an arch folder URL or the URL of
    // an arch's APKINDEX.tar.gz ("<base>/<version>/<repository>/<arch>/").
    static Result<OpenTarget> fromUrlOrPath(const QString &urlOrPath);
    // The build's sample repository: its one <version>/<repository>/<arch>/APKINDEX.tar.gz,
    // with keys/ trusted for it only.
    static Result<OpenTarget> sample(const QString &sampleDirectory);

    QStringList archPath() const;
};

} // namespace apkdesk::ui
