#include "apkbuild/ApkbuildSources.h"

#include <QCoreApplication>
#include <QStringList>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::ApkbuildSources", text);
}

} // namespace

bool isRemoteSource(const QString &entry)
{
    const qsizetype sep = entry.indexOf(QLatin1String("::"));
    const QString uri = sep >= 0 ? entry.mid(sep + 2) : entry;
    return uri.startsWith(QLatin1String("http://")) || uri.startsWith(QLatin1String("https://"))
        || uri.startsWith(QLatin1String("ftp://"));
}

QString sourceFileName(const QString &entry)
{
    const qsizetype sep = entry.indexOf(QLatin1String("::"));
    const QString name = sep >= 0 ? entry.left(sep) : entry;
    return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
}

ApkbuildSource parseSourceEntry(const QString &entry)
{
    ApkbuildSource source;
    source.entry = entry;
    source.remote = isRemoteSource(entry);
    source.localName = sourceFileName(entry);
    const qsizetype sep = entry.indexOf(QLatin1String("::"));
    source.renamed = sep >= 0;
    if (source.remote)
        source.url = sep >= 0 ? entry.mid(sep + 2) : entry;
    else
        source.localPath = entry;

    const QString written = sep >= 0 ? entry.left(sep) : entry;
    const QString target = sep >= 0 ? entry.mid(sep + 2) : entry;
    if (target.startsWith(QLatin1String("file:")))
        source.problem = tr("file:// sources are refused: the file must be next to the APKBUILD");
    else if (sep >= 0 && !source.remote)
        source.problem = tr("'%1' renames something that is not an http, https or ftp URL").arg(entry);
    else if (source.renamed && written.contains(QLatin1Char('/')))
        source.problem = tr("the name before '::' must be a plain file name, not a path");
    else if (!source.remote && written.startsWith(QLatin1Char('/')))
        source.problem = tr("absolute path: local sources are relative to the APKBUILD's folder");
    else if (!source.remote
             && (written == QLatin1String("..") || written.startsWith(QLatin1String("../"))
                 || written.contains(QLatin1String("/../")) || written.endsWith(QLatin1String("/.."))))
        source.problem = tr("'%1' leaves the APKBUILD's folder").arg(written);
    else if (source.localName.isEmpty() || source.localName == QLatin1String(".")
             || source.localName == QLatin1String(".."))
        source.problem = tr("'%1' does not name a file").arg(entry);
    return source;
}

QString hostTripletForArch(const QString &arch)
{
    static const QHash<QString, QString> triplets = {
        { QStringLiteral("aarch64"), QStringLiteral("aarch64-alpine-linux-musl") },
        { QStringLiteral("armel"), QStringLiteral("armv5-alpine-linux-musleabi") },
        { QStringLiteral("armhf"), QStringLiteral("armv6-alpine-linux-musleabihf") },
        { QStringLiteral("armv7"), QStringLiteral("armv7-alpine-linux-musleabihf") },
        { QStringLiteral("loongarch64"), QStringLiteral("loongarch64-alpine-linux-musl") },
        { QStringLiteral("mips64"), QStringLiteral("mips64-alpine-linux-musl") },
        { QStringLiteral("ppc64le"), QStringLiteral("powerpc64le-alpine-linux-musl") },
        { QStringLiteral("riscv64"), QStringLiteral("riscv64-alpine-linux-musl") },
        { QStringLiteral("s390x"), QStringLiteral("s390x-alpine-linux-musl") },
        { QStringLiteral("x86"), QStringLiteral("i586-alpine-linux-musl") },
        { QStringLiteral("x86_64"), QStringLiteral("x86_64-alpine-linux-musl") },
    };
    return triplets.value(arch, arch + QStringLiteral("-alpine-linux-musl"));
}

QStringList knownAlpineArches()
{
    return { QStringLiteral("aarch64"),     QStringLiteral("armhf"),   QStringLiteral("armv7"),
             QStringLiteral("loongarch64"), QStringLiteral("ppc64le"), QStringLiteral("riscv64"),
             QStringLiteral("s390x"),       QStringLiteral("x86"),     QStringLiteral("x86_64") };
}

ApkbuildSubpackage parseSubpackage(const QString &entry, const QString &pkgname,
                                   const ApkbuildArchContext &arch)
{
    ApkbuildSubpackage sub;
    sub.entry = entry;
    const qsizetype first = entry.indexOf(QLatin1Char(':'));
    sub.name = first >= 0 ? entry.left(first) : entry;
    const QString splitArch = first >= 0 ? entry.mid(first + 1) : QString();
    const qsizetype second = splitArch.indexOf(QLatin1Char(':'));
    sub.splitFunction = second >= 0 ? splitArch.left(second) : splitArch;
    if (sub.splitFunction.isEmpty()) {
        if (sub.name.endsWith(QLatin1String("-bash-completion")))
            sub.splitFunction = QStringLiteral("bashcomp");
        else if (sub.name.endsWith(QLatin1String("-zsh-completion")))
            sub.splitFunction = QStringLiteral("zshcomp");
        else if (sub.name.endsWith(QLatin1String("-fish-completion")))
            sub.splitFunction = QStringLiteral("fishcomp");
        else
            sub.splitFunction = sub.name.mid(sub.name.lastIndexOf(QLatin1Char('-')) + 1);
    }
    const QString subArch = second >= 0 ? splitArch.mid(second + 1) : splitArch;
    if (second < 0 || subArch.isEmpty()) {
        sub.arch = arch.pkgarch;
        static const QStringList noarchSuffixes = {
            QStringLiteral("-doc"),          QStringLiteral("-openrc"), QStringLiteral("-lang"),
            QStringLiteral("sh-completion"), QStringLiteral("-pyc"),    QStringLiteral("-nftrules"),
            QStringLiteral("-systemd"),      QStringLiteral("-udev")
        };
        if (sub.name != pkgname)
            for (const QString &suffix : noarchSuffixes)
                if (sub.name.endsWith(suffix))
                    sub.arch = QStringLiteral("noarch");
    } else if (subArch == QLatin1String("noarch") || subArch == arch.carch) {
        sub.arch = subArch;
    } else if (subArch == QLatin1String("all") || subArch == arch.chost) {
        sub.arch = arch.carch;
    } else if (subArch == arch.cbuildArch || subArch == arch.cbuild) {
        sub.arch = arch.cbuildArch;
    } else if (subArch == arch.ctargetArch || subArch == arch.ctarget) {
        sub.arch = arch.ctargetArch;
    } else {
        sub.arch = subArch;
        sub.problem = tr("unknown subpackage arch '%1'").arg(subArch);
    }
    return sub;
}

} // namespace apkdesk
