// apkdesk-testserver: the repository server of the test suite (see HandlerRegistry.h and
// TestServerProcess.h). Listens on 127.0.0.1 only.
#include "HandlerRegistry.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace apkdesk::testserver;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apkdesk-testserver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a folder over HTTP/1.1 on 127.0.0.1 for Apkdesk's tests."));
    parser.addHelpOption();
    const QCommandLineOption rootOption(QStringLiteral("root"), QStringLiteral("Folder to serve."),
                                        QStringLiteral("dir"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0: a free one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"), QStringLiteral("Write the port number to this file once listening."),
        QStringLiteral("file"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"), QStringLiteral("PREFIX=MODE[:count] (repeatable)."), QStringLiteral("spec"));
    const QCommandLineOption optionOption(QStringLiteral("option"),
                                          QStringLiteral("key=value for the handlers (repeatable)."),
                                          QStringLiteral("key=value"));
    parser.addOptions({ rootOption, portOption, portFileOption, faultOption, optionOption });
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(rootOption) || !QFileInfo(parser.value(rootOption)).isDir()) {
        err << "apkdesk-testserver: --root must name an existing folder\n";
        return 2;
    }
    ServerContext context;
    context.root = QFileInfo(parser.value(rootOption)).absoluteFilePath();
    context.binDir = QCoreApplication::applicationDirPath();
    for (const QString &option : parser.values(optionOption)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err << "apkdesk-testserver: --option expects key=value\n";
            return 2;
        }
        context.options.insert(option.left(equals), option.mid(equals + 1));
    }

    TestServer server(context);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        if (!server.faults().addFromSpec(spec, &error)) {
            err << "apkdesk-testserver: " << error << "\n";
            return 2;
        }
    }
    QString error;
    if (!server.listen(static_cast<quint16>(parser.value(portOption).toUInt()), &error)) {
        err << "apkdesk-testserver: cannot listen: " << error << "\n";
        return 3;
    }
    if (parser.isSet(portFileOption)) {
        // Written then renamed: a reader never sees a half-written number.
        const QString portFile = parser.value(portFileOption);
        const QString temporary = portFile + QStringLiteral(".tmp");
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QByteArray::number(server.port()) + '\n') < 0) {
            err << "apkdesk-testserver: cannot write " << temporary << "\n";
            return 3;
        }
        file.close();
        QFile::remove(portFile);
        if (!QFile::rename(temporary, portFile)) {
            err << "apkdesk-testserver: cannot write " << portFile << "\n";
            return 3;
        }
    }
    QTextStream(stdout) << "apkdesk-testserver: serving " << context.root
                        << " on http://127.0.0.1:" << server.port() << "/" << Qt::endl;
    return app.exec();
}
