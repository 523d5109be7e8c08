#pragma once

#include "apkbuild/Apkbuild.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QDialogButtonBox;

namespace apkdesk::ui {

// "Bump version…": a new upstream version (pkgrel back to 0) or a rebuild (pkgrel + 1).
// The result is only computed here; the editor applies it to its buffer (undoable).
class BumpVersionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BumpVersionDialog(const Apkbuild &apkbuild, QWidget *parent = nullptr);

    // The new file content once accepted.
    QByteArray result() const { return m_result; }
    bool newUpstreamVersion() const;

private:
    void validate();

    Apkbuild m_apkbuild;
    QRadioButton *m_versionMode;
    QRadioButton *m_releaseMode;
    QLineEdit *m_version;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QByteArray m_result;
};

} // namespace apkdesk::ui
