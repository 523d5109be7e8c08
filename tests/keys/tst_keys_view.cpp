// The Keys view, key generation and "Sign with…" on the offscreen platform, driven like a
// user would. With APKDESK_SCREENSHOT_DIR set, also writes keys-view.png and sign-dialog.png.
#include "TestSupport.h"

#include "keys/GenerateKeyDialog.h"
#include "keys/KeyListModel.h"
#include "keys/KeysView.h"
#include "keys/PassphraseDialog.h"
#include "keys/SignDialog.h"
#include "keys/TrustStore.h"
#include "packages/PackageReader.h"
#include "secrets/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::ui;

class TestKeysView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keys;
    KeyRing::Folders m_folders;

    void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("APKDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_keys = test::copyFixture(QStringLiteral("keys"), m_dir);
        // Our key folder holds A (plain) and B (encrypted); the stranger is only a public key.
        QFile::remove(m_keys + QStringLiteral("/fixture-stranger-6b0ae084.rsa"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("mytrust")));
        m_folders.privateKeyDirs = { m_keys };
        m_folders.trustedDirs = { m_keys + QStringLiteral("/trusted"), m_keys + QStringLiteral("/all-pub"),
                                  m_dir.filePath(QStringLiteral("mytrust")) };
    }

    void modelPassesTheTester()
    {
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(KeyRing(m_folders).entries());
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data(Qt::ToolTipRole).isValid());
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void listsAndTrustsKeys()
    {
        KeysView view(nullptr);
        QSignalSpy refreshed(&view, &KeysView::refreshed);
        view.setFolders(m_folders);
        QVERIFY(refreshed.wait(10000));
        view.resize(1100, 520);
        view.show();
        QCOMPARE(view.model()->rowCount(), 3);

        // Find the stranger (public only, trusted in all-pub) and A (private here, trusted).
        int stranger = -1;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const KeyEntry *e = view.model()->entryAt(row);
            if (e->name.startsWith(QLatin1String("fixture-stranger")))
                stranger = row;
            if (e->name == QLatin1String("fixture-6b0ae081.rsa.pub")) {
                QVERIFY(e->hasPrivate());
                QVERIFY(e->privateEncrypted);
                QCOMPARE(view.model()->index(row, KeyListModel::PrivateColumn).data().toString(),
                         QStringLiteral("Yes, encrypted"));
            }
        }
        QVERIFY(stranger >= 0);
        QCOMPARE(view.model()->index(stranger, KeyListModel::PrivateColumn).data().toString(),
                 QStringLiteral("No"));
        saveScreenshot(view.window(), QStringLiteral("keys-view.png"));

        // Untrust the stranger (removes it from all-pub), then trust it again (into mytrust).
        view.table()->selectRow(0);
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const QModelIndex index = view.table()->model()->index(row, 0);
            if (index.data().toString().startsWith(QLatin1String("fixture-stranger")))
                view.table()->selectRow(row);
        }
        QVERIFY(view.currentEntry()->name.startsWith(QLatin1String("fixture-stranger")));
        QVERIFY(view.currentEntry()->isTrusted());
        view.toggleTrust();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!QFileInfo::exists(m_keys + QStringLiteral("/all-pub/fixture-stranger-6b0ae084.rsa.pub")));
        // Once untrusted and without a private key, the stranger is gone from the list.
        QCOMPARE(view.model()->rowCount(), 2);
    }

    void generatesAKeyOffTheGuiThread()
    {
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::SessionOnly);
        const QString folder = m_dir.filePath(QStringLiteral("generated"));
        GenerateKeyDialog dialog(&secrets);
        dialog.setKeyFolder(folder);
        QSignalSpy generated(&dialog, &GenerateKeyDialog::keyGenerated);
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("gui@example.org"));
        auto *bits = dialog.findChild<QComboBox *>(QStringLiteral("bits"));
        bits->setCurrentIndex(bits->findData(2048));
        dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(QStringLiteral("gui-pass"));
        dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("typo"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // passphrases differ
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))
                    ->text()
                    .contains(QLatin1String("do not match")));
        dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("gui-pass"));
        QVERIFY(ok->isEnabled());
        dialog.findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
        ok->click();
        QVERIFY(dialog.isGenerating() || generated.count() == 1);
        QVERIFY(generated.count() == 1 || generated.wait(60000));
        const auto pair = generated.first().first().value<GeneratedKeyPair>();
        QVERIFY(QFileInfo(pair.privatePath).fileName().startsWith(QLatin1String("gui@example.org-")));
        QVERIFY(test::readFile(pair.privatePath).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

        // The passphrase went to the (session) secret store under the key's fingerprint.
        bool read = false;
        QString remembered;
        secrets.read(SecretStore::passphraseKey(pair.fingerprint), this, [&](Result<QString> r) {
            read = true;
            remembered = r.ok() ? *r : QString();
        });
        QTRY_VERIFY(read);
        QCOMPARE(remembered, QStringLiteral("gui-pass"));
    }

    void signsWithAnEncryptedKey()
    {
        QTemporaryDir work;
        const QStringList files = {
            test::copyFixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"), work),
            test::copyFixture(QStringLiteral("pkgs-v2/fixture-unsigned-1.1_p3-r0.apk"), work),
            test::copyFixture(QStringLiteral("index-v2/variants/APKINDEX-unsigned.tar.gz"), work),
            test::copyFixture(QStringLiteral("pkgs-v2/fixture-tampered-2.2.2-r5.apk"), work)
        };
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::SessionOnly);
        QWidget parent;
        SignDialog dialog(&secrets, &parent);
        dialog.setKeyRingFolders(m_folders);
        dialog.setFiles(files);
        dialog.selectKey(QStringLiteral("fixture-6b0ae081.rsa.pub"));
        dialog.setDigest(SignatureDigest::Sha256);
        dialog.resize(700, 460);
        dialog.show();

        // First a wrong passphrase, then the right one (remembered).
        int asked = 0;
        connect(dialog.passphraseProvider(), &DialogPassphraseProvider::dialogShown, this,
                [&asked](PassphraseDialog *prompt) {
                    ++asked;
                    if (asked == 2)
                        QVERIFY(prompt->findChild<QLabel *>(QStringLiteral("passphraseError")) != nullptr);
                    prompt->findChild<QLineEdit *>(QStringLiteral("passphrase"))
                        ->setText(asked == 1 ? QStringLiteral("wrong")
                                             : QStringLiteral("fixture-passphrase"));
                    prompt->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
                    QMetaObject::invokeMethod(prompt, &QDialog::accept, Qt::QueuedConnection);
                });
        QSignalSpy finished(&dialog, &SignDialog::signingFinished);
        QSignalSpy signedFiles(&dialog, &SignDialog::filesSigned);
        dialog.findChild<QPushButton *>(QStringLiteral("sign"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(asked, 2);
        QCOMPARE(dialog.results().size(), 4);
        QCOMPARE(signedFiles.count(), 1);
        QCOMPARE(signedFiles.first().first().toStringList(), files.mid(0, 3));
        QVERIFY(!dialog.results().last().ok);
        QVERIFY(dialog.results().last().message.contains(QLatin1String("datahash")));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QLatin1String("1 failed")));
        saveScreenshot(&dialog, QStringLiteral("sign-dialog.png"));

        PackageReader::Options options;
        options.trust = TrustStore::fromDirectories({ test::fixturePath(QStringLiteral("keys/trusted-b")) });
        for (int i = 0; i < 2; ++i) {
            const auto package = PackageReader::read(files.at(i), options);
            QVERIFY(package.ok());
            QCOMPARE(package->verdict.kind, PackageVerdict::Kind::Trusted);
            QCOMPARE(package->verdict.digest, DigestAlgorithm::Sha256);
        }

        // Signing again: the remembered passphrase is used, no dialog, and B's signature is
        // replaced rather than added twice.
        dialog.findChild<QPushButton *>(QStringLiteral("sign"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(asked, 2);
        const auto again = PackageReader::read(files.at(0), options);
        QCOMPARE(again->signatures.size(), size_t(2)); // B (new) + A (abuild's)
    }

    void offersSessionOnlyStorageWithoutASecretService()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/apkdesk-test-bus");
        SecretStore secrets;
        KeysView view(&secrets);
        view.setFolders(m_folders);
        view.show();
        auto *banner = view.findChild<QWidget *>(QStringLiteral("secretBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        bool probed = false;
        secrets.probe(this, [&probed](SecretStore::Availability) { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 30000);
        QCOMPARE(secrets.availability(), SecretStore::Availability::Unavailable);
        QVERIFY(banner->isVisible());
        view.findChild<QPushButton *>(QStringLiteral("sessionOnly"))->click();
        QCOMPARE(secrets.backend(), SecretStore::Backend::SessionOnly);
        QVERIFY(!banner->isVisible());
    }

    void cancellingThePassphraseSignsNothing()
    {
        QTemporaryDir work;
        const QString file = test::copyFixture(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk"), work);
        const QByteArray before = test::readFile(file);
        SignDialog dialog(nullptr);
        dialog.setKeyRingFolders(m_folders);
        dialog.setFiles({ file });
        dialog.selectKey(QStringLiteral("fixture-6b0ae081.rsa.pub"));
        connect(dialog.passphraseProvider(), &DialogPassphraseProvider::dialogShown, this,
                [](PassphraseDialog *prompt) {
                    QMetaObject::invokeMethod(prompt, &QDialog::reject, Qt::QueuedConnection);
                });
        dialog.startSigning();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY(status->text().contains(QLatin1String("Not signed")));
        QCOMPARE(test::readFile(file), before);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("sign"))->isEnabled());
    }
};

QTEST_MAIN(TestKeysView)
#include "tst_keys_view.moc"
