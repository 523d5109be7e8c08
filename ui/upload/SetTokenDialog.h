#pragma once

#include "upload/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace apkdesk {
class SecretStore;
}

namespace apkdesk::ui {

// Takes a token for one server profile and stores it in the keychain under
// "token:<profile id>". A JWT is decoded as it is typed (issuer, subject, expiry); an expired
// or malformed one cannot be saved. When no secret service answers, the dialog says so and
// offers to keep the token for this session only: it never writes it anywhere else.
class SetTokenDialog : public QDialog
{
    Q_OBJECT

public:
    SetTokenDialog(SecretStore *secrets, const ServerProfile &profile, QWidget *parent = nullptr);

    QLineEdit *tokenEdit() const { return m_token; }
    QCheckBox *sessionOnlyBox() const { return m_sessionOnly; }

public slots:
    void accept() override;

signals:
    // The token was stored (keychain or session); the view keeps it for this session.
    void tokenStored(const QString &profileId, const QByteArray &token);
    // The keychain refused or failed: for tests and the status bar.
    void storeFailed(const QString &message);

private:
    void updateState();
    void onWritten(const Status &status);
    void showNoBackend();

    SecretStore *m_secrets;
    ServerProfile m_profile;
    QLineEdit *m_token = nullptr;
    QLabel *m_decoded = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace apkdesk::ui
