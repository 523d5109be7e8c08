#include "browser/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace apkdesk::ui {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

} // namespace

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_text, &QLabel::linkActivated, this, &MessageBar::linkActivated);

    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(4);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_text->setText(text);
    clearButtons();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName());
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
    }
    applyKind();
    show();
}

void MessageBar::clear()
{
    clearButtons();
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageBar::applyKind()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor tint(0x3d, 0xae, 0xe9);
    switch (m_kind) {
    case Kind::Information: break;
    case Kind::Positive: tint = QColor(0x27, 0xae, 0x60); break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, blend(pal.color(QPalette::Window), tint, 0.2));
    setPalette(pal);
}

} // namespace apkdesk::ui
