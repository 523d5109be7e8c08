#pragma once

#include "keys/TrustStore.h"

#include <QCommandLineParser>

namespace apkdesk::cli {

// --keys-dir DIR (repeatable): like apk, only the folders given are trusted; without it the
// configured folders (default /etc/apk/keys + Apkdesk's own) are.
void addKeysDirOption(QCommandLineParser &parser);
TrustStore trustFromOptions(const QCommandLineParser &parser, QTextStream &err);

} // namespace apkdesk::cli
