#include "keys/GenerateKeyDialog.h"

#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace apkdesk::ui {

GenerateKeyDialog::GenerateKeyDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets)
{
    setWindowTitle(tr("Generate Signing Key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Creates an abuild-compatible RSA key pair. Packages and indexes signed with it are "
                      "trusted by machines that have the public key in /etc/apk/keys."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("you@example.org"));
    m_name->setText(qEnvironmentVariable("USER"));
    form->addRow(tr("&Name or e-mail:"), m_name);
    m_bits = new QComboBox(this);
    m_bits->setObjectName(QStringLiteral("bits"));
    m_bits->addItem(tr("4096 bits (recommended)"), 4096);
    m_bits->addItem(tr("8192 bits (slow to create)"), 8192);
    m_bits->addItem(tr("2048 bits"), 2048);
    form->addRow(tr("&Size:"), m_bits);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("optional; encrypts the private key with AES-256"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Confirm:"), m_confirm);
    m_remember = new QCheckBox(tr("&Remember the passphrase in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // RSA generation reports no progress: a busy bar
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenerateKeyDialog::startGeneration);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_name, m_passphrase, m_confirm })
        connect(edit, &QLineEdit::textChanged, this, &GenerateKeyDialog::updateState);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &GenerateKeyDialog::generationFinished);
    updateState();
}

GenerateKeyDialog::~GenerateKeyDialog()
{
    // The worker only touches its own copy of the request; wait so it never outlives us.
    m_watcher.waitForFinished();
    m_pendingPassphrase.fill(QChar(u'\0'));
}

void GenerateKeyDialog::reject()
{
    if (m_watcher.isRunning())
        return;
    QDialog::reject();
}

QString GenerateKeyDialog::validationMessage() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a name or e-mail address: it becomes part of the key's file name.");
    if (m_passphrase->text() != m_confirm->text())
        return tr("The passphrases do not match.");
    return {};
}

void GenerateKeyDialog::updateState()
{
    const QString problem = validationMessage();
    const bool busy = m_watcher.isRunning();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    const bool keychain = m_secrets
        && (m_secrets->backend() == SecretStore::Backend::SessionOnly
            || m_secrets->availability() != SecretStore::Availability::Unavailable);
    m_remember->setEnabled(!m_passphrase->text().isEmpty() && keychain && !busy);
    if (!keychain)
        m_remember->setToolTip(tr("No secret service (keychain) is available in this session."));
    if (!busy) {
        m_message->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
        m_message->setText(problem.isEmpty() && m_passphrase->text().isEmpty()
                               ? tr("Without a passphrase the private key is stored unencrypted (mode 0600), "
                                    "like abuild-keygen does.")
                               : problem);
    }
}

void GenerateKeyDialog::startGeneration()
{
    if (!validationMessage().isEmpty() || m_watcher.isRunning())
        return;
    KeyGenerationRequest request;
    request.name = m_name->text().trimmed();
    request.bits = m_bits->currentData().toInt();
    request.passphrase = m_passphrase->text();
    request.folder = m_folder;
    m_pendingPassphrase = m_remember->isChecked() ? request.passphrase : QString();
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_name, m_bits, m_passphrase, m_confirm, m_remember })
        w->setEnabled(false);
    m_progress->setVisible(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Generating a %1-bit RSA key…").arg(request.bits));
    m_watcher.setFuture(QtConcurrent::run([request] { return generateKeyPair(request); }));
    updateState();
}

void GenerateKeyDialog::generationFinished()
{
    m_progress->setVisible(false);
    const Result<GeneratedKeyPair> result = m_watcher.result();
    if (!result.ok()) {
        for (QWidget *w :
             std::initializer_list<QWidget *> { m_name, m_bits, m_passphrase, m_confirm, m_remember })
            w->setEnabled(true);
        updateState();
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(result.error().toString());
        return;
    }
    if (!m_pendingPassphrase.isEmpty() && m_secrets)
        m_secrets->write(SecretStore::passphraseKey(result->fingerprint), m_pendingPassphrase, m_secrets,
                         [](Status) {});
    m_pendingPassphrase.fill(QChar(u'\0'));
    m_pendingPassphrase.clear();
    emit keyGenerated(*result);
    accept();
}

} // namespace apkdesk::ui
