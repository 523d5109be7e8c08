#pragma once

#include "keys/KeyRing.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace apkdesk {
class SecretStore;
}

namespace apkdesk::ui {

class KeyListModel;
class SignDialog;

// The Keys view: private keys (Apkdesk's folder and ~/.abuild) and trusted public keys in
// one list, with generate, import, export, delete, trust/untrust and "Sign with…".
class KeysView : public QWidget
{
    Q_OBJECT

public:
    explicit KeysView(SecretStore *secrets, QWidget *parent = nullptr);
    ~KeysView() override;

    void setFolders(const KeyRing::Folders &folders);
    KeyListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const KeyEntry *currentEntry() const;

public slots:
    void refresh();
    void generateKey();
    void importKey();
    void exportPublicKey();
    void deleteKey();
    void toggleTrust();
    // Opens "Sign with…" for `files` (picked by the user when empty), current key preselected.
    SignDialog *signFiles(const QStringList &files = {});

signals:
    void statusMessage(const QString &message);
    void filesSigned(const QStringList &paths);
    void refreshed();

private:
    void updateActions();
    void showDetails();
    void importFrom(const QString &path, const QString &passphrase);
    void updateSecretBanner();

    QPointer<SecretStore> m_secrets;
    KeyRing::Folders m_folders;
    KeyListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_secretBanner = nullptr;
    QToolButton *m_generate = nullptr;
    QToolButton *m_import = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_trust = nullptr;
    QToolButton *m_delete = nullptr;
    QToolButton *m_sign = nullptr;
    QToolButton *m_refresh = nullptr;
    QFutureWatcher<QList<KeyEntry>> m_loader;
    QString m_selectAfterLoad;
};

} // namespace apkdesk::ui
