#pragma once

#include <QString>
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

} // namespace apkdesk::test
