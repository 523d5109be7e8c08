#include "keys/KeysView.h"

#include "keys/GenerateKeyDialog.h"
#include "keys/KeyFolders.h"
#include "keys/KeyListModel.h"
#include "keys/PassphraseDialog.h"
#include "keys/SignDialog.h"
#include "keys/TrustStore.h"
#include "secrets/SecretStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace apkdesk::ui {

namespace {

QToolButton *makeButton(const QString &text, QStyle::StandardPixmap icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

KeysView::KeysView(SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_secrets(secrets), m_folders(KeyRing::defaultFolders())
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Signing keys</h2>"), this);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Your private keys (Apkdesk's key folder and ~/.abuild) and the public keys you trust, "
           "in one list. Packages and indexes are trusted when signed by a key in a trusted folder."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *toolbar = new QHBoxLayout;
    m_generate = makeButton(tr("&Generate…"), QStyle::SP_FileDialogNewFolder, this);
    m_import = makeButton(tr("&Import…"), QStyle::SP_DialogOpenButton, this);
    m_export = makeButton(tr("&Export Public Key…"), QStyle::SP_DialogSaveButton, this);
    m_trust = makeButton(tr("&Trust"), QStyle::SP_DialogYesButton, this);
    m_delete = makeButton(tr("&Delete…"), QStyle::SP_TrashIcon, this);
    m_sign = makeButton(tr("&Sign with…"), QStyle::SP_DialogApplyButton, this);
    m_refresh = makeButton(tr("&Refresh"), QStyle::SP_BrowserReload, this);
    for (QToolButton *button : { m_generate, m_import, m_export, m_trust, m_delete, m_sign })
        toolbar->addWidget(button);
    toolbar->addStretch();
    toolbar->addWidget(m_refresh);
    layout->addLayout(toolbar);

    m_model = new KeyListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("keys"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyListModel::LocationColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    // HOSTILE 25: without a secret service, say so and offer memory-only storage; never a file.
    m_secretBanner = new QWidget(this);
    m_secretBanner->setObjectName(QStringLiteral("secretBanner"));
    auto *bannerLayout = new QHBoxLayout(m_secretBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    auto *bannerText =
        new QLabel(tr("No secret service (keychain) is available: passphrases cannot be remembered "
                      "across sessions. Apkdesk never writes them to a file."),
                   m_secretBanner);
    bannerText->setWordWrap(true);
    auto *sessionOnly = new QPushButton(tr("Remember for This Session Only"), m_secretBanner);
    sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(sessionOnly);
    m_secretBanner->setVisible(false);
    layout->addWidget(m_secretBanner);
    connect(sessionOnly, &QPushButton::clicked, this, [this] {
        if (m_secrets)
            m_secrets->setBackend(SecretStore::Backend::SessionOnly);
        updateSecretBanner();
        emit statusMessage(tr("Passphrases and tokens are now kept in memory until Apkdesk quits."));
    });
    if (m_secrets)
        connect(m_secrets, &SecretStore::availabilityChanged, this, &KeysView::updateSecretBanner);
    updateSecretBanner();

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 5);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(m_generate, &QToolButton::clicked, this, &KeysView::generateKey);
    connect(m_import, &QToolButton::clicked, this, &KeysView::importKey);
    connect(m_export, &QToolButton::clicked, this, &KeysView::exportPublicKey);
    connect(m_trust, &QToolButton::clicked, this, &KeysView::toggleTrust);
    connect(m_delete, &QToolButton::clicked, this, &KeysView::deleteKey);
    connect(m_sign, &QToolButton::clicked, this, [this] { signFiles(); });
    connect(m_refresh, &QToolButton::clicked, this, &KeysView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        m_model->setEntries(m_loader.result());
        m_table->sortByColumn(KeyListModel::NameColumn, Qt::AscendingOrder);
        int row = 0;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex index = m_proxy->index(r, 0);
            if (!m_selectAfterLoad.isEmpty()
                && index.data(KeyListModel::FingerprintRole).toString() == m_selectAfterLoad)
                row = r;
        }
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(row);
        updateActions();
        showDetails();
        emit refreshed();
    });
    updateActions();
    refresh();
}

KeysView::~KeysView()
{
    m_loader.waitForFinished();
}

void KeysView::setFolders(const KeyRing::Folders &folders)
{
    m_folders = folders;
    refresh();
}

void KeysView::refresh()
{
    if (const KeyEntry *entry = currentEntry())
        m_selectAfterLoad = entry->fingerprint;
    if (m_loader.isRunning())
        m_loader.waitForFinished(); // a few small files: short
    const KeyRing::Folders folders = m_folders;
    m_loader.setFuture(QtConcurrent::run([folders] { return KeyRing(folders).entries(); }));
}

const KeyEntry *KeysView::currentEntry() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->entryAt(index.row()) : nullptr;
}

void KeysView::updateActions()
{
    const KeyEntry *entry = currentEntry();
    m_export->setEnabled(
        entry && (!entry->publicPath.isEmpty() || (entry->hasPrivate() && !entry->privateEncrypted)));
    m_delete->setEnabled(entry && entry->hasPrivate());
    m_trust->setEnabled(entry && !entry->fingerprint.isEmpty());
    m_trust->setText(entry && entry->isTrusted() ? tr("Un&trust") : tr("&Trust"));
    m_sign->setEnabled(entry == nullptr || entry->hasPrivate());
}

void KeysView::showDetails()
{
    const KeyEntry *e = currentEntry();
    if (!e) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No keys yet. <b>Generate…</b> creates a key pair; <b>Import…</b> "
                                    "copies an existing abuild key.")
                               : QString());
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b>").arg(e->name.toHtmlEscaped());
    if (!e->fingerprint.isEmpty())
        lines << tr("Fingerprint: <tt>SHA256:%1</tt>").arg(e->fingerprint);
    if (e->hasPrivate())
        lines << tr("Private key: %1%2")
                     .arg(e->privatePath.toHtmlEscaped(),
                          e->privateEncrypted ? tr(" (encrypted)") : QString());
    if (!e->publicPath.isEmpty())
        lines << tr("Public key: %1").arg(e->publicPath.toHtmlEscaped());
    lines << (e->isTrusted()
                  ? tr("Trusted in: %1").arg(e->trustedIn.join(QStringLiteral(", ")).toHtmlEscaped())
                  : tr("Not trusted on this machine."));
    for (const QString &warning : KeyListModel::warningsFor(*e))
        lines << QStringLiteral("<span style=\"color:#b00020\">⚠ %1</span>").arg(warning.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void KeysView::generateKey()
{
    auto *dialog = new GenerateKeyDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_folders.privateKeyDirs.isEmpty())
        dialog->setKeyFolder(m_folders.privateKeyDirs.first());
    connect(dialog, &GenerateKeyDialog::keyGenerated, this, [this](const GeneratedKeyPair &pair) {
        m_selectAfterLoad = pair.fingerprint;
        emit statusMessage(tr("Created %1").arg(pair.privatePath));
        const QString selected = pair.fingerprint;
        refresh();
        m_selectAfterLoad = selected;
    });
    dialog->open();
}

void KeysView::importKey()
{
    auto *dialog = new QFileDialog(this, tr("Import Private Key"), KeyFolders::abuildUserDir());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("abuild keys (*.rsa)"), tr("PEM keys (*.pem *.key)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!PrivateKey::isEncryptedFile(path)) {
            importFrom(path, {});
            return;
        }
        auto *provider = new DialogPassphraseProvider(this, this);
        provider->setCanRemember(false);
        PassphraseRequest request;
        request.keyPath = path;
        request.keyName = QFileInfo(path).fileName();
        provider->requestPassphrase(request,
                                    [this, path, provider](std::optional<PassphraseProvider::Answer> answer) {
                                        provider->deleteLater();
                                        if (answer)
                                            importFrom(path, answer->passphrase);
                                    });
    });
    dialog->open();
}

void KeysView::importFrom(const QString &path, const QString &passphrase)
{
    QStringList warnings;
    const QString target = m_folders.privateKeyDirs.value(0);
    const Result<KeyEntry> entry = KeyRing::importPrivateKey(path, passphrase, &warnings, target);
    if (!entry.ok()) {
        showMessage(this, QMessageBox::Warning, tr("Import Failed"), entry.error().toString());
        return;
    }
    if (!warnings.isEmpty())
        showMessage(this, QMessageBox::Warning, tr("Imported with Warnings"), warnings.join(u'\n'));
    emit statusMessage(tr("Imported %1").arg(entry->privatePath));
    m_selectAfterLoad = entry->fingerprint;
    refresh();
}

void KeysView::exportPublicKey()
{
    const KeyEntry *entry = currentEntry();
    if (!entry)
        return;
    const KeyEntry copy = *entry;
    auto *dialog = new QFileDialog(this, tr("Export Public Key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(copy.name);
    connect(dialog, &QFileDialog::fileSelected, this, [this, copy](const QString &target) {
        const Status status = KeyRing::exportPublicKey(copy, target);
        if (!status.ok())
            showMessage(this, QMessageBox::Warning, tr("Export Failed"), status.error().toString());
        else
            emit statusMessage(tr("Wrote %1: install it as /etc/apk/keys/%2").arg(target, copy.name));
    });
    dialog->open();
}

void KeysView::deleteKey()
{
    const KeyEntry *entry = currentEntry();
    if (!entry || !entry->hasPrivate())
        return;
    const KeyEntry copy = *entry;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete Private Key"),
        tr("Delete the private key %1?\n\nPackages signed with it stay valid, but you can never "
           "sign with this key again unless you have a backup.")
            .arg(copy.privatePath),
        QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, copy, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        const Status status = KeyRing::deletePrivateKey(copy);
        if (!status.ok()) {
            showMessage(this, QMessageBox::Warning, tr("Delete Failed"), status.error().toString());
            return;
        }
        if (m_secrets && !copy.fingerprint.isEmpty())
            m_secrets->remove(SecretStore::passphraseKey(copy.fingerprint), this, [](Status) {});
        emit statusMessage(tr("Deleted %1").arg(copy.privatePath));
        refresh();
    });
    box->open();
}

void KeysView::toggleTrust()
{
    const KeyEntry *entry = currentEntry();
    if (!entry)
        return;
    const KeyEntry copy = *entry;
    Status status;
    if (copy.isTrusted()) {
        for (const QString &dir : copy.trustedIn) {
            status = KeyRing::untrustPublicKey(copy, dir);
            if (!status.ok())
                break;
        }
    } else {
        const QString own = TrustStore::apkdeskTrustedKeysDirectory();
        const QString target = m_folders.trustedDirs.contains(own) || m_folders.trustedDirs.isEmpty()
            ? own
            : m_folders.trustedDirs.last();
        status = KeyRing::trustPublicKey(copy, target);
    }
    if (!status.ok()) {
        showMessage(this, QMessageBox::Warning, copy.isTrusted() ? tr("Untrust Failed") : tr("Trust Failed"),
                    status.error().toString());
    } else {
        emit statusMessage(copy.isTrusted() ? tr("%1 is no longer trusted").arg(copy.name)
                                            : tr("%1 is now trusted").arg(copy.name));
    }
    m_selectAfterLoad = copy.fingerprint;
    refresh();
}

SignDialog *KeysView::signFiles(const QStringList &files)
{
    auto *dialog = new SignDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeyRingFolders(m_folders);
    if (const KeyEntry *entry = currentEntry())
        dialog->selectKey(entry->name);
    dialog->setFiles(files);
    connect(dialog, &SignDialog::filesSigned, this, &KeysView::filesSigned);
    dialog->open();
    return dialog;
}

void KeysView::updateSecretBanner()
{
    m_secretBanner->setVisible(m_secrets && m_secrets->backend() == SecretStore::Backend::Keychain
                               && m_secrets->availability() == SecretStore::Availability::Unavailable);
}

} // namespace apkdesk::ui
