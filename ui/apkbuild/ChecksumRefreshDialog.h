#pragma once

#include "apkbuild/Apkbuild.h"
#include "apkbuild/ChecksumRefresh.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace apkdesk {
class NetworkAccess;
}

namespace apkdesk::ui {

// "Refresh checksums": one progress row per source (size, speed, status, retry), then the
// proposed change as a diff, with the loud warning of HOSTILE case 19 when an upstream file
// changed under the same pkgver. Nothing is written until the user applies it.
class ChecksumRefreshDialog : public QDialog
{
    Q_OBJECT

public:
    ChecksumRefreshDialog(NetworkAccess *access, const Apkbuild &apkbuild, const QString &cacheDir,
                          bool pkgverChanged, QWidget *parent = nullptr);

    // Starts the refresh; false (and a message in the dialog) when the plan is refused.
    bool start();
    ChecksumRefresh *refresh() const { return m_refresh; }
    QTableWidget *table() const { return m_table; }
    QString diffText() const;

Q_SIGNALS:
    // The user accepted the proposal: `content` is the whole new file.
    void applyRequested(const QByteArray &content, bool save);

protected:
    void reject() override;

private:
    void updateRow(int index);
    void showProposal();

    ChecksumRefresh *m_refresh;
    Apkbuild m_apkbuild;
    QLabel *m_header;
    QTableWidget *m_table;
    QLabel *m_warning;
    QPlainTextEdit *m_diff;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QPushButton *m_applySave;
    QByteArray m_proposed;
};

} // namespace apkdesk::ui
