#include "inspector/PackageScriptsPanel.h"

#include "inspector/ShellHighlighter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>

namespace apkdesk::ui {

PackageScriptsPanel::PackageScriptsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_viewer = new QPlainTextEdit(splitter);
    m_viewer->setReadOnly(true);
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new ShellHighlighter(m_viewer->document());
    splitter->addWidget(m_list);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 180, 600 });
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &PackageScriptsPanel::show);
}

void PackageScriptsPanel::setPackage(const ApkPackage &package)
{
    m_list->clear();
    m_contents.clear();
    if (package.hasPkgInfo) {
        m_list->addItem(QStringLiteral(".PKGINFO"));
        m_contents << package.pkgInfo.text();
    }
    for (const InstallScript &script : package.installScripts) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2)").arg(script.name, QLocale().formattedDataSize(script.size)));
        item->setToolTip(tr("SHA-1 %1").arg(QString::fromLatin1(script.sha1)));
        m_list->addItem(item);
        QByteArray content = script.content;
        if (script.truncatedContent)
            content += "\n\n# "
                + tr("[only the first %1 are shown]")
                      .arg(QLocale().formattedDataSize(InstallScript::MaxScriptSize))
                      .toUtf8();
        m_contents << content;
    }
    if (package.installScripts.isEmpty())
        m_list->addItem(tr("(no install scripts)"));
    m_list->setCurrentRow(package.installScripts.isEmpty() ? 0 : (package.hasPkgInfo ? 1 : 0));
    show(m_list->currentRow());
}

void PackageScriptsPanel::show(int row)
{
    // Scripts are shown as text whatever they contain; invalid UTF-8 becomes U+FFFD.
    m_viewer->setPlainText(row >= 0 && row < m_contents.size() ? QString::fromUtf8(m_contents.at(row))
                                                               : QString());
}

} // namespace apkdesk::ui
