// The APKBUILD editor, offscreen: tabs, the side panel models, lint that jumps to its line,
// bump, checksum refresh (local, and against apkdesk-testserver with a slow source), atomic
// saves that keep CRLF files as they are, and the unsaved-changes question on close.
// With APKDESK_SCREENSHOT_DIR set it also writes the README screenshots.
#include "apkbuild/ApkbuildDocumentWidget.h"
#include "apkbuild/ApkbuildEditorView.h"
#include "apkbuild/BumpVersionDialog.h"
#include "apkbuild/ChecksumRefreshDialog.h"
#include "apkbuild/CodeEditor.h"
#include "mainwindow/MainWindow.h"
#include "repositories/NetworkAccess.h"

#include "TestServerProcess.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::ui;

namespace {

QString copyApkbuild(const QString &dir, const QTemporaryDir &tmp)
{
    return test::copyFixture(QStringLiteral("apkbuild/") + dir, tmp) + QStringLiteral("/APKBUILD");
}

QMessageBox *openMessageBox(QWidget *parent)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>())
        if (box->isVisible())
            return box;
    return nullptr;
}

void clickButton(QMessageBox *box, QMessageBox::StandardButton which)
{
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestApkbuildEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensTabsAndPanels()
    {
        QTemporaryDir tmp;
        NetworkAccess access;
        ApkbuildEditorView view(&access);
        view.openFiles({ copyApkbuild(QStringLiteral("21-command-substitution"), tmp),
                         copyApkbuild(QStringLiteral("19-legacy-sha256-only"), tmp) });
        QCOMPARE(view.documentCount(), 2);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("fixture-cmdsubst"));
        view.openFiles({ view.document(0)->path() });
        QCOMPARE(view.documentCount(), 2);
        QCOMPARE(view.tabs()->currentIndex(), 0);

        ApkbuildDocumentWidget *doc = view.document(0);
        QAbstractItemModelTester fields(doc->fieldsView()->model());
        QAbstractItemModelTester sources(doc->sourcesView()->model());
        QAbstractItemModelTester lint(doc->lintView()->model());
        const auto shortItems = doc->fieldsView()->findItems(QStringLiteral("_short"), Qt::MatchExactly);
        QCOMPARE(shortItems.size(), 1);
        QVERIFY(shortItems.front()->text(1).startsWith(QStringLiteral("✖")));
        QVERIFY(doc->sourcesView()->topLevelItem(0)->text(0).startsWith(QStringLiteral("✖")));

        // Lint results jump to their line.
        ApkbuildDocumentWidget *legacy = view.document(1);
        QListWidget *lintList = legacy->lintView();
        QListWidgetItem *deprecated = nullptr;
        for (int i = 0; i < lintList->count(); ++i)
            if (lintList->item(i)->data(Qt::UserRole).toInt() == 21)
                deprecated = lintList->item(i);
        QVERIFY(deprecated);
        emit lintList->itemActivated(deprecated);
        QCOMPARE(legacy->editor()->textCursor().blockNumber(), 20);

        // Typing updates the panels and marks the tab.
        QVERIFY(!legacy->isModified());
        legacy->editor()->moveCursor(QTextCursor::Start);
        legacy->editor()->insertPlainText(QStringLiteral("_extra=1\n"));
        QVERIFY(legacy->isModified());
        QTRY_VERIFY(!legacy->fieldsView()->findItems(QStringLiteral("_extra"), Qt::MatchExactly).isEmpty());
        QVERIFY(view.tabs()->tabText(1).endsWith(QStringLiteral(" *")));
    }

    void crlfFileKeepsItsBytes()
    {
        QTemporaryDir tmp;
        const QString path = copyApkbuild(QStringLiteral("20-crlf"), tmp);
        const QByteArray original = test::readFile(path);
        NetworkAccess access;
        ApkbuildEditorView view(&access);
        view.openFiles({ path });
        ApkbuildDocumentWidget *doc = view.document(0);
        QVERIFY(!doc->isModified());
        QVERIFY(doc->save());
        QCOMPARE(test::readFile(path), original);
        doc->editor()->moveCursor(QTextCursor::End);
        doc->editor()->insertPlainText(QStringLiteral("# end\n"));
        QVERIFY(doc->save());
        QCOMPARE(test::readFile(path), original + "# end\r\n");
    }

    void bumpVersion()
    {
        QTemporaryDir tmp;
        NetworkAccess access;
        ApkbuildEditorView view(&access);
        view.openFiles({ copyApkbuild(QStringLiteral("04-remote-basic"), tmp) });
        ApkbuildDocumentWidget *doc = view.document(0);
        view.bumpCurrent();
        auto *dialog = doc->findChild<BumpVersionDialog *>();
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->setText(QStringLiteral("not a version!"));
        QVERIFY(dialog->result().isEmpty());
        edit->setText(QStringLiteral("1.3.0"));
        QVERIFY(!dialog->result().isEmpty());
        dialog->accept();
        QCOMPARE(doc->apkbuild().pkgver(), QStringLiteral("1.3.0"));
        QCOMPARE(doc->apkbuild().pkgrel(), QStringLiteral("0"));
        QVERIFY(doc->isModified());
        doc->editor()->undo();
        QTRY_COMPARE(doc->apkbuild().pkgver(), QStringLiteral("1.2.0"));
    }

    void refreshLocalChecksumsAndSave()
    {
        QTemporaryDir tmp;
        const QString path = copyApkbuild(QStringLiteral("03-local-patches"), tmp);
        NetworkAccess access;
        ApkbuildEditorView view(&access);
        view.setCacheDir(tmp.filePath(QStringLiteral("distfiles")));
        view.openFiles({ path });
        ChecksumRefreshDialog *dialog = view.document(0)->refreshChecksums();
        QSignalSpy finished(dialog->refresh(), &ChecksumRefresh::finished);
        QVERIFY(finished.wait(20'000));
        QAbstractItemModelTester rows(dialog->table()->model());
        QCOMPARE(dialog->table()->rowCount(), 4);
        QVERIFY(dialog->diffText().contains(
            QStringLiteral("+aa1a6da129c136f6921c3d7909d29f5494d3ca4495d71b6b71299680cde541a2")));
        QPushButton *applySave = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Apply and Save"))
                applySave = button;
        QVERIFY(applySave && applySave->isEnabled());
        QTest::mouseClick(applySave, Qt::LeftButton);
        QCOMPARE(test::readFile(path),
                 test::readFile(
                     test::fixturePath(QStringLiteral("apkbuild/03-local-patches/APKBUILD.after-checksum"))));
        QVERIFY(!view.document(0)->isModified());
    }

    // Against the test server: one source fails (404) and offers Retry, which succeeds.
    void refreshWithServerAndRetry()
    {
        QTemporaryDir www;
        test::TestServerProcess server;
        QVERIFY2(server.start(www.path()), qPrintable(server.errorString()));
        QTemporaryDir tmp;
        const QString path = copyApkbuild(QStringLiteral("04-remote-basic"), tmp);
        writeFile(path,
                  test::readFile(path).replace("https://download.fixtures.example.net",
                                               server.url().toString().toUtf8()));
        writeFile(www.path() + QStringLiteral("/basic/fixture-basic-1.2.0.tar.gz"),
                  test::readFile(test::fixturePath(
                      QStringLiteral("apkbuild/_remote/04-remote-basic/fixture-basic-1.2.0.tar.gz"))));
        QVERIFY(server.setFault(QStringLiteral("/basic/"), QStringLiteral("status:404"), 1));
        NetworkAccess access;
        ApkbuildEditorView view(&access);
        view.setCacheDir(tmp.filePath(QStringLiteral("distfiles")));
        view.openFiles({ path });
        ChecksumRefreshDialog *dialog = view.document(0)->refreshChecksums();
        QSignalSpy finished(dialog->refresh(), &ChecksumRefresh::finished);
        QVERIFY(finished.wait(20'000));
        QVERIFY(dialog->table()->item(0, 4)->text().contains(QStringLiteral("404")));
        auto *retry = qobject_cast<QPushButton *>(dialog->table()->cellWidget(0, 5));
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        QVERIFY(dialog->table()->item(0, 4)->text().startsWith(QStringLiteral("Done")));
        QVERIFY(dialog->diffText().contains(QStringLiteral("up to date")));
    }

    // The main window asks before losing work; Cancel keeps everything, Discard closes.
    void unsavedChangesOnClose()
    {
        QTemporaryDir tmp;
        NetworkAccess access;
        MainWindow window;
        auto *view = new ApkbuildEditorView(&access);
        window.addView(QStringLiteral("apkbuild"), QStringLiteral("APKBUILDs"), QIcon(), view);
        window.show();
        view->openFiles({ copyApkbuild(QStringLiteral("02-openrc-local"), tmp) });
        view->document(0)->editor()->insertPlainText(QStringLiteral("# edit\n"));
        QVERIFY(!window.close());
        QMessageBox *box = openMessageBox(view);
        QVERIFY(box);
        clickButton(box, QMessageBox::Cancel);
        QVERIFY(window.isVisible());
        QVERIFY(view->document(0)->isModified());
        QVERIFY(!window.close());
        box = openMessageBox(view);
        QVERIFY(box);
        clickButton(box, QMessageBox::Discard);
        QTRY_VERIFY(!window.isVisible());
    }

    void closingAModifiedTabAsks()
    {
        QTemporaryDir tmp;
        const QString path = copyApkbuild(QStringLiteral("02-openrc-local"), tmp);
        NetworkAccess access;
        ApkbuildEditorView view(&access);
        view.openFiles({ path });
        view.document(0)->editor()->insertPlainText(QStringLiteral("# saved on close\n"));
        view.closeTab(0);
        QMessageBox *box = openMessageBox(&view);
        QVERIFY(box);
        clickButton(box, QMessageBox::Save);
        QTRY_COMPARE(view.documentCount(), 0);
        QVERIFY(test::readFile(path).startsWith("# saved on close\n"));
    }

    void screenshots()
    {
        const QString outDir = qEnvironmentVariable("APKDESK_SCREENSHOT_DIR");
        if (outDir.isEmpty())
            QSKIP("set APKDESK_SCREENSHOT_DIR to write the README screenshots");
        QTemporaryDir tmp;
        QTemporaryDir www;
        test::TestServerProcess server;
        QVERIFY(server.start(www.path()));
        const QString path = copyApkbuild(QStringLiteral("30-full-daemon"), tmp);
        writeFile(path, test::readFile(path).replace("https://github.com", server.url().toString().toUtf8()));
        writeFile(www.path() + QStringLiteral("/fixture-org/FixtureServer/archive/refs/tags/v2.8.14.tar.gz"),
                  test::readFile(test::fixturePath(
                      QStringLiteral("apkbuild/_remote/30-full-daemon/FixtureServer-2.8.14.tar.gz"))));
        writeFile(www.path()
                      + QStringLiteral("/fixture-org/FixtureServer-testdata/archive/"
                                       "9c4e1b7a2f6d8e0c3b5a7f9e1d2c4b6a8f0e2d4c.tar.gz"),
                  test::readFile(test::fixturePath(QStringLiteral(
                      "apkbuild/_remote/30-full-daemon/fixture-server-testdata-9c4e1b7a2f6d.tar.gz"))));
        NetworkAccess access;
        MainWindow window;
        auto *view = new ApkbuildEditorView(&access);
        view->setCacheDir(tmp.filePath(QStringLiteral("distfiles")));
        window.addView(QStringLiteral("apkbuild"), QStringLiteral("APKBUILDs"), QIcon(), view);
        window.resize(1280, 800);
        window.show();
        window.showView(QStringLiteral("apkbuild"));
        view->openFiles({ copyApkbuild(QStringLiteral("21-command-substitution"), tmp), path });
        // The editor: a file whose source list depends on a command substitution (marked, not run).
        view->tabs()->setCurrentIndex(0);
        view->document(0)->editor()->goToLine(5);
        QTest::qWait(200);
        QVERIFY(window.grab().save(outDir + QStringLiteral("/apkbuild-editor.png")));
        ApkbuildDocumentWidget *doc = view->document(1);
        view->tabs()->setCurrentIndex(1);
        doc->editor()->goToLine(31);

        QVERIFY(server.setFault(QStringLiteral("/fixture-org/FixtureServer-testdata/"),
                                QStringLiteral("slow"), -1, QStringLiteral("interval=40")));
        ChecksumRefreshDialog *dialog = doc->refreshChecksums();
        dialog->resize(960, 560);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->refresh()->sources()[1].received > 40
                                     && dialog->refresh()->sources()[0].phase == ChecksumRefresh::Phase::Done,
                                 20'000);
        QPixmap shot = window.grab();
        const QPixmap dialogShot = dialog->grab();
        QPainter painter(&shot);
        const QPoint at((shot.width() - dialogShot.width()) / 2, (shot.height() - dialogShot.height()) / 2);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap(at, dialogShot);
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawRect(QRect(at, dialogShot.size()).adjusted(-1, -1, 0, 0));
        painter.end();
        QVERIFY(shot.save(outDir + QStringLiteral("/apkbuild-checksum-refresh.png")));
        dialog->refresh()->cancel();
    }
};

QTEST_MAIN(TestApkbuildEditor)
#include "tst_apkbuild_editor.moc"
