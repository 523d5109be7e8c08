#include "repositories/DirectoryListing.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace apkdesk;

namespace {

QStringList names(const DirectoryListing &listing, bool directories)
{
    QStringList result;
    for (const ListingEntry &entry : listing.entries)
        if (entry.isDirectory == directories)
            result.append(entry.name);
    return result;
}

} // namespace

class TestDirectoryListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // reposerve's src/directory.rs: absolute hrefs, folders without trailing '/' in the href.
    void reposerve()
    {
        const QByteArray html =
            "<html><head>\n<style>\nul { list-style: none; }\n</style>\n<title>Index of /v3.21"
            "</title></head><body><h1>Index of /v3.21</h1><hr>\n<ul>"
            "<li><a href=\"/\">../</a></li>"
            "<li><span><a href=\"/v3.21/community\">community/</a></span></li>"
            "<li><span><a href=\"/v3.21/main\">main/</a></span></li>"
            "<li><span><a href=\"/v3.21/notes.txt\">notes.txt</a></span><span>2026/11/28 "
            "14:53:00</span><span>12B</span></li>"
            "</ul><hr></body>\n</html>";
        Result<DirectoryListing> listing =
            parseDirectoryListing(html, QUrl(QStringLiteral("http://127.0.0.1:9/v3.21")));
        QVERIFY(listing);
        QCOMPARE(names(*listing, true), QStringList({ QStringLiteral("community"), QStringLiteral("main") }));
        QCOMPARE(names(*listing, false), QStringList({ QStringLiteral("notes.txt") }));
        QCOMPARE(listing->entries.at(1).url.toString(), QStringLiteral("http://127.0.0.1:9/v3.21/main/"));
        QCOMPARE(listing->entries.at(2).url.toString(), QStringLiteral("http://127.0.0.1:9/v3.21/notes.txt"));
        QCOMPARE(listing->ignoredLinks, 1); // the parent
        QVERIFY(!listing->truncated);
    }

    void nginxAutoindex()
    {
        const QByteArray html = "<html>\r\n<head><title>Index of /alpine/</title></head>\r\n<body>\r\n"
                                "<h1>Index of /alpine/</h1><hr><pre><a href=\"../\">../</a>\r\n"
                                "<a href=\"edge/\">edge/</a>                                              "
                                "27-Nov-2026 10:00       -\r\n"
                                "<a href=\"latest-stable/\">latest-stable/</a>                             "
                                "13-Jan-2026 09:00       -\r\n"
                                "<a href=\"v3.21/\">v3.21/</a>                                             "
                                "13-Jan-2026 09:00       -\r\n"
                                "<a href=\"MIRRORS.txt\">MIRRORS.txt</a>                                   "
                                "27-Nov-2026 10:00    2043\r\n"
                                "<a href=\"a%20b/\">a b/</a>\r\n"
                                "</pre><hr></body>\r\n</html>\r\n";
        Result<DirectoryListing> listing =
            parseDirectoryListing(html, QUrl(QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/")));
        QVERIFY(listing);
        QCOMPARE(names(*listing, true),
                 QStringList(
                     { QStringLiteral("edge"), QStringLiteral("latest-stable"), QStringLiteral("v3.21") }));
        QCOMPARE(names(*listing, false), QStringList({ QStringLiteral("MIRRORS.txt") }));
        QCOMPARE(listing->entries.first().url.toString(),
                 QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/edge/"));
        QCOMPARE(listing->ignoredLinks, 2); // ../ and the name with a space
    }

    void apacheAutoindex()
    {
        const QByteArray html =
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html>\n <head>\n  <title>Index of "
            "/repo/v3.21/main</title>\n </head>\n <body>\n<h1>Index of /repo/v3.21/main</h1>\n  <table>\n"
            "   <tr><th valign=\"top\"><img src=\"/icons/blank.gif\" alt=\"[ICO]\"></th><th><a "
            "href=\"?C=N;O=D\">Name</a></th><th><a href=\"?C=M;O=A\">Last modified</a></th><th><a "
            "href=\"?C=S;O=A\">Size</a></th></tr>\n"
            "   <tr><td valign=\"top\"><img src=\"/icons/back.gif\" alt=\"[PARENTDIR]\"></td><td><a "
            "href=\"/repo/v3.21/\">Parent Directory</a></td><td>&nbsp;</td><td align=\"right\">  - "
            "</td></tr>\n"
            "<tr><td valign=\"top\"><img src=\"/icons/folder.gif\" alt=\"[DIR]\"></td><td><a "
            "href=\"aarch64/\">aarch64/</a></td><td align=\"right\">2026-11-28 10:00  </td><td "
            "align=\"right\">  - "
            "</td></tr>\n"
            "<tr><td valign=\"top\"><img src=\"/icons/folder.gif\" alt=\"[DIR]\"></td><td><a "
            "href=\"x86_64/\">x86_64/</a></td><td align=\"right\">2026-11-28 10:00  </td><td "
            "align=\"right\">  - "
            "</td></tr>\n"
            "   <tr><th colspan=\"4\"><hr></th></tr>\n</table>\n<address>Apache/2.4.62 (Debian) Server at "
            "example.org Port 80</address>\n</body></html>\n";
        Result<DirectoryListing> listing =
            parseDirectoryListing(html, QUrl(QStringLiteral("http://example.org/repo/v3.21/main/")));
        QVERIFY(listing);
        QCOMPARE(names(*listing, true), QStringList({ QStringLiteral("aarch64"), QStringLiteral("x86_64") }));
        QVERIFY(names(*listing, false).isEmpty());
        QCOMPARE(listing->ignoredLinks, 4); // three sort links and the parent
    }

    void hostileLinksAreIgnored()
    {
        const QByteArray html = "<a href=\"../\">../</a>"
                                "<a href=\"../../etc/passwd\">passwd</a>"
                                "<a href=\"/other/place/\">elsewhere/</a>"
                                "<a href=\"http://evil.example/v3.21/\">v3.21/</a>"
                                "<a href=\"//evil.example/x/\">x/</a>"
                                "<a href=\"https://127.0.0.1:9/root/https/\">https/</a>"
                                "<a href=\"javascript:alert(1)\">js</a>"
                                "<a href=\"data:text/html,hi\">data</a>"
                                "<a href=\"sub/deeper/\">deeper/</a>"
                                "<a href=\"%2e%2e/\">dots/</a>"
                                "<a href=\"a%2Fb/\">slash/</a>"
                                "<a href=\"%3Cscript%3E/\">script/</a>"
                                "<a href=\"x#frag\">frag</a>"
                                "<a>no href</a>"
                                "<script>document.write('<a href=\"injected/\">injected/</a>')</script>"
                                "<!-- <a href=\"commented/\">commented/</a> -->"
                                "<style>a[href=\"styled/\"]{}</style>"
                                "<a href='good/' onclick=\"x\">good/</a>"
                                "<a href=good2/>good2/</a>"
                                "<A HREF=\"UPPER/\">UPPER/</A>"
                                "<a href=\"good/\">good/ again</a>"
                                "<a href=\"amp&amp;x/\">amp&amp;x/</a>";
        Result<DirectoryListing> listing =
            parseDirectoryListing(html, QUrl(QStringLiteral("http://127.0.0.1:9/root/")));
        QVERIFY(listing);
        QCOMPARE(names(*listing, true),
                 QStringList({ QStringLiteral("good"), QStringLiteral("good2"), QStringLiteral("UPPER"),
                               QStringLiteral("amp&x") }));
        QVERIFY(names(*listing, false).isEmpty());
        QCOMPARE(listing->ignoredLinks, 14);
        for (const ListingEntry &entry : listing->entries)
            QVERIFY(entry.url.toString().startsWith(QLatin1String("http://127.0.0.1:9/root/")));
    }

    void tenThousandEntries()
    {
        QByteArray html = "<html><body><pre>";
        for (int i = 0; i < 10'000; ++i)
            html += "<a href=\"pkg-" + QByteArray::number(i) + "-r0.apk\">pkg-" + QByteArray::number(i)
                + "-r0.apk</a>\n";
        html += "</pre></body></html>";
        Result<DirectoryListing> listing = parseDirectoryListing(html, QUrl(QStringLiteral("http://h/r/")));
        QVERIFY(listing);
        QCOMPARE(listing->entries.size(), 10'000);
        QVERIFY(!listing->truncated);

        DirectoryListingLimits limits;
        limits.maxEntries = 500;
        Result<DirectoryListing> capped =
            parseDirectoryListing(html, QUrl(QStringLiteral("http://h/r/")), limits);
        QVERIFY(capped);
        QCOMPARE(capped->entries.size(), 500);
        QVERIFY(capped->truncated);
    }

    void oversizedListingIsRefused()
    {
        DirectoryListingLimits limits;
        limits.maxBytes = 1000;
        Result<DirectoryListing> listing =
            parseDirectoryListing(QByteArray(1001, 'x'), QUrl(QStringLiteral("http://h/")), limits);
        QVERIFY(!listing);
        QCOMPARE(listing.error().kind(), Error::Kind::LimitExceeded);
    }

    void unterminatedMarkupDoesNotHang()
    {
        for (const char *html :
             { "<a href=\"x/", "<a href='x/'>x/", "<script>", "<!--", "<a", "<<<<<", "<a href=>" }) {
            Result<DirectoryListing> listing = parseDirectoryListing(html, QUrl(QStringLiteral("http://h/")));
            QVERIFY(listing);
        }
    }

    void localFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("v3.21/main")));
        QFile file(dir.filePath(QStringLiteral("v3.21/readme")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Result<DirectoryListing> listing =
            listLocalDirectory(QUrl::fromLocalFile(dir.filePath(QStringLiteral("v3.21"))));
        QVERIFY(listing);
        QCOMPARE(names(*listing, true), QStringList({ QStringLiteral("main") }));
        QCOMPARE(names(*listing, false), QStringList({ QStringLiteral("readme") }));
        QVERIFY(listing->entries.first().url.isLocalFile());
        QVERIFY(!listLocalDirectory(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing")))));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryListing)
#include "tst_directorylisting.moc"
