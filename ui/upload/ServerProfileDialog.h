#pragma once

#include "upload/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace apkdesk::ui {

// Adds or edits an upload server profile: kind, address, default target, Gitea owner and
// user, CA file, and the explicit consent to plain http. Validates as the user types; never
// asks for the token (that is the Set-token dialog, which stores it in the keychain).
class ServerProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerProfileDialog(QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    // The edited profile (same id as the one given, or empty for a new one).
    ServerProfile profile() const;

private:
    void updateState();
    void browseCaFile();

    QString m_id;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_repo = nullptr;
    QLineEdit *m_arch = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_repoLabel = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace apkdesk::ui
