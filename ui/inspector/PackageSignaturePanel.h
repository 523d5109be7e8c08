#pragma once

#include "packages/ApkPackage.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;
class QPushButton;

namespace apkdesk::ui {

class SignatureTableModel;
class VerdictBadge;

// Who signed it and whether it holds: the verdict badge with its reason, the key and
// digest apk checks, the identity checksum (C:) and datahash state, every signature entry
// with its own state, and the gzip members with their byte ranges.
class PackageSignaturePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageSignaturePanel(QWidget *parent = nullptr);

    void setPackage(const ApkPackage &package);
    VerdictBadge *badge() const { return m_badge; }
    SignatureTableModel *signatureModel() const { return m_model; }
    QString identityText() const;
    QString dataHashText() const;

signals:
    void signRequested();
    void verifyAgainRequested();

private:
    VerdictBadge *m_badge = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_dataHash = nullptr;
    SignatureTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTableWidget *m_segments = nullptr;
};

} // namespace apkdesk::ui
