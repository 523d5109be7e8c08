#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace apkdesk::ui {

// Highlighting for install scripts (POSIX sh as busybox ash runs them): comments,
// quoted strings, variables, keywords and common commands. Line-based and forgiving:
// a viewer aid, not a parser.
class ShellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ShellHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
};

} // namespace apkdesk::ui
