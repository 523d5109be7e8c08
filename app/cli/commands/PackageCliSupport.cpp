#include "PackageCliSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace apkdesk::cli {

void addKeysDirOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringList { QStringLiteral("keys-dir") },
        QCoreApplication::translate(
            "cli", "Trust the public keys in DIR (repeatable; replaces the configured folders)."),
        QStringLiteral("DIR")));
}

TrustStore trustFromOptions(const QCommandLineParser &parser, QTextStream &err)
{
    const QStringList given = parser.values(QStringLiteral("keys-dir"));
    QStringList dirs;
    for (const QString &dir : given)
        dirs << QDir(dir).absolutePath(); // unlike apk, relative paths mean the current folder
    TrustStore trust = dirs.isEmpty() ? TrustStore::fromSettings() : TrustStore::fromDirectories(dirs);
    for (const Error &error : trust.loadErrors())
        err << QCoreApplication::translate("cli", "warning: %1").arg(error.toString()) << "\n";
    err.flush();
    return trust;
}

} // namespace apkdesk::cli
