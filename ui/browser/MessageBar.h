#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace apkdesk::ui {

// An inline message strip shown above the content it is about (errors, offline copy,
// untrusted index), instead of a modal dialog: the window stays usable and the message
// stays next to what it explains. Buttons are QActions added by the owner.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

signals:
    void linkActivated(const QString &link);

private:
    void applyKind();
    void clearButtons();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace apkdesk::ui
