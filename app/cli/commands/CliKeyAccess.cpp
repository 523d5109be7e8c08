#include "CliKeyAccess.h"

#include "CliCommand.h"
#include "keys/KeyRing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

namespace apkdesk::cli {

namespace {

QString readTty(const QString &prompt)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return {};
    tty.write(prompt.toLocal8Bit());
    termios saved {};
    const bool haveTermios = ::tcgetattr(tty.handle(), &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty.handle(), TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (tty.getChar(&c) && c != '\n')
        line += c;
    if (haveTermios)
        ::tcsetattr(tty.handle(), TCSAFLUSH, &saved);
    tty.write("\n");
    const QString value = QString::fromLocal8Bit(line);
    line.fill('\0');
    return value;
}

bool haveTty()
{
    QFile tty(QStringLiteral("/dev/tty"));
    return ::isatty(STDIN_FILENO) && tty.open(QIODevice::ReadWrite);
}

} // namespace

void CliPassphrase::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("passphrase-env"),
        QCoreApplication::translate(
            "cli", "Read the key passphrase from environment variable VAR (never pass it as an argument)."),
        QStringLiteral("VAR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("passphrase-fd"),
        QCoreApplication::translate("cli", "Read the key passphrase from file descriptor N (first line)."),
        QStringLiteral("N")));
}

bool CliPassphrase::available(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("passphrase-env")) || parser.isSet(QStringLiteral("passphrase-fd"))
        || qEnvironmentVariableIsSet("APKDESK_KEY_PASSPHRASE_ENV") || haveTty();
}

Result<QString> CliPassphrase::read(const QCommandLineParser &parser, CliIo &, const QString &prompt,
                                    bool confirm)
{
    QString variable = parser.value(QStringLiteral("passphrase-env"));
    if (variable.isEmpty())
        variable = qEnvironmentVariable("APKDESK_KEY_PASSPHRASE_ENV");
    if (!variable.isEmpty()) {
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
            return Error(Error::Kind::InvalidArgument,
                         QCoreApplication::translate(
                             "cli", "environment variable %1 (named by --passphrase-env) is not set")
                             .arg(variable));
        return qEnvironmentVariable(variable.toLocal8Bit().constData());
    }
    if (parser.isSet(QStringLiteral("passphrase-fd"))) {
        bool ok = false;
        const int fd = parser.value(QStringLiteral("passphrase-fd")).toInt(&ok);
        QFile file;
        if (!ok || fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
            return Error(
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("cli", "cannot read the passphrase from file descriptor %1")
                    .arg(parser.value(QStringLiteral("passphrase-fd"))));
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (!haveTty())
        return Error(Error::Kind::Auth,
                     QCoreApplication::translate(
                         "cli",
                         "a passphrase is needed: use --passphrase-env VAR or --passphrase-fd N (no terminal "
                         "to ask on)"));
    const QString first = readTty(prompt);
    if (confirm) {
        const QString again = readTty(QCoreApplication::translate("cli", "Repeat the passphrase: "));
        if (again != first)
            return Error(Error::Kind::InvalidArgument,
                         QCoreApplication::translate("cli", "the passphrases do not match"));
    }
    return first;
}

Result<LoadedKey> loadSigningKey(const QString &spec, const QCommandLineParser &parser, CliIo &io)
{
    LoadedKey loaded;
    if (QFileInfo(spec).isFile()) {
        loaded.privatePath = spec;
    } else {
        Result<KeyEntry> entry = KeyRing().find(spec);
        if (!entry)
            return entry.error();
        if (!entry->hasPrivate())
            return Error(Error::Kind::NotFound,
                         QCoreApplication::translate(
                             "cli", "only the public half of %1 is here; signing needs the private key")
                             .arg(entry->name));
        loaded.privatePath = entry->privatePath;
    }
    loaded.publicKeyName = publicKeyNameFor(loaded.privatePath);
    if (isReadableByOthers(loaded.privatePath))
        io.err() << QCoreApplication::translate("cli",
                                                "warning: %1 is readable by other users (chmod 600 it)")
                        .arg(loaded.privatePath)
                 << Qt::endl;

    const bool encrypted = PrivateKey::isEncryptedFile(loaded.privatePath);
    const bool interactive = !parser.isSet(QStringLiteral("passphrase-env"))
        && !parser.isSet(QStringLiteral("passphrase-fd"))
        && !qEnvironmentVariableIsSet("APKDESK_KEY_PASSPHRASE_ENV");
    for (int attempt = 1;; ++attempt) {
        QString passphrase;
        if (encrypted) {
            Result<QString> read =
                CliPassphrase::read(parser, io,
                                    QCoreApplication::translate("cli", "Passphrase for %1: ")
                                        .arg(QFileInfo(loaded.privatePath).fileName()));
            if (!read)
                return read.error();
            passphrase = *read;
        }
        Result<PrivateKey> key = PrivateKey::load(loaded.privatePath, passphrase);
        passphrase.fill(QChar(u'\0'));
        if (key) {
            loaded.key = *key;
            break;
        }
        if (key.error().kind() != Error::Kind::Auth || !interactive || attempt >= 3)
            return key.error();
        io.err() << key.error().message() << Qt::endl;
    }
    const QString pubBeside = loaded.privatePath + QStringLiteral(".pub");
    if (QFileInfo::exists(pubBeside)) {
        if (Status s = checkKeyPair(loaded.key, pubBeside); !s)
            return s.error();
    }
    return loaded;
}

} // namespace apkdesk::cli
