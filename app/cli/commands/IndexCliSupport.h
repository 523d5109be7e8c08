#pragma once

#include "common/Result.h"
#include "indexes/IndexReader.h"

#include <QCommandLineParser>
#include <QString>

namespace apkdesk::cli {

class CliIo;

// --keys-dir DIR (repeatable) and --allow-untrusted, shared by `index show` and `search`.
void addIndexReadOptions(QCommandLineParser &parser);

// Reads an index from a local path, a file:// URL or an http(s) URL (a repository folder or
// the APKINDEX.tar.gz itself; fetched through the index cache) and verifies it. An index
// that is not trusted is an Error of kind Untrusted unless --allow-untrusted was given.
Result<LoadedIndex> loadIndexForCli(const QString &source, const QCommandLineParser &parser, CliIo &io);

// Exit code for an Error from loadIndexForCli: untrusted = negative answer, else failure.
int exitCodeFor(const Error &error);

} // namespace apkdesk::cli
