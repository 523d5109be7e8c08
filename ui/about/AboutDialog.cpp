#include "about/AboutDialog.h"

#include "common/BuildInfo.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

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
        tr("<h2>Apkdesk %1</h2><p>Browse, inspect, sign and upload Alpine Linux packages.</p>"
           "<p>For people who run their own Alpine package repositories. Versions and dependencies "
           "follow apk-tools 3.</p>")
            .arg(BuildInfo::apkdeskVersion()),
        this);
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *versions = new QPlainTextEdit(versionReport(), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setReadOnly(true);
    versions->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Large enough for the whole report without scroll bars.
    const QStringList lines = versionReport().split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &line : lines)
        widest = std::max(widest, versions->fontMetrics().horizontalAdvance(line));
    const int margins = 2 * (versions->frameWidth() + int(versions->document()->documentMargin())) + 16;
    versions->setMinimumWidth(widest + margins);
    versions->setFixedHeight(versions->fontMetrics().lineSpacing() * int(lines.size() + 1) + margins);
    versions->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(versions);

    auto *versionsLabel = new QLabel(tr("Versions (include them in bug reports):"), this);
    layout->insertWidget(layout->indexOf(versions), versionsLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
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
