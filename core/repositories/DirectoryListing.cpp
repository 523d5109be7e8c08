#include "repositories/DirectoryListing.h"

#include "repositories/NetworkPolicy.h"
#include "repositories/RepositoryLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::DirectoryListing", text);
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            out += text.at(i);
            continue;
        }
        const qsizetype end = text.indexOf(QLatin1Char(';'), i);
        if (end < 0 || end - i > 10) {
            out += text.at(i);
            continue;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        QString replacement;
        if (name == QLatin1String("amp"))
            replacement = QStringLiteral("&");
        else if (name == QLatin1String("lt"))
            replacement = QStringLiteral("<");
        else if (name == QLatin1String("gt"))
            replacement = QStringLiteral(">");
        else if (name == QLatin1String("quot"))
            replacement = QStringLiteral("\"");
        else if (name == QLatin1String("apos"))
            replacement = QStringLiteral("'");
        else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        }
        if (replacement.isNull()) {
            out += text.at(i);
            continue;
        }
        out += replacement;
        i = end;
    }
    return out;
}

// Where the element starting at `from` ends ('>' outside quotes), or -1.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i;
        }
    }
    return -1;
}

// The href attribute of an <a ...> tag's attribute text.
QString hrefOf(const QString &attributes)
{
    qsizetype i = 0;
    while (i < attributes.size()) {
        while (i < attributes.size() && (attributes.at(i).isSpace() || attributes.at(i) == QLatin1Char('/')))
            ++i;
        const qsizetype nameStart = i;
        while (i < attributes.size() && !attributes.at(i).isSpace() && attributes.at(i) != QLatin1Char('='))
            ++i;
        const QString name = attributes.mid(nameStart, i - nameStart).toLower();
        while (i < attributes.size() && attributes.at(i).isSpace())
            ++i;
        QString value;
        if (i < attributes.size() && attributes.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < attributes.size() && attributes.at(i).isSpace())
                ++i;
            if (i < attributes.size()
                && (attributes.at(i) == QLatin1Char('"') || attributes.at(i) == QLatin1Char('\''))) {
                const QChar quote = attributes.at(i);
                const qsizetype close = attributes.indexOf(quote, i + 1);
                const qsizetype stop = close < 0 ? attributes.size() : close;
                value = attributes.mid(i + 1, stop - i - 1);
                i = stop + 1;
            } else {
                const qsizetype start = i;
                while (i < attributes.size() && !attributes.at(i).isSpace())
                    ++i;
                value = attributes.mid(start, i - start);
            }
        }
        if (name == QLatin1String("href"))
            return decodeEntities(value.trimmed());
        if (name.isEmpty())
            ++i;
    }
    return {};
}

// Text of the link up to </a>, tags stripped.
QString linkText(const QString &html, qsizetype from, qsizetype *end)
{
    const qsizetype close = html.indexOf(QLatin1String("</a"), from, Qt::CaseInsensitive);
    const qsizetype stop = close < 0 ? html.size() : close;
    *end = stop;
    QString text;
    bool inTag = false;
    for (qsizetype i = from; i < stop; ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag)
            text += c;
    }
    return decodeEntities(text).trimmed();
}

qsizetype skipElement(const QString &html, qsizetype from, QLatin1String closing)
{
    const qsizetype close = html.indexOf(closing, from, Qt::CaseInsensitive);
    return close < 0 ? html.size() : close + closing.size();
}

bool startsElement(const QString &html, qsizetype at, QLatin1String name)
{
    if (html.mid(at + 1, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype after = at + 1 + name.size();
    return after < html.size() && (html.at(after).isSpace() || html.at(after) == QLatin1Char('>'));
}

struct ListingBuilder
{
    QUrl page;
    QString pagePath; // decoded, ends with '/'
    QString origin;
    DirectoryListing listing;
    QSet<QString> seen;
    int maxEntries;

    // False when the cap is reached.
    bool add(const QString &href, const QString &text)
    {
        const QUrl relative(href, QUrl::TolerantMode);
        if (href.isEmpty() || !relative.isValid()) {
            ++listing.ignoredLinks;
            return true;
        }
        const QUrl url = page.resolved(relative);
        const QString path = url.path(QUrl::FullyDecoded);
        if (url.hasQuery() || url.hasFragment() || NetworkPolicy::originOf(url) != origin
            || !path.startsWith(pagePath) || path.size() == pagePath.size()) {
            ++listing.ignoredLinks;
            return true;
        }
        QString name = path.mid(pagePath.size());
        bool isDirectory = text.endsWith(QLatin1Char('/'));
        if (name.endsWith(QLatin1Char('/'))) {
            name.chop(1);
            isDirectory = true;
        }
        if (!isSafePathSegment(name)) {
            ++listing.ignoredLinks;
            return true;
        }
        if (seen.contains(name))
            return true;
        if (listing.entries.size() >= maxEntries) {
            listing.truncated = true;
            return false;
        }
        seen.insert(name);
        QUrl child = page;
        child.setPath(pagePath + name + (isDirectory ? QStringLiteral("/") : QString()), QUrl::DecodedMode);
        listing.entries.append({ name, child, isDirectory });
        return true;
    }
};

QUrl asFolderUrl(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

QList<ListingEntry> DirectoryListing::directories() const
{
    QList<ListingEntry> result;
    for (const ListingEntry &entry : entries)
        if (entry.isDirectory)
            result.append(entry);
    return result;
}

bool DirectoryListing::containsFile(const QString &name) const
{
    for (const ListingEntry &entry : entries)
        if (!entry.isDirectory && entry.name == name)
            return true;
    return false;
}

Result<DirectoryListing> parseDirectoryListing(const QByteArray &bytes, const QUrl &pageUrl,
                                               const DirectoryListingLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return Error(Error::Kind::LimitExceeded,
                     tr("the directory listing is larger than %1 bytes").arg(limits.maxBytes))
            .withLocation(pageUrl.toDisplayString());
    ListingBuilder builder;
    builder.page = asFolderUrl(pageUrl);
    builder.pagePath = builder.page.path(QUrl::FullyDecoded);
    builder.origin = NetworkPolicy::originOf(builder.page);
    builder.listing.url = builder.page;
    builder.maxEntries = limits.maxEntries;

    const QString html = QString::fromUtf8(bytes);
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), i);
        if (open < 0)
            break;
        if (html.mid(open, 4) == QLatin1String("<!--")) {
            i = skipElement(html, open + 4, QLatin1String("-->"));
            continue;
        }
        if (startsElement(html, open, QLatin1String("script"))) {
            i = skipElement(html, open + 7, QLatin1String("</script"));
            continue;
        }
        if (startsElement(html, open, QLatin1String("style"))) {
            i = skipElement(html, open + 6, QLatin1String("</style"));
            continue;
        }
        const qsizetype end = tagEnd(html, open + 1);
        if (end < 0)
            break;
        if (startsElement(html, open, QLatin1String("a"))) {
            const QString href = hrefOf(html.mid(open + 2, end - open - 2));
            qsizetype textEnd = end + 1;
            const QString text = linkText(html, end + 1, &textEnd);
            if (!builder.add(href, text))
                break;
            i = textEnd;
            continue;
        }
        i = end + 1;
    }
    return builder.listing;
}

Result<DirectoryListing> listLocalDirectory(const QUrl &folderUrl, const DirectoryListingLimits &limits)
{
    const QString path = folderUrl.toLocalFile();
    const QDir dir(path);
    if (!dir.exists())
        return Error(Error::Kind::NotFound, tr("no such folder")).withLocation(path);
    DirectoryListing listing;
    listing.url = asFolderUrl(folderUrl);
    const QFileInfoList infos =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (!isSafePathSegment(info.fileName())) {
            ++listing.ignoredLinks;
            continue;
        }
        if (listing.entries.size() >= limits.maxEntries) {
            listing.truncated = true;
            break;
        }
        QUrl child =
            QUrl::fromLocalFile(info.absoluteFilePath() + (info.isDir() ? QStringLiteral("/") : QString()));
        listing.entries.append({ info.fileName(), child, info.isDir() });
    }
    return listing;
}

} // namespace apkdesk
