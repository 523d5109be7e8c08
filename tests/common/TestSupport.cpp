#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

namespace apkdesk::test {

QString sharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared"));
}

QString fixturePath(const QString &relative)
{
    return QDir(sharedDir()).absoluteFilePath(QStringLiteral("fixtures/") + relative);
}

QString binDir()
{
    const QByteArray env = qgetenv("APKDESK_BIN_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() : QString::fromLocal8Bit(env);
}

QString sourceDir()
{
    return QString::fromLocal8Bit(qgetenv("APKDESK_SOURCE_DIR"));
}

static void makeWritable(const QString &path)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
}

QString copyFixture(const QString &relative, const QTemporaryDir &dir)
{
    const QString source = fixturePath(relative);
    const QFileInfo info(source);
    const QString target = dir.filePath(info.fileName());
    if (info.isDir()) {
        QDir().mkpath(target);
        makeWritable(target);
        QDirIterator it(source, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString out = target + QLatin1Char('/') + QDir(source).relativeFilePath(path);
            if (it.fileInfo().isSymLink())
                QFile::link(it.fileInfo().symLinkTarget(), out);
            else if (it.fileInfo().isDir())
                QDir().mkpath(out);
            else
                QFile::copy(path, out);
            makeWritable(out);
        }
    } else {
        QFile::remove(target);
        if (!QFile::copy(source, target))
            qWarning("copyFixture: cannot copy %s", qPrintable(source));
        makeWritable(target);
    }
    return target;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

CliRun runCli(const QStringList &arguments, const CliOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(QDir(binDir()).filePath(QStringLiteral("apkdesk-cli")), arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace apkdesk::test
