#include "upload/ServerProfileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apkdesk::ui {

ServerProfileDialog::ServerProfileDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Upload Server"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Company repository"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("reposerve"), int(ServerProfile::Kind::Reposerve));
    m_kind->addItem(tr("Gitea / Forgejo package registry"), int(ServerProfile::Kind::Gitea));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://repo.example.com"));
    m_version = new QLineEdit(QStringLiteral("edge"), this);
    m_repo = new QLineEdit(QStringLiteral("main"), this);
    m_arch = new QLineEdit(QStringLiteral("x86_64"), this);
    m_arch->setToolTip(tr("Used for noarch packages; other packages go to their own arch."));
    m_owner = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("System certificates only"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_insecure = new QCheckBox(tr("Allow sending the token over plain http to this server"), this);
    m_insecure->setToolTip(tr("Anyone on the network path can read and reuse the token. Only for "
                              "servers reachable over a network you trust."));
    m_versionLabel = new QLabel(this);
    m_repoLabel = new QLabel(this);
    m_ownerLabel = new QLabel(tr("Package owner:"), this);
    m_userLabel = new QLabel(tr("User name:"), this);

    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Address:"), m_url);
    form->addRow(m_versionLabel, m_version);
    form->addRow(m_repoLabel, m_repo);
    form->addRow(tr("Default arch:"), m_arch);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_userLabel, m_user);
    form->addRow(tr("CA certificate:"), caRow);
    form->addRow(QString(), m_insecure);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ServerProfileDialog::browseCaFile);
    for (QLineEdit *edit : { m_name, m_url, m_version, m_repo, m_arch, m_owner, m_user, m_caFile })
        connect(edit, &QLineEdit::textChanged, this, &ServerProfileDialog::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ServerProfileDialog::updateState);
    connect(m_insecure, &QCheckBox::toggled, this, &ServerProfileDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

void ServerProfileDialog::setProfile(const ServerProfile &profile)
{
    m_id = profile.id;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_url->setText(profile.baseUrl.toString());
    m_version->setText(profile.defaults.version);
    m_repo->setText(profile.defaults.repo);
    m_arch->setText(profile.defaults.arch);
    m_owner->setText(profile.owner);
    m_user->setText(profile.user);
    m_caFile->setText(profile.caFile);
    m_insecure->setChecked(profile.allowInsecureHttp);
    updateState();
}

ServerProfile ServerProfileDialog::profile() const
{
    ServerProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.kind = ServerProfile::Kind(m_kind->currentData().toInt());
    profile.baseUrl = ServerProfile::normaliseBaseUrl(m_url->text()).valueOr(QUrl());
    profile.defaults = { m_version->text().trimmed(), m_repo->text().trimmed(), m_arch->text().trimmed() };
    profile.owner = m_owner->text().trimmed();
    profile.user = m_user->text().trimmed();
    if (profile.kind == ServerProfile::Kind::Gitea && profile.owner.isEmpty())
        profile.owner = profile.user;
    profile.caFile = m_caFile->text().trimmed();
    profile.allowInsecureHttp = m_insecure->isChecked();
    return profile;
}

void ServerProfileDialog::updateState()
{
    const bool gitea = ServerProfile::Kind(m_kind->currentData().toInt()) == ServerProfile::Kind::Gitea;
    m_versionLabel->setText(gitea ? tr("Default branch:") : tr("Default version:"));
    m_repoLabel->setText(gitea ? tr("Default repository:") : tr("Default repository:"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_owner, m_user, m_ownerLabel, m_userLabel })
        w->setVisible(gitea);
    m_owner->setPlaceholderText(m_user->text().isEmpty() ? tr("user or organisation") : m_user->text());

    QString problem;
    auto url = ServerProfile::normaliseBaseUrl(m_url->text());
    if (!m_url->text().trimmed().isEmpty() && !url)
        problem = url.error().message();
    const ServerProfile candidate = profile();
    if (problem.isEmpty() && url) {
        if (auto status = candidate.validate(); !status)
            problem = status.error().message();
        else if (auto transport = candidate.checkTransportAllowed(); !transport)
            problem = transport.error().message();
        else {
            for (const auto &[value, what] : { std::pair { candidate.defaults.version, tr("version") },
                                               std::pair { candidate.defaults.repo, tr("repository") },
                                               std::pair { candidate.defaults.arch, tr("arch") } }) {
                if (auto s = checkPathComponent(value, what); !s) {
                    problem = s.error().message();
                    break;
                }
            }
        }
    }
    if (problem.isEmpty() && !candidate.caFile.isEmpty() && !QFileInfo::exists(candidate.caFile))
        problem = tr("The CA certificate file does not exist.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(url.ok() && problem.isEmpty());
}

void ServerProfileDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("CA Certificate"), m_caFile->text(),
                                   tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

} // namespace apkdesk::ui
