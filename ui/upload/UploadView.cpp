#include "upload/UploadView.h"

#include "keys/TrustStore.h"
#include "repositories/DiscoveryJob.h"
#include "repositories/NetworkAccess.h"
#include "secrets/SecretStore.h"
#include "upload/PackageProbe.h"
#include "upload/ProgressDelegate.h"
#include "upload/RegistryKey.h"
#include "upload/ServerProfileDialog.h"
#include "upload/ServerProfileStore.h"
#include "upload/SetTokenDialog.h"
#include "upload/TokenState.h"
#include "upload/UploadHistoryWidget.h"
#include "upload/UploadPackageModel.h"
#include "upload/UploadSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace apkdesk::ui {

namespace {

// Versions, repositories and arches a server's listings show, offered in the target boxes
// (typing any other target still works).
void offerDiscoveredTargets(const ServerTree &tree, QComboBox *versions, QComboBox *repos, QComboBox *arches)
{
    const auto offer = [](QComboBox *combo, const QString &name) {
        if (combo->findText(name) < 0)
            combo->addItem(name);
    };
    for (const DiscoveredVersion &version : tree.versions) {
        offer(versions, version.name);
        for (const DiscoveredRepository &repo : version.repositories) {
            offer(repos, repo.name);
            for (const DiscoveredArch &arch : repo.arches)
                offer(arches, arch.name);
        }
    }
}

} // namespace

UploadView::UploadView(NetworkAccess *network, SecretStore *secrets, const QString &historyPath,
                       QWidget *parent)
    : QWidget(parent), m_network(network), m_secrets(secrets), m_historyPath(historyPath),
      m_store(std::make_unique<ServerProfileStore>())
{
    m_model = new UploadPackageModel(this);
    m_history = new UploadHistoryWidget(historyPath, this);
    buildUi();
    setAcceptDrops(true);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UploadView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UploadView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UploadView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UploadView::updateButtons);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &UploadView::updateTokenLabel);
    reloadProfiles();
}

UploadView::~UploadView()
{
    if (m_session)
        m_session->cancel();
}

void UploadView::buildUi()
{
    m_profiles = new QComboBox(this);
    m_profiles->setMinimumContentsLength(28);
    auto *addProfileButton = new QPushButton(tr("Add…"), this);
    m_editProfile = new QPushButton(tr("Edit…"), this);
    m_removeProfile = new QPushButton(tr("Remove"), this);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setWordWrap(true);
    m_tokenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setToken = new QPushButton(tr("Set Token…"), this);
    m_trustKey = new QPushButton(tr("Trust Registry Key…"), this);
    m_trustKey->setToolTip(tr("Fetch the key this Gitea/Forgejo registry signs its index with, and "
                              "decide whether to trust it."));
    m_version = new QComboBox(this);
    m_repo = new QComboBox(this);
    m_arch = new QComboBox(this);
    for (QComboBox *combo : { m_version, m_repo, m_arch }) {
        combo->setEditable(true);
        combo->setMinimumContentsLength(10);
    }
    m_allowUntrusted = new QCheckBox(tr("Also send packages not signed by a trusted key"), this);

    auto *server = new QGridLayout;
    server->addWidget(new QLabel(tr("Server:"), this), 0, 0);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(addProfileButton);
    profileRow->addWidget(m_editProfile);
    profileRow->addWidget(m_removeProfile);
    server->addLayout(profileRow, 0, 1);
    server->addWidget(new QLabel(tr("Token:"), this), 1, 0);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel, 1);
    tokenRow->addWidget(m_setToken);
    tokenRow->addWidget(m_trustKey);
    server->addLayout(tokenRow, 1, 1);
    server->addWidget(new QLabel(tr("Target:"), this), 2, 0);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_version);
    targetRow->addWidget(new QLabel(QStringLiteral("/"), this));
    targetRow->addWidget(m_repo);
    targetRow->addWidget(new QLabel(QStringLiteral("/"), this));
    targetRow->addWidget(m_arch);
    targetRow->addSpacing(12);
    targetRow->addWidget(m_allowUntrusted);
    targetRow->addStretch();
    server->addLayout(targetRow, 2, 1);
    server->setColumnStretch(1, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(UploadPackageModel::ProgressColumn,
                                      new ProgressDelegate(UploadPackageModel::ProgressRole, this));
    m_table->horizontalHeader()->setSectionResizeMode(UploadPackageModel::StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(UploadPackageModel::FileColumn, 220);
    m_table->horizontalHeader()->resizeSection(UploadPackageModel::PackageColumn, 190);
    m_table->horizontalHeader()->resizeSection(UploadPackageModel::ArchColumn, 70);
    m_table->horizontalHeader()->resizeSection(UploadPackageModel::CheckColumn, 120);
    m_table->horizontalHeader()->resizeSection(UploadPackageModel::TargetColumn, 140);
    m_table->horizontalHeader()->resizeSection(UploadPackageModel::ProgressColumn, 110);
    m_table->setToolTip(tr("Drop .apk files or abuild output folders here."));

    auto *addPackagesButton = new QPushButton(tr("Add Packages…"), this);
    m_removePackages = new QPushButton(tr("Remove"), this);
    m_clearPackages = new QPushButton(tr("Clear"), this);
    m_showInBrowser = new QPushButton(tr("Show in Browser"), this);
    m_showInBrowser->setToolTip(tr("Open the confirmed package in the repository browser."));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addPackagesButton);
    listButtons->addWidget(m_removePackages);
    listButtons->addWidget(m_clearPackages);
    listButtons->addStretch();
    listButtons->addWidget(m_showInBrowser);

    auto *packagesPage = new QWidget(this);
    auto *packagesLayout = new QVBoxLayout(packagesPage);
    packagesLayout->addWidget(m_table);
    packagesLayout->addLayout(listButtons);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(packagesPage, tr("Packages"));
    m_tabs->addTab(m_history, tr("History"));

    m_overall = new QProgressBar(this);
    m_overall->setRange(0, 100);
    m_overall->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines are always reserved: a long refusal must not be cut off by the layout.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2 + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_upload = new QPushButton(tr("Upload"), this);
    m_upload->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_overall, 1);
    bottom->addWidget(m_upload);
    bottom->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(server);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_profiles, &QComboBox::currentIndexChanged, this, &UploadView::onProfileChanged);
    connect(addProfileButton, &QPushButton::clicked, this, &UploadView::addProfile);
    connect(m_editProfile, &QPushButton::clicked, this, &UploadView::editProfile);
    connect(m_removeProfile, &QPushButton::clicked, this, &UploadView::removeProfile);
    connect(m_setToken, &QPushButton::clicked, this, &UploadView::showSetTokenDialog);
    connect(m_trustKey, &QPushButton::clicked, this, &UploadView::trustRegistryKey);
    connect(addPackagesButton, &QPushButton::clicked, this, &UploadView::pickPackages);
    connect(m_removePackages, &QPushButton::clicked, this, &UploadView::removeSelected);
    connect(m_clearPackages, &QPushButton::clicked, m_model, &UploadPackageModel::clear);
    connect(m_showInBrowser, &QPushButton::clicked, this, &UploadView::showSelectedInBrowser);
    connect(m_table, &QTableView::doubleClicked, this, &UploadView::showSelectedInBrowser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UploadView::updateButtons);
    connect(m_upload, &QPushButton::clicked, this, &UploadView::startUpload);
    connect(m_cancel, &QPushButton::clicked, this, &UploadView::cancelUpload);
    connect(m_allowUntrusted, &QCheckBox::toggled, this, &UploadView::updateButtons);
}

QString UploadView::ownArchText() const
{
    return tr("(each package's arch)");
}

ServerProfile UploadView::currentProfile() const
{
    return m_store->find(m_profiles->currentData().toString()).value_or(ServerProfile());
}

void UploadView::selectProfile(const QString &id)
{
    const int index = m_profiles->findData(id);
    if (index >= 0)
        m_profiles->setCurrentIndex(index);
}

bool UploadView::isUploading() const
{
    return m_session && m_session->isRunning();
}

void UploadView::reloadProfiles()
{
    const QString current = m_profiles->currentData().toString();
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    const QList<ServerProfile> profiles = m_store->profiles();
    for (const ServerProfile &profile : profiles)
        m_profiles->addItem(
            profile.displayName() + QStringLiteral("  —  ") + profile.baseUrl.toDisplayString(), profile.id);
    if (profiles.isEmpty())
        m_profiles->setPlaceholderText(tr("Add an upload server first"));
    const QString wanted = current.isEmpty() ? m_store->lastUsedId() : current;
    const int index = m_profiles->findData(wanted);
    m_profiles->setCurrentIndex(index >= 0 ? index : (profiles.isEmpty() ? -1 : 0));
    onProfileChanged();
}

void UploadView::onProfileChanged()
{
    const ServerProfile profile = currentProfile();
    if (!profile.id.isEmpty())
        m_store->setLastUsedId(profile.id);
    for (QComboBox *combo : { m_version, m_repo, m_arch })
        combo->clear();
    m_version->addItem(profile.defaults.version);
    m_repo->addItem(profile.defaults.repo);
    m_arch->addItem(ownArchText());
    m_trustKey->setVisible(profile.kind == ServerProfile::Kind::Gitea);
    refreshToken();
    discoverTargets();
    updateButtons();
}

void UploadView::refreshToken()
{
    const ServerProfile profile = currentProfile();
    if (profile.id.isEmpty() || m_tokens.contains(profile.id) || m_tokenReads.contains(profile.id)) {
        updateTokenLabel();
        return;
    }
    m_tokenReads.insert(profile.id);
    updateTokenLabel();
    m_secrets->read(profile.tokenKey(), this, [this, id = profile.id](Result<QString> token) {
        m_tokenReads.remove(id);
        if (token)
            m_tokens.insert(id, token->toUtf8());
        else if (token.error().kind() != Error::Kind::NotFound)
            m_tokenProblems.insert(id, token.error().message());
        updateTokenLabel();
        updateButtons();
    });
}

void UploadView::updateTokenLabel()
{
    const ServerProfile profile = currentProfile();
    QString text;
    QString colour = QStringLiteral("#c01c28");
    if (profile.id.isEmpty()) {
        text = tr("No server selected.");
        colour.clear();
    } else if (m_tokenReads.contains(profile.id)) {
        text = tr("Reading the keychain…");
        colour.clear();
    } else if (!m_tokens.contains(profile.id)) {
        if (m_secrets->availability() == SecretStore::Availability::Unavailable
            && m_secrets->backend() != SecretStore::Backend::SessionOnly)
            text = tr("Missing. No keychain is available: a token can be kept for this session only.");
        else if (m_tokenProblems.contains(profile.id))
            text = tr("Could not read the keychain: %1").arg(m_tokenProblems.value(profile.id));
        else
            text = tr("Missing: set a token for this server.");
    } else {
        const TokenState state = describeToken(profile, m_tokens.value(profile.id));
        text = state.text;
        if (state.usable)
            colour = QStringLiteral("#26803c");
    }
    if (m_secrets->backend() == SecretStore::Backend::SessionOnly && m_tokens.contains(profile.id))
        text += QLatin1Char(' ') + tr("(kept for this session only)");
    m_tokenLabel->setText(text);
    m_tokenLabel->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    Q_EMIT tokenStateChanged();
}

void UploadView::setSessionToken(const QString &profileId, const QByteArray &token)
{
    m_tokens.insert(profileId, token);
    m_tokenProblems.remove(profileId);
    updateTokenLabel();
    updateButtons();
}

void UploadView::updateButtons()
{
    const bool running = isUploading();
    const ServerProfile profile = currentProfile();
    QList<int> rows;
    const QList<UploadPackage> packages = m_model->checkedPackages(&rows);
    const bool anySendable = std::any_of(packages.begin(), packages.end(), [this](const UploadPackage &p) {
        return p.isSendable(m_allowUntrusted->isChecked());
    });
    m_upload->setEnabled(!running && !profile.id.isEmpty() && anySendable && !m_model->isChecking());
    m_cancel->setEnabled(running);
    m_editProfile->setEnabled(!running && !profile.id.isEmpty());
    m_removeProfile->setEnabled(!running && !profile.id.isEmpty());
    m_setToken->setEnabled(!profile.id.isEmpty());
    m_profiles->setEnabled(!running);
    m_removePackages->setEnabled(!running && m_table->selectionModel()->hasSelection());
    m_clearPackages->setEnabled(!running && m_model->rowCount() > 0);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_showInBrowser->setEnabled(
        current.isValid()
        && m_model->index(current.row(), 0).data(UploadPackageModel::ConfirmedUrlRole).isValid());
}

void UploadView::addPackages(const QStringList &paths)
{
    auto files = PackageProbe::collect(paths);
    if (!files) {
        m_status->setText(files.error().toString());
        return;
    }
    const QList<int> rows = m_model->addPaths(*files);
    if (rows.isEmpty())
        return;
    m_tabs->setCurrentIndex(0);
    const TrustStore trust = TrustStore::fromSettings();
    for (int row : rows) {
        const QString path = m_model->path(row);
        auto *watcher = new QFutureWatcher<Result<UploadPackage>>(this);
        ++m_probesRunning;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            --m_probesRunning;
            // Rows may have moved (removed meanwhile): find the path again.
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->path(r) != path)
                    continue;
                const Result<UploadPackage> result = watcher->result();
                if (result)
                    m_model->setPackage(r, *result);
                else
                    m_model->setProbeError(r, result.error().message());
                break;
            }
            if (m_probesRunning == 0)
                Q_EMIT packagesChecked();
        });
        watcher->setFuture(QtConcurrent::run([path, trust] { return PackageProbe::probe(path, trust); }));
    }
}

void UploadView::pickPackages()
{
    auto *dialog =
        new QFileDialog(this, tr("Add Packages"), QString(), tr("Alpine packages (*.apk);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &UploadView::addPackages);
    dialog->open();
}

void UploadView::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    m_model->removeRows(rows);
}

void UploadView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isUploading())
        event->acceptProposedAction();
}

void UploadView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addPackages(paths);
    event->acceptProposedAction();
}

void UploadView::addProfile()
{
    auto *dialog = new ServerProfileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto saved = m_store->save(dialog->profile());
        if (!saved) {
            m_status->setText(saved.error().toString());
            return;
        }
        reloadProfiles();
        selectProfile(saved->id);
    });
    dialog->open();
}

void UploadView::editProfile()
{
    const ServerProfile profile = currentProfile();
    if (profile.id.isEmpty())
        return;
    auto *dialog = new ServerProfileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto saved = m_store->save(dialog->profile());
        if (!saved)
            m_status->setText(saved.error().toString());
        reloadProfiles();
    });
    dialog->open();
}

void UploadView::removeProfile()
{
    const ServerProfile profile = currentProfile();
    if (profile.id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Server"),
                                tr("Remove %1 and its token from the keychain?").arg(profile.displayName()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, profile] {
        m_store->remove(profile.id);
        m_tokens.remove(profile.id);
        m_secrets->remove(profile.tokenKey(), this, [](Status) {});
        reloadProfiles();
    });
    box->open();
}

void UploadView::showSetTokenDialog()
{
    const ServerProfile profile = currentProfile();
    if (profile.id.isEmpty())
        return;
    auto *dialog = new SetTokenDialog(m_secrets, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SetTokenDialog::tokenStored, this, &UploadView::setSessionToken);
    dialog->open();
}

void UploadView::trustRegistryKey()
{
    const ServerProfile profile = currentProfile();
    auto *fetcher = new RegistryKeyFetcher(m_network, profile, this);
    m_status->setText(tr("Fetching the registry's key…"));
    connect(fetcher, &RegistryKeyFetcher::finished, this, [this, fetcher](const Result<RegistryKey> &key) {
        fetcher->deleteLater();
        if (!key) {
            m_status->setText(key.error().toString());
            return;
        }
        m_status->clear();
        auto *box =
            new QMessageBox(QMessageBox::Question, tr("Trust Registry Key"),
                            tr("The registry signs its index with the key \"%1\" (RSA %2 bits).\n\nSHA-256 "
                               "fingerprint:\n%3\n\n"
                               "Trust it only if this fingerprint matches what the registry's administrator "
                               "published. Trust this key?")
                                .arg(key->name)
                                .arg(key->key.bits())
                                .arg(key->key.fingerprintHex()),
                            QMessageBox::Yes | QMessageBox::No, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        const RegistryKey value = *key;
        connect(box, &QMessageBox::accepted, this, [this, value] {
            const Status status = value.trust();
            m_status->setText(status ? tr("%1 is now trusted.").arg(value.name) : status.error().toString());
        });
        box->open();
    });
    fetcher->start();
}

void UploadView::discoverTargets()
{
    const ServerProfile profile = currentProfile();
    if (profile.id.isEmpty() || profile.kind != ServerProfile::Kind::Reposerve)
        return;
    DiscoveryOptions options;
    options.checkIndexes = false;
    auto *job = new DiscoveryJob(m_network, profile.baseUrl, options, this);
    connect(job, &AsyncJob::finished, this, [this, job, id = profile.id](const Status &status) {
        job->deleteLater();
        if (!status || currentProfile().id != id)
            return; // listings are a convenience: typing the target still works
        offerDiscoveredTargets(job->tree(), m_version, m_repo, m_arch);
    });
    job->start();
}

void UploadView::startUpload()
{
    if (isUploading())
        return;
    const ServerProfile profile = currentProfile();
    if (profile.id.isEmpty())
        return;
    if (auto status = profile.checkTransportAllowed(); !status) {
        m_status->setText(status.error().message());
        return;
    }
    if (!profile.caFile.isEmpty()) {
        if (auto status = m_network->setCaFile(profile.baseUrl, profile.caFile); !status) {
            m_status->setText(status.error().toString());
            return;
        }
    }
    m_sessionRows.clear();
    const QList<UploadPackage> packages = m_model->checkedPackages(&m_sessionRows);
    m_model->resetStates();
    UploadOptions options;
    options.version = m_version->currentText().trimmed();
    options.repo = m_repo->currentText().trimmed();
    const QString arch = m_arch->currentText().trimmed();
    options.arch = arch == ownArchText() ? QString() : arch;
    options.allowUntrusted = m_allowUntrusted->isChecked();
    options.historyPath = m_historyPath;

    m_session =
        new UploadSession(m_network, profile, m_tokens.value(profile.id), TrustStore::fromSettings(), this);
    m_session->setPackages(packages);
    m_session->setOptions(options);
    connect(m_session, &UploadSession::packageChanged, this, [this](int index) {
        if (m_session && index < m_sessionRows.size())
            m_model->setState(m_sessionRows.at(index), m_session->states().at(index));
    });
    connect(m_session, &UploadSession::progress, this, [this](qint64 sent, qint64 total) {
        m_overall->setValue(total > 0 ? int(sent * 100 / total) : 0);
        m_overall->setFormat(
            tr("%1 of %2").arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
    });
    connect(m_session, &UploadSession::statusMessage, m_status, &QLabel::setText);
    connect(m_session, &UploadSession::statusMessage, this, &UploadView::statusMessage);
    connect(m_session, &UploadSession::finished, this, &UploadView::onSessionFinished);
    m_overall->setValue(0);
    m_overall->setFormat(QStringLiteral("%p%"));
    m_status->setText(tr("Starting the upload…"));
    m_session->start();
    updateButtons();
}

void UploadView::cancelUpload()
{
    if (m_session)
        m_session->cancel();
}

void UploadView::onSessionFinished()
{
    if (!m_session)
        return;
    const bool success = m_session->result().ok();
    m_status->setText(success ? m_session->summary() : m_session->result().error().message());
    if (success)
        m_overall->setValue(100);
    m_session->deleteLater();
    m_history->reload();
    updateButtons();
    Q_EMIT statusMessage(m_status->text());
    Q_EMIT uploadFinished(success);
}

void UploadView::showSelectedInBrowser()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    if (m_model->state(row).stage != PackageUploadState::Stage::Confirmed)
        return;
    const ServerProfile profile = currentProfile();
    const UploadPackage &package = m_model->package(row);
    Q_EMIT showPackageRequested(profile.repositoryUrl(m_model->state(row).target), package.name,
                                package.version);
}

} // namespace apkdesk::ui
