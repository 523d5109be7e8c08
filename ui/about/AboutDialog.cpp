#include "about/AboutDialog.h"

#include "common/BuildInfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace apkdesk::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Apkdesk"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/apkdesk.svg")).pixmap(64, 64));
    header->addWidget(icon);
    auto *title = new QLabel(
        tr("<h2>Apkdesk %1</h2><p>Browse, inspect, sign and upload Alpine Linux packages.</p>")
            .arg(BuildInfo::apkdeskVersion()),
        this);
    title->setTextFormat(Qt::RichText);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *versions = new QPlainTextEdit(versionReport(), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setReadOnly(true);
    versions->setMaximumHeight(120);
    layout->addWidget(versions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::versionReport()
{
    return tr("Apkdesk %1\nQt %2\n%3\nzlib %4\n%5\nQtKeychain %6")
        .arg(BuildInfo::apkdeskVersion(), BuildInfo::qtVersion(), BuildInfo::openSslVersion(),
             BuildInfo::zlibVersion(), BuildInfo::libarchiveVersion(), BuildInfo::qtKeychainVersion());
}

} // namespace apkdesk::ui
