#pragma once

#include "upload/ServerProfile.h"
#include "upload/UploadPackage.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace apkdesk {
class NetworkAccess;
class SecretStore;
class ServerProfileStore;
class UploadSession;
} // namespace apkdesk

namespace apkdesk::ui {

class UploadHistoryWidget;
class UploadPackageModel;

// The Upload view: packages dropped or picked are verified first (untrusted or broken ones
// are flagged and never sent); a server profile and target are chosen; the token's state is
// shown (valid until, expired, missing) with a "Set token…" dialog that stores it in the
// keychain; uploading shows a bar per file and overall, and each package is confirmed
// against the server's re-fetched, signature-checked index. Past uploads are in the History tab.
class UploadView : public QWidget
{
    Q_OBJECT

public:
    // `network` and `secrets` are owned by the composition root; `historyPath` empty = default.
    UploadView(NetworkAccess *network, SecretStore *secrets, const QString &historyPath = {},
               QWidget *parent = nullptr);
    ~UploadView() override;

    // Parts, for tests and screenshots.
    UploadPackageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *profileCombo() const { return m_profiles; }
    QLabel *tokenLabel() const { return m_tokenLabel; }
    QPushButton *uploadButton() const { return m_upload; }
    QProgressBar *overallProgress() const { return m_overall; }
    QLabel *statusLabel() const { return m_status; }
    UploadHistoryWidget *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

    ServerProfile currentProfile() const;
    void selectProfile(const QString &id);
    bool isUploading() const;

public slots:
    void addPackages(const QStringList &paths);
    void reloadProfiles();
    void startUpload();
    void cancelUpload();
    void showSetTokenDialog();
    // Keeps `token` for this session (what the Set-token dialog stored).
    void setSessionToken(const QString &profileId, const QByteArray &token);

signals:
    // A confirmed package: the composition root opens it in the repository browser.
    void showPackageRequested(const QUrl &archUrl, const QString &name, const QString &version);
    void statusMessage(const QString &message);
    // Every package row checked (or failed to be read): for tests.
    void packagesChecked();
    void uploadFinished(bool success);
    void tokenStateChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void onProfileChanged();
    void refreshToken();
    void updateTokenLabel();
    void updateButtons();
    void addProfile();
    void editProfile();
    void removeProfile();
    void pickPackages();
    void removeSelected();
    void showSelectedInBrowser();
    void trustRegistryKey();
    void discoverTargets();
    void onSessionFinished();
    QString ownArchText() const;

    NetworkAccess *m_network;
    SecretStore *m_secrets;
    QString m_historyPath;
    std::unique_ptr<ServerProfileStore> m_store;
    QHash<QString, QByteArray> m_tokens; // profile id -> token, this session only
    QHash<QString, QString> m_tokenProblems;
    QSet<QString> m_tokenReads;
    QPointer<UploadSession> m_session;
    QList<int> m_sessionRows;
    int m_probesRunning = 0;

    UploadPackageModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_profiles = nullptr;
    QPushButton *m_editProfile = nullptr;
    QPushButton *m_removeProfile = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QPushButton *m_setToken = nullptr;
    QPushButton *m_trustKey = nullptr;
    QComboBox *m_version = nullptr;
    QComboBox *m_repo = nullptr;
    QComboBox *m_arch = nullptr;
    QCheckBox *m_allowUntrusted = nullptr;
    QPushButton *m_removePackages = nullptr;
    QPushButton *m_clearPackages = nullptr;
    QPushButton *m_showInBrowser = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_cancel = nullptr;
    UploadHistoryWidget *m_history = nullptr;
};

} // namespace apkdesk::ui
