#include "apkbuild/ApkbuildLinter.h"

#include "apkbuild/ChecksumBlock.h"
#include "versions/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ApkbuildLinter", text);
}

using Severity = LintIssue::Severity;

class Linter
{
public:
    explicit Linter(const Apkbuild &apkbuild) : a(apkbuild) { }

    std::vector<LintIssue> run()
    {
        fileChecks();
        requiredVariables();
        versions();
        packageNames();
        sources();
        checksums();
        style();
        std::stable_sort(issues.begin(), issues.end(),
                         [](const LintIssue &x, const LintIssue &y) { return x.line < y.line; });
        return issues;
    }

private:
    void add(Severity severity, const char *code, int line, const QString &message)
    {
        issues.push_back({ severity, QString::fromLatin1(code), line, message });
    }

    int lineOf(const QString &name) const
    {
        const auto all = a.assignmentsOf(name);
        return all.empty() ? 0 : all.back().line;
    }

    void fileChecks()
    {
        if (a.parseError())
            add(Severity::Error, "syntax", a.lineAt(a.parseError()->offset()), a.parseError()->message());
        if (a.lineEndings() == LineEndings::Crlf || a.lineEndings() == LineEndings::Mixed)
            add(Severity::Error, "crlf", 1,
                tr("CRLF line ends: abuild stops at the first blank line (\"\\r: not found\") and every "
                   "value ends in \\r"));
        for (const ApkbuildUnexpandable &u : a.unexpandable())
            add(Severity::Warning, "not-expandable", u.line,
                u.variable.isEmpty()
                    ? tr("not evaluated statically: %1 (%2)").arg(u.construct, u.text)
                    : tr("%1 cannot be expanded statically: %2").arg(u.variable, u.construct));
        const QList<QByteArray> lines = a.content().split('\n');
        int maintainers = 0;
        for (const QByteArray &line : lines)
            if (QRegularExpression(QStringLiteral("^# *Maintainer:"))
                    .match(QString::fromUtf8(line))
                    .hasMatch())
                ++maintainers;
        if (maintainers == 0)
            add(Severity::Warning, "maintainer", 1, tr("no '# Maintainer: Name <email>' line"));
        else if (maintainers > 1)
            add(Severity::Error, "maintainer", 1, tr("more than one maintainer line"));
        if (!a.functions().contains(QStringLiteral("package")))
            add(Severity::Error, "package-function", 0, tr("missing package() function"));
    }

    void requiredVariables()
    {
        for (const char *name : { "pkgname", "pkgver", "pkgrel", "pkgdesc", "url", "arch", "license" }) {
            const QString n = QString::fromLatin1(name);
            if (!a.value(n) || a.value(n)->isEmpty())
                add(Severity::Error, "missing-variable", lineOf(n), tr("%1 is missing or empty").arg(n));
        }
        const QString desc = a.value(QStringLiteral("pkgdesc")).value_or(QString());
        if (desc.toUtf8().size() + 1 > 128)
            add(Severity::Error, "pkgdesc-too-long", lineOf(QStringLiteral("pkgdesc")),
                tr("pkgdesc is longer than 127 bytes (%1)").arg(desc.toUtf8().size()));
        if (desc.contains(QLatin1Char('\n')))
            add(Severity::Error, "pkgdesc-multiline", lineOf(QStringLiteral("pkgdesc")),
                tr("pkgdesc is not a single line"));
        for (const char *name : { "provider_priority", "replaces_priority" }) {
            const QString value = a.value(QString::fromLatin1(name)).value_or(QString());
            if (QRegularExpression(QStringLiteral("[^0-9]")).match(value).hasMatch())
                add(Severity::Error, "priority-not-number", lineOf(QString::fromLatin1(name)),
                    tr("%1 must be a number").arg(QString::fromLatin1(name)));
        }
        for (const char *wrong :
             { "depend", "makedepend", "pkguser", "pkggroup", "subpackage", "checkdepend" })
            if (a.value(QString::fromLatin1(wrong)))
                add(Severity::Error, "spelling", lineOf(QString::fromLatin1(wrong)),
                    tr("'%1' should be '%1s'").arg(QString::fromLatin1(wrong)));
    }

    void versions()
    {
        const QString pkgver = a.pkgver();
        if (!pkgver.isEmpty() && a.isKnown(QStringLiteral("pkgver"))
            && !versions::isValid(QString(pkgver + QStringLiteral("-r0"))))
            add(Severity::Error, "pkgver-invalid", lineOf(QStringLiteral("pkgver")),
                tr("'%1' is not a valid apk version").arg(pkgver));
        const QString pkgrel = a.pkgrel();
        if (!pkgrel.isEmpty() && a.isKnown(QStringLiteral("pkgrel"))
            && !QRegularExpression(QStringLiteral("^[0-9]+$")).match(pkgrel).hasMatch())
            add(Severity::Error, "pkgrel-not-number", lineOf(QStringLiteral("pkgrel")),
                tr("pkgrel '%1' is not a number").arg(pkgrel));
        if (a.assignmentsOf(QStringLiteral("pkgver")).size() > 1)
            add(Severity::Warning, "reassigned", lineOf(QStringLiteral("pkgver")),
                tr("pkgver is assigned more than once; the last assignment wins"));
    }

    void packageNames()
    {
        static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9._+-]*$"));
        QStringList seen;
        const int subLine = lineOf(QStringLiteral("subpackages"));
        QStringList names { a.pkgname() };
        for (const ApkbuildSubpackage &sub : a.subpackages()) {
            names << sub.name;
            if (!sub.problem.isEmpty())
                add(Severity::Error, "subpackage-arch", subLine, sub.problem);
            if (sub.splitFunction.startsWith(QLatin1Char('_')) && !a.functions().contains(sub.splitFunction))
                add(Severity::Error, "split-function", subLine,
                    tr("missing split function %1() for %2").arg(sub.splitFunction, sub.name));
        }
        for (const QString &name : names) {
            if (name.isEmpty() || !a.isKnown(QStringLiteral("pkgname")))
                continue;
            if (!validName.match(name).hasMatch())
                add(Severity::Error, "invalid-name",
                    name == a.pkgname() ? lineOf(QStringLiteral("pkgname")) : subLine,
                    tr("'%1' is not a valid package name").arg(name));
            if (seen.contains(name))
                add(Severity::Error, "duplicate-package", subLine,
                    tr("duplicate (sub-)package named %1").arg(name));
            seen << name;
        }
        static const QStringList scriptSuffixes = {
            QStringLiteral("pre-install"),  QStringLiteral("post-install"),  QStringLiteral("pre-upgrade"),
            QStringLiteral("post-upgrade"), QStringLiteral("pre-deinstall"), QStringLiteral("post-deinstall")
        };
        for (const QString &script : a.list(QStringLiteral("install"))) {
            if (!scriptSuffixes.contains(script.section(QLatin1Char('.'), -1)))
                add(Severity::Error, "install-script", lineOf(QStringLiteral("install")),
                    tr("%1: unknown install script suffix").arg(script));
            else if (!a.folder().isEmpty() && !QFileInfo::exists(QDir(a.folder()).filePath(script)))
                add(Severity::Error, "install-script", lineOf(QStringLiteral("install")),
                    tr("install script %1 is missing").arg(script));
        }
        for (const QString &trigger : a.list(QStringLiteral("triggers")))
            if (!trigger.contains(QLatin1Char('=')))
                add(Severity::Error, "triggers", lineOf(QStringLiteral("triggers")),
                    tr("%1: triggers must contain '='").arg(trigger));
    }

    void sources()
    {
        const int line = lineOf(QStringLiteral("source"));
        QStringList names;
        for (const ApkbuildSource &s : a.sources()) {
            if (!s.problem.isEmpty())
                add(Severity::Error, "source-refused", line, s.entry + QStringLiteral(": ") + s.problem);
            if (names.contains(s.localName))
                add(Severity::Error, "duplicate-source", line,
                    tr("duplicate found in $source: %1").arg(s.localName));
            names << s.localName;
            if (s.url.startsWith(QLatin1String("http://")))
                add(Severity::Warning, "plain-http", line,
                    tr("%1 is fetched over plain http: use https where upstream offers it").arg(s.url));
            else if (s.url.startsWith(QLatin1String("ftp://")))
                add(Severity::Warning, "plain-ftp", line,
                    tr("%1 is fetched over unencrypted ftp").arg(s.url));
            const QString pkgver = a.pkgver();
            if (s.remote && !s.renamed && !pkgver.isEmpty()
                && (s.localName.startsWith(QStringLiteral("v") + pkgver + QStringLiteral(".tar."))
                    || s.localName.startsWith(pkgver + QStringLiteral(".tar."))))
                add(Severity::Error, "source-rename", line,
                    tr("source %1 needs to be renamed ('name::url') to avoid collisions").arg(s.localName));
            if (!s.remote && s.problem.isEmpty() && s.known && !a.folder().isEmpty()
                && !QFileInfo::exists(QDir(a.folder()).filePath(s.localPath)))
                add(Severity::Error, "missing-local-source", line,
                    tr("local source %1 is missing").arg(s.localPath));
        }
    }

    void checksums()
    {
        for (const char *legacy : { "md5sums", "sha256sums" })
            if (a.value(QString::fromLatin1(legacy)))
                add(Severity::Warning, "deprecated-checksums", lineOf(QString::fromLatin1(legacy)),
                    tr("%1 is deprecated: run checksum to write sha512sums")
                        .arg(QString::fromLatin1(legacy)));
        const auto sources = a.sources();
        if (!a.isKnown(QStringLiteral("source")))
            return;
        const std::optional<QString> sha512 = a.value(QStringLiteral("sha512sums"));
        const std::optional<QString> sha256 = a.value(QStringLiteral("sha256sums"));
        const QString sums = sha512 && !sha512->isEmpty() ? *sha512 : sha256.value_or(QString());
        const int line = lineOf(sha512 && !sha512->isEmpty() ? QStringLiteral("sha512sums")
                                                             : QStringLiteral("sha256sums"));
        if (sources.empty())
            return;
        if (sums.trimmed().isEmpty()) {
            add(Severity::Error, "missing-checksums", line ? line : lineOf(QStringLiteral("source")),
                tr("no sha512sums for %1 source(s): run checksum").arg(sources.size()));
            return;
        }
        const auto lines = ChecksumLayout::parseLines(sums);
        if (lines.size() != sources.size())
            add(Severity::Error, "checksum-count", line,
                tr("%1 checksums for %2 sources").arg(lines.size()).arg(sources.size()));
        QStringList sourceNames;
        for (const ApkbuildSource &s : sources)
            sourceNames << s.localName;
        QStringList sumNames;
        for (const ChecksumLine &l : lines) {
            sumNames << l.name;
            if (!sourceNames.contains(l.name))
                add(Severity::Error, "checksum-extra", line,
                    tr("%1 has a checksum but is not in $source").arg(l.name));
            if (sha512 && !sha512->isEmpty()
                && !QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(l.hash).hasMatch())
                add(Severity::Error, "checksum-malformed", line,
                    tr("'%1' is not a sha512 hash").arg(l.hash.left(40)));
        }
        for (const QString &name : sourceNames)
            if (!sumNames.contains(name))
                add(Severity::Error, "checksum-missing", line, tr("%1 is missing in checksums").arg(name));
        if (sumNames.size() == sourceNames.size() && sumNames != sourceNames
            && QSet<QString>(sumNames.begin(), sumNames.end())
                == QSet<QString>(sourceNames.begin(), sourceNames.end()))
            add(Severity::Style, "checksum-order", line, tr("checksums are not in the order of $source"));
    }

    void style()
    {
        for (const ApkbuildAssignment &as : a.assignments()) {
            const QByteArray value = as.text.mid(as.valueBegin - as.begin);
            if ((as.name == QLatin1String("pkgname") || as.name == QLatin1String("pkgver")) && as.quotedValue)
                add(Severity::Style, as.name == QLatin1String("pkgname") ? "AL3" : "AL4", as.line,
                    tr("%1 must not be quoted").arg(as.name));
            if (as.name == QLatin1String("builddir")
                && (value == "\"$srcdir/$pkgname-$pkgver\"" || value == "\"$srcdir\"/$pkgname-$pkgver"))
                add(Severity::Style, "AL1", as.line, tr("builddir has the default value and can be removed"));
            if (!as.conditional && (value == "\"\"" || value == "''")
                && !as.name.endsWith(QLatin1String("sums")) && !as.name.startsWith(QLatin1Char('_')))
                add(Severity::Style, "AL5", as.line,
                    tr("%1 is assigned an empty value and can be removed").arg(as.name));
        }
        const QList<QByteArray> lines = a.content().split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            if (line.endsWith(' ') || line.endsWith('\t'))
                add(Severity::Style, "AL8", i + 1, tr("trailing whitespace"));
        }
    }

    const Apkbuild &a;
    std::vector<LintIssue> issues;
};

} // namespace

std::vector<LintIssue> lintApkbuild(const Apkbuild &apkbuild)
{
    return Linter(apkbuild).run();
}

QString lintSeverityName(LintIssue::Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("error");
    case Severity::Warning: return tr("warning");
    case Severity::Style: return tr("style");
    }
    return {};
}

} // namespace apkdesk
