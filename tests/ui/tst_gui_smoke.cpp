// Smoke test of the real application: `apkdesk` starts, builds every view, shows the main
// window and quits cleanly, in English and in French, with a fresh profile. Startup time is
// reported (not asserted: timing belongs to benchmarks).
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestGuiSmoke : public QObject
{
    Q_OBJECT

private slots:
    void startsAndQuits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("english") << QStringLiteral("en_US.UTF-8") << QStringList();
        QTest::newRow("french") << QStringLiteral("fr_FR.UTF-8") << QStringList();
        QTest::newRow("german") << QStringLiteral("de_DE.UTF-8") << QStringList();
        QTest::newRow("missing file argument")
            << QStringLiteral("en_US.UTF-8") << QStringList { QStringLiteral("/nonexistent/foo.apk") };
    }

    void startsAndQuits()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, arguments);
        const QString app = apkdesk::test::binDir() + QStringLiteral("/apkdesk");
        QVERIFY2(QFile::exists(app), "build the apkdesk target first");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LANGUAGE"), language.left(2));
        env.insert(QStringLiteral("APKDESK_QUIT_AFTER_SHOW"), QStringLiteral("1"));
        // Nothing in a smoke run may talk to the user's keyring.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/apkdesk-smoke"));

        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(app, arguments);
        QVERIFY(process.waitForStarted());
        const bool finished = process.waitForFinished(60000);
        if (!finished)
            process.kill();
        QVERIFY2(finished, "apkdesk did not quit after showing its window");
        qInfo("%s: started, showed the window and quit in %lld ms", qPrintable(language), timer.elapsed());
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("QObject::connect"), err.constData()); // a broken signal/slot wiring
        QVERIFY2(!err.contains("ASSERT"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
