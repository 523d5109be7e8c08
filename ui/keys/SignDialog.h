#pragma once

#include "keys/KeyRing.h"
#include "signatures/FileSigner.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace apkdesk {
class KeyUnlocker;
class SecretStore;
} // namespace apkdesk

namespace apkdesk::ui {

class DialogPassphraseProvider;

// "Sign with…": signs one or many packages and/or APKINDEX.tar.gz files with a private
// key from the key ring, SHA-1 or SHA-256, adding beside or replacing existing signatures.
// The key is unlocked through the keychain or a passphrase dialog; signing runs off the GUI
// thread with progress and cancel.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    struct FileResult
    {
        QString path;
        bool ok = false;
        QString message;
    };

    explicit SignDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~SignDialog() override;

    void setFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    void setKeyRingFolders(const KeyRing::Folders &folders);
    // Preselects a key by KeyEntry::name or fingerprint.
    void selectKey(const QString &nameOrFingerprint);
    void setDigest(SignatureDigest digest);
    void setReplaceExisting(bool replace);

    bool isSigning() const { return m_watcher.isRunning(); }
    QList<FileResult> results() const { return m_results; }
    DialogPassphraseProvider *passphraseProvider() const { return m_provider; }

public slots:
    void startSigning();

signals:
    // Files that now carry the new signature (the inspector reloads them).
    void filesSigned(const QStringList &paths);
    void signingFinished();

private:
    void reloadKeys();
    void addFiles();
    void removeSelected();
    void updateState();
    void keyUnlocked(Result<PrivateKey> key, const KeyEntry &entry);
    void resultReady(int index);
    void workFinished();
    void setBusy(bool busy);

    QPointer<SecretStore> m_secrets;
    DialogPassphraseProvider *m_provider = nullptr;
    KeyUnlocker *m_unlocker = nullptr;
    KeyRing::Folders m_folders;
    QList<KeyEntry> m_keys;
    QStringList m_files;
    QList<FileResult> m_results;
    bool m_unlocking = false;

    QListWidget *m_fileList = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_removeFiles = nullptr;
    QComboBox *m_keyCombo = nullptr;
    QComboBox *m_digest = nullptr;
    QRadioButton *m_addBeside = nullptr;
    QRadioButton *m_replace = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signButton = nullptr;
    QFutureWatcher<FileResult> m_watcher;
};

} // namespace apkdesk::ui
