// apkdesk: the desktop application. This file is the composition root: it builds the
// core services and the views, and wires them together. Features live in core/ and ui/.
#include "apkbuild/ApkbuildEditorView.h"
#include "browser/BrowserView.h"
#include "inspector/PackageInspectorView.h"
#include "keys/KeysView.h"
#include "mainwindow/MainWindow.h"

#include "common/BuildInfo.h"
#include "repositories/NetworkAccess.h"
#include "secrets/SecretStore.h"
#include "upload/UploadView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QTranslator>

using namespace apkdesk;

namespace {

void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("apkdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("apkdesk"));
    QApplication::setOrganizationName(QStringLiteral("apkdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Apkdesk"));
    QApplication::setApplicationVersion(BuildInfo::apkdeskVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.apkdesk.Apkdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/apkdesk.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Alpine package repository desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Packages, indexes or APKBUILDs to open."),
                                 QStringLiteral("[files...]"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QApplication::translate(
            "main", "Open the sample repository made by the build (its key is trusted for it only)."));
    const QCommandLineOption repositoryOption(
        QStringLiteral("repository"),
        QApplication::translate("main",
                                "Open a repository: a server root, an arch folder, an index URL or file."),
        QStringLiteral("url"));
    parser.addOption(sampleOption);
    parser.addOption(repositoryOption);
    parser.process(app);

    ui::MainWindow window;
    // One network access for the GUI thread: every view's jobs share its policy and CA files.
    auto *network = new NetworkAccess(&app);

    // The repository browser is the main view: registered first.
    auto *browser = new ui::BrowserView(network);
    window.addView(QStringLiteral("repositories"), QApplication::translate("main", "Repositories"),
                   QIcon(QStringLiteral(":/icons/view-repositories.svg")), browser);
    browser->restoreServers();

    // The package inspector: .apk files from File > Open, drag and drop and the command line.
    auto *inspector = new ui::PackageInspectorView;
    window.addView(QStringLiteral("packages"), QApplication::translate("main", "Packages"),
                   QIcon(QStringLiteral(":/icons/view-packages.svg")), inspector);
    QObject::connect(inspector, &ui::PackageInspectorView::statusMessage, &window,
                     [&window](const QString &message) { window.showStatusMessage(message); });
    const auto openPackageFiles = [&window, inspector](const QStringList &paths) {
        QStringList packages;
        for (const QString &path : paths) {
            if (ui::PackageInspectorView::isPackageFile(path))
                packages << path;
        }
        if (packages.isEmpty())
            return;
        inspector->openPackages(packages);
        window.showView(QStringLiteral("packages"));
    };
    QObject::connect(&window, &ui::MainWindow::openFilesRequested, inspector, openPackageFiles);
    // Packages downloaded in the browser (checked against the index's C:) open in the inspector.
    QObject::connect(browser, &ui::BrowserView::packagesDownloaded, inspector,
                     [&window, inspector](const QStringList &paths) {
                         inspector->openPackages(paths);
                         window.showView(QStringLiteral("packages"));
                     });
    // APKINDEX.tar.gz files from File > Open, drag and drop and the command line: the browser.
    const auto openIndexFiles = [&window, browser](const QStringList &paths) {
        for (const QString &path : paths) {
            const QString name = QFileInfo(path).fileName();
            if (name.startsWith(QLatin1String("APKINDEX")) && name.endsWith(QLatin1String(".tar.gz"))) {
                browser->openIndexFile(path);
                window.showView(QStringLiteral("repositories"));
                return; // the browser shows one index at a time
            }
        }
    };
    QObject::connect(&window, &ui::MainWindow::openFilesRequested, browser, openIndexFiles);

    // Tokens and passphrases: one keychain front for every view that needs secrets.
    auto *secrets = new SecretStore(&app);
    secrets->probe(&app, [](SecretStore::Availability) {});
    // Uploads get their own network access: a multi-GB upload needs a longer overall deadline
    // than index fetches; stalls are still caught by the inactivity timeout.
    NetworkPolicy uploadPolicy;
    uploadPolicy.overallDeadline = std::chrono::hours(24);
    auto *uploadNetwork = new NetworkAccess(uploadPolicy, &app);
    auto *upload = new ui::UploadView(uploadNetwork, secrets);
    window.addView(QStringLiteral("upload"), QApplication::translate("main", "Upload"),
                   QIcon(QStringLiteral(":/icons/view-upload.svg")), upload);
    QObject::connect(upload, &ui::UploadView::showPackageRequested, browser,
                     [&window, browser](const QUrl &archUrl, const QString &name, const QString &version) {
                         window.showView(QStringLiteral("repositories"));
                         browser->showPackage(archUrl, name, version);
                     });
    QObject::connect(upload, &ui::UploadView::statusMessage, &window,
                     [&window](const QString &message) { window.showStatusMessage(message); });

    // Signing keys: the Keys view, and "Sign with…" from the Tools menu and the inspector; the
    // inspector re-verifies the files that were signed.
    auto *keys = new ui::KeysView(secrets);
    window.addView(QStringLiteral("keys"), QApplication::translate("main", "Keys"),
                   QIcon(QStringLiteral(":/icons/view-keys.svg")), keys);
    QObject::connect(keys, &ui::KeysView::statusMessage, &window,
                     [&window](const QString &message) { window.showStatusMessage(message); });
    QObject::connect(keys, &ui::KeysView::filesSigned, inspector, [inspector](const QStringList &paths) {
        for (const QString &path : paths)
            inspector->refreshPackage(path);
    });
    QObject::connect(inspector, &ui::PackageInspectorView::signRequested, keys,
                     [keys](const QStringList &paths) { keys->signFiles(paths); });
    QAction *signAction = window.toolsMenu()->addAction(QApplication::translate("main", "&Sign with…"));
    QObject::connect(signAction, &QAction::triggered, keys, [keys] { keys->signFiles(); });

    // The APKBUILD editor: files named APKBUILD from File > Open, drag and drop and the command line.
    auto *apkbuilds = new ui::ApkbuildEditorView(network);
    window.addView(QStringLiteral("apkbuild"), QApplication::translate("main", "APKBUILDs"),
                   QIcon(QStringLiteral(":/icons/view-apkbuild.svg")), apkbuilds);
    QObject::connect(apkbuilds, &ui::ApkbuildEditorView::statusMessage, &window,
                     [&window](const QString &message) { window.showStatusMessage(message); });
    const auto openApkbuildFiles = [&window, apkbuilds](const QStringList &paths) {
        QStringList files;
        for (const QString &path : paths)
            if (ui::ApkbuildEditorView::isApkbuildFile(path))
                files << path;
        if (files.isEmpty())
            return;
        apkbuilds->openFiles(files);
        window.showView(QStringLiteral("apkbuild"));
    };
    QObject::connect(&window, &ui::MainWindow::openFilesRequested, apkbuilds, openApkbuildFiles);

    window.restoreState();
    window.show();

    if (parser.isSet(sampleOption) || parser.isSet(repositoryOption)) {
        // Binaries live in <build>/bin; the build writes the sample repository to <build>/sample-repo.
        const Status opened = parser.isSet(sampleOption)
            ? browser->openSampleRepository(QDir(QCoreApplication::applicationDirPath())
                                                .absoluteFilePath(QStringLiteral("../sample-repo")))
            : browser->openRepositoryUrl(parser.value(repositoryOption));
        window.showView(QStringLiteral("repositories"));
        if (!opened)
            window.showStatusMessage(opened.error().toString(), 0);
    }
    openIndexFiles(parser.positionalArguments());
    openPackageFiles(parser.positionalArguments());
    openApkbuildFiles(parser.positionalArguments());
    // Smoke test and startup timing (tests/ui/tst_gui_smoke.cpp): leave once the first
    // events after show() have run, with the exit code of a normal quit.
    if (qEnvironmentVariableIsSet("APKDESK_QUIT_AFTER_SHOW"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
