#include "../core/packages/ApkTestBuilder.h"
#include "TestSupport.h"

#include "inspector/PackageFileModel.h"
#include "inspector/PackageFilesPanel.h"
#include "inspector/PackageInspectorView.h"
#include "inspector/PackageOverviewPanel.h"
#include "inspector/PackagePage.h"
#include "inspector/PackageScriptsPanel.h"
#include "inspector/PackageSignaturePanel.h"
#include "inspector/SignatureTableModel.h"
#include "inspector/VerdictBadge.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::ui;

namespace {

QJsonArray expectedPackages()
{
    QFile file(test::fixturePath(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("packages_v2")).toArray();
}

int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int rows = model->rowCount(parent);
    for (int i = 0, n = model->rowCount(parent); i < n; ++i)
        rows += countRows(model, model->index(i, 0, parent));
    return rows;
}

} // namespace

class TestPackageInspector : public QObject
{
    Q_OBJECT

private slots:
    void opensEveryFixturePackage()
    {
        PackageInspectorView view;
        view.setTrustDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        view.resize(1100, 760);
        view.show();
        const QJsonArray packages = expectedPackages();
        QVERIFY(!packages.isEmpty());
        QStringList paths;
        for (const QJsonValue &value : packages)
            paths << test::fixturePath(value.toObject().value(QStringLiteral("file")).toString());
        QSignalSpy verified(&view, &PackageInspectorView::packageVerified);
        view.openPackages(paths);
        QCOMPARE(view.packageCount(), paths.size());
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), paths.size(), 30000);

        for (int i = 0; i < packages.size(); ++i) {
            const QJsonObject expected = packages.at(i).toObject();
            PackagePage *page = view.pageFor(paths.at(i));
            QVERIFY(page);
            QVERIFY(!page->isBusy());
            QCOMPARE(page->package().verdict.name(), expected.value(QStringLiteral("verdict")).toString());
            QCOMPARE(page->badge()->tone(), VerdictBadge::toneFor(page->package().verdict.kind));
            const QJsonValue c = expected.value(QStringLiteral("expected_C"));
            if (c.isString())
                QCOMPARE(page->signature()->identityText(), c.toString());

            // Every model the page shows, through the model tester.
            QAbstractItemModelTester files(page->files()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxy(page->files()->proxy(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester signatures(page->signature()->signatureModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester relations(page->overview()->relationsTree()->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(page->signature()->signatureModel()->rowCount(),
                     expected.value(QStringLiteral("signatures")).toArray().size());
            const QJsonValue entries = expected.value(QStringLiteral("data_entries"));
            if (entries.isArray())
                QCOMPARE(page->files()->model()->entryCount(), entries.toArray().size());
        }
    }

    void overviewFilesScriptsAndSignature()
    {
        PackageInspectorView view;
        view.setTrustDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        const QString hooks = test::fixturePath(QStringLiteral("pkgs-v2/fixture-hooks-0.4.0_beta3-r1.apk"));
        const QString links = test::fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk"));
        view.openPackages({ hooks, links });
        QTRY_VERIFY(!view.pageFor(hooks)->isBusy() && !view.pageFor(links)->isBusy());

        PackagePage *page = view.pageFor(hooks);
        QCOMPARE(page->title(), QStringLiteral("fixture-hooks-0.4.0_beta3-r1"));
        QCOMPARE(page->overview()->fieldText(tr("Build date")),
                 PackageOverviewPanel::formatBuildDate(page->package().pkgInfo.buildDate()));
        QVERIFY(page->overview()->fieldText(tr("Installed size")).contains(QLatin1String("136")));
        QTreeWidget *relations = page->overview()->relationsTree();
        QVERIFY(relations->topLevelItemCount() >= 2);
        QVERIFY(relations->topLevelItem(0)->text(0).startsWith(QLatin1String("Depends")));

        // .PKGINFO + seven scripts, .post-deinstall second as in the tar.
        QListWidget *scripts = page->scripts()->list();
        QCOMPARE(scripts->count(), 8);
        QVERIFY(scripts->item(1)->text().startsWith(QLatin1String(".post-deinstall")));
        scripts->setCurrentRow(2);
        QVERIFY(page->scripts()->viewer()->toPlainText().startsWith(QLatin1String("#!")));
        QVERIFY(page->scripts()->viewer()->isReadOnly());

        // Filter: folders stay when something below matches.
        PackagePage *linksPage = view.pageFor(links);
        QSortFilterProxyModel *proxy = linksPage->files()->proxy();
        const int all = countRows(proxy);
        linksPage->files()->filterEdit()->setText(QStringLiteral("private/settings"));
        QCOMPARE(countRows(proxy), 5); // usr, share, fixture-links, private, settings
        linksPage->files()->filterEdit()->clear();
        QCOMPARE(countRows(proxy), all);
        QVERIFY(linksPage->signature()->dataHashText().contains(QLatin1String("matches")));
    }

    void tamperedFileShowsMismatch()
    {
        PackageInspectorView view;
        view.setTrustDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        const QString tampered = test::fixturePath(QStringLiteral("pkgs-v2/fixture-tampered-2.2.2-r5.apk"));
        view.openPackages({ tampered });
        QTRY_VERIFY(!view.pageFor(tampered)->isBusy());
        PackagePage *page = view.pageFor(tampered);
        QCOMPARE(page->badge()->tone(), VerdictBadge::Tone::Bad);
        QVERIFY(page->signature()->dataHashText().contains(QLatin1String("MISMATCH")));
        const PackageFileModel *model = page->files()->model();
        QModelIndexList bad = model->match(model->index(0, 0), PackageFileModel::ChecksumStateRole,
                                           int(DataEntry::Checksum::Mismatch), -1, Qt::MatchRecursive);
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad.first().data(PackageFileModel::PathRole).toString(),
                 QStringLiteral("usr/share/fixture-tampered/payload.txt"));
    }

    void reopenRefreshAndSign()
    {
        QTemporaryDir dir;
        const QString copy = test::copyFixture(QStringLiteral("pkgs-v2/fixture-unsigned-1.1_p3-r0.apk"), dir);
        PackageInspectorView view;
        view.setTrustDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        QSignalSpy verified(&view, &PackageInspectorView::packageVerified);
        view.openPackages({ copy });
        QTRY_COMPARE(verified.count(), 1);
        QCOMPARE(view.currentPage()->package().verdict.kind, PackageVerdict::Kind::Unsigned);
        view.openPackages({ copy }); // the same file again: no second tab
        QCOMPARE(view.packageCount(), 1);
        QTRY_COMPARE(verified.count(), 2);

        // Replace the file with a signed one, as "Sign with…" would, then refresh.
        QFile::remove(copy);
        QVERIFY(QFile::copy(test::fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")), copy));
        view.refreshPackage(copy);
        QTRY_COMPARE(verified.count(), 3);
        QCOMPARE(view.currentPage()->package().verdict.kind, PackageVerdict::Kind::Trusted);

        QSignalSpy sign(&view, &PackageInspectorView::signRequested);
        view.currentPage()->signature()->signRequested();
        QCOMPARE(sign.count(), 1);
        QCOMPARE(sign.first().first().toStringList(), QStringList { copy });
        view.closePackage(0);
        QCOMPARE(view.packageCount(), 0);
    }

    void directoryAndV3()
    {
        QTemporaryDir dir;
        PackageInspectorView view;
        const QString v3 = test::fixturePath(QStringLiteral("pkgs-v3/fixture-v3-deflate-1.4.0-r0.apk"));
        QSignalSpy verified(&view, &PackageInspectorView::packageVerified);
        view.openPackages({ dir.path(), v3 });
        QTRY_COMPARE(verified.count(), 2);
        QCOMPARE(view.pageFor(dir.path())->package().verdict.kind, PackageVerdict::Kind::Unreadable);
        QCOMPARE(view.pageFor(v3)->package().verdict.kind, PackageVerdict::Kind::ApkV3);
        QCOMPARE(view.pageFor(v3)->title(), QStringLiteral("fixture-v3-deflate-1.4.0-r0"));
        QCOMPARE(view.pageFor(v3)->overview()->fieldText(QStringLiteral("Architecture")),
                 QStringLiteral("x86_64"));
        QCOMPARE(view.pageFor(v3)->badge()->tone(), VerdictBadge::Tone::Neutral);
    }

    void largePackageCanBeCancelled()
    {
        QTemporaryDir dir;
        // ~64 MB of poorly compressible content, so reading it takes a while.
        QByteArray content(64 * 1024 * 1024, '\0');
        quint32 x = 12345;
        for (char &c : content) {
            x = x * 1103515245u + 12345u;
            c = char(x >> 24);
        }
        const test::PackageParts parts = test::buildPackage({ test::TarItem("big.bin", content) });
        content.clear();
        const QString path = dir.filePath(QStringLiteral("big.apk"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(parts.whole());
        file.close();
        PackageInspectorView view;
        view.setTrustDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        view.openPackages({ path });
        PackagePage *page = view.currentPage();
        QVERIFY(page->isBusy());
        page->cancel();
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(page->package().verdict.kind, PackageVerdict::Kind::Cancelled);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 60000);
        QCOMPARE(page->package().verdict.kind, PackageVerdict::Kind::Trusted);
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("APKDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set APKDESK_SCREENSHOT_DIR to write the documentation screenshots");
        QDir().mkpath(out);
        PackageInspectorView view;
        view.setTrustDirectories({ test::fixturePath(QStringLiteral("keys/trusted")) });
        view.resize(1100, 720);
        view.show();
        const QStringList files = { QStringLiteral("pkgs-v2/fixture-hooks-0.4.0_beta3-r1.apk"),
                                    QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk"),
                                    QStringLiteral(
                                        "pkgs-v2/variants/fixture-hooks-0.4.0_beta3-r1.naive-resign.apk"),
                                    QStringLiteral("pkgs-v2/fixture-tampered-2.2.2-r5.apk") };
        QStringList paths;
        for (const QString &file : files)
            paths << test::fixturePath(file);
        QSignalSpy verified(&view, &PackageInspectorView::packageVerified);
        view.openPackages(paths);
        QTRY_COMPARE(verified.count(), paths.size());
        auto shot = [&](const QString &path, int tab, const QString &name) {
            PackagePage *page = view.pageFor(path);
            view.findChild<QTabWidget *>()->setCurrentWidget(page);
            page->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            QVERIFY(view.grab().save(out + QLatin1Char('/') + name));
        };
        shot(paths.at(0), 0, QStringLiteral("inspector-overview.png"));
        view.pageFor(paths.at(1))->files()->view()->expandAll();
        shot(paths.at(1), 1, QStringLiteral("inspector-files.png"));
        view.pageFor(paths.at(0))->scripts()->list()->setCurrentRow(2);
        shot(paths.at(0), 2, QStringLiteral("inspector-scripts.png"));
        shot(paths.at(0), 3, QStringLiteral("inspector-signature-trusted.png"));
        shot(paths.at(2), 3, QStringLiteral("inspector-signature-bad.png"));
        view.pageFor(paths.at(3))->files()->filterEdit()->setText(QStringLiteral("payload"));
        shot(paths.at(3), 1, QStringLiteral("inspector-tampered-files.png"));
    }
};

QTEST_MAIN(TestPackageInspector)
#include "tst_package_inspector.moc"
