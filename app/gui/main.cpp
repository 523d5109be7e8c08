// apkdesk: the desktop application. This file is the composition root: it builds the
// core services and the views, and wires them together. Features live in core/ and ui/.
#include "mainwindow/MainWindow.h"

#include "common/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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
    parser.process(app);

    ui::MainWindow window;
    window.restoreState();
    window.show();
    return app.exec();
}
