#pragma once

#include "common/Result.h"
#include "keys/PrivateKey.h"

#include <QCommandLineParser>
#include <QString>

namespace apkdesk::cli {

class CliIo;

// How the key commands get passphrases without ever putting them on the command line:
// --passphrase-env VAR (or $APKDESK_KEY_PASSPHRASE_ENV naming the variable), then
// --passphrase-fd N, then a prompt on the terminal with echo off.
class CliPassphrase
{
public:
    static void addOptions(QCommandLineParser &parser);

    // `prompt` is shown on the terminal; `confirm` asks twice (new passphrases).
    static Result<QString> read(const QCommandLineParser &parser, CliIo &io, const QString &prompt,
                                bool confirm = false);
    // Whether any non-interactive source or a terminal is there.
    static bool available(const QCommandLineParser &parser);
};

struct LoadedKey
{
    PrivateKey key;
    QString privatePath;
    QString publicKeyName; // "<file name>.pub", what signature entries name
};

// Resolves --key (a file path, a key base name or a fingerprint prefix from the key ring),
// asks for the passphrase when the key is encrypted, and loads it. Wrong passphrases on a
// terminal are asked again (3 tries).
Result<LoadedKey> loadSigningKey(const QString &spec, const QCommandLineParser &parser, CliIo &io);

} // namespace apkdesk::cli
