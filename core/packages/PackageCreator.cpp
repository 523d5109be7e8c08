#include "packages/PackageCreator.h"

#include "archive/GzipWriter.h"
#include "archive/TarWriter.h"
#include "common/AtomicFile.h"
#include "common/BuildInfo.h"
#include "common/Logging.h"
#include "signatures/SignatureWriter.h"
#include "versions/Version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>

namespace apkdesk {

namespace {

const QStringList kScriptNames = { QStringLiteral("pre-install"),   QStringLiteral("post-install"),
                                   QStringLiteral("pre-upgrade"),   QStringLiteral("post-upgrade"),
                                   QStringLiteral("pre-deinstall"), QStringLiteral("post-deinstall"),
                                   QStringLiteral("trigger") };

struct TreeItem
{
    QByteArray relative; // UTF-8, directories end with '/'
    QByteArray absolute;
    struct stat st;
};

// Depth first, names in byte order within each folder: GNU tar --sort=name.
Status walk(const QByteArray &root, const QByteArray &relativeDir, QList<TreeItem> &out)
{
    const QByteArray absDir = relativeDir.isEmpty() ? root : root + '/' + relativeDir.chopped(1);
    QDir dir(QFile::decodeName(absDir));
    QList<QByteArray> names;
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : entries)
        names << QFile::encodeName(name);
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : names) {
        if (relativeDir.isEmpty() && name.startsWith('.'))
            return Error(
                       Error::Kind::InvalidArgument,
                       QCoreApplication::translate(
                           "apkdesk::PackageCreator",
                           "'%1' at the top of the package tree: names starting with '.' there are reserved "
                           "for package metadata")
                           .arg(QFile::decodeName(name)))
                .withLocation(QFile::decodeName(root));
        TreeItem item;
        item.absolute = absDir + '/' + name;
        if (::lstat(item.absolute.constData(), &item.st) != 0)
            return Error(
                       Error::Kind::Io,
                       QCoreApplication::translate("apkdesk::PackageCreator", "cannot read file information"))
                .withLocation(QFile::decodeName(item.absolute));
        item.relative = relativeDir + name;
        if (S_ISDIR(item.st.st_mode)) {
            item.relative += '/';
            out << item;
            if (Status s = walk(root, item.relative, out); !s)
                return s;
        } else if (S_ISREG(item.st.st_mode) || S_ISLNK(item.st.st_mode)) {
            out << item;
        } else {
            return Error(Error::Kind::Unsupported,
                         QCoreApplication::translate(
                             "apkdesk::PackageCreator",
                             "device files, fifos and sockets cannot go into a package"))
                .withLocation(QFile::decodeName(item.absolute));
        }
    }
    return {};
}

// Extended attributes in the order the file system lists them, as `tar --xattrs` stores
// them (SCHILY.xattr.*); system.* (ACLs) are left out like GNU tar without --acls.
QList<QPair<QByteArray, QByteArray>> readXattrs(const QByteArray &path)
{
    QList<QPair<QByteArray, QByteArray>> attributes;
    const ssize_t listSize = ::llistxattr(path.constData(), nullptr, 0);
    if (listSize <= 0)
        return attributes;
    QByteArray names(listSize, '\0');
    const ssize_t got = ::llistxattr(path.constData(), names.data(), size_t(names.size()));
    if (got <= 0)
        return attributes;
    for (const QByteArray &name : names.left(got).split('\0')) {
        if (name.isEmpty() || name.startsWith("system."))
            continue;
        const ssize_t valueSize = ::lgetxattr(path.constData(), name.constData(), nullptr, 0);
        if (valueSize < 0)
            continue;
        QByteArray value(valueSize, '\0');
        const ssize_t read =
            ::lgetxattr(path.constData(), name.constData(), value.data(), size_t(value.size()));
        if (read >= 0)
            attributes.append({ name, value.left(read) });
    }
    return attributes;
}

QByteArray readLinkTarget(const QByteArray &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t length = ::readlink(path.constData(), buffer.data(), size_t(buffer.size()));
    return length < 0 ? QByteArray() : buffer.left(length);
}

Result<QByteArray> fileSha1(const QByteArray &path)
{
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::PackageCreator", "cannot read: %1")
                         .arg(file.errorString()))
            .withLocation(file.fileName());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&file))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::PackageCreator", "cannot read: %1")
                         .arg(file.errorString()))
            .withLocation(file.fileName());
    return hash.result().toHex();
}

void appendField(QByteArray &text, const char *key, const QString &value)
{
    text += key;
    text += " = ";
    text += value.toUtf8();
    text += '\n';
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'-') || name.startsWith(u'.'))
        return false;
    for (const QChar c : name) {
        if (!(c.unicode() < 0x80
              && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'+')))
            return false;
    }
    return true;
}

bool validListItem(const QString &item)
{
    return !item.isEmpty() && !item.contains(u'\n') && !item.contains(u' ') && !item.contains(u'\t');
}

// Data member: the tar stream, gzip'd into a temp file, SHA-256 of the compressed bytes.
struct DataMember
{
    QTemporaryFile file;
    QByteArray sha256;
    qint64 installedSize = 0;
    int fileCount = 0;
};

Status writeDataMember(const QString &rootDir, qint64 mtime, DataMember &data)
{
    QList<TreeItem> items;
    const QByteArray root = QFile::encodeName(QDir(rootDir).absolutePath());
    if (Status s = walk(root, {}, items); !s)
        return s;
    if (!data.file.open())
        return Error(
            Error::Kind::Io,
            QCoreApplication::translate("apkdesk::PackageCreator", "cannot create a temporary file: %1")
                .arg(data.file.errorString()));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    GzipWriter gzip([&](QByteArrayView bytes) -> Status {
        hash.addData(bytes);
        if (data.file.write(bytes.data(), bytes.size()) != bytes.size())
            return Error(
                Error::Kind::Io,
                QCoreApplication::translate("apkdesk::PackageCreator", "cannot write the temporary file: %1")
                    .arg(data.file.errorString()));
        return {};
    });
    TarWriter tar([&gzip](QByteArrayView bytes) { return gzip.write(bytes); });

    QHash<QPair<quint64, quint64>, QByteArray> firstNameOfInode;
    for (const TreeItem &item : items) {
        TarWriterEntry entry;
        entry.name = item.relative;
        entry.mode = item.st.st_mode & 07777;
        entry.uname = "root";
        entry.gname = "root";
        entry.mtime = mtime;
        entry.xattrs = readXattrs(item.absolute);
        if (S_ISDIR(item.st.st_mode)) {
            entry.type = TarWriterEntry::Type::Directory;
            if (Status s = tar.addEntry(entry); !s)
                return s;
            continue;
        }
        if (S_ISLNK(item.st.st_mode)) {
            entry.type = TarWriterEntry::Type::Symlink;
            entry.mode = 0777;
            entry.linkTarget = readLinkTarget(item.absolute);
            // abuild-tar hashes the ustar linkname field, i.e. the target cut to 100 bytes.
            entry.apkChecksumSha1 =
                QCryptographicHash::hash(entry.linkTarget.left(100), QCryptographicHash::Sha1).toHex();
            if (Status s = tar.addEntry(entry); !s)
                return s;
            continue;
        }
        const auto inode = qMakePair(quint64(item.st.st_dev), quint64(item.st.st_ino));
        if (item.st.st_nlink > 1 && firstNameOfInode.contains(inode)) {
            entry.type = TarWriterEntry::Type::HardLink;
            entry.linkTarget = firstNameOfInode.value(inode);
            if (Status s = tar.addEntry(entry); !s)
                return s;
            continue;
        }
        if (item.st.st_nlink > 1)
            firstNameOfInode.insert(inode, item.relative);
        Result<QByteArray> sha1 = fileSha1(item.absolute);
        if (!sha1)
            return sha1.error();
        entry.apkChecksumSha1 = *sha1;
        entry.size = item.st.st_size;
        QFile content(QFile::decodeName(item.absolute));
        if (!content.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("apkdesk::PackageCreator", "cannot read: %1")
                             .arg(content.errorString()))
                .withLocation(content.fileName());
        if (Status s = tar.addEntry(entry, content); !s)
            return s;
        data.installedSize += item.st.st_size;
        ++data.fileCount;
    }
    if (Status s = tar.finish(TarWriter::Ending::PadToRecord); !s)
        return s;
    if (Status s = gzip.finish(); !s)
        return s;
    if (!data.file.flush())
        return Error(
            Error::Kind::Io,
            QCoreApplication::translate("apkdesk::PackageCreator", "cannot write the temporary file: %1")
                .arg(data.file.errorString()));
    data.sha256 = hash.result();
    return {};
}

Result<QByteArray> controlMember(const PackageMetadata &metadata, const QByteArray &pkginfo, qint64 mtime)
{
    QByteArray tarBytes;
    TarWriter tar(GzipWriter::bufferSink(tarBytes));
    TarWriterEntry info;
    info.name = ".PKGINFO";
    info.mode = 0644;
    info.uname = "root";
    info.gname = "root";
    info.mtime = mtime;
    info.size = pkginfo.size();
    if (Status s = tar.addEntry(info, pkginfo); !s)
        return s.error();
    for (const auto &script : metadata.scripts) {
        TarWriterEntry entry = info;
        entry.name = "." + script.name.toUtf8();
        entry.mode = 0755;
        entry.size = script.contents.size();
        if (Status s = tar.addEntry(entry, script.contents); !s)
            return s.error();
    }
    if (Status s = tar.finish(TarWriter::Ending::Cut); !s)
        return s.error();
    return gzipMember(tarBytes);
}

qint64 defaultBuildDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    return ok && epoch >= 0 ? epoch : QDateTime::currentSecsSinceEpoch();
}

} // namespace

Status PackageCreator::validate(const PackageMetadata &metadata)
{
    if (!validName(metadata.name))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PackageCreator", "invalid package name '%1'")
                         .arg(metadata.name));
    if (metadata.version.isEmpty() || !versions::isValid(QStringView(metadata.version)))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PackageCreator",
                                                 "invalid package version '%1' (expected e.g. 1.2.3-r0)")
                         .arg(metadata.version));
    if (!validName(metadata.arch))
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PackageCreator", "invalid architecture '%1'")
                         .arg(metadata.arch));
    const QStringList singleLine = { metadata.description, metadata.url,        metadata.license,
                                     metadata.origin,      metadata.maintainer, metadata.packager,
                                     metadata.commit };
    for (const QString &value : singleLine) {
        if (value.contains(u'\n') || value.contains(u'\r'))
            return Error(Error::Kind::InvalidArgument,
                         QCoreApplication::translate("apkdesk::PackageCreator",
                                                     "metadata values must be single lines"));
    }
    for (const QStringList *list : { &metadata.depends, &metadata.provides, &metadata.replaces,
                                     &metadata.installIf, &metadata.triggers }) {
        for (const QString &item : *list) {
            if (!validListItem(item))
                return Error(Error::Kind::InvalidArgument,
                             QCoreApplication::translate("apkdesk::PackageCreator",
                                                         "invalid list item '%1' (no spaces or newlines)")
                                 .arg(item));
        }
    }
    QStringList seen;
    for (const auto &script : metadata.scripts) {
        if (!kScriptNames.contains(script.name))
            return Error(
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("apkdesk::PackageCreator", "unknown install script '%1' (use %2)")
                    .arg(script.name, kScriptNames.join(u", ")));
        if (seen.contains(script.name))
            return Error(
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("apkdesk::PackageCreator", "install script '%1' given twice")
                    .arg(script.name));
        seen << script.name;
    }
    if (seen.contains(QLatin1String("trigger")) != !metadata.triggers.isEmpty())
        return Error(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("apkdesk::PackageCreator",
                                        "a trigger script needs trigger folders and the other way round"));
    return {};
}

QByteArray PackageCreator::pkginfoText(const PackageMetadata &m, qint64 installedSize, qint64 buildDate,
                                       const QString &datahash)
{
    // The order of abuild's prepare_metafiles.
    QByteArray text = "# Generated by apkdesk " + BuildInfo::apkdeskVersion().toUtf8() + '\n';
    appendField(text, "pkgname", m.name);
    appendField(text, "pkgver", m.version);
    appendField(text, "pkgdesc", m.description);
    appendField(text, "url", m.url);
    appendField(text, "builddate", QString::number(buildDate));
    appendField(text, "packager", m.packager.isEmpty() ? QStringLiteral("Unknown") : m.packager);
    appendField(text, "size", QString::number(installedSize));
    appendField(text, "arch", m.arch);
    appendField(text, "origin", m.origin.isEmpty() ? m.name : m.origin);
    if (!m.commit.isEmpty())
        appendField(text, "commit", m.commit);
    if (!m.maintainer.isEmpty())
        appendField(text, "maintainer", m.maintainer);
    if (m.providerPriority)
        appendField(text, "provider_priority", QString::number(*m.providerPriority));
    if (m.replacesPriority)
        appendField(text, "replaces_priority", QString::number(*m.replacesPriority));
    appendField(text, "license", m.license);
    for (const QString &item : m.replaces)
        appendField(text, "replaces", item);
    for (const QString &item : m.depends)
        appendField(text, "depend", item);
    for (const QString &item : m.provides)
        appendField(text, "provides", item);
    if (!m.installIf.isEmpty())
        appendField(text, "install_if", m.installIf.join(u' '));
    if (!m.triggers.isEmpty())
        appendField(text, "triggers", m.triggers.join(u' '));
    if (!datahash.isEmpty())
        appendField(text, "datahash", datahash);
    return text;
}

Result<CreatedPackage> PackageCreator::create(const QString &rootDir, const PackageMetadata &metadata,
                                              const QString &outputPath,
                                              const std::optional<PackageSigning> &signing)
{
    if (Status s = validate(metadata); !s)
        return s.error();
    if (!QFileInfo(rootDir).isDir())
        return Error(
                   Error::Kind::NotFound,
                   QCoreApplication::translate("apkdesk::PackageCreator", "the package tree is not a folder"))
            .withLocation(rootDir);
    if (signing && signing->key.isNull())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::PackageCreator", "no private key to sign with"));
    const qint64 buildDate = metadata.buildDate.value_or(defaultBuildDate());

    DataMember data;
    if (Status s = writeDataMember(rootDir, buildDate, data); !s)
        return s.error();

    CreatedPackage created;
    created.path = outputPath;
    created.datahash = QString::fromLatin1(data.sha256.toHex());
    created.installedSize = data.installedSize;
    created.fileCount = data.fileCount;
    created.pkginfo = pkginfoText(metadata, data.installedSize, buildDate, created.datahash);
    Result<QByteArray> control = controlMember(metadata, created.pkginfo, buildDate);
    if (!control)
        return control.error();
    QByteArray signature;
    if (signing) {
        const SignatureMember::Timestamp stamp = SignatureMember::defaultTimestamp();
        Result<QByteArray> member =
            SignatureMember::create(signing->key, signing->publicKeyName, signing->digest, *control,
                                    stamp.seconds, stamp.nanoseconds);
        if (!member)
            return member.error();
        signature = *member;
    }

    AtomicWriteOptions options;
    options.permissions = permissionsFromMode(0644);
    const Status written = writeFileAtomically(
        outputPath,
        [&](QIODevice &out) -> Status {
            if (out.write(signature) != signature.size() || out.write(*control) != control->size())
                return Error(Error::Kind::Io,
                             QCoreApplication::translate("apkdesk::PackageCreator", "write failed: %1")
                                 .arg(out.errorString()));
            if (!data.file.seek(0))
                return Error(Error::Kind::Io, data.file.errorString());
            while (!data.file.atEnd()) {
                const QByteArray chunk = data.file.read(1 << 20);
                if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                    return Error(Error::Kind::Io,
                                 QCoreApplication::translate("apkdesk::PackageCreator", "write failed: %1")
                                     .arg(out.errorString()));
            }
            return {};
        },
        options);
    if (!written)
        return written.error();
    qCInfo(lcPackages) << "created package" << outputPath << created.fileCount << "files"
                       << (signing ? "signed" : "unsigned");
    return created;
}

} // namespace apkdesk
