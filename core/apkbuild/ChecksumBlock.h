#pragma once

#include "apkbuild/Apkbuild.h"
#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QString>

#include <vector>

namespace apkdesk {

struct ChecksumLine
{
    QString hash;
    QString name;
};

// One md5sums/sha256sums/sha512sums assignment of the file.
struct ChecksumBlock
{
    QString variable; // "sha512sums", ...
    qsizetype begin = 0; // first byte of its first line
    qsizetype end = 0; // just after the newline that ends its last line
    int line = 0;
    int endLine = 0;
    bool singleQuoted = false;
    std::vector<ChecksumLine> lines;
};

// Where the checksums of an APKBUILD are and how to replace them. abuild checksum deletes
// every sha<N>sums block and appends a new sha512sums block at the end of the file; Apkdesk
// writes the new block where the old one was (at the end when there was none), keeps
// md5sums like abuild, and changes no other byte. A layout it cannot rewrite without
// guessing (HOSTILE case 18: a block assigned twice, inside if/case, built from variables,
// followed by other text on its line, CRLF line ends, a file that does not parse) is refused
// with the line to look at.
class APKDESK_CORE_EXPORT ChecksumLayout
{
public:
    static Result<ChecksumLayout> locate(const Apkbuild &apkbuild);

    const std::vector<ChecksumBlock> &blocks() const { return m_blocks; }
    const ChecksumBlock *block(const QString &variable) const;

    // The file with the sha<N>sums blocks replaced by one sha512sums block listing `lines`
    // (an empty list removes the blocks, as abuild does for an APKBUILD without sources).
    QByteArray rewrite(const QByteArray &content, const std::vector<ChecksumLine> &lines) const;

    // abuild's layout: sha512sums="\n<hash>  <name>\n...\n"\n
    static QByteArray formatBlock(const std::vector<ChecksumLine> &lines);
    static std::vector<ChecksumLine> parseLines(const QString &value);

private:
    std::vector<ChecksumBlock> m_blocks;
};

} // namespace apkdesk
