#pragma once

#include "keys/KeyGenerator.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace apkdesk {
class SecretStore;
}

namespace apkdesk::ui {

// "Generate Key Pair": name or e-mail, size, optional passphrase (twice), remember it in
// the keychain. Generation (seconds for 4096 bits) runs off the GUI thread.
class GenerateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GenerateKeyDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~GenerateKeyDialog() override;

    void setKeyFolder(const QString &folder) { m_folder = folder; }
    bool isGenerating() const { return m_watcher.isRunning(); }

public slots:
    // Ignored while a key is being generated: RSA generation cannot be interrupted, and
    // closing would only leave the GUI waiting for it.
    void reject() override;

signals:
    void keyGenerated(const apkdesk::GeneratedKeyPair &pair);

private:
    void updateState();
    void startGeneration();
    void generationFinished();
    QString validationMessage() const;

    QPointer<SecretStore> m_secrets;
    QString m_folder;
    QLineEdit *m_name = nullptr;
    QComboBox *m_bits = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<GeneratedKeyPair>> m_watcher;
    QString m_pendingPassphrase;
};

} // namespace apkdesk::ui
