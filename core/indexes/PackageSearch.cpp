#include "indexes/PackageSearch.h"

#include "indexes/PackageGraphCore.h"

#include "versions/Version.h"

#include <algorithm>
#include <cstring>

namespace apkdesk {

namespace {

// Distinct values of one field (origin, maintainer, ...) as small integers per package, so a
// filter compares integers instead of strings.
struct Attribute
{
    char letter = 0;
    std::vector<quint32> valueOf; // per package
    QList<QByteArrayView> values;

    void build(const PackageGraph &graph, char field)
    {
        letter = field;
        const auto count = static_cast<size_t>(graph.packageCount());
        valueOf.resize(count);
        // A flat table keyed by GraphCore's fast hash: QHash's seeded hash costs more than
        // everything else here together.
        size_t capacity = 64;
        while (capacity < count * 2)
            capacity <<= 1;
        std::vector<quint32> table(capacity, 0);
        const size_t mask = capacity - 1;
        for (size_t id = 0; id < count; ++id) {
            const QByteArrayView v = graph.entry(static_cast<PackageId>(id)).field(field);
            size_t slot = GraphCore::hashName(v) & mask;
            while (table[slot] != 0 && values[table[slot] - 1] != v)
                slot = (slot + 1) & mask;
            if (table[slot] == 0) {
                values.append(v);
                table[slot] = static_cast<quint32>(values.size());
            }
            valueOf[id] = table[slot] - 1;
        }
    }

    // The id to compare with, -1 = no filter, -2 = a value no package has.
    qint64 filterId(const QString &wanted) const
    {
        if (wanted.isEmpty())
            return -1;
        const QByteArray utf8 = wanted.toUtf8();
        const auto it = std::find(values.begin(), values.end(), QByteArrayView(utf8));
        return it == values.end() ? -2 : it - values.begin();
    }

    QStringList sortedValues() const
    {
        QStringList list;
        for (QByteArrayView v : values) {
            if (!v.isEmpty())
                list.append(QString::fromUtf8(v));
        }
        list.sort(Qt::CaseInsensitive);
        return list;
    }
};

void appendLowered(QByteArray &out, QByteArrayView text)
{
    bool ascii = true;
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii) {
        out.append(QString::fromUtf8(text).toLower().toUtf8());
        return;
    }
    const qsizetype at = out.size();
    out.append(text);
    char *p = out.data() + at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (p[i] >= 'A' && p[i] <= 'Z')
            p[i] = static_cast<char>(p[i] + ('a' - 'A'));
    }
}

QList<QByteArray> termsOf(const QString &text)
{
    QList<QByteArray> terms;
    for (const QString &word : text.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms.append(word.toUtf8());
    return terms;
}

} // namespace

struct PackageSearch::Impl
{
    PackageGraph graph;
    QByteArray haystack; // per package: lowercased "name \x01 description \x01 provides"
    std::vector<quint32> haystackStart;
    Attribute origin, maintainer, license, arch;

    bool hasCache = false;
    PackageFilter lastFilter;
    QList<QByteArray> lastTerms;
    std::vector<PackageId> result;

    void build()
    {
        const int count = graph.packageCount();
        haystackStart.reserve(static_cast<size_t>(count) + 1);
        haystack.reserve(graph.packageCount() * 160);
        for (int id = 0; id < count; ++id) {
            haystackStart.push_back(static_cast<quint32>(haystack.size()));
            const IndexEntry e = graph.entry(static_cast<PackageId>(id));
            appendLowered(haystack, e.nameView());
            haystack.append('\x01');
            appendLowered(haystack, e.field('T'));
            haystack.append('\x01');
            appendLowered(haystack, e.provides());
        }
        haystackStart.push_back(static_cast<quint32>(haystack.size()));
        origin.build(graph, 'o');
        maintainer.build(graph, 'm');
        license.build(graph, 'L');
        arch.build(graph, 'A');
    }

    bool textMatches(PackageId id, const QList<QByteArray> &terms) const
    {
        const char *begin = haystack.constData() + haystackStart[id];
        const size_t length = haystackStart[id + 1] - haystackStart[id];
        for (const QByteArray &term : terms) {
            if (!memmem(begin, length, term.constData(), static_cast<size_t>(term.size())))
                return false;
        }
        return true;
    }

    struct AttributeIds
    {
        qint64 origin, maintainer, license, arch;
    };

    AttributeIds idsFor(const PackageFilter &filter) const
    {
        return { origin.filterId(filter.origin), maintainer.filterId(filter.maintainer),
                 license.filterId(filter.license), arch.filterId(filter.arch) };
    }

    static bool attributeMatches(const Attribute &attribute, qint64 wanted, PackageId id)
    {
        return wanted == -1 || (wanted >= 0 && attribute.valueOf[id] == static_cast<quint64>(wanted));
    }

    bool matches(PackageId id, const QList<QByteArray> &terms, const AttributeIds &ids) const
    {
        return attributeMatches(origin, ids.origin, id) && attributeMatches(maintainer, ids.maintainer, id)
            && attributeMatches(license, ids.license, id) && attributeMatches(arch, ids.arch, id)
            && textMatches(id, terms);
    }

    // Every match of the new query is a match of the previous one when the attribute filters
    // are unchanged and each previous word is contained in some new word.
    bool narrows(const PackageFilter &filter, const QList<QByteArray> &terms) const
    {
        if (!hasCache || filter.origin != lastFilter.origin || filter.maintainer != lastFilter.maintainer
            || filter.license != lastFilter.license || filter.arch != lastFilter.arch)
            return false;
        for (const QByteArray &old : lastTerms) {
            const bool covered = std::any_of(terms.begin(), terms.end(),
                                             [&](const QByteArray &term) { return term.contains(old); });
            if (!covered)
                return false;
        }
        return true;
    }
};

PackageSearch::PackageSearch(PackageGraph graph) : d(std::make_unique<Impl>())
{
    d->graph = std::move(graph);
    d->build();
}

PackageSearch::~PackageSearch() = default;
PackageSearch::PackageSearch(PackageSearch &&) noexcept = default;
PackageSearch &PackageSearch::operator=(PackageSearch &&) noexcept = default;

const PackageGraph &PackageSearch::graph() const
{
    return d->graph;
}

const std::vector<PackageId> &PackageSearch::search(const PackageFilter &filter)
{
    if (d->hasCache && filter == d->lastFilter)
        return d->result;
    const QList<QByteArray> terms = termsOf(filter.text);
    const Impl::AttributeIds ids = d->idsFor(filter);
    std::vector<PackageId> next;
    if (d->narrows(filter, terms)) {
        next.reserve(d->result.size());
        for (PackageId id : d->result) {
            if (d->textMatches(id, terms))
                next.push_back(id);
        }
    } else {
        const auto count = static_cast<PackageId>(d->graph.packageCount());
        next.reserve(count);
        for (PackageId id = 0; id < count; ++id) {
            if (d->matches(id, terms, ids))
                next.push_back(id);
        }
    }
    d->result.swap(next);
    d->lastFilter = filter;
    d->lastTerms = terms;
    d->hasCache = true;
    return d->result;
}

bool PackageSearch::matches(PackageId id, const PackageFilter &filter) const
{
    if (id >= static_cast<PackageId>(d->graph.packageCount()))
        return false;
    return d->matches(id, termsOf(filter.text), d->idsFor(filter));
}

int PackageSearch::compareVersions(PackageId a, PackageId b) const
{
    return versions::compare(d->graph.entry(a).versionView(), d->graph.entry(b).versionView());
}

void PackageSearch::sort(std::vector<PackageId> &ids, PackageSortKey key, bool descending) const
{
    const PackageGraph &g = d->graph;
    const auto text = [&g](PackageId id, char letter) { return g.entry(id).field(letter); };
    const auto compare = [&](PackageId a, PackageId b) -> int {
        const IndexEntry ea = g.entry(a);
        const IndexEntry eb = g.entry(b);
        int c = 0;
        switch (key) {
        case PackageSortKey::Name: break;
        case PackageSortKey::Version: c = compareVersions(a, b); break;
        case PackageSortKey::Arch: c = text(a, 'A').compare(text(b, 'A')); break;
        case PackageSortKey::Size: c = ea.size() < eb.size() ? -1 : ea.size() > eb.size(); break;
        case PackageSortKey::InstalledSize:
            c = ea.installedSize() < eb.installedSize() ? -1 : ea.installedSize() > eb.installedSize();
            break;
        case PackageSortKey::BuildTime:
            c = ea.buildTime() < eb.buildTime() ? -1 : ea.buildTime() > eb.buildTime();
            break;
        case PackageSortKey::Origin: c = text(a, 'o').compare(text(b, 'o')); break;
        case PackageSortKey::Maintainer: c = text(a, 'm').compare(text(b, 'm')); break;
        case PackageSortKey::License: c = text(a, 'L').compare(text(b, 'L')); break;
        }
        if (c == 0)
            c = ea.nameView().compare(eb.nameView());
        if (c == 0 && key != PackageSortKey::Version)
            c = compareVersions(a, b);
        if (c == 0)
            c = a < b ? -1 : a > b;
        return c;
    };
    std::sort(ids.begin(), ids.end(), [&](PackageId a, PackageId b) {
        const int c = compare(a, b);
        return descending ? c > 0 : c < 0;
    });
}

QStringList PackageSearch::origins() const
{
    return d->origin.sortedValues();
}

QStringList PackageSearch::maintainers() const
{
    return d->maintainer.sortedValues();
}

QStringList PackageSearch::licenses() const
{
    return d->license.sortedValues();
}

QStringList PackageSearch::arches() const
{
    return d->arch.sortedValues();
}

} // namespace apkdesk
