// libFuzzer target for HTML directory listings (repository discovery): any page must parse
// without crashing, and every entry it yields must be a safe direct child of the listed
// folder on the same origin, as DirectoryListing promises.
#include "FuzzSupport.h"
#include "repositories/DirectoryListing.h"

#include <QSet>

using namespace apkdesk;
using apkdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QUrl page(QStringLiteral("https://mirror.example.org/alpine/v3.21/main/"));
    DirectoryListingLimits limits;
    limits.maxEntries = 1000;
    const auto listing = parseDirectoryListing(fuzz::bytesOf(data, size), page, limits);
    if (!listing.ok())
        return 0;
    check(listing->entries.size() <= limits.maxEntries, "maxEntries is respected");
    QSet<QString> names;
    for (const ListingEntry &entry : listing->entries) {
        check(!entry.name.isEmpty(), "entry names are not empty");
        check(entry.name != QLatin1String(".") && entry.name != QLatin1String(".."), "no . or .. entries");
        check(!entry.name.contains(QLatin1Char('/')), "an entry name is one path segment");
        check(entry.url.isValid(), "entry URLs are valid");
        check(entry.url.scheme() == page.scheme() && entry.url.host() == page.host()
                  && entry.url.port() == page.port(),
              "entries stay on the page's origin");
        check(entry.url.path().startsWith(page.path()), "entries are below the listed folder");
        QString rest = entry.url.path().mid(page.path().size());
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        check(!rest.isEmpty() && !rest.contains(QLatin1Char('/')), "entries are direct children");
        check(!entry.url.hasQuery() && !entry.url.hasFragment(), "no query or fragment");
        check(!names.contains(entry.name + QLatin1Char(entry.isDirectory ? '/' : ' ')),
              "duplicates are merged");
        names.insert(entry.name + QLatin1Char(entry.isDirectory ? '/' : ' '));
    }
    (void)listing->directories();
    return 0;
}
