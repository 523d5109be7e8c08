#include "keys/PassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apkdesk::ui {

PassphraseDialog::PassphraseDialog(const PassphraseRequest &request, bool canRemember, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unlock Private Key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("<b>%1</b> is protected by a passphrase.").arg(request.keyName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!request.fingerprint.isEmpty()) {
        auto *fp = new QLabel(tr("Fingerprint: SHA256:%1").arg(request.fingerprint), this);
        fp->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fp->setStyleSheet(QStringLiteral("color: palette(mid)"));
        fp->setWordWrap(true);
        layout->addWidget(fp);
    }
    if (!request.previousError.isEmpty()) {
        auto *error =
            new QLabel(request.previousError + (request.attempt > 1 ? tr(" Try again.") : QString()), this);
        error->setObjectName(QStringLiteral("passphraseError"));
        error->setStyleSheet(QStringLiteral("color: #b00020"));
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setVisible(canRemember);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

bool PassphraseDialog::remember() const
{
    return !m_remember->isHidden() && m_remember->isChecked(); // isVisible() is false once the dialog closed
}

DialogPassphraseProvider::DialogPassphraseProvider(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{ }

void DialogPassphraseProvider::requestPassphrase(const PassphraseRequest &request, Reply reply)
{
    auto *dialog = new PassphraseDialog(request, m_canRemember, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [dialog, reply](int result) {
        if (result != QDialog::Accepted) {
            reply(std::nullopt);
            return;
        }
        PassphraseProvider::Answer answer;
        answer.passphrase = dialog->passphrase();
        answer.remember = dialog->remember();
        reply(answer);
    });
    dialog->open();
    emit dialogShown(dialog);
}

} // namespace apkdesk::ui
