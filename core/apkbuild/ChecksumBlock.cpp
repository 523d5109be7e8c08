#include "apkbuild/ChecksumBlock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ChecksumLayout", text);
}

bool isChecksumVariable(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(md5|sha[0-9]+)sums$"));
    return re.match(name).hasMatch();
}

Error refuse(const Apkbuild &apkbuild, int line, const QString &message)
{
    return Error(Error::Kind::Unsafe,
                 tr("line %1: %2; the checksums are not rewritten until this is resolved")
                     .arg(line)
                     .arg(message))
        .withLocation(apkbuild.path())
        .withOffset(apkbuild.lineStart(line));
}

} // namespace

const ChecksumBlock *ChecksumLayout::block(const QString &variable) const
{
    for (const ChecksumBlock &b : m_blocks)
        if (b.variable == variable)
            return &b;
    return nullptr;
}

std::vector<ChecksumLine> ChecksumLayout::parseLines(const QString &value)
{
    std::vector<ChecksumLine> lines;
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\n]+"));
    const QStringList words = value.split(blanks, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < words.size(); i += 2)
        lines.push_back({ words.at(i), words.at(i + 1) });
    if (words.size() % 2)
        lines.push_back({ words.last(), QString() });
    return lines;
}

Result<ChecksumLayout> ChecksumLayout::locate(const Apkbuild &apkbuild)
{
    // A carriage return without LF (a lone CR, a file cut after "\r") counts too: the block
    // appended after it would start with CRLF and the file would no longer re-parse the same.
    if (apkbuild.lineEndings() == LineEndings::Crlf || apkbuild.lineEndings() == LineEndings::Mixed
        || apkbuild.content().contains('\r'))
        return refuse(apkbuild, 1,
                      tr("the file has CRLF line ends (abuild stops at the first blank line with "
                         "\"\\r: not found\"); convert it to LF first"));
    // A backslash as the very last byte would join a block appended after it to that line.
    if (apkbuild.content().endsWith('\\'))
        return refuse(apkbuild, apkbuild.lineAt(apkbuild.content().size() - 1),
                      tr("the file ends with a backslash (a line continuation into nothing); end the "
                         "last line first"));
    if (const auto &error = apkbuild.parseError())
        return Error(error->kind(),
                     tr("%1; the checksums are not rewritten until this is resolved").arg(error->message()))
            .withLocation(apkbuild.path())
            .withOffset(error->offset());

    ChecksumLayout layout;
    const QByteArray &content = apkbuild.content();
    QStringList seen;
    for (const ApkbuildAssignment &a : apkbuild.assignments()) {
        if (!isChecksumVariable(a.name))
            continue;
        if (a.conditional)
            return refuse(apkbuild, a.line, tr("%1 is assigned inside a condition or loop").arg(a.name));
        if (seen.contains(a.name))
            return refuse(apkbuild, a.line,
                          tr("%1 is assigned more than once (the block is split)").arg(a.name));
        seen.push_back(a.name);
        if (a.hasExpansions)
            return refuse(apkbuild, a.line, tr("%1 is built from variables or commands").arg(a.name));
        const qsizetype lineBegin = apkbuild.lineStart(a.line);
        if (lineBegin != a.begin)
            return refuse(apkbuild, a.line, tr("%1 does not start at the beginning of its line").arg(a.name));
        qsizetype lineEnd = content.indexOf('\n', a.end);
        const qsizetype textEnd = lineEnd < 0 ? content.size() : lineEnd;
        if (!content.mid(a.end, textEnd - a.end).trimmed().isEmpty())
            return refuse(apkbuild, a.line, tr("other text follows the closing quote of %1").arg(a.name));
        ChecksumBlock block;
        block.variable = a.name;
        block.begin = a.begin;
        block.end = lineEnd < 0 ? content.size() : lineEnd + 1;
        block.line = a.line;
        block.endLine = a.endLine;
        block.singleQuoted = a.text.mid(a.valueBegin - a.begin).startsWith('\'');
        // The value as the shell sees it (no expansions were allowed above).
        QByteArray raw = a.text.mid(a.valueBegin - a.begin);
        if (raw.size() >= 2 && (raw.startsWith('"') || raw.startsWith('\'')) && raw.endsWith(raw.at(0)))
            raw = raw.mid(1, raw.size() - 2);
        block.lines = parseLines(QString::fromUtf8(raw));
        layout.m_blocks.push_back(std::move(block));
    }
    // Statements sharing a line with a block would be deleted with it.
    for (const ApkbuildAssignment &a : apkbuild.assignments()) {
        if (isChecksumVariable(a.name))
            continue;
        for (const ChecksumBlock &b : layout.m_blocks)
            if (a.begin < b.end && a.end > b.begin)
                return refuse(apkbuild, a.line, tr("%1 shares a line with %2").arg(a.name, b.variable));
    }
    return layout;
}

QByteArray ChecksumLayout::formatBlock(const std::vector<ChecksumLine> &lines)
{
    QByteArray block = "sha512sums=\"\n";
    for (const ChecksumLine &line : lines)
        block += line.hash.toUtf8() + "  " + line.name.toUtf8() + '\n';
    block += "\"\n";
    return block;
}

QByteArray ChecksumLayout::rewrite(const QByteArray &content, const std::vector<ChecksumLine> &lines) const
{
    std::vector<const ChecksumBlock *> removed;
    for (const ChecksumBlock &b : m_blocks)
        if (b.variable.startsWith(QLatin1String("sha")))
            removed.push_back(&b);
    const QByteArray newBlock = lines.empty() ? QByteArray() : formatBlock(lines);
    const ChecksumBlock *anchor = block(QStringLiteral("sha512sums"));
    if (!anchor && !removed.empty())
        anchor = removed.front();

    QByteArray out;
    qsizetype pos = 0;
    std::sort(removed.begin(), removed.end(), [](auto *a, auto *b) { return a->begin < b->begin; });
    for (const ChecksumBlock *b : removed) {
        out += content.mid(pos, b->begin - pos);
        if (b == anchor)
            out += newBlock;
        pos = b->end;
    }
    out += content.mid(pos);
    if (!anchor && !newBlock.isEmpty()) {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += '\n';
        out += newBlock;
    }
    return out;
}

} // namespace apkdesk
