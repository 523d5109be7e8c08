#pragma once

#include "indexes/IndexReader.h"
#include "indexes/PackageGraph.h"
#include "indexes/PackageSearch.h"
#include "repositories/IndexFetchJob.h"
#include "repositories/RepositoryLocation.h"

#include <memory>
#include <optional>

namespace apkdesk::ui {

// Everything the browser shows about one opened index, built off the GUI thread and then
// shared read-only by the table, the details pane and the downloads.
struct BrowsedRepository
{
    LoadedIndex loaded;
    PackageGraph graph;
    std::shared_ptr<PackageSearch> search;
    // Where the packages are; empty for an index file opened on its own.
    std::optional<RepositoryLocation> location;
    QUrl indexUrl;
    IndexFetchResult fetch;
    QString serverId;
    QString title;
    // Set when the index is older than the one cached before (a possible rollback): shown
    // only after the user confirms, like an untrusted index.
    QString rollbackNotice;

    bool isTrusted() const { return loaded.isTrusted(); }
    bool needsConfirmation() const { return !isTrusted() || !rollbackNotice.isEmpty(); }
};

using BrowsedRepositoryPtr = std::shared_ptr<const BrowsedRepository>;

} // namespace apkdesk::ui
