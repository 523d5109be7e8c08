#include "keys/SignDialog.h"

#include "keys/KeyUnlocker.h"
#include "keys/PassphraseDialog.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace apkdesk::ui {

SignDialog::SignDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_folders(KeyRing::defaultFolders())
{
    setWindowTitle(tr("Sign with…"));
    m_provider = new DialogPassphraseProvider(this, this);
    m_provider->setCanRemember(secrets != nullptr);
    m_unlocker = new KeyUnlocker(m_provider, secrets, this);

    auto *layout = new QVBoxLayout(this);
    auto *filesLabel = new QLabel(tr("Packages (.apk) and indexes (APKINDEX.tar.gz) to sign:"), this);
    layout->addWidget(filesLabel);
    auto *filesRow = new QHBoxLayout;
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("files"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setWordWrap(true);
    m_fileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filesRow->addWidget(m_fileList, 1);
    auto *fileButtons = new QVBoxLayout;
    m_addFiles = new QPushButton(tr("&Add…"), this);
    m_removeFiles = new QPushButton(tr("&Remove"), this);
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_removeFiles);
    fileButtons->addStretch();
    filesRow->addLayout(fileButtons);
    layout->addLayout(filesRow, 1);

    auto *form = new QFormLayout;
    m_keyCombo = new QComboBox(this);
    m_keyCombo->setObjectName(QStringLiteral("key"));
    form->addRow(tr("&Key:"), m_keyCombo);
    m_digest = new QComboBox(this);
    m_digest->setObjectName(QStringLiteral("digest"));
    m_digest->addItem(tr("RSA with SHA-1 (.SIGN.RSA, what abuild-sign writes)"), int(SignatureDigest::Sha1));
    m_digest->addItem(tr("RSA with SHA-256 (.SIGN.RSA256)"), int(SignatureDigest::Sha256));
    form->addRow(tr("&Signature:"), m_digest);
    m_addBeside =
        new QRadioButton(tr("Add beside other keys' signatures (this key's own is replaced)"), this);
    m_addBeside->setObjectName(QStringLiteral("addBeside"));
    m_replace = new QRadioButton(tr("Replace all existing signatures"), this);
    m_replace->setObjectName(QStringLiteral("replace"));
    m_addBeside->setChecked(true);
    auto *existing = new QVBoxLayout;
    existing->addWidget(m_addBeside);
    existing->addWidget(m_replace);
    form->addRow(tr("Existing signatures:"), existing);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signButton = m_buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(QStringLiteral("sign"));
    m_signButton->setDefault(true);
    connect(m_signButton, &QPushButton::clicked, this, &SignDialog::startSigning);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_watcher.isRunning())
            m_watcher.cancel(); // stops between files; a file being written is finished atomically
        else
            reject();
    });
    layout->addWidget(m_buttons);

    connect(m_addFiles, &QPushButton::clicked, this, &SignDialog::addFiles);
    connect(m_removeFiles, &QPushButton::clicked, this, &SignDialog::removeSelected);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &SignDialog::updateState);
    connect(m_keyCombo, &QComboBox::currentIndexChanged, this, &SignDialog::updateState);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &SignDialog::resultReady);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SignDialog::workFinished);
    resize(640, 440);
    reloadKeys();
}

SignDialog::~SignDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void SignDialog::setKeyRingFolders(const KeyRing::Folders &folders)
{
    m_folders = folders;
    reloadKeys();
}

void SignDialog::reloadKeys()
{
    m_keys.clear();
    m_keyCombo->clear();
    for (const KeyEntry &entry : KeyRing(m_folders).entries()) {
        if (!entry.hasPrivate())
            continue;
        m_keys << entry;
        QString label = entry.name;
        if (entry.bits > 0)
            label += tr(" — %1 bits").arg(entry.bits);
        if (entry.privateEncrypted)
            label += tr(", encrypted");
        m_keyCombo->addItem(style()->standardIcon(QStyle::SP_DialogApplyButton), label, entry.fingerprint);
    }
    if (m_keys.isEmpty())
        m_keyCombo->addItem(tr("No private keys — generate or import one in the Keys view"));
    updateState();
}

void SignDialog::selectKey(const QString &nameOrFingerprint)
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).name == nameOrFingerprint || m_keys.at(i).fingerprint == nameOrFingerprint)
            m_keyCombo->setCurrentIndex(i);
    }
}

void SignDialog::setDigest(SignatureDigest digest)
{
    m_digest->setCurrentIndex(digest == SignatureDigest::Sha256 ? 1 : 0);
}

void SignDialog::setReplaceExisting(bool replace)
{
    (replace ? m_replace : m_addBeside)->setChecked(true);
}

void SignDialog::setFiles(const QStringList &paths)
{
    m_files.clear();
    m_fileList->clear();
    for (const QString &path : paths) {
        if (m_files.contains(path))
            continue;
        m_files << path;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_fileList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_results.clear();
    m_status->clear();
    updateState();
}

void SignDialog::addFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add Files to Sign"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({ tr("Packages and indexes (*.apk *.tar.gz)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &selected) { setFiles(m_files + selected); });
    dialog->open();
}

void SignDialog::removeSelected()
{
    QStringList keep = m_files;
    for (QListWidgetItem *item : m_fileList->selectedItems())
        keep.removeAll(item->data(Qt::UserRole).toString());
    setFiles(keep);
}

void SignDialog::updateState()
{
    const bool busy = m_watcher.isRunning() || m_unlocking;
    m_signButton->setEnabled(!busy && !m_files.isEmpty() && m_keyCombo->currentIndex() >= 0
                             && m_keyCombo->currentIndex() < m_keys.size());
    m_removeFiles->setEnabled(!busy && !m_fileList->selectedItems().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(m_watcher.isRunning() ? tr("&Cancel") : tr("&Close"));
}

void SignDialog::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_addFiles, m_keyCombo, m_digest, m_addBeside, m_replace })
        w->setEnabled(!busy);
    updateState();
}

void SignDialog::startSigning()
{
    const int index = m_keyCombo->currentIndex();
    if (index < 0 || index >= m_keys.size() || m_files.isEmpty() || isSigning() || m_unlocking)
        return;
    const KeyEntry entry = m_keys.at(index);
    m_provider->setCanRemember(m_secrets
                               && (m_secrets->backend() == SecretStore::Backend::SessionOnly
                                   || m_secrets->availability() != SecretStore::Availability::Unavailable));
    m_unlocking = true;
    setBusy(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Unlocking %1…").arg(entry.name));
    m_unlocker->unlock(entry.privatePath, this,
                       [this, entry](Result<PrivateKey> key) { keyUnlocked(std::move(key), entry); });
}

void SignDialog::keyUnlocked(Result<PrivateKey> key, const KeyEntry &entry)
{
    m_unlocking = false;
    Status usable = key.ok() ? Status() : Status(key.error());
    if (usable.ok() && !entry.publicPath.isEmpty()
        && entry.publicPath == entry.privatePath + QStringLiteral(".pub"))
        usable = checkKeyPair(*key, entry.publicPath);
    if (!usable.ok()) {
        setBusy(false);
        const bool cancelled = usable.error().kind() == Error::Kind::Cancelled;
        m_status->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #b00020"));
        m_status->setText(cancelled ? tr("Not signed: no passphrase given.") : usable.error().toString());
        return;
    }
    SignOptions options;
    options.digest = SignatureDigest(m_digest->currentData().toInt());
    options.existing =
        m_replace->isChecked() ? SignOptions::Existing::Replace : SignOptions::Existing::AddBeside;
    const QString publicName = entry.name;
    const PrivateKey privateKey = *key;
    const QStringList files = m_files;
    m_results.clear();
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Signing %n file(s) with %1…", nullptr, int(files.size())).arg(publicName));
    for (int i = 0; i < m_fileList->count(); ++i)
        m_fileList->item(i)->setIcon({});
    m_watcher.setFuture(
        QtConcurrent::run([files, privateKey, publicName, options](QPromise<FileResult> &promise) {
            promise.setProgressRange(0, int(files.size()));
            int done = 0;
            for (const QString &file : files) {
                if (promise.isCanceled())
                    return;
                const Result<SignOutcome> outcome = signFile(file, privateKey, publicName, options);
                FileResult result;
                result.path = file;
                result.ok = outcome.ok();
                result.message = outcome.ok()
                    ? (outcome->removed.isEmpty() ? SignDialog::tr("signed")
                                                  : SignDialog::tr("signed; replaced %1")
                                                        .arg(outcome->removed.join(QStringLiteral(", "))))
                    : outcome.error().message();
                promise.addResult(result);
                promise.setProgressValue(++done);
            }
        }));
    updateState();
}

void SignDialog::resultReady(int index)
{
    const FileResult result = m_watcher.resultAt(index);
    m_results << result;
    const int row = int(m_files.indexOf(result.path));
    if (QListWidgetItem *item = m_fileList->item(row)) {
        item->setIcon(
            style()->standardIcon(result.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
        item->setToolTip(result.path + u'\n' + result.message);
        item->setText(QFileInfo(result.path).fileName() + QStringLiteral(" — ") + result.message);
    }
}

void SignDialog::workFinished()
{
    setBusy(false);
    QStringList signedFiles;
    int failed = 0;
    for (const FileResult &result : std::as_const(m_results)) {
        if (result.ok)
            signedFiles << result.path;
        else
            ++failed;
    }
    const int skipped = int(m_files.size() - m_results.size());
    QString text = tr("Signed %n file(s).", nullptr, int(signedFiles.size()));
    if (failed > 0)
        text += u' ' + tr("%n failed (left unchanged).", nullptr, failed);
    if (skipped > 0)
        text += u' ' + tr("%n not signed (cancelled).", nullptr, skipped);
    m_status->setStyleSheet(failed > 0 ? QStringLiteral("color: #b00020") : QString());
    m_status->setText(text);
    if (!signedFiles.isEmpty())
        emit filesSigned(signedFiles);
    emit signingFinished();
}

} // namespace apkdesk::ui
