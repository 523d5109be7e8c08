#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <functional>

class QIODevice;

namespace apkdesk {

// Writing files so that a crash, a full disk or a cancelled job never leaves a
// half-written file in place: everything goes through QSaveFile (temporary file in
// the same folder, fsync, rename). When the target exists its permissions are kept
// unless `permissions` says otherwise.
struct APKDESK_CORE_EXPORT AtomicWriteOptions
{
    std::optional<QFileDevice::Permissions> permissions; // e.g. 0600 for private keys
};

APKDESK_CORE_EXPORT Status writeFileAtomically(const QString &path, const QByteArray &contents,
                                               const AtomicWriteOptions &options = {});

// Streams into the target through `writer`, which returns an error to abort (the
// target is then untouched).
APKDESK_CORE_EXPORT Status writeFileAtomically(const QString &path,
                                               const std::function<Status(QIODevice &)> &writer,
                                               const AtomicWriteOptions &options = {});

// Permission bits from an octal number such as 0600.
APKDESK_CORE_EXPORT QFileDevice::Permissions permissionsFromMode(uint mode);

} // namespace apkdesk
