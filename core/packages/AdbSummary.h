#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QIODevice;

namespace apkdesk {

// What can be read from an apk-tools 3 (ADB) package without apk-tools: the container
// (magic, compression, schema, block list up to the data blocks) and the package info
// fields of its ADB block. Signatures are counted, not verified.
struct APKDESK_CORE_EXPORT AdbSummary
{
    struct Block
    {
        qint64 offset = 0; // in the uncompressed stream
        int type = 0; // 0 ADB, 1 SIG, 2 DATA
        qint64 size = 0; // header + payload, before alignment
    };

    QByteArray magic; // "ADBd", "ADBc", "ADB."
    QString compression; // "deflate", "zstd, level 19", "none"
    QByteArray schema; // "pckg", "indx"
    QList<Block> blocks; // up to and including the first DATA block
    int signatureBlocks = 0;
    bool containerRead = false; // false: compressed with something we cannot inflate (zstd)
    // name, version, description, arch, license, origin, maintainer, url, build-time,
    // installed-size, as adbdump names them; only those present.
    QList<QPair<QString, QString>> info;

    QString value(const QString &key) const;

    // Reads from the start of `device`. Errors: Format (not ADB, damaged), Truncated,
    // LimitExceeded (an ADB block over 16 MiB).
    static Result<AdbSummary> read(QIODevice &device);
};

} // namespace apkdesk
