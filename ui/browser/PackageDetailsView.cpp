#include "browser/PackageDetailsView.h"

#include "browser/PackageTableModel.h"
#include "browser/SignatureBadge.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackageDetailsView", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString packageLink(const PackageGraph &graph, PackageId id)
{
    const IndexEntry entry = graph.entry(id);
    return QStringLiteral("<a href=\"pkg:%1\">%2</a>").arg(id).arg(esc(entry.nameVersion()));
}

QString section(const QString &title, int count)
{
    return QStringLiteral("<h3>%1 <span style=\"color:gray;font-weight:normal\">(%2)</span></h3>")
        .arg(esc(title))
        .arg(count);
}

QString dependencyList(const BrowsedRepository &repo, const QList<ResolvedDependency> &dependencies)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const ResolvedDependency &dep : dependencies) {
        html += QStringLiteral("<li>");
        if (dep.satisfiedBy != NoPackage) {
            const IndexEntry provider = repo.graph.entry(dep.satisfiedBy);
            html += QStringLiteral("<a href=\"pkg:%1\">%2</a>").arg(dep.satisfiedBy).arg(esc(dep.text));
            if (provider.name() != dep.atom.name() || dep.atom.hasVersionConstraint())
                html += QStringLiteral(" → ") + esc(provider.nameVersion());
        } else if (dep.atom.isConflict()) {
            html += esc(dep.text) + QStringLiteral(" <i>") + esc(tr("(conflict)")) + QStringLiteral("</i>");
        } else if (dep.parseError) {
            html += esc(dep.text) + QStringLiteral(" <span style=\"color:#c62828\">")
                + esc(tr("cannot be read")) + QStringLiteral("</span>");
        } else if (dep.isBroken()) {
            html += esc(dep.text) + QStringLiteral(" <span style=\"color:#c62828\">")
                + esc(tr("nothing provides it")) + QStringLiteral("</span>");
        } else {
            html += esc(dep.text) + QStringLiteral(" <span style=\"color:#b26a00\">")
                + esc(tr("no version matches")) + QStringLiteral("</span>");
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString packageList(const BrowsedRepository &repo, const QList<PackageId> &ids, PackageId exclude = NoPackage)
{
    QStringList links;
    int shown = 0;
    for (PackageId id : ids) {
        if (id == exclude)
            continue;
        if (shown++ == PackageDetailsView::MaxListedPackages)
            break;
        links.append(packageLink(repo.graph, id));
    }
    QString html = QStringLiteral("<p>") + links.join(QStringLiteral(", "));
    const int total = int(ids.size()) - (ids.contains(exclude) ? 1 : 0);
    if (total > PackageDetailsView::MaxListedPackages)
        html +=
            QStringLiteral(" ") + esc(tr("and %1 more").arg(total - PackageDetailsView::MaxListedPackages));
    return html + QStringLiteral("</p>");
}

QString fieldValue(const IndexEntry &entry, const IndexField &field)
{
    const QString value = QString::fromUtf8(entry.value(field));
    switch (field.letter) {
    case 'S':
    case 'I':
        return esc(QStringLiteral("%1 (%2)").arg(QLocale().formattedDataSize(value.toLongLong()), value));
    case 't':
        return esc(
            QStringLiteral("%1 UTC (%2)").arg(PackageTableModel::formatBuildTime(value.toLongLong()), value));
    case 'U': {
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            return QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(esc(url.toString(QUrl::FullyEncoded)), esc(value));
        return esc(value);
    }
    default: return esc(value);
    }
}

} // namespace

PackageDetailsView::PackageDetailsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("packageDetails"));
    m_badge = new SignatureBadge(this);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("indexSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("detailsText"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("pkg")) {
            bool ok = false;
            const uint id = url.path().toUInt(&ok);
            if (ok && m_repository && id < uint(m_repository->graph.packageCount()))
                emit packageActivated(PackageId(id));
        }
        // Homepage links (U:) are shown, not opened: one accidental click should not start a
        // browser on whatever an untrusted index names.
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_badge);
    layout->addWidget(m_source);
    layout->addWidget(m_browser, 1);
    clearPackage();
}

void PackageDetailsView::setRepository(BrowsedRepositoryPtr repository, bool browsingUntrusted)
{
    m_repository = std::move(repository);
    if (m_repository) {
        m_badge->setVerdict(m_repository->loaded.verdict, browsingUntrusted);
        QString source = m_repository->title;
        const QDateTime built = m_repository->loaded.builtAt();
        if (built.isValid())
            source += QLatin1Char('\n')
                + tr("Index made %1 UTC").arg(built.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!m_repository->loaded.description.isEmpty())
            source += QLatin1Char('\n') + m_repository->loaded.description;
        m_source->setText(source);
    } else {
        m_badge->clearVerdict();
        m_source->clear();
    }
    clearPackage();
}

void PackageDetailsView::showWaiting(const SignatureVerdict &verdict)
{
    m_repository.reset();
    m_package = NoPackage;
    m_badge->setVerdict(verdict, false);
    m_source->clear();
    m_browser->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                           .arg(esc(tr("The packages appear here once you choose to browse this index."))));
}

void PackageDetailsView::clearPackage()
{
    m_package = NoPackage;
    m_browser->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                           .arg(esc(m_repository ? tr("Select a package to see its details.")
                                                 : tr("Choose a repository on the left."))));
}

void PackageDetailsView::showPackage(PackageId id)
{
    if (!m_repository || id >= PackageId(m_repository->graph.packageCount())) {
        clearPackage();
        return;
    }
    m_package = id;
    m_browser->setHtml(renderHtml(*m_repository, id));
}

QString PackageDetailsView::renderHtml(const BrowsedRepository &repo, PackageId id)
{
    const PackageGraph &graph = repo.graph;
    const IndexEntry entry = graph.entry(id);
    QString html;
    html += QStringLiteral("<h2>%1 <span style=\"font-weight:normal\">%2</span></h2>")
                .arg(esc(entry.name()), esc(entry.version()));
    if (!entry.description().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(entry.description()));

    const QList<ResolvedDependency> depends = graph.dependencies(id);
    html += section(tr("Dependencies"), int(depends.size()));
    if (!depends.isEmpty())
        html += dependencyList(repo, depends);

    const QList<PackageId> reverse = graph.reverseDependencies(id);
    html += section(tr("Required by"), int(reverse.size()));
    if (!reverse.isEmpty())
        html += packageList(repo, reverse);

    const DependencyList provides = graph.provides(id);
    if (!provides.isEmpty()) {
        html += section(tr("Provides"), int(provides.size()));
        QStringList items;
        for (const DependencyAtom &atom : provides)
            items.append(esc(atom.toString()));
        html += QStringLiteral("<p>") + items.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }

    const QList<ResolvedDependency> installIf = graph.installIf(id);
    if (!installIf.isEmpty()) {
        html +=
            section(tr("Installed automatically when all are installed (install_if)"), int(installIf.size()));
        html += dependencyList(repo, installIf);
    }
    const QList<PackageId> triggers = graph.installIfTriggeredBy(id);
    if (!triggers.isEmpty()) {
        html += section(tr("Pulls in through install_if"), int(triggers.size()));
        html += packageList(repo, triggers);
    }
    const QList<PackageId> origin = graph.originGroup(id);
    if (origin.size() > 1) {
        html += section(tr("Same origin (%1)").arg(entry.origin()), int(origin.size()) - 1);
        html += packageList(repo, origin, id);
    }

    const QList<IndexField> fields = entry.fields();
    html += section(tr("All fields"), int(fields.size()));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const IndexField &field : fields) {
        html +=
            QStringLiteral("<tr><td valign=\"top\" style=\"color:gray;padding-right:8px\">%1&nbsp;(%2)</td>"
                           "<td>%3</td></tr>")
                .arg(esc(ApkIndex::fieldLabel(field.letter)), esc(QString(QLatin1Char(field.letter))),
                     fieldValue(entry, field));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace apkdesk::ui
