#include "indexes/IndexBuilder.h"

#include "archive/GzipWriter.h"
#include "archive/TarWriter.h"
#include "common/AtomicFile.h"
#include "indexes/ApkIndex.h"
#include "indexes/PackageGraph.h"
#include "packages/PackageReader.h"
#include "signatures/SignatureWriter.h"
#include "versions/DependencyAtom.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace apkdesk {

namespace {

struct IndexedPackage
{
    QString path;
    qint64 fileSize = 0;
    qint64 fileMtime = 0;
    QString checksum;
    PkgInfo info;
};

bool isSha256Hex(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// A package apk index would refuse, or that our own reader found inconsistent (HOSTILE 10).
Status checkIndexable(const ApkPackage &pkg)
{
    using Kind = PackageVerdict::Kind;
    switch (pkg.verdict.kind) {
    case Kind::Trusted:
    case Kind::Untrusted:
    case Kind::Unsigned:
    case Kind::BadSignature: // the signature plays no part in indexing (apk index does not check it)
        break;
    default: return Error(Error::Kind::Format, pkg.verdict.describe()).withLocation(pkg.path);
    }
    if (!pkg.hasPkgInfo || !pkg.isComplete() || pkg.identityChecksum().isEmpty())
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::IndexBuilder", "not a complete v2 package"))
            .withLocation(pkg.path);
    const QStringList hashes = pkg.pkgInfo.values(QStringLiteral("datahash"));
    if (hashes.size() != 1)
        return Error(Error::Kind::Format,
                     hashes.isEmpty()
                         ? QCoreApplication::translate("apkdesk::IndexBuilder", ".PKGINFO has no datahash")
                         : QCoreApplication::translate("apkdesk::IndexBuilder",
                                                       ".PKGINFO has %1 datahash lines")
                               .arg(hashes.size()))
            .withLocation(pkg.path);
    if (!isSha256Hex(hashes.first().toLatin1()))
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::IndexBuilder",
                                                 "datahash \"%1\" is not a SHA-256 in hex")
                         .arg(hashes.first()))
            .withLocation(pkg.path);
    if (!pkg.dataHashChecked || !pkg.dataHashMatches)
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::IndexBuilder",
                                                 "the data does not match its datahash"))
            .withLocation(pkg.path);
    if (pkg.verdict.kind == Kind::FileChecksumMismatch || !pkg.filesWithBadChecksum.isEmpty())
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::IndexBuilder", "file checksums do not match"))
            .withLocation(pkg.path);
    for (const char *key : { "pkgname", "pkgver" }) {
        if (pkg.pkgInfo.value(QLatin1String(key)).trimmed().isEmpty())
            return Error(Error::Kind::Format,
                         QCoreApplication::translate("apkdesk::IndexBuilder", ".PKGINFO has no %1")
                             .arg(QLatin1String(key)))
                .withLocation(pkg.path);
    }
    return {};
}

// apk writes dependency atoms back in canonical spelling (apk_deps_write).
QString canonicalAtoms(const QStringList &atoms)
{
    QStringList out;
    for (const QString &text : atoms) {
        const auto atom = DependencyAtom::parse(text);
        out.append(atom ? atom->canonicalString() : text);
    }
    return out.join(QLatin1Char(' '));
}

void appendField(QByteArray &out, char letter, const QString &value)
{
    out.append(letter);
    out.append(':');
    out.append(value.toUtf8());
    out.append('\n');
}

// apk_pkg_write_index_header(): C P V A S I T U L always (A when set), then o m t c k only
// when set, then D p i when non-empty.
QByteArray formatEntry(const IndexedPackage &p, const QString &rewriteArch)
{
    const PkgInfo &info = p.info;
    QByteArray out;
    appendField(out, 'C', p.checksum);
    appendField(out, 'P', info.name());
    appendField(out, 'V', info.version());
    const QString arch = rewriteArch.isEmpty() ? info.arch() : rewriteArch;
    if (!arch.isEmpty())
        appendField(out, 'A', arch);
    appendField(out, 'S', QString::number(p.fileSize));
    appendField(out, 'I', QString::number(std::max<qint64>(0, info.installedSize())));
    appendField(out, 'T', info.description());
    appendField(out, 'U', info.url());
    appendField(out, 'L', info.license());
    if (!info.origin().isEmpty())
        appendField(out, 'o', info.origin());
    if (!info.maintainer().isEmpty())
        appendField(out, 'm', info.maintainer());
    if (info.buildDate() > 0)
        appendField(out, 't', QString::number(info.buildDate()));
    if (!info.commit().isEmpty())
        appendField(out, 'c', info.commit());
    const qint64 priority = info.value(QStringLiteral("provider_priority")).toLongLong();
    if (priority > 0)
        appendField(out, 'k', QString::number(priority));
    const struct
    {
        char letter;
        const char *key;
    } lists[] = { { 'D', "depend" }, { 'p', "provides" }, { 'i', "install_if" } };
    for (const auto &list : lists) {
        const QStringList atoms = info.listValues(QLatin1String(list.key));
        if (!atoms.isEmpty())
            appendField(out, list.letter, canonicalAtoms(atoms));
    }
    out.append('\n');
    return out;
}

Result<QList<IndexedPackage>> readPackages(const QStringList &files, const IndexBuildOptions &options)
{
    QList<IndexedPackage> packages;
    PackageReader::Options readOptions;
    readOptions.cancel = options.cancel;
    for (int i = 0; i < files.size(); ++i) {
        if (options.cancel && options.cancel->load())
            return Error::cancelled();
        if (options.progress)
            options.progress(i, static_cast<int>(files.size()));
        auto pkg = PackageReader::read(files[i], readOptions);
        if (!pkg)
            return pkg.error();
        if (Status s = checkIndexable(pkg.value()); !s)
            return s.error();
        const QFileInfo fi(files[i]);
        packages.append(IndexedPackage { files[i], pkg->fileSize, fi.lastModified().toSecsSinceEpoch(),
                                         pkg->identityChecksum(), pkg->pkgInfo });
    }
    if (options.progress)
        options.progress(static_cast<int>(files.size()), static_cast<int>(files.size()));
    return packages;
}

// Same name and version: the newest build wins (build date, then file time).
QList<IndexedPackage> newestOnly(QList<IndexedPackage> packages, QStringList *skipped)
{
    std::stable_sort(packages.begin(), packages.end(), [](const IndexedPackage &a, const IndexedPackage &b) {
        const int byName = a.info.name().compare(b.info.name());
        if (byName != 0)
            return byName < 0;
        const int byVersion = versions::compare(a.info.version(), b.info.version());
        if (byVersion != 0)
            return byVersion < 0;
        if (a.info.buildDate() != b.info.buildDate())
            return a.info.buildDate() > b.info.buildDate();
        return a.fileMtime > b.fileMtime;
    });
    QList<IndexedPackage> kept;
    for (const IndexedPackage &p : packages) {
        if (!kept.isEmpty() && kept.last().info.name() == p.info.name()
            && kept.last().info.version() == p.info.version()) {
            skipped->append(p.path);
            continue;
        }
        kept.append(p);
    }
    return kept;
}

} // namespace

Result<QStringList> IndexBuilder::packagesInDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("apkdesk::IndexBuilder", "no such folder"))
            .withLocation(directory);
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("*.apk") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    if (files.isEmpty())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("apkdesk::IndexBuilder", "no .apk files in the folder"))
            .withLocation(directory);
    return files;
}

Result<QByteArray> IndexBuilder::indexText(const QStringList &packageFiles, const IndexBuildOptions &options,
                                           IndexBuildReport *report)
{
    auto packages = readPackages(packageFiles, options);
    if (!packages)
        return packages.error();
    IndexBuildReport local;
    IndexBuildReport &r = report ? *report : local;
    const QList<IndexedPackage> kept = newestOnly(std::move(packages.value()), &r.skippedDuplicates);
    QByteArray text;
    for (const IndexedPackage &p : kept)
        text.append(formatEntry(p, options.rewriteArch));
    r.packageCount = static_cast<int>(kept.size());

    // apk index's "No provider for the dependencies" warning.
    auto parsed = ApkIndex::parse(text);
    if (!parsed)
        return parsed.error().prefixed(
            QCoreApplication::translate("apkdesk::IndexBuilder", "generated index"));
    QSet<QString> missing;
    for (const BrokenDependency &broken : PackageGraph(parsed.value()).brokenDependencies())
        missing.insert(
            DependencyAtom::parse(broken.dependency).valueOr(DependencyAtom::make(broken.dependency)).name());
    r.unsatisfiedNames = QStringList(missing.begin(), missing.end());
    r.unsatisfiedNames.sort();
    return text;
}

Result<IndexBuildReport> IndexBuilder::build(const QStringList &packageFiles, const QString &outputPath,
                                             const IndexBuildOptions &options)
{
    IndexBuildReport report;
    report.outputPath = outputPath;
    auto text = indexText(packageFiles, options, &report);
    if (!text)
        return text.error();

    QByteArray tar;
    TarWriter writer([&tar](QByteArrayView bytes) -> Status {
        tar.append(bytes);
        return {};
    });
    const qint64 mtime = options.mtime >= 0 ? options.mtime : QDateTime::currentSecsSinceEpoch();
    const auto member = [&](const QByteArray &name, const QByteArray &contents) {
        TarWriterEntry entry;
        entry.name = name;
        entry.mode = 0644;
        entry.uname = entry.gname = "root";
        entry.mtime = mtime;
        entry.size = contents.size();
        return writer.addEntry(entry, contents);
    };
    if (!options.description.isEmpty()) {
        if (Status s = member("DESCRIPTION", options.description.toUtf8()); !s)
            return s.error();
    }
    if (Status s = member("APKINDEX", text.value()); !s)
        return s.error();
    if (Status s = writer.finish(TarWriter::Ending::EndBlocks); !s)
        return s.error();
    auto compressed = gzipMember(tar);
    if (!compressed)
        return compressed.error();

    QByteArray file = compressed.value();
    if (options.signingKey) {
        if (options.publicKeyName.isEmpty() || options.publicKeyName.contains(QLatin1Char('/')))
            return Error(
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("apkdesk::IndexBuilder",
                                            "a public key name (like name.rsa.pub) is needed to sign"));
        auto signature = SignatureMember::create(*options.signingKey, options.publicKeyName, options.digest,
                                                 compressed.value(), SignatureMember::defaultMtime());
        if (!signature)
            return signature.error();
        file.prepend(signature.value());
        report.signatureEntry = SignatureMember::entryName(options.publicKeyName, options.digest);
    }
    if (Status s = writeFileAtomically(outputPath, file, { permissionsFromMode(0644) }); !s)
        return s.error();
    return report;
}

} // namespace apkdesk
