#include "inspector/PackageSignaturePanel.h"

#include "inspector/SignatureTableModel.h"
#include "inspector/VerdictBadge.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

PackageSignaturePanel::PackageSignaturePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_badge = new VerdictBadge(this);
    m_reason = selectableLabel(this);
    auto *sign = new QPushButton(tr("Sign with…"), this);
    sign->setToolTip(tr("Sign this package with one of your keys"));
    auto *again = new QPushButton(tr("Verify again"), this);
    top->addWidget(m_badge);
    top->addWidget(m_reason, 1);
    top->addWidget(again);
    top->addWidget(sign);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    m_key = selectableLabel(this);
    m_identity = selectableLabel(this);
    m_dataHash = selectableLabel(this);
    form->addRow(tr("Checked signature:"), m_key);
    form->addRow(tr("Identity (C:):"), m_identity);
    form->addRow(tr("Data hash:"), m_dataHash);
    layout->addLayout(form);

    m_model = new SignatureTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(140);
    layout->addWidget(new QLabel(tr("Signature entries (★ = the one apk checks):"), this));
    layout->addWidget(m_table);

    m_segments = new QTableWidget(0, 4, this);
    m_segments->setHorizontalHeaderLabels(
        { tr("Gzip member"), tr("Bytes"), tr("Compressed"), tr("Uncompressed") });
    m_segments->horizontalHeader()->setStretchLastSection(true);
    m_segments->verticalHeader()->hide();
    m_segments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(new QLabel(tr("Layout:"), this));
    layout->addWidget(m_segments, 1);

    connect(sign, &QPushButton::clicked, this, &PackageSignaturePanel::signRequested);
    connect(again, &QPushButton::clicked, this, &PackageSignaturePanel::verifyAgainRequested);
}

QString PackageSignaturePanel::identityText() const
{
    return m_identity->text();
}

QString PackageSignaturePanel::dataHashText() const
{
    return m_dataHash->text();
}

void PackageSignaturePanel::setPackage(const ApkPackage &package)
{
    m_badge->setVerdict(package.verdict);
    m_reason->setText(package.verdict.describe());
    if (package.decisiveSignature >= 0) {
        const SignatureRecord &r = package.signatures[size_t(package.decisiveSignature)];
        m_key->setText(tr("%1 — %2, digest %3\nkey SHA-256 %4")
                           .arg(r.name.keyName, r.name.type, digestAlgorithmName(r.name.digest).toUpper(),
                                r.keyFingerprint));
    } else if (!package.signatures.empty()) {
        m_key->setText(tr("none: no signature is by a trusted key"));
    } else {
        m_key->setText(tr("none: the package is not signed"));
    }
    m_identity->setText(package.identityChecksum().isEmpty() ? tr("unknown (control member incomplete)")
                                                             : package.identityChecksum());
    if (!package.dataRead)
        m_dataHash->setText(tr("not checked"));
    else if (!package.dataHashChecked)
        m_dataHash->setText(tr("no datahash in .PKGINFO"));
    else if (package.dataHashMatches)
        m_dataHash->setText(tr("✓ matches: %1").arg(package.dataHashHex()));
    else
        m_dataHash->setText(tr("✗ MISMATCH: .PKGINFO says %1, the data member is %2")
                                .arg(QString::fromLatin1(package.pkgInfo.dataHash()), package.dataHashHex()));
    m_model->setPackage(package);
    m_table->resizeColumnsToContents();

    m_segments->setRowCount(int(package.segments.size()));
    const QLocale locale;
    for (int row = 0; row < int(package.segments.size()); ++row) {
        const PackageSegment &s = package.segments[size_t(row)];
        const QStringList cells = {
            QStringLiteral("%1 %2").arg(s.member.index).arg(segmentRoleName(s.role)),
            QStringLiteral("%1 – %2%3")
                .arg(s.member.offset)
                .arg(s.member.end)
                .arg(s.member.complete ? QString() : tr(" (incomplete)")),
            locale.formattedDataSize(s.member.compressedLength()),
            locale.formattedDataSize(qint64(s.member.uncompressedSize)),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_segments->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_segments->resizeColumnsToContents();
}

} // namespace apkdesk::ui
