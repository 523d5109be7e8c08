#include "apkbuild/VersionBump.h"

#include "versions/Version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::VersionBump", text);
}

// The assignment a bump may edit: the last unconditional one, with a literal value.
Result<ApkbuildAssignment> editableAssignment(const Apkbuild &apkbuild, const QString &name)
{
    if (const auto &error = apkbuild.parseError())
        return *error;
    const auto all = apkbuild.assignmentsOf(name);
    if (all.empty())
        return Error(Error::Kind::NotFound, tr("the APKBUILD has no %1= assignment").arg(name))
            .withLocation(apkbuild.path());
    std::optional<ApkbuildAssignment> last;
    for (const ApkbuildAssignment &a : all) {
        if (a.conditional)
            return Error(Error::Kind::Unsupported,
                         tr("line %1: %2 is assigned inside a condition or loop; edit it by hand")
                             .arg(a.line)
                             .arg(name))
                .withLocation(apkbuild.path())
                .withOffset(a.begin);
        last = a;
    }
    if (last->hasExpansions)
        return Error(Error::Kind::Unsupported,
                     tr("line %1: %2 is built from other variables or commands; edit it by hand")
                         .arg(last->line)
                         .arg(name))
            .withLocation(apkbuild.path())
            .withOffset(last->begin);
    return *last;
}

QByteArray quoteLike(const ApkbuildAssignment &a, const QString &value)
{
    const QByteArray raw = a.text.mid(a.valueBegin - a.begin);
    const QByteArray v = value.toUtf8();
    if (raw.startsWith('"'))
        return '"' + v + '"';
    if (raw.startsWith('\''))
        return '\'' + v + '\'';
    return v;
}

QByteArray replaceValue(const QByteArray &content, const ApkbuildAssignment &a, const QByteArray &value)
{
    QByteArray out = content;
    out.replace(a.valueBegin, a.end - a.valueBegin, value);
    return out;
}

Status verify(const Apkbuild &original, const QByteArray &content, const QString &pkgver,
              const QString &pkgrel)
{
    const Apkbuild updated = Apkbuild::parse(content, original.path(), original.options());
    if (updated.pkgver() != pkgver || updated.pkgrel() != pkgrel)
        return Error(Error::Kind::Generic,
                     tr("after the edit the file reads pkgver=%1 pkgrel=%2, not %3-r%4; nothing "
                        "was changed")
                         .arg(updated.pkgver(), updated.pkgrel(), pkgver, pkgrel))
            .withLocation(original.path());
    return {};
}

} // namespace

Result<QByteArray> VersionBump::setVersion(const Apkbuild &apkbuild, const QString &version)
{
    if (version.isEmpty() || !versions::isValid(QString(version + QStringLiteral("-r0"))))
        return Error(Error::Kind::InvalidArgument, tr("'%1' is not a valid apk version").arg(version));
    auto ver = editableAssignment(apkbuild, QStringLiteral("pkgver"));
    if (!ver)
        return ver.error();
    auto rel = editableAssignment(apkbuild, QStringLiteral("pkgrel"));
    if (!rel)
        return rel.error();
    // Replace the later one first so the earlier range stays valid.
    QByteArray content = apkbuild.content();
    const bool relFirst = rel->begin > ver->begin;
    if (relFirst) {
        content = replaceValue(content, *rel, quoteLike(*rel, QStringLiteral("0")));
        content = replaceValue(content, *ver, quoteLike(*ver, version));
    } else {
        content = replaceValue(content, *ver, quoteLike(*ver, version));
        content = replaceValue(content, *rel, quoteLike(*rel, QStringLiteral("0")));
    }
    if (auto status = verify(apkbuild, content, version, QStringLiteral("0")); !status)
        return status.error();
    return content;
}

Result<QByteArray> VersionBump::incrementRelease(const Apkbuild &apkbuild)
{
    auto rel = editableAssignment(apkbuild, QStringLiteral("pkgrel"));
    if (!rel)
        return rel.error();
    bool ok = false;
    const qlonglong current = apkbuild.pkgrel().toLongLong(&ok);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!ok || !digits.match(apkbuild.pkgrel()).hasMatch())
        return Error(Error::Kind::Format,
                     tr("line %1: pkgrel '%2' is not a number").arg(rel->line).arg(apkbuild.pkgrel()))
            .withLocation(apkbuild.path())
            .withOffset(rel->begin);
    const QString next = QString::number(current + 1);
    const QByteArray content = replaceValue(apkbuild.content(), *rel, quoteLike(*rel, next));
    if (auto status = verify(apkbuild, content, apkbuild.pkgver(), next); !status)
        return status.error();
    return content;
}

} // namespace apkdesk
