#pragma once

#include <QPlainTextEdit>

namespace apkdesk::ui {

// A plain-text editor with a line-number gutter, a highlighted current line and marks for
// lines that lint flagged. Used for APKBUILDs; knows nothing about their content.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    // 1-based lines to mark in the gutter (errors red, warnings amber).
    void setMarkedLines(const QHash<int, QColor> &lines);
    void goToLine(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();

    QWidget *m_gutter;
    QHash<int, QColor> m_marked;
};

} // namespace apkdesk::ui
