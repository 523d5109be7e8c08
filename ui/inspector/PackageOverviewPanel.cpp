#include "inspector/PackageOverviewPanel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {
enum Row {
    NameRow,
    VersionRow,
    DescriptionRow,
    UrlRow,
    LicenseRow,
    OriginRow,
    MaintainerRow,
    PackagerRow,
    BuildDateRow,
    InstalledRow,
    FileSizeRow,
    ArchRow,
    CommitRow,
    RowCount
};
}

PackageOverviewPanel::PackageOverviewPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_labels = { tr("Name"),       tr("Version"),        tr("Description"),  tr("URL"),
                 tr("License"),    tr("Origin"),         tr("Maintainer"),   tr("Packager"),
                 tr("Build date"), tr("Installed size"), tr("Package size"), tr("Architecture"),
                 tr("Commit") };
    for (int row = 0; row < RowCount; ++row) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        // No wrapping: a wrapping label in a form row is given one line's height and the rest of
        // the text is cut off; apk descriptions are short (abuild caps pkgdesc at 128 chars).
        value->setWordWrap(false);
        value->setOpenExternalLinks(true);
        m_values << value;
        m_form->addRow(m_labels.at(row) + QLatin1Char(':'), value);
    }
    layout->addLayout(m_form);
    m_relations = new QTreeWidget(this);
    m_relations->setHeaderLabels({ tr("Relations") });
    m_relations->setRootIsDecorated(true);
    m_relations->setUniformRowHeights(true);
    layout->addWidget(m_relations, 1);
}

QString PackageOverviewPanel::formatBuildDate(qint64 secondsSinceEpoch)
{
    if (secondsSinceEpoch < 0)
        return {};
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch).toLocalTime();
    return QLocale().toString(local, QLocale::LongFormat);
}

void PackageOverviewPanel::setRow(int row, const QString &text, bool link)
{
    QLabel *label = m_values.at(row);
    label->setTextFormat(link ? Qt::RichText : Qt::PlainText);
    if (link && !text.isEmpty())
        label->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(text.toHtmlEscaped()));
    else
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

QString PackageOverviewPanel::fieldText(const QString &label) const
{
    const qsizetype row = m_labels.indexOf(label);
    return row < 0 ? QString() : m_values.at(row)->text();
}

void PackageOverviewPanel::setPackage(const ApkPackage &package)
{
    const PkgInfo &info = package.pkgInfo;
    const QLocale locale;
    setRow(NameRow, !info.name().isEmpty() ? info.name() : QFileInfo(package.path).fileName());
    setRow(VersionRow, info.version());
    setRow(DescriptionRow, info.description());
    setRow(UrlRow, info.url(), info.url().startsWith(QLatin1String("http")));
    setRow(LicenseRow, info.license());
    setRow(OriginRow, info.origin());
    setRow(MaintainerRow, info.maintainer());
    setRow(PackagerRow, info.packager());
    setRow(BuildDateRow, formatBuildDate(info.buildDate()));
    QString installed;
    if (info.installedSize() >= 1024)
        installed =
            tr("%1 (%2 bytes)")
                .arg(locale.formattedDataSize(info.installedSize()), locale.toString(info.installedSize()));
    else if (info.installedSize() >= 0)
        installed = locale.formattedDataSize(info.installedSize());
    setRow(InstalledRow, installed);
    setRow(FileSizeRow, package.fileSize >= 0 ? locale.formattedDataSize(package.fileSize) : QString());
    setRow(ArchRow, info.arch());
    setRow(CommitRow, info.commit());

    m_relations->clear();
    const struct
    {
        const char *key;
        QString title;
    } groups[] = {
        { "depend", tr("Depends") },
        { "provides", tr("Provides") },
        { "replaces", tr("Replaces") },
        { "install_if", tr("Install if") },
        { "triggers", tr("Triggers") },
        { "provider_priority", tr("Provider priority") },
        { "replaces_priority", tr("Replaces priority") },
    };
    for (const auto &group : groups) {
        const QStringList values = info.listValues(QString::fromLatin1(group.key));
        if (values.isEmpty())
            continue;
        auto *top = new QTreeWidgetItem(m_relations,
                                        { QStringLiteral("%1 (%2)").arg(group.title).arg(values.size()) });
        for (const QString &value : values)
            new QTreeWidgetItem(top, { value });
        top->setExpanded(true);
    }
    if (m_relations->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_relations, { tr("No dependencies, provides or triggers") });
}

} // namespace apkdesk::ui
