#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace apkdesk::test {

// ../shared (fixtures and corpus), read-only: copy before changing anything.
QString sharedDir();
QString fixturePath(const QString &relative);
// Folder with the built binaries (apkdesk-cli, the test server).
QString binDir();
QString sourceDir();

// Copies a fixture file or folder into `dir` and makes the copy writable.
QString copyFixture(const QString &relative, const QTemporaryDir &dir);

QByteArray readFile(const QString &path);

// One run of build/bin/apkdesk-cli. exitCode is -1 when it crashed or did not finish in time.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct CliOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    QByteArray input; // written to standard input, which is then closed
    int timeoutMs = 120000;
};

CliRun runCli(const QStringList &arguments, const CliOptions &options = {});

} // namespace apkdesk::test
