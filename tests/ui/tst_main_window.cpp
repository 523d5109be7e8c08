// The application frame: menus, views, About dialogs (opened without nested event loops),
// settings persistence and the French translation.
#include "about/AboutDialog.h"
#include "common/BuildInfo.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using apkdesk::BuildInfo;
using apkdesk::ui::AboutDialog;
using apkdesk::ui::MainWindow;

namespace {

// A view with unsaved work: refuses to close while `dirty`.
class DirtyView : public QLabel
{
public:
    bool dirty = true;

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (dirty)
            event->ignore();
        else
            event->accept();
    }
};

// Exposes the drop handler: synthetic drop events do not pass QApplication's drag checks.
class DroppableWindow : public MainWindow
{
public:
    using MainWindow::dropEvent;
};

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << (action->isSeparator() ? QStringLiteral("--") : action->text());
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("apkdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void init() { QSettings().clear(); }

    void menus()
    {
        MainWindow window;
        QCOMPARE(menuTitles(window),
                 (QStringList { QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Tools"),
                                QStringLiteral("&Help") }));
        QCOMPARE(actionTexts(window.fileMenu()),
                 (QStringList { QStringLiteral("&Open…"), QStringLiteral("Open &Recent"),
                                QStringLiteral("--"), QStringLiteral("&Quit") }));
        QVERIFY(!window.fileMenu()->actions().at(1)->isEnabled()); // nothing recent yet
        QCOMPARE(actionTexts(window.viewMenu()),
                 (QStringList { QStringLiteral("--"), QStringLiteral("Show &Navigation"),
                                QStringLiteral("Show &Status Bar"), QStringLiteral("&Full Screen") }));
        QCOMPARE(actionTexts(window.helpMenu()),
                 (QStringList { QStringLiteral("&About Apkdesk"), QStringLiteral("About &Qt") }));
        QCOMPARE(window.fileMenu()->actions().last()->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(window.statusBar());
        QCOMPARE(window.windowTitle(), QStringLiteral("Apkdesk"));
    }

    void viewsGoAboveTheToggles()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::currentViewChanged);
        auto *first = new QLabel(QStringLiteral("first"));
        auto *second = new QLabel(QStringLiteral("second"));
        window.addView(QStringLiteral("one"), QStringLiteral("One"), QIcon(), first);
        window.addView(QStringLiteral("two"), QStringLiteral("Two"), QIcon(), second);

        QCOMPARE(window.view(QStringLiteral("two")), second);
        QCOMPARE(window.view(QStringLiteral("missing")), nullptr);
        QCOMPARE(window.currentViewId(), QStringLiteral("one"));
        QCOMPARE(actionTexts(window.viewMenu()).mid(0, 3),
                 (QStringList { QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("--") }));
        QCOMPARE(window.viewMenu()->actions().at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        // Quit stays the last File entry.
        QCOMPARE(window.fileMenu()->actions().last()->text(), QStringLiteral("&Quit"));

        window.viewMenu()->actions().at(1)->trigger();
        QCOMPARE(window.currentViewId(), QStringLiteral("two"));
        QVERIFY(window.viewMenu()->actions().at(1)->isChecked());
        QVERIFY(!window.viewMenu()->actions().at(0)->isChecked());
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("two"));

        window.showView(QStringLiteral("one"));
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), 0);
        window.showView(QStringLiteral("nope")); // unknown ids are ignored
        QCOMPARE(window.currentViewId(), QStringLiteral("one"));
    }

    void toggles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation->isVisible());
        window.showNavigationAction()->setChecked(false);
        QVERIFY(!navigation->isVisible());
        window.showStatusBarAction()->setChecked(false);
        QVERIFY(!window.statusBar()->isVisible());
        window.showStatusBarAction()->setChecked(true);
        QVERIFY(window.statusBar()->isVisible());
    }

    void aboutDialogOpensWithoutBlocking()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // With exec() this trigger would not return until the dialog closed.
        window.helpMenu()->actions().at(0)->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());

        const QString title = dialog->findChild<QLabel *>(QStringLiteral("title"))->text();
        QVERIFY(title.contains(BuildInfo::apkdeskVersion()));
        const QString report = dialog->findChild<QPlainTextEdit *>(QStringLiteral("versions"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Qt ") + QLatin1String(qVersion())), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("OpenSSL")));
        QVERIFY(report.contains(QLatin1String("zlib")));
        QVERIFY(report.contains(QLatin1String("libarchive")));
        QVERIFY(report.contains(QLatin1String("QtKeychain")));
        QCOMPARE(report, AboutDialog::versionReport());

        // A second trigger raises the same dialog instead of stacking another.
        window.helpMenu()->actions().at(0)->trigger();
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);

        dialog->reject();
        QTRY_COMPARE(window.findChildren<AboutDialog *>().size(), 0); // deleted on close

        window.helpMenu()->actions().at(1)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String(qVersion())));
        box->close();
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
    }

    void geometryAndStateAreRemembered()
    {
        {
            MainWindow window;
            window.addView(QStringLiteral("one"), QStringLiteral("One"), QIcon(), new QLabel);
            window.addView(QStringLiteral("two"), QStringLiteral("Two"), QIcon(), new QLabel);
            window.restoreState();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(640, 480);
            window.showView(QStringLiteral("two"));
            window.showNavigationAction()->setChecked(false);
            QTRY_COMPARE(window.size(), QSize(640, 480));
            QVERIFY(window.close());
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("mainwindow/geometry")));
        QVERIFY(!settings.value(QStringLiteral("mainwindow/geometry")).toByteArray().isEmpty());

        MainWindow restored;
        restored.addView(QStringLiteral("one"), QStringLiteral("One"), QIcon(), new QLabel);
        restored.addView(QStringLiteral("two"), QStringLiteral("Two"), QIcon(), new QLabel);
        restored.restoreState();
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), QSize(640, 480));
        QCOMPARE(restored.currentViewId(), QStringLiteral("two"));
        QVERIFY(!restored.showNavigationAction()->isChecked());
    }

    // Settings are user-editable files: garbage in them must not break the window.
    void damagedSettingsAreIgnored()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("mainwindow/geometry"), QByteArray("\x01\x02garbage", 9));
        settings.setValue(QStringLiteral("mainwindow/state"), QByteArray(100000, '\xff'));
        settings.setValue(QStringLiteral("mainwindow/view"), QStringLiteral("no-such-view"));
        settings.setValue(QStringLiteral("mainwindow/showNavigation"), QStringLiteral("banana"));
        settings.setValue(QStringLiteral("mainwindow/recentFiles"), QStringLiteral("not a list"));
        settings.sync();

        MainWindow window;
        window.addView(QStringLiteral("one"), QStringLiteral("One"), QIcon(), new QLabel);
        window.restoreState();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentViewId(), QStringLiteral("one"));
        QVERIFY(window.size().width() > 200 && window.size().height() > 200);
        QVERIFY(window.recentFiles().size() <= 1);
    }

    void viewsCanRefuseToClose()
    {
        MainWindow window;
        auto *dirty = new DirtyView;
        window.addView(QStringLiteral("plain"), QStringLiteral("Plain"), QIcon(), new QLabel);
        window.addView(QStringLiteral("editor"), QStringLiteral("Editor"), QIcon(), dirty);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentViewId(), QStringLiteral("editor")); // shown to the user
        dirty->dirty = false;
        QVERIFY(window.close());
    }

    void droppedFilesAreForwarded()
    {
        DroppableWindow window;
        QSignalSpy opened(&window, &MainWindow::openFilesRequested);
        QMimeData mime;
        mime.setUrls(
            { QUrl::fromLocalFile(QStringLiteral("/tmp/a.apk")), QUrl(QStringLiteral("https://x/y.apk")) });
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        window.dropEvent(&drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toStringList(), QStringList { QStringLiteral("/tmp/a.apk") });
    }

    void recentFiles()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << dir.filePath(QStringLiteral("p%1.apk").arg(i));
            QFile file(paths.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        {
            MainWindow window;
            QSignalSpy opened(&window, &MainWindow::openFilesRequested);
            window.openFiles({ paths[0], paths[1] });
            QCOMPARE(opened.size(), 1);
            QCOMPARE(window.recentFiles(), (QStringList { paths[0], paths[1] }));
            window.openFiles(paths.mid(2)); // 10 more: the oldest fall off
            window.openFiles({ paths[5] }); // reopening moves to the top, no duplicate
            QCOMPARE(window.recentFiles().size(), 10);
            QCOMPARE(window.recentFiles().first(), paths[5]);
            QCOMPARE(window.recentFiles().count(paths[5]), 1);
            QVERIFY(!window.recentFiles().contains(paths[0]));
        }
        // Remembered across runs.
        MainWindow window;
        QCOMPARE(window.recentFiles().size(), 10);
        QSignalSpy opened(&window, &MainWindow::openFilesRequested);
        QMenu *recent = window.fileMenu()->actions().at(1)->menu();
        QVERIFY(recent);
        QVERIFY(window.fileMenu()->actions().at(1)->isEnabled());
        QVERIFY(recent->actions().first()->text().startsWith(QLatin1String("&1 p5.apk")));
        recent->actions().at(1)->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.last().at(0).toStringList().first(), window.recentFiles().first());

        // A file that disappeared is dropped and reported, not opened.
        const QString gone = window.recentFiles().at(3);
        QVERIFY(QFile::remove(gone));
        recent->actions().at(3)->trigger();
        QCOMPARE(opened.size(), 1);
        QVERIFY(!window.recentFiles().contains(gone));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("no longer exists")));

        recent->findChild<QAction *>(QStringLiteral("clearRecentFiles"))->trigger();
        QVERIFY(window.recentFiles().isEmpty());
        QVERIFY(!window.fileMenu()->actions().at(1)->isEnabled());
    }

    void openDialogDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.apk"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::openFilesRequested);
        window.fileMenu()->actions().first()->trigger(); // returns at once: open(), not exec()
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>()) && dialog->isVisible());
        dialog->setDirectory(dir.path());
        dialog->selectFile(QStringLiteral("a.apk"));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toStringList(), QStringList { path });
        QCOMPARE(window.recentFiles().first(), path);
    }

    void frenchMenus()
    {
        MainWindow window;
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/apkdesk_fr.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(menuTitles(window),
                     (QStringList { QStringLiteral("&Fichier"), QStringLiteral("A&ffichage"),
                                    QStringLiteral("&Outils"), QStringLiteral("&Aide") }));
        QCOMPARE(window.helpMenu()->actions().at(0)->text(), QStringLiteral("À &propos d’Apkdesk"));
        QCOMPARE(window.fileMenu()->actions().last()->text(), QStringLiteral("&Quitter"));
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }

    void germanMenus()
    {
        MainWindow window;
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/apkdesk_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(menuTitles(window),
                     (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                    QStringLiteral("&Werkzeuge"), QStringLiteral("&Hilfe") }));
        QCoreApplication::removeTranslator(&translator);
    }

    // Reported, not asserted: timing belongs to benchmarks, but the figure is useful in logs.
    void timeToFirstShow()
    {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.restoreState();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qInfo("main window constructed and exposed in %lld ms", timer.elapsed());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
