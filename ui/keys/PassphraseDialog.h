#pragma once

#include "keys/PassphraseProvider.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace apkdesk::ui {

// Asks for a private key's passphrase. Shown window-modal with open(), never exec().
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(const PassphraseRequest &request, bool canRemember, QWidget *parent = nullptr);

    QString passphrase() const;
    bool remember() const;

private:
    QLineEdit *m_passphrase = nullptr;
    QCheckBox *m_remember = nullptr;
};

// The GUI's PassphraseProvider: one PassphraseDialog per request, answered when it closes.
class DialogPassphraseProvider : public QObject, public PassphraseProvider
{
    Q_OBJECT

public:
    explicit DialogPassphraseProvider(QWidget *dialogParent, QObject *parent = nullptr);
    void setCanRemember(bool canRemember) { m_canRemember = canRemember; }
    void requestPassphrase(const PassphraseRequest &request, Reply reply) override;

signals:
    void dialogShown(apkdesk::ui::PassphraseDialog *dialog); // for tests

private:
    QPointer<QWidget> m_dialogParent;
    bool m_canRemember = true;
};

} // namespace apkdesk::ui
