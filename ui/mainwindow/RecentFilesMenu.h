#pragma once

#include <QMenu>
#include <QStringList>

namespace apkdesk::ui {

// File > Open Recent: the last files the user opened (packages, indexes, APKBUILDs), newest
// first, kept in QSettings as soon as they change so a crash does not lose them.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    QStringList files() const { return m_files; }
    // Puts the paths first (absolute, without duplicates) and trims the list to MaxFiles.
    void addFiles(const QStringList &paths);
    void clear();
    void retranslate();

signals:
    // A still existing file was picked.
    void fileChosen(const QString &path);
    // A file that no longer exists was picked; it has been dropped from the list.
    void missingFileChosen(const QString &path);

private:
    void rebuild();
    void save() const;
    void choose(const QString &path);

    QStringList m_files;
};

} // namespace apkdesk::ui
