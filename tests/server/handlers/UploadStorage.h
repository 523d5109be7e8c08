#pragma once

// What the test server's upload endpoints share: multipart/form-data parsing, storing a
// package atomically (a cut upload never leaves a partial .apk behind) and rebuilding the
// folder's signed index with `apkdesk-cli index build`, as reposerve runs apk index and
// abuild-sign.

#include "HandlerRegistry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace apkdesk::testserver {

struct FormPart
{
    QByteArray name;
    QByteArray fileName; // empty for text fields
    bool hasFileName = false;
    QByteArray data;
};

// nullopt (and `error`) when the body is not complete multipart/form-data: no boundary,
// a part without headers, or no closing delimiter (a cut upload).
std::optional<QList<FormPart>> parseMultipart(const QByteArray &body, const QByteArray &contentType,
                                              QByteArray *error);

// A file name as reposerve's sanitize() keeps it: the last path component, no leading dot.
QString sanitizeFileName(const QByteArray &name);

// Writes through QSaveFile into `directory` (created). Empty string on success.
QString storeAtomically(const QString &directory, const QString &fileName, const QByteArray &data);

// Re-indexes every *.apk of `directory` into APKINDEX.tar.gz and signs it with `signKey`
// (when set). Empty string on success, the tool's complaint otherwise.
QString rebuildIndex(const ServerContext &context, const QString &directory, const QString &arch,
                     const QString &signKey, const QString &description = {});

} // namespace apkdesk::testserver
