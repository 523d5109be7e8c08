#include "mainwindow/RecentFilesMenu.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace apkdesk::ui {

namespace {
const auto kRecentKey = QStringLiteral("mainwindow/recentFiles");
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("recentFiles"));
    setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    m_files = QSettings().value(kRecentKey).toStringList().mid(0, MaxFiles);
    retranslate();
}

void RecentFilesMenu::addFiles(const QStringList &paths)
{
    // The first path of a multiple selection ends up on top.
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString path = QFileInfo(*it).absoluteFilePath();
        m_files.removeAll(path);
        m_files.prepend(path);
    }
    m_files = m_files.mid(0, MaxFiles);
    save();
    rebuild();
}

void RecentFilesMenu::clear()
{
    m_files.clear();
    save();
    rebuild();
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &Recent"));
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    QMenu::clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &path = m_files.at(i);
        const QFileInfo info(path);
        // "&1 name — folder": numbered accelerators for the first nine entries.
        const QString number = i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QStringLiteral("%1 ").arg(i + 1);
        QAction *action =
            addAction(number + tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.path())));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { choose(path); });
    }
    if (!m_files.isEmpty())
        addSeparator();
    QAction *clearAction = addAction(tr("&Clear Recent Files"), this, &RecentFilesMenu::clear);
    clearAction->setObjectName(QStringLiteral("clearRecentFiles"));
    clearAction->setEnabled(!m_files.isEmpty());
    menuAction()->setEnabled(!m_files.isEmpty());
}

void RecentFilesMenu::save() const
{
    QSettings().setValue(kRecentKey, m_files);
}

void RecentFilesMenu::choose(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_files.removeAll(path);
        save();
        rebuild();
        emit missingFileChosen(path);
        return;
    }
    addFiles({ path });
    emit fileChosen(path);
}

} // namespace apkdesk::ui
