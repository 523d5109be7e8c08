#include "inspector/ShellHighlighter.h"

#include <QColor>

namespace apkdesk::ui {

ShellHighlighter::ShellHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    QTextCharFormat keyword;
    keyword.setForeground(QColor(0x6a, 0x1b, 0x9a));
    keyword.setFontWeight(QFont::Bold);
    m_rules.append(
        { QRegularExpression(QStringLiteral(
              "\\b(if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|exit|local|"
              "export|set|unset|shift|break|continue|trap|readonly)\\b")),
          keyword });
    QTextCharFormat command;
    command.setForeground(QColor(0x15, 0x65, 0xc0));
    m_rules.append(
        { QRegularExpression(QStringLiteral(
              "\\b(addgroup|adduser|deluser|delgroup|chown|chmod|mkdir|rm|ln|cp|mv|echo|printf|test|grep|sed|"
              "cat|install|rc-update|setcap|getent|touch|find|xargs|true|false)\\b")),
          command });
    QTextCharFormat variable;
    variable.setForeground(QColor(0x00, 0x83, 0x8f));
    m_rules.append(
        { QRegularExpression(QStringLiteral("\\$(\\{[^}]*\\}|[A-Za-z_][A-Za-z0-9_]*|[0-9#?@*$!-])")),
          variable });
    QTextCharFormat shebang;
    shebang.setForeground(QColor(0x75, 0x75, 0x75));
    shebang.setFontItalic(true);
    m_rules.append({ QRegularExpression(QStringLiteral("^#!.*$")), shebang });
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
}

void ShellHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
    // Strings and comments by a small scan, so a '#' inside quotes is not a comment. A
    // string left open continues on the next line (block state 1 or 2).
    int i = 0;
    QChar quote;
    if (previousBlockState() == 1)
        quote = QLatin1Char('\'');
    else if (previousBlockState() == 2)
        quote = QLatin1Char('"');
    int start = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                i += 2;
                continue;
            }
            if (c == quote) {
                setFormat(start, i - start + 1, m_string);
                quote = QChar();
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            start = i++;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            if (!(i == 0 && text.startsWith(QLatin1String("#!"))))
                setFormat(i, int(text.size()) - i, m_comment);
            break;
        }
        ++i;
    }
    if (!quote.isNull()) {
        setFormat(start, int(text.size()) - start, m_string);
        setCurrentBlockState(quote == QLatin1Char('\'') ? 1 : 2);
    } else {
        setCurrentBlockState(0);
    }
}

} // namespace apkdesk::ui
