#include "upload/SetTokenDialog.h"

#include "secrets/SecretStore.h"
#include "upload/Jwt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apkdesk::ui {

SetTokenDialog::SetTokenDialog(SecretStore *secrets, const ServerProfile &profile, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_profile(profile)
{
    setWindowTitle(tr("Set Token for %1").arg(profile.displayName()));
    auto *intro = new QLabel(profile.kind == ServerProfile::Kind::Gitea
                                 ? tr("Paste an access token of %1 with the package write scope. "
                                      "It is kept in the system keychain, never in a settings file.")
                                       .arg(profile.user)
                                 : tr("Paste the JWT this reposerve accepts (for example a CI job "
                                      "token). It is kept in the system keychain, never in a "
                                      "settings file."),
                             this);
    intro->setWordWrap(true);
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Token"));
    m_decoded = new QLabel(this);
    m_decoded->setWordWrap(true);
    m_decoded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_message->hide();
    m_sessionOnly =
        new QCheckBox(tr("Keep the token for this session only (forgotten when Apkdesk quits)"), this);
    m_sessionOnly->setVisible(m_secrets->availability() == SecretStore::Availability::Unavailable
                              || m_secrets->backend() == SecretStore::Backend::SessionOnly);
    m_sessionOnly->setChecked(m_secrets->backend() == SecretStore::Backend::SessionOnly);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_token);
    layout->addWidget(m_decoded);
    layout->addWidget(m_message);
    layout->addWidget(m_sessionOnly);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetTokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_token, &QLineEdit::textChanged, this, &SetTokenDialog::updateState);
    connect(m_sessionOnly, &QCheckBox::toggled, this, &SetTokenDialog::updateState);
    if (m_secrets->availability() == SecretStore::Availability::Unavailable
        && m_secrets->backend() != SecretStore::Backend::SessionOnly)
        showNoBackend();
    updateState();
    resize(560, sizeHint().height());
}

void SetTokenDialog::updateState()
{
    const QByteArray text = m_token->text().trimmed().toUtf8();
    bool usable = !text.isEmpty() && !m_saving;
    if (text.isEmpty()) {
        m_decoded->clear();
    } else if (m_profile.kind == ServerProfile::Kind::Reposerve) {
        const auto jwt = Jwt::decode(text);
        if (!jwt) {
            m_decoded->setText(jwt.error().message());
            usable = false;
        } else if (auto status = jwt->checkUsable(); !status) {
            m_decoded->setText(status.error().message());
            usable = false;
        } else {
            m_decoded->setText(tr("Token %1.").arg(jwt->summary()));
        }
    } else {
        m_decoded->setText(tr("Access token, %n character(s).", nullptr, int(text.size())));
    }
    const bool needsConsent = m_secrets->availability() == SecretStore::Availability::Unavailable
        && m_secrets->backend() != SecretStore::Backend::SessionOnly && !m_sessionOnly->isChecked()
        && m_sessionOnly->isVisible();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(usable && !needsConsent);
}

void SetTokenDialog::showNoBackend()
{
    m_message->setText(tr("No secret service (keychain) is available on this desktop, so the token "
                          "cannot be stored permanently. Apkdesk never writes tokens to a plain "
                          "file. You can keep it for this session only."));
    m_message->show();
    m_sessionOnly->show();
    updateState();
}

void SetTokenDialog::accept()
{
    if (m_saving)
        return;
    const QString token = m_token->text().trimmed();
    if (token.isEmpty())
        return;
    if (m_sessionOnly->isVisible() && m_sessionOnly->isChecked())
        m_secrets->setBackend(SecretStore::Backend::SessionOnly);
    m_saving = true;
    m_message->hide();
    updateState();
    m_secrets->write(m_profile.tokenKey(), token, this, [this](Status status) { onWritten(status); });
}

void SetTokenDialog::onWritten(const Status &status)
{
    m_saving = false;
    if (status) {
        Q_EMIT tokenStored(m_profile.id, m_token->text().trimmed().toUtf8());
        m_token->clear();
        QDialog::accept();
        return;
    }
    if (SecretStore::isNoBackend(status.error())) {
        showNoBackend();
    } else {
        m_message->setText(tr("The keychain did not store the token: %1").arg(status.error().message()));
        m_message->show();
    }
    Q_EMIT storeFailed(status.error().message());
    updateState();
}

} // namespace apkdesk::ui
