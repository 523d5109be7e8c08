#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace apkdesk::ui {

// Shell/APKBUILD highlighting: comments, strings (also across lines), $variables and
// ${expansions}, $(command substitutions), keywords, assignments of abuild's metadata
// variables, function definitions and checksum lines.
class ApkbuildHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ApkbuildHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_comment, m_string, m_variable, m_substitution, m_keyword, m_metadata, m_assignment,
        m_function, m_hash;
};

} // namespace apkdesk::ui
