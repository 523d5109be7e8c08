// The Upload view: packages checked before anything is sent, the Set-token dialog writing to
// the REAL Secret Service (run under with-secret-service.sh) or offering session-only storage
// when there is none, and a whole upload through the GUI against the test server (behind a
// throttling relay, so per-file and overall progress are visible: screenshots are taken then).
#include "TestServerProcess.h"
#include "TestSupport.h"
#include "TestTokens.h"
#include "ThrottledProxy.h"

#include "keys/PrivateKey.h"
#include "keys/TrustStore.h"
#include "mainwindow/MainWindow.h"
#include "packages/PackageCreator.h"
#include "repositories/NetworkAccess.h"
#include "secrets/SecretStore.h"
#include "upload/ServerProfileDialog.h"
#include "upload/ServerProfileStore.h"
#include "upload/SetTokenDialog.h"
#include "upload/UploadHistoryWidget.h"
#include "upload/UploadPackageModel.h"
#include "upload/UploadView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace apkdesk;
using namespace apkdesk::test;
using namespace apkdesk::ui;
using Stage = PackageUploadState::Stage;

namespace {

QString mode()
{
    return qEnvironmentVariable("APKDESK_UPLOAD_TEST_MODE", QStringLiteral("no-backend"));
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("APKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// A signed package with `megabytes` of random (incompressible) payload.
QString makeBigPackage(const QTemporaryDir &dir, const QString &name, const QString &arch, int megabytes)
{
    const QString root = dir.filePath(name + QStringLiteral("-root/usr/share/") + name);
    QDir().mkpath(root);
    QFile payload(root + QStringLiteral("/payload.bin"));
    if (!payload.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < megabytes; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        payload.write(block);
    }
    payload.close();
    PackageMetadata metadata;
    metadata.name = name;
    metadata.version = QStringLiteral("2.4.0-r0");
    metadata.description = QStringLiteral("Screenshot package");
    metadata.arch = arch;
    metadata.license = QStringLiteral("MIT");
    metadata.buildDate = 1732780800;
    auto key = PrivateKey::load(fixturePath(QStringLiteral("keys/fixture-6b0ae07e.rsa")), {});
    if (!key)
        return {};
    const QString output = dir.filePath(name + QStringLiteral("-2.4.0-r0.apk"));
    auto created =
        PackageCreator::create(dir.filePath(name + QStringLiteral("-root")), metadata, output,
                               PackageSigning { *key, QStringLiteral("fixture-6b0ae07e.rsa.pub") });
    return created ? output : QString();
}

} // namespace

class TestUploadView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    ServerProfile saveProfile(const QUrl &url)
    {
        ServerProfile profile;
        profile.name = QStringLiteral("CI repository");
        profile.baseUrl = url;
        profile.defaults.version = QStringLiteral("v3.21");
        ServerProfileStore store;
        return store.save(profile).valueOr(ServerProfile());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("apkdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_upload_view"));
        QSettings().clear();
        // Trust folder for package checks in the view: the fixtures' trusted keys.
        TrustStore::setConfiguredDirectories({ fixturePath(QStringLiteral("keys/trusted")) });
    }

    void packagesAreCheckedFirst()
    {
        if (mode() != QLatin1String("no-backend"))
            QSKIP("runs in the no-backend pass");
        NetworkAccess network;
        SecretStore secrets;
        UploadView view(&network, &secrets, m_work.filePath(QStringLiteral("h1.json")));
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(&view, &UploadView::packagesChecked);
        view.addPackages(
            { fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")),
              fixturePath(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk")),
              fixturePath(QStringLiteral("pkgs-v2/fixture-truncated-3.0_rc2-r0.apk")),
              fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")) }); // twice: listed once
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20'000);
        QCOMPARE(view.model()->rowCount(), 3);
        const auto text = [&view](int row, int column) {
            return view.model()->index(row, column).data().toString();
        };
        QVERIFY(text(0, UploadPackageModel::CheckColumn).startsWith(QLatin1String("Trusted")));
        QCOMPARE(text(0, UploadPackageModel::PackageColumn), QStringLiteral("fixture-tool-3.8.1-r2"));
        QCOMPARE(text(1, UploadPackageModel::CheckColumn), QStringLiteral("Untrusted key"));
        QVERIFY(text(2, UploadPackageModel::CheckColumn).startsWith(QLatin1String("Broken")));
        // No server yet: nothing can be sent.
        QVERIFY(!view.uploadButton()->isEnabled());
    }

    void profileDialogRefusesUnsafeAddresses()
    {
        if (mode() != QLatin1String("no-backend"))
            QSKIP("runs in the no-backend pass");
        ServerProfileDialog dialog;
        auto *url = dialog.findChildren<QLineEdit *>().at(1); // name, address, ...
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *consent = dialog.findChild<QCheckBox *>();
        QVERIFY(url && ok && consent);
        url->setText(QStringLiteral("https://ci:hunter2@repo.example.com/"));
        QVERIFY(!ok->isEnabled());
        url->setText(QStringLiteral("http://repo.example.com/alpine/"));
        QVERIFY(!ok->isEnabled()); // plain http to another machine...
        consent->setChecked(true);
        QVERIFY(ok->isEnabled()); // ...only with the explicit consent
        consent->setChecked(false);
        url->setText(QStringLiteral("https://repo.example.com/alpine/"));
        QVERIFY(ok->isEnabled());
        const ServerProfile profile = dialog.profile();
        QCOMPARE(profile.baseUrl.toString(), QStringLiteral("https://repo.example.com/alpine"));
        QCOMPARE(profile.defaults.toString(), QStringLiteral("edge/main/x86_64"));
    }

    void noSecretServiceOffersSessionOnly()
    {
        if (mode() != QLatin1String("no-backend"))
            QSKIP("runs in the no-backend pass");
        NetworkAccess network;
        SecretStore secrets;
        bool probed = false;
        secrets.probe(this, [&probed](SecretStore::Availability) { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 30'000);
        QCOMPARE(secrets.availability(), SecretStore::Availability::Unavailable);
        const ServerProfile profile = saveProfile(QUrl(QStringLiteral("https://repo.example.com")));
        UploadView view(&network, &secrets, m_work.filePath(QStringLiteral("h2.json")));
        view.selectProfile(profile.id);
        QTRY_VERIFY(view.tokenLabel()->text().contains(QLatin1String("No keychain")));
        view.showSetTokenDialog();
        auto *dialog = view.findChild<SetTokenDialog *>();
        QVERIFY(dialog);
        const QByteArray token = TokenIssuer(QStringLiteral("k")).sign(standardClaims());
        dialog->tokenEdit()->setText(QString::fromLatin1(token));
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(dialog->sessionOnlyBox()->isVisible());
        QVERIFY(!save->isEnabled()); // not without the explicit session-only choice
        dialog->sessionOnlyBox()->setChecked(true);
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY2(view.tokenLabel()->text().contains(QLatin1String("Valid until")),
                     qPrintable(view.tokenLabel()->text()));
        QVERIFY(view.tokenLabel()->text().contains(QLatin1String("kept for this session only")));
        QCOMPARE(secrets.backend(), SecretStore::Backend::SessionOnly);
        // Nothing reached a settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(token));
    }

    void tokenDialogStoresInRealKeychain()
    {
        if (mode() != QLatin1String("keychain"))
            QSKIP("needs a real Secret Service: runs as tst_upload_view_keychain");
        NetworkAccess network;
        SecretStore secrets;
        const ServerProfile profile = saveProfile(QUrl(QStringLiteral("https://repo.example.com")));
        UploadView view(&network, &secrets, m_work.filePath(QStringLiteral("h3.json")));
        view.selectProfile(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(view.tokenLabel()->text().contains(QLatin1String("Missing")), 30'000);

        view.showSetTokenDialog();
        auto *dialog = view.findChild<SetTokenDialog *>();
        QVERIFY(dialog);
        // An expired token cannot be saved.
        TokenIssuer issuer(QStringLiteral("k"));
        dialog->tokenEdit()->setText(QString::fromLatin1(issuer.sign(standardClaims(-60))));
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        const QByteArray token = issuer.sign(standardClaims());
        dialog->tokenEdit()->setText(QString::fromLatin1(token));
        QVERIFY(save->isEnabled());
        QSignalSpy stored(dialog, &SetTokenDialog::tokenStored);
        save->click();
        QVERIFY(stored.wait(30'000));
        QTRY_VERIFY(view.tokenLabel()->text().contains(QLatin1String("Valid until")));

        // Read back through a fresh store: from the Secret Service, not from memory.
        SecretStore fresh;
        std::optional<Result<QString>> readBack;
        fresh.read(SecretStore::tokenKey(profile.id), this, [&readBack](Result<QString> r) { readBack = r; });
        QTRY_VERIFY_WITH_TIMEOUT(readBack.has_value(), 30'000);
        QVERIFY2(readBack->ok(), qPrintable(readBack->ok() ? QString() : readBack->error().toString()));
        QCOMPARE(readBack->value().toLatin1(), token);
        QCOMPARE(fresh.backend(), SecretStore::Backend::Keychain);

        // A new view (next start of the app) finds the token in the keychain.
        UploadView again(&network, &fresh, m_work.filePath(QStringLiteral("h3.json")));
        again.selectProfile(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(again.tokenLabel()->text().contains(QLatin1String("Valid until")), 30'000);
        fresh.remove(SecretStore::tokenKey(profile.id), this, [](Status) {});
    }

    void uploadThroughTheView()
    {
        if (mode() != QLatin1String("no-backend"))
            QSKIP("runs in the no-backend pass");
        TokenIssuer issuer(QStringLiteral("ci-key"));
        const QString jwks = m_work.filePath(QStringLiteral("jwks.json"));
        QVERIFY(TokenIssuer::writeJwks(jwks, { &issuer }));
        const QString signKey = copyFixture(QStringLiteral("keys/fixture-6b0ae07e.rsa"), m_work);
        QTemporaryDir root;
        TestServerProcess server;
        QVERIFY2(server.start(root.path(),
                              { QStringLiteral("--option"), QStringLiteral("upload-jwks=") + jwks,
                                QStringLiteral("--option"), QStringLiteral("upload-sign-key=") + signKey }),
                 qPrintable(server.errorString()));
        ThrottledProxy proxy(server.port(), 192 * 1024, 100);
        QVERIFY(proxy.listen());

        QTemporaryDir big;
        const QString bigA =
            makeBigPackage(big, QStringLiteral("firmware-blobs"), QStringLiteral("aarch64"), 6);
        const QString bigB =
            makeBigPackage(big, QStringLiteral("llvm-toolchain"), QStringLiteral("aarch64"), 4);
        QVERIFY(!bigA.isEmpty() && !bigB.isEmpty());

        NetworkAccess network;
        SecretStore secrets;
        const ServerProfile profile = saveProfile(proxy.url());
        MainWindow window;
        auto *view = new UploadView(&network, &secrets, m_work.filePath(QStringLiteral("h4.json")));
        window.addView(QStringLiteral("upload"), QStringLiteral("Upload"), QIcon(), view);
        window.showView(QStringLiteral("upload"));
        window.resize(1280, 760);
        window.show();
        view->selectProfile(profile.id);
        view->setSessionToken(profile.id, issuer.sign(standardClaims()));
        QSignalSpy checked(view, &UploadView::packagesChecked);
        view->addPackages({ fixturePath(QStringLiteral("pkgs-v2/fixture-tool-3.8.1-r2.apk")),
                            fixturePath(QStringLiteral("pkgs-v2/fixture-tool-doc-3.8.1-r2.apk")),
                            fixturePath(QStringLiteral("pkgs-v2/fixture-links-1.0-r0.apk")), bigA, bigB,
                            fixturePath(QStringLiteral("pkgs-v2/fixture-stranger-0.1_alpha-r0.apk")),
                            fixturePath(QStringLiteral("pkgs-v2/fixture-truncated-3.0_rc2-r0.apk")) });
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !view->model()->isChecking(), 60'000);
        QVERIFY(view->uploadButton()->isEnabled());

        QSignalSpy finished(view, &UploadView::uploadFinished);
        view->uploadButton()->click();
        // The x86_64 batch is confirmed while the big aarch64 packages are still on their way.
        const auto progressOf = [view](int row) {
            return view->model()
                ->index(row, UploadPackageModel::ProgressColumn)
                .data(UploadPackageModel::ProgressRole)
                .toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->state(0).stage == Stage::Confirmed && progressOf(3) >= 35,
                                 60'000);
        QVERIFY(view->overallProgress()->value() < 100);
        QCOMPARE(view->model()->state(5).stage, Stage::Refused);
        saveScreenshot(&window, QStringLiteral("upload-view.png"));

        QVERIFY(finished.wait(120'000));
        QVERIFY(!finished.first().first().toBool()); // the refused packages make it "not everything"
        for (int row : { 0, 1, 2, 3, 4 })
            QCOMPARE(view->model()->state(row).stage, Stage::Confirmed);
        QVERIFY(view->model()
                    ->index(3, 0)
                    .data(UploadPackageModel::ConfirmedUrlRole)
                    .toUrl()
                    .toString()
                    .endsWith(QLatin1String("/v3.21/main/aarch64/firmware-blobs-2.4.0-r0.apk")));
        view->table()->selectRow(3);
        QSignalSpy show(view, &UploadView::showPackageRequested);
        view->table()->doubleClicked(view->model()->index(3, 0));
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(1).toString(), QStringLiteral("firmware-blobs"));
        saveScreenshot(&window, QStringLiteral("upload-view-results.png"));

        QCOMPARE(view->history()->tree()->topLevelItemCount(), 1);
        view->tabs()->setCurrentIndex(1);
        view->history()->tree()->expandAll();
        saveScreenshot(&window, QStringLiteral("upload-view-history.png"));
    }
};

QTEST_MAIN(TestUploadView)
#include "tst_upload_view.moc"
