#include "apkbuild/BumpVersionDialog.h"

#include "apkbuild/VersionBump.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace apkdesk::ui {

BumpVersionDialog::BumpVersionDialog(const Apkbuild &apkbuild, QWidget *parent)
    : QDialog(parent), m_apkbuild(apkbuild),
      m_versionMode(new QRadioButton(tr("New upstream version (pkgrel is reset to 0):"), this)),
      m_releaseMode(new QRadioButton(tr("Rebuild the same version (pkgrel + 1)"), this)),
      m_version(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Bump Version — %1").arg(apkbuild.pkgname()));
    auto *layout = new QVBoxLayout(this);
    auto *current = new QLabel(tr("Current: <b>%1-r%2</b>")
                                   .arg(apkbuild.pkgver().toHtmlEscaped(), apkbuild.pkgrel().toHtmlEscaped()),
                               this);
    layout->addWidget(current);
    layout->addWidget(m_versionMode);
    m_version->setText(apkbuild.pkgver());
    m_version->setPlaceholderText(tr("e.g. 1.2.4"));
    layout->addWidget(m_version);
    layout->addWidget(m_releaseMode);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Bump"));
    m_versionMode->setChecked(true);
    connect(m_versionMode, &QRadioButton::toggled, this, &BumpVersionDialog::validate);
    connect(m_version, &QLineEdit::textChanged, this, &BumpVersionDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_version->selectAll();
    m_version->setFocus();
    validate();
}

bool BumpVersionDialog::newUpstreamVersion() const
{
    return m_versionMode->isChecked();
}

void BumpVersionDialog::validate()
{
    m_version->setEnabled(m_versionMode->isChecked());
    const auto result = m_versionMode->isChecked()
        ? VersionBump::setVersion(m_apkbuild, m_version->text().trimmed())
        : VersionBump::incrementRelease(m_apkbuild);
    const bool sameVersion = m_versionMode->isChecked() && m_version->text().trimmed() == m_apkbuild.pkgver();
    if (result && !sameVersion) {
        const Apkbuild after = Apkbuild::parse(result.value(), m_apkbuild.path(), m_apkbuild.options());
        m_summary->setText(tr("%1-r%2 → <b>%3-r%4</b>")
                               .arg(m_apkbuild.pkgver().toHtmlEscaped(), m_apkbuild.pkgrel().toHtmlEscaped(),
                                    after.pkgver().toHtmlEscaped(), after.pkgrel().toHtmlEscaped())
                           + (m_versionMode->isChecked() && !m_apkbuild.sources().empty()
                                  ? tr("<br>Refresh the checksums afterwards.")
                                  : QString()));
        m_result = result.value();
    } else {
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>")
                .arg((sameVersion ? tr("That is the current version.") : result.error().message())
                         .toHtmlEscaped()));
        m_result.clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_result.isEmpty());
}

} // namespace apkdesk::ui
