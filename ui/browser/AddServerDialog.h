#pragma once

#include "browser/ServerEntry.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace apkdesk::ui {

// Asks for a server's root URL (http, https, or a local folder), an optional display
// name and an optional CA file for servers with a private certificate authority. The
// levels below the root are discovered in the sidebar once the server is added.
class AddServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddServerDialog(QWidget *parent = nullptr);

    ServerEntry server() const;
    void setUrl(const QString &url);

    // Accepts "https://host/alpine", "file:///srv/repo" and plain local paths; anything
    // else yields an invalid URL and `error` says why.
    static QUrl parseUrl(const QString &text, QString *error = nullptr);

private:
    void validate();
    void browseFolder();
    void browseCaFile();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace apkdesk::ui
