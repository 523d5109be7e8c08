// The package graph and search over the real fixture index (made by apk index), plus a
// second index to check cross-index providers and provider preference.
#include "indexes/ApkIndex.h"
#include "indexes/IndexReader.h"
#include "indexes/PackageGraph.h"
#include "indexes/PackageSearch.h"

#include "TestSupport.h"

#include <QtTest>

using namespace apkdesk;

namespace {

ApkIndex fixtureIndex()
{
    auto parsed = ApkIndex::parse(test::readFile(test::fixturePath(QStringLiteral("index-v2/APKINDEX"))));
    if (!parsed)
        qFatal("fixture index does not parse");
    return parsed.value();
}

// A second repository: an older fixture-tool, a virtual "pkgconfig" provider with two
// priorities and a library consumer.
ApkIndex extraIndex()
{
    const QByteArray text =
        "C:Q1AAAAAAAAAAAAAAAAAAAAAAAAAAA=\nP:fixture-tool\nV:3.7.0-r0\nA:x86_64\nS:1\nI:1\nT:old "
        "tool\nU:\nL:MIT\n\n"
        "C:Q1BBBBBBBBBBBBBBBBBBBBBBBBBBB=\nP:pkgconf\nV:2.1.0-r0\nA:x86_64\nS:1\nI:1\nT:pkg-config\nU:\nL:"
        "ISC\nk:100\np:pkgconfig=2.1.0\n\n"
        "C:Q1CCCCCCCCCCCCCCCCCCCCCCCCCCC=\nP:pkg-config-legacy\nV:0.29-r0\nA:x86_64\nS:1\nI:1\nT:legacy\nU:"
        "\nL:GPL\nk:10\np:pkgconfig=0.29\n\n"
        "C:Q1DDDDDDDDDDDDDDDDDDDDDDDDDDD=\nP:consumer\nV:1-r0\nA:x86_64\nS:1\nI:1\nT:uses the "
        "library\nU:\nL:MIT\n"
        "o:consumer\nD:so:libfixture.so.2 pkgconfig>=1 !fixture-conflict missing-thing fixture-tool>=9\n\n";
    auto parsed = ApkIndex::parse(text);
    if (!parsed)
        qFatal("extra index does not parse: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

QStringList namesOf(const PackageGraph &graph, const QList<PackageId> &ids)
{
    QStringList names;
    for (PackageId id : ids)
        names.append(graph.entry(id).nameVersion());
    return names;
}

PackageId byName(const PackageGraph &graph, const char *name)
{
    const QList<PackageId> ids = graph.packagesNamed(name);
    return ids.isEmpty() ? NoPackage : ids.front();
}

} // namespace

class TestPackageGraph : public QObject
{
    Q_OBJECT

private slots:
    void providersIncludeVirtualNames()
    {
        const PackageGraph graph(fixtureIndex());
        QCOMPARE(graph.packageCount(), 9);
        const QList<Provider> so = graph.providers("so:libfixture.so.2");
        QCOMPARE(so.size(), 1);
        QCOMPARE(graph.entry(so.first().package).name(), QStringLiteral("fixture-tool"));
        QCOMPARE(so.first().version, QByteArrayView("2.0.1"));
        QVERIFY(so.first().viaProvides);
        QCOMPARE(graph.providers("cmd:fl").size(), 1);
        QCOMPARE(graph.providers("pc:fixture").size(), 1);
        QCOMPARE(graph.providers("fixture-provider").first().version, QByteArrayView());
        QVERIFY(!graph.isProvided("so:libc.musl-x86_64.so.1"));
        QVERIFY(graph.allNames().contains(QStringLiteral("cmd:ftool")));
    }

    void dependenciesResolve()
    {
        const PackageGraph graph(fixtureIndex());
        const QList<ResolvedDependency> deps = graph.dependencies(byName(graph, "fixture-sha256"));
        QCOMPARE(deps.size(), 4);
        QCOMPARE(deps[0].text, QStringLiteral("fixture-tool=3.8.1-r2"));
        QCOMPARE(graph.entry(deps[0].satisfiedBy).name(), QStringLiteral("fixture-tool"));
        QVERIFY(deps[1].atom.isConflict());
        QVERIFY(!deps[1].isBroken());
        QVERIFY(!deps[1].isUnsatisfied());
        QCOMPARE(graph.entry(deps[2].satisfiedBy).name(), QStringLiteral("fixture-tool")); // cmd:fixture-tool
        QCOMPARE(graph.entry(deps[3].satisfiedBy).name(),
                 QStringLiteral("fixture-tool-dev")); // pc:fixture>=3

        const QList<ResolvedDependency> hooks = graph.dependencies(byName(graph, "fixture-hooks"));
        QCOMPARE(hooks.size(), 3);
        QCOMPARE(graph.entry(hooks[0].satisfiedBy).name(), QStringLiteral("fixture-tool")); // >=3.8
        QCOMPARE(graph.entry(hooks[1].satisfiedBy).name(), QStringLiteral("fixture-tool")); // <4
        QVERIFY(hooks[2].isBroken()); // /bin/sh: nothing in this index provides it
    }

    void reverseDependenciesAndTriggers()
    {
        const PackageGraph graph(fixtureIndex());
        const PackageId tool = byName(graph, "fixture-tool");
        QCOMPARE(namesOf(graph, graph.reverseDependencies(tool)),
                 QStringList({ QStringLiteral("fixture-hooks-0.4.0_beta3-r1"),
                               QStringLiteral("fixture-sha256-7.1.0_git20250214-r3"),
                               QStringLiteral("fixture-tool-dev-3.8.1-r2") }));
        QCOMPARE(namesOf(graph, graph.installIfTriggeredBy(tool)),
                 QStringList({ QStringLiteral("fixture-double-5.2-r0"),
                               QStringLiteral("fixture-tool-doc-3.8.1-r2") }));
        QCOMPARE(namesOf(graph, graph.installIfTriggeredBy(byName(graph, "fixture-links"))),
                 QStringList({ QStringLiteral("fixture-double-5.2-r0") }));
        const QList<ResolvedDependency> iif = graph.installIf(byName(graph, "fixture-tool-doc"));
        QCOMPARE(iif.size(), 2);
        QVERIFY(iif[0].isBroken()); // "docs" is not in this index
        QCOMPARE(graph.entry(iif[1].satisfiedBy).name(), QStringLiteral("fixture-tool"));
        QCOMPARE(graph.provides(tool).size(), 4);
        QCOMPARE(graph.provides(tool).last().name(), QStringLiteral("so:libfixture.so.2"));
    }

    void originGroups()
    {
        const PackageGraph graph(fixtureIndex());
        QCOMPARE(namesOf(graph, graph.originGroup(byName(graph, "fixture-tool-doc"))),
                 QStringList({ QStringLiteral("fixture-tool-3.8.1-r2"),
                               QStringLiteral("fixture-tool-dev-3.8.1-r2"),
                               QStringLiteral("fixture-tool-doc-3.8.1-r2") }));
        QCOMPARE(graph.packagesOfOrigin("fixture-hooks").size(), 1);
        QVERIFY(graph.packagesOfOrigin("nothing").isEmpty());
    }

    void brokenDependencies()
    {
        const PackageGraph graph(fixtureIndex());
        QStringList broken;
        for (const BrokenDependency &b : graph.brokenDependencies())
            broken.append(graph.entry(b.package).name() + QLatin1Char(':') + b.dependency);
        QCOMPARE(broken,
                 QStringList({ QStringLiteral("fixture-hooks:/bin/sh"),
                               QStringLiteral("fixture-tool:so:libc.musl-x86_64.so.1"),
                               QStringLiteral("fixture-tool-dev:pkgconfig") }));
    }

    void severalIndexesAndProviderPreference()
    {
        const PackageGraph graph(QList<ApkIndex> { fixtureIndex(), extraIndex() });
        QCOMPARE(graph.indexCount(), 2);
        QCOMPARE(graph.packageCount(), 13);
        QCOMPARE(graph.indexOf(9), 1);
        QCOMPARE(graph.rowOf(9), 0);
        QCOMPARE(graph.idOf(1, 3), PackageId(12));
        QCOMPARE(graph.idOf(2, 0), NoPackage);
        // Both fixture-tool versions; the newest first.
        QCOMPARE(namesOf(graph, graph.packagesNamed("fixture-tool")),
                 QStringList(
                     { QStringLiteral("fixture-tool-3.8.1-r2"), QStringLiteral("fixture-tool-3.7.0-r0") }));
        // pkgconfig now exists: -dev is no longer broken; the highest provider_priority wins.
        const QList<ResolvedDependency> dev = graph.dependencies(byName(graph, "fixture-tool-dev"));
        QCOMPARE(graph.entry(dev[1].satisfiedBy).name(), QStringLiteral("pkgconf"));
        QCOMPARE(dev[1].candidates.size(), 2);
        const QList<ResolvedDependency> consumer = graph.dependencies(byName(graph, "consumer"));
        QCOMPARE(graph.entry(consumer[0].satisfiedBy).name(),
                 QStringLiteral("fixture-tool")); // so: across indexes
        QCOMPARE(graph.entry(consumer[1].satisfiedBy).name(), QStringLiteral("pkgconf"));
        QVERIFY(consumer[3].isBroken());
        QVERIFY(!consumer[4].isBroken());
        QVERIFY(consumer[4].isUnsatisfied()); // fixture-tool>=9: the name exists, no version matches
        QVERIFY(consumer[4].nameProvided);
        const QList<BrokenDependency> broken = graph.brokenDependencies(true);
        QStringList texts;
        for (const BrokenDependency &b : broken)
            texts.append(b.dependency
                         + (b.nameMissing ? QStringLiteral(" (missing)") : QStringLiteral(" (version)")));
        QVERIFY(texts.contains(QStringLiteral("missing-thing (missing)")));
        QVERIFY(texts.contains(QStringLiteral("fixture-tool>=9 (version)")));
        QVERIFY(!texts.contains(QStringLiteral("pkgconfig (missing)")));
        // The older tool in the second index still provides nothing for so:.
        QCOMPARE(graph.reverseDependencies(byName(graph, "pkgconf")).size(), 2);
        QCOMPARE(graph.reverseDependencies(graph.packagesNamed("fixture-tool").last()).size(),
                 1); // hooks, through its fixture-tool<4
    }

    // The corpus README: 33,265 entries and "only 98 of 61,718 dependencies point at nothing".
    void corpusIndex()
    {
        const auto loaded = IndexReader::readFile(
            test::sharedDir() + QStringLiteral("/corpus/APKINDEX-realistic.tar.gz"), IndexReadOptions {});
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->verdictName(), QStringLiteral("unsigned"));
        QCOMPARE(loaded->index.size(), 33265);
        QCOMPARE(loaded->index.text().size(), 12188131);
        const PackageGraph graph(loaded->index);
        int dependencies = 0;
        for (PackageId id = 0; id < PackageId(graph.packageCount()); ++id) {
            for (const ResolvedDependency &dep : graph.dependencies(id))
                dependencies += dep.atom.isConflict() ? 0 : 1;
        }
        QCOMPARE(dependencies, 61718); // not counting the 54 conflicts (!name)
        QCOMPARE(graph.brokenDependencies().size(), 98);
        // Graph tables built while streaming agree with the ones built from the parsed text.
        const PackageGraph rebuilt(ApkIndex::parse(loaded->index.text()).value());
        QCOMPARE(rebuilt.brokenDependencies().size(), 98);
        QCOMPARE(rebuilt.allNames().size(), graph.allNames().size());
        const PackageId python = graph.packagesNamed("python3").value(0, NoPackage);
        QVERIFY(python != NoPackage);
        QCOMPARE(rebuilt.reverseDependencies(python).size(), graph.reverseDependencies(python).size());
        QVERIFY(graph.reverseDependencies(python).size() > 100);
    }

    void search()
    {
        PackageSearch search { PackageGraph(QList<ApkIndex> { fixtureIndex(), extraIndex() }) };
        const auto names = [&](const std::vector<PackageId> &ids) {
            QStringList list;
            for (PackageId id : ids)
                list.append(search.graph().entry(id).name());
            return list;
        };
        PackageFilter filter;
        filter.text = QStringLiteral("fix");
        QCOMPARE(search.search(filter).size(), size_t(10)); // not "consumer": depends are not searched
        filter.text = QStringLiteral("fixture-tool");
        QCOMPARE(names(search.search(filter)),
                 QStringList({ QStringLiteral("fixture-tool"), QStringLiteral("fixture-tool-dev"),
                               QStringLiteral("fixture-tool-doc"), QStringLiteral("fixture-tool") }));
        filter.text = QStringLiteral("SO:LIBFIXTURE");
        QCOMPARE(names(search.search(filter)), QStringList({ QStringLiteral("fixture-tool") }));
        filter.text = QStringLiteral("日本語");
        QCOMPARE(names(search.search(filter)), QStringList({ QStringLiteral("fixture-unicode") }));
        filter.text = QStringLiteral("DONNÉES");
        QCOMPARE(names(search.search(filter)), QStringList({ QStringLiteral("fixture-unicode") }));
        filter.text = QStringLiteral("tool program");
        QCOMPARE(search.search(filter).size(), size_t(3));
        filter.text = QStringLiteral("tool");
        filter.origin = QStringLiteral("fixture-tool");
        QCOMPARE(search.search(filter).size(), size_t(3));
        filter.origin = QStringLiteral("no-such-origin");
        QVERIFY(search.search(filter).empty());
        filter = {};
        filter.license = QStringLiteral("MIT");
        QCOMPARE(names(search.search(filter)),
                 QStringList({ QStringLiteral("fixture-tool"), QStringLiteral("consumer") }));
        QVERIFY(search.matches(0, PackageFilter {}));
        QVERIFY(search.origins().contains(QStringLiteral("fixture-tool")));
        QVERIFY(search.licenses().contains(QStringLiteral("ISC")));
        QCOMPARE(search.arches(), QStringList({ QStringLiteral("x86_64") }));
        QCOMPARE(search.maintainers(),
                 QStringList({ QStringLiteral("Fixture Builder <fixture@example.net>") }));
    }

    void incrementalSearchAgreesWithFreshSearch()
    {
        const PackageGraph graph(QList<ApkIndex> { fixtureIndex(), extraIndex() });
        PackageSearch typing(graph);
        const QString query = QStringLiteral("fixture-tool-d");
        for (qsizetype n = 0; n <= query.size(); ++n) {
            PackageFilter filter;
            filter.text = query.left(n);
            const std::vector<PackageId> incremental = typing.search(filter);
            PackageSearch fresh(graph);
            QCOMPARE(incremental, fresh.search(filter));
        }
        // Deleting characters widens again.
        PackageFilter wider;
        wider.text = QStringLiteral("fixture");
        PackageSearch fresh(graph);
        QCOMPARE(typing.search(wider), fresh.search(wider));
    }

    void sortByVersion()
    {
        PackageSearch search { PackageGraph(QList<ApkIndex> { fixtureIndex(), extraIndex() }) };
        std::vector<PackageId> ids = search.search(PackageFilter {});
        search.sort(ids, PackageSortKey::Version);
        QStringList versions;
        for (PackageId id : ids)
            versions.append(search.graph().entry(id).version());
        QCOMPARE(versions.first(), QStringLiteral("0.4.0_beta3-r1"));
        QCOMPARE(versions.last(), QStringLiteral("2024.03.15-r0"));
        QVERIFY(versions.indexOf(QStringLiteral("3.7.0-r0")) < versions.indexOf(QStringLiteral("3.8.1-r2")));
        search.sort(ids, PackageSortKey::Name);
        QCOMPARE(search.graph().entry(ids.front()).name(), QStringLiteral("consumer"));
        // Same name: the older version first.
        const int a =
            std::find_if(ids.begin(), ids.end(),
                         [&](PackageId id) {
                             return search.graph().entry(id).name() == QLatin1String("fixture-tool");
                         })
            - ids.begin();
        QCOMPARE(search.graph().entry(ids[a]).version(), QStringLiteral("3.7.0-r0"));
        search.sort(ids, PackageSortKey::Size, true);
        QCOMPARE(search.graph().entry(ids.front()).name(), QStringLiteral("fixture-tool"));
        QVERIFY(search.compareVersions(ids.front(), ids.front()) == 0);
    }
};

QTEST_GUILESS_MAIN(TestPackageGraph)
#include "tst_package_graph.moc"
