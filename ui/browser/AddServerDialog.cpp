#include "browser/AddServerDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace apkdesk::ui {

AddServerDialog::AddServerDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Server"));
    setObjectName(QStringLiteral("addServerDialog"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://dl-cdn.alpinelinux.org/alpine/"));
    m_url->setMinimumWidth(420);
    auto *folderButton = new QToolButton(this);
    folderButton->setText(tr("Folder…"));
    folderButton->setToolTip(tr("Choose a local repository folder"));
    connect(folderButton, &QToolButton::clicked, this, &AddServerDialog::browseFolder);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(folderButton);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Optional, shown in the sidebar"));

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("Optional PEM file, for servers with a private CA"));
    auto *caButton = new QToolButton(this);
    caButton->setText(tr("Browse…"));
    connect(caButton, &QToolButton::clicked, this, &AddServerDialog::browseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caButton);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));

    auto *intro = new QLabel(tr("Enter the root of a repository tree. Its versions, repositories and "
                                "architectures are read from the server's directory listings."),
                             this);
    intro->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), urlRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&CA file:"), caRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    connect(m_caFile, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    validate();
}

QUrl AddServerDialog::parseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    if (trimmed.isEmpty())
        return fail(tr("Enter a URL or a folder."));
    if (trimmed.startsWith(QLatin1Char('/')))
        return QUrl::fromLocalFile(QDir::cleanPath(trimmed) + QLatin1Char('/'));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("This is not a valid URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("file"))
        return url;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("Use an http://, https:// or file:// URL, or a local folder."));
    if (url.host().isEmpty())
        return fail(tr("The URL has no host name."));
    if (!url.userInfo().isEmpty())
        return fail(tr("Do not put user names or passwords in the URL."));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ServerEntry AddServerDialog::server() const
{
    ServerEntry entry;
    entry.id = ServerSettings::newId();
    entry.url = parseUrl(m_url->text());
    entry.name = m_name->text().trimmed();
    entry.caFile = m_caFile->text().trimmed();
    return entry;
}

void AddServerDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void AddServerDialog::validate()
{
    QString error;
    const QUrl url = parseUrl(m_url->text(), &error);
    bool ok = url.isValid();
    QString hint = error;
    if (ok && url.scheme() == QLatin1String("http"))
        hint = tr("Plain http: indexes are still checked against your trusted keys, but the "
                  "transfer itself is not private.");
    const QString ca = m_caFile->text().trimmed();
    if (ok && !ca.isEmpty() && !QFileInfo(ca).isFile()) {
        ok = false;
        hint = tr("The CA file does not exist.");
    }
    m_hint->setText(m_url->text().isEmpty() ? QString() : hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void AddServerDialog::browseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Repository Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        m_url->setText(QUrl::fromLocalFile(dir + QLatin1Char('/')).toString());
    });
    dialog->open();
}

void AddServerDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("CA Certificate"), QString(),
                                   tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

} // namespace apkdesk::ui
