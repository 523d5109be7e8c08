#include "packages/PackageExtractor.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <unistd.h>

#include <memory>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackageExtractor", text);
}

QString normalised(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

bool isStructuralFailure(PackageVerdict::Kind kind)
{
    switch (kind) {
    case PackageVerdict::Kind::Truncated:
    case PackageVerdict::Kind::Corrupt:
    case PackageVerdict::Kind::LimitExceeded:
    case PackageVerdict::Kind::NotApk:
    case PackageVerdict::Kind::ApkV3:
    case PackageVerdict::Kind::Unreadable:
    case PackageVerdict::Kind::Cancelled: return true;
    default: return false;
    }
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriterDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

// Everything that would make the extraction leave the target folder or be ambiguous,
// checked on the verified model before a single byte is written.
Status checkEntries(const ApkPackage &package, const QString &target, bool overwrite)
{
    if (!package.unsafePaths.isEmpty())
        return Error(Error::Kind::Unsafe, tr("unsafe entry: %1").arg(package.unsafePaths.first()))
            .withLocation(package.unsafePaths.first());
    if (!package.duplicatePaths.isEmpty())
        return Error(Error::Kind::Unsafe,
                     tr("the package holds '%1' more than once").arg(package.duplicatePaths.first()))
            .withLocation(package.duplicatePaths.first());
    if (package.dataEntriesCapped)
        return Error(Error::Kind::LimitExceeded, tr("too many entries to check them all before extracting"));

    QSet<QString> symlinks;
    QSet<QString> files;
    QHash<QString, bool> existingIsSymlink; // cache for target-side checks
    for (const DataEntry &entry : package.dataEntries) {
        const QString path = normalised(entry.tar.path);
        if (const QString reason = PackageExtractor::unsafeReason(path); !reason.isEmpty())
            return Error(Error::Kind::Unsafe, reason).withLocation(entry.tar.path);
        // A path below a symlink of the package would be written wherever the link points.
        const QStringList parts = path.split(QLatin1Char('/'));
        QString prefix;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            prefix += (i ? QStringLiteral("/") : QString()) + parts.at(i);
            if (symlinks.contains(prefix))
                return Error(Error::Kind::Unsafe,
                             tr("'%1' would be written through the symlink '%2'").arg(path, prefix))
                    .withLocation(entry.tar.path);
            auto cached = existingIsSymlink.constFind(prefix);
            if (cached == existingIsSymlink.constEnd())
                cached = existingIsSymlink.insert(prefix,
                                                  QFileInfo(target + QLatin1Char('/') + prefix).isSymLink());
            if (cached.value())
                return Error(
                           Error::Kind::Unsafe,
                           tr("'%1' would be written through the existing symlink '%2' in the target folder")
                               .arg(path, prefix))
                    .withLocation(entry.tar.path);
        }
        if (entry.tar.isHardLink()) {
            const QString source = normalised(entry.tar.linkTarget);
            if (!PackageExtractor::unsafeReason(source).isEmpty() || !files.contains(source))
                return Error(Error::Kind::Unsafe,
                             tr("hardlink '%1' points to '%2', which is not a file of this package")
                                 .arg(path, entry.tar.linkTarget))
                    .withLocation(entry.tar.path);
        }
        const QFileInfo existing(target + QLatin1Char('/') + path);
        if (!entry.tar.isDir() && (existing.exists() || existing.isSymLink())) {
            if (!overwrite)
                return Error(Error::Kind::Unsafe, tr("'%1' already exists in the target folder").arg(path))
                    .withLocation(existing.filePath());
            // An existing symlink is replaced, never followed (SECURE_SYMLINKS); a folder is not replaced.
            if (existing.isDir() && !existing.isSymLink())
                return Error(Error::Kind::Unsafe,
                             tr("'%1' exists in the target folder as a folder").arg(path))
                    .withLocation(existing.filePath());
        }
        if (entry.tar.isSymlink())
            symlinks.insert(path);
        if (entry.tar.isFile())
            files.insert(path);
    }
    return {};
}

} // namespace

QString PackageExtractor::unsafeReason(const QString &path)
{
    if (path.isEmpty())
        return tr("empty path");
    if (path.startsWith(QLatin1Char('/')))
        return tr("absolute path '%1'").arg(path);
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("control character in path '%1'").arg(path);
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return tr("'..' in path '%1'").arg(path);
    }
    return {};
}

Result<PackageExtractor::Report>
PackageExtractor::extract(const QString &packagePath, const QString &targetDirectory, const Options &options)
{
    const QFileInfo packageInfo(packagePath);
    if (packageInfo.isDir())
        return Error(Error::Kind::InvalidArgument, tr("is a directory, not a package file"))
            .withLocation(packagePath);
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString()).withLocation(packagePath);

    // Verify and extract from the same open file, so replacing the path in between changes nothing.
    Report report;
    report.package = PackageReader::read(file, packagePath, options.read);
    const ApkPackage &package = report.package;
    if (isStructuralFailure(package.verdict.kind))
        return Error(Error::Kind::Format, package.verdict.describe())
            .withLocation(packagePath)
            .withOffset(package.verdict.offset);
    if (!package.verdict.isTrusted() && !options.force)
        return Error(Error::Kind::Untrusted,
                     tr("not extracted: %1 (use --force to extract anyway)").arg(package.verdict.describe()))
            .withLocation(packagePath);

    // The checks run before the target folder is even created, so a refusal leaves no trace.
    const QFileInfo targetInfo(targetDirectory);
    if (targetInfo.exists() && !targetInfo.isDir())
        return Error(Error::Kind::InvalidArgument, tr("the target exists and is not a folder"))
            .withLocation(targetDirectory);
    QString target =
        targetInfo.exists() ? targetInfo.canonicalFilePath() : QDir::cleanPath(targetInfo.absoluteFilePath());
    if (auto s = checkEntries(package, target, options.overwrite); !s)
        return s.error();
    if (!QDir().mkpath(targetDirectory))
        return Error(Error::Kind::Io, tr("cannot create the target folder")).withLocation(targetDirectory);
    // The canonical path has no symlinks, so libarchive's symlink check applies to the package's part only.
    target = QFileInfo(targetDirectory).canonicalFilePath();

    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    const int fd = file.handle();
    if (::lseek(fd, 0, SEEK_SET) != 0 || archive_read_open_fd(reader.get(), fd, 64 * 1024) != ARCHIVE_OK)
        return Error(Error::Kind::Io, tr("cannot reopen the package")).withLocation(packagePath);

    std::unique_ptr<archive, WriterDeleter> writer(archive_write_disk_new());
    // No ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS: libarchive is handed absolute canonical target
    // paths (chdir() would be process-wide); the package's own absolute paths were refused above.
    int flags = ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_XATTR
        | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT;
    if (!options.overwrite)
        flags |= ARCHIVE_EXTRACT_NO_OVERWRITE;
    archive_write_disk_set_options(writer.get(), flags);
    archive_write_disk_set_standard_lookup(writer.get());

    qsizetype index = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return Error(Error::Kind::Format, QString::fromUtf8(archive_error_string(reader.get())))
                .withLocation(packagePath);
        const QString name =
            QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                 : archive_entry_pathname(entry));
        if (name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('/')))
            continue; // signature and control entries
        // Both readers must agree entry by entry; a parser differential is an attack surface.
        if (index >= package.dataEntries.size()
            || normalised(package.dataEntries.at(index).tar.path) != normalised(name))
            return Error(Error::Kind::Format,
                         tr("libarchive sees entry '%1' where the verified listing has '%2'")
                             .arg(name,
                                  index < package.dataEntries.size() ? package.dataEntries.at(index).tar.path
                                                                     : QString()))
                .withLocation(packagePath);
        const DataEntry &model = package.dataEntries.at(index++);
        const auto type = model.tar.type;
        if (type == TarEntry::Type::CharDevice || type == TarEntry::Type::BlockDevice
            || type == TarEntry::Type::Fifo || type == TarEntry::Type::Other) {
            report.skipped << tr("%1: %2 not created").arg(model.tar.path, tarEntryTypeName(type));
            continue;
        }
        const QString out = target + QLatin1Char('/') + normalised(name);
        archive_entry_copy_pathname(entry, QFile::encodeName(out).constData());
        if (type == TarEntry::Type::HardLink)
            archive_entry_copy_hardlink(
                entry,
                QFile::encodeName(target + QLatin1Char('/') + normalised(model.tar.linkTarget)).constData());
        int w = archive_write_header(writer.get(), entry);
        if (w < ARCHIVE_WARN)
            return Error(Error::Kind::Io, QString::fromUtf8(archive_error_string(writer.get())))
                .withLocation(model.tar.path);
        if (w == ARCHIVE_WARN)
            report.warnings << QStringLiteral("%1: %2").arg(
                model.tar.path, QString::fromUtf8(archive_error_string(writer.get())));
        if (archive_entry_size(entry) > 0) {
            const void *buffer = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            while (true) {
                const int r = archive_read_data_block(reader.get(), &buffer, &size, &offset);
                if (r == ARCHIVE_EOF)
                    break;
                if (r < ARCHIVE_WARN)
                    return Error(Error::Kind::Format, QString::fromUtf8(archive_error_string(reader.get())))
                        .withLocation(model.tar.path);
                if (archive_write_data_block(writer.get(), buffer, size, offset) < ARCHIVE_WARN)
                    return Error(Error::Kind::Io, QString::fromUtf8(archive_error_string(writer.get())))
                        .withLocation(model.tar.path);
            }
        }
        w = archive_write_finish_entry(writer.get());
        if (w < ARCHIVE_WARN)
            return Error(Error::Kind::Io, QString::fromUtf8(archive_error_string(writer.get())))
                .withLocation(model.tar.path);
        if (w == ARCHIVE_WARN)
            report.warnings << QStringLiteral("%1: %2").arg(
                model.tar.path, QString::fromUtf8(archive_error_string(writer.get())));
        ++report.written;
    }
    if (archive_write_close(writer.get()) < ARCHIVE_WARN)
        return Error(Error::Kind::Io, QString::fromUtf8(archive_error_string(writer.get())))
            .withLocation(targetDirectory);
    qCDebug(lcPackages) << "extracted" << report.written << "entries of" << packagePath << "to" << target;
    return report;
}

} // namespace apkdesk
