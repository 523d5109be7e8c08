#include "apkbuild/ApkbuildHighlighter.h"

#include "apkbuild/Apkbuild.h"

namespace apkdesk::ui {

namespace {

enum State { Normal = 0, InDouble = 1, InSingle = 2 };

} // namespace

ApkbuildHighlighter::ApkbuildHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x0a, 0x7a, 0x3b));
    m_variable.setForeground(QColor(0x8a, 0x3f, 0xb8));
    m_substitution.setForeground(QColor(0xc2, 0x3b, 0x22));
    m_substitution.setFontWeight(QFont::Bold);
    m_keyword.setForeground(QColor(0x1f, 0x4f, 0xb5));
    m_keyword.setFontWeight(QFont::Bold);
    m_metadata.setForeground(QColor(0x0b, 0x5c, 0x8a));
    m_metadata.setFontWeight(QFont::Bold);
    m_assignment.setForeground(QColor(0x0b, 0x5c, 0x8a));
    m_function.setForeground(QColor(0x9a, 0x5b, 0x00));
    m_function.setFontWeight(QFont::Bold);
    m_hash.setForeground(QColor(0x8c, 0x8c, 0x8c));
}

void ApkbuildHighlighter::highlightBlock(const QString &text)
{
    static const QStringList metadata = ApkbuildOptions::metadataVariables();
    static const QRegularExpression assignment(
        QStringLiteral("^(\\s*)(export\\s+)?([A-Za-z_][A-Za-z0-9_]*)="));
    static const QRegularExpression function(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\(\\s*\\)"));
    static const QRegularExpression keyword(QStringLiteral(
        "\\b(if|then|elif|else|fi|case|esac|for|in|do|done|while|until|local|export|return|unset)\\b"));
    static const QRegularExpression hashLine(QStringLiteral("^[0-9a-f]{32,128}  \\S"));

    const int previous = previousBlockState() < 0 ? Normal : previousBlockState();
    if (previous == Normal) {
        if (const auto m = assignment.match(text); m.hasMatch())
            setFormat(m.capturedStart(3), m.capturedLength(3),
                      metadata.contains(m.captured(3)) ? m_metadata : m_assignment);
        if (const auto m = function.match(text); m.hasMatch())
            setFormat(m.capturedStart(1), m.capturedLength(1), m_function);
        for (auto it = keyword.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(m.capturedStart(), m.capturedLength(), m_keyword);
        }
    }
    if (hashLine.match(text).hasMatch()) {
        setFormat(0, text.indexOf(QLatin1Char(' ')), m_hash);
    }

    // A small scanner for quotes, comments and expansions; the state carries open quotes to
    // the next line (multi-line source= lists).
    int state = previous;
    int stringStart = state == Normal ? -1 : 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (state == InSingle) {
            if (c == QLatin1Char('\'')) {
                setFormat(stringStart, i - stringStart + 1, m_string);
                state = Normal;
            }
            continue;
        }
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (state == Normal && c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(i, text.size() - i, m_comment);
            return setCurrentBlockState(Normal);
        }
        if (c == QLatin1Char('"')) {
            if (state == InDouble) {
                setFormat(stringStart, i - stringStart + 1, m_string);
                state = Normal;
            } else {
                state = InDouble;
                stringStart = i;
            }
            continue;
        }
        if (state == Normal && c == QLatin1Char('\'')) {
            state = InSingle;
            stringStart = i;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const int end = text.indexOf(QLatin1Char('`'), i + 1);
            const int stop = end < 0 ? int(text.size()) : end + 1;
            if (state == InDouble)
                setFormat(stringStart, i - stringStart, m_string);
            setFormat(i, stop - i, m_substitution);
            stringStart = stop;
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < text.size()) {
            if (state == InDouble)
                setFormat(stringStart, i - stringStart, m_string);
            int end = i + 1;
            const QChar next = text.at(end);
            if (next == QLatin1Char('(') || next == QLatin1Char('{')) {
                const QChar open = next;
                const QChar close = open == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char('}');
                int depth = 0;
                for (; end < text.size(); ++end) {
                    if (text.at(end) == open)
                        ++depth;
                    else if (text.at(end) == close && --depth == 0)
                        break;
                }
                end = std::min<int>(end + 1, text.size());
                const bool command =
                    open == QLatin1Char('(') && !text.mid(i, 3).startsWith(QLatin1String("$(("));
                setFormat(i, end - i, command ? m_substitution : m_variable);
            } else {
                while (end < text.size()
                       && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
                    ++end;
                setFormat(i, end - i, m_variable);
            }
            stringStart = end;
            i = end - 1;
        }
    }
    if (state != Normal)
        setFormat(stringStart, text.size() - stringStart, m_string);
    setCurrentBlockState(state);
}

} // namespace apkdesk::ui
