#pragma once

#include "apkbuild/Apkbuild.h"
#include "apkbuild/ApkbuildLinter.h"
#include "common/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace apkdesk {
class NetworkAccess;
}

namespace apkdesk::ui {

class CodeEditor;
class ChecksumRefreshDialog;

// One open APKBUILD: the code editor, and beside it what Apkdesk reads from the text as it
// is typed (fields, the expanded source list with what could not be expanded, lint
// results that jump to their line). Saving is atomic and keeps the file's line ends.
class ApkbuildDocumentWidget : public QWidget
{
    Q_OBJECT

public:
    ApkbuildDocumentWidget(NetworkAccess *access, const QString &cacheDir, QWidget *parent = nullptr);

    Status load(const QString &path);
    Status save();
    QString path() const { return m_path; }
    QString title() const;
    bool isModified() const;
    QByteArray content() const;
    void replaceContent(const QByteArray &content);

    const Apkbuild &apkbuild() const { return m_apkbuild; }
    const std::vector<LintIssue> &lintIssues() const { return m_issues; }
    CodeEditor *editor() const { return m_editor; }
    QTreeWidget *fieldsView() const { return m_fields; }
    QTreeWidget *sourcesView() const { return m_sources; }
    QListWidget *lintView() const { return m_lint; }
    QTabWidget *sidePanel() const { return m_side; }

public Q_SLOTS:
    void bumpVersion();
    // Opens the refresh dialog for the current text; returns it (for tests and screenshots).
    ChecksumRefreshDialog *refreshChecksums();
    void reparse();

Q_SIGNALS:
    void titleChanged();
    void statusMessage(const QString &message);

private:
    void fillFields();
    void fillSources();
    void fillLint();

    NetworkAccess *m_access;
    QString m_cacheDir;
    QString m_path;
    QByteArray m_savedContent;
    QString m_savedPkgver;
    bool m_crlf = false;
    Apkbuild m_apkbuild;
    std::vector<LintIssue> m_issues;
    CodeEditor *m_editor;
    QTimer *m_reparseTimer;
    QComboBox *m_arch;
    QLabel *m_summary;
    QTabWidget *m_side;
    QTreeWidget *m_fields;
    QTreeWidget *m_sources;
    QListWidget *m_lint;
};

} // namespace apkdesk::ui
