#pragma once

#include "browser/BrowsedRepository.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace apkdesk::ui {

class SignatureBadge;

// The right-hand pane: the index's signature badge and, for the selected package, every
// field of its record (unknown letters too), its dependencies as links to the package
// that satisfies each, what requires it, what it provides, its install_if and its origin's
// other packages. A click on a link asks the view to select that package.
class PackageDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit PackageDetailsView(QWidget *parent = nullptr);

    void setRepository(BrowsedRepositoryPtr repository, bool browsingUntrusted);
    void showPackage(PackageId id);
    void clearPackage();
    // An index that waits for the user's decision (untrusted, or older than before).
    void showWaiting(const SignatureVerdict &verdict);
    PackageId currentPackage() const { return m_package; }

    // The pane's HTML for a package: public so tests can check links and fields.
    static QString renderHtml(const BrowsedRepository &repository, PackageId id);
    QTextBrowser *browser() const { return m_browser; }
    SignatureBadge *badge() const { return m_badge; }

    // Lists longer than this are cut with "and N more" (musl has thousands of dependents).
    static constexpr int MaxListedPackages = 250;

signals:
    void packageActivated(apkdesk::PackageId id);

private:
    SignatureBadge *m_badge = nullptr;
    QLabel *m_source = nullptr;
    QTextBrowser *m_browser = nullptr;
    BrowsedRepositoryPtr m_repository;
    PackageId m_package = NoPackage;
};

} // namespace apkdesk::ui
