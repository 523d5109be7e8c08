#pragma once

#include "common/Result.h"
#include "repositories/RepositoryLocation.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace apkdesk {

// One line of /etc/apk/repositories, kept so the file can be written back unchanged:
//   # comment
//   @testing https://dl-cdn.alpinelinux.org/alpine/edge/testing
//   /home/me/packages/main          (abuild's local repository: a folder)
struct APKDESK_CORE_EXPORT RepositoriesLine
{
    enum class Kind { Blank, Comment, Repository };
    Kind kind = Kind::Blank;
    QString text; // the line as written (without the newline)
    QString tag; // without '@', Repository only
    QUrl url; // <base>/<version>/<repository>, file:// for a folder
    int lineNumber = 0;
};

// Reads and writes the /etc/apk/repositories format. A line apk would not understand (a URL
// with credentials, an unknown scheme, a tag without URL) is an error naming the line.
class APKDESK_CORE_EXPORT RepositoriesFile
{
public:
    static Result<RepositoriesFile> parse(const QByteArray &text, const QString &location = {});
    static Result<RepositoriesFile> load(const QString &path = QStringLiteral("/etc/apk/repositories"));

    const QList<RepositoriesLine> &lines() const { return m_lines; }
    // The repository lines turned into locations for one arch (lines apk would skip because
    // they do not end in <version>/<repository> are errors too).
    Result<QList<RepositoryLocation>> locations(const QString &arch) const;

    void append(const RepositoryLocation &location);
    // One line per entry, comments and blanks kept, '\n' after each.
    QByteArray toText() const;

    // "@tag URL" or "URL" for one location.
    static QString formatLine(const RepositoryLocation &location);

private:
    QList<RepositoriesLine> m_lines;
};

} // namespace apkdesk
