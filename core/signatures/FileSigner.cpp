#include "signatures/FileSigner.h"

#include "common/AtomicFile.h"
#include "common/Logging.h"
#include "packages/PackageReader.h"
#include "signatures/SignatureEntry.h"
#include "signatures/SignatureWriter.h"
#include "signatures/SignedFileLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace apkdesk {

namespace {

Result<QByteArray> readRange(QFile &file, qint64 offset, qint64 end)
{
    if (!file.seek(offset))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::FileSigner", "cannot seek: %1")
                         .arg(file.errorString()))
            .withLocation(file.fileName());
    QByteArray bytes = file.read(end - offset);
    if (bytes.size() != end - offset)
        return Error(Error::Kind::Io, QCoreApplication::translate("apkdesk::FileSigner", "short read"))
            .withLocation(file.fileName())
            .withOffset(offset);
    return bytes;
}

Status copyRange(QFile &from, qint64 offset, qint64 end, QIODevice &to)
{
    if (!from.seek(offset))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::FileSigner", "cannot seek: %1")
                         .arg(from.errorString()))
            .withLocation(from.fileName());
    qint64 remaining = end - offset;
    while (remaining > 0) {
        const QByteArray chunk = from.read(std::min<qint64>(remaining, 1 << 20));
        if (chunk.isEmpty())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("apkdesk::FileSigner", "the file changed while signing"))
                .withLocation(from.fileName());
        if (to.write(chunk) != chunk.size())
            return Error(
                Error::Kind::Io,
                QCoreApplication::translate("apkdesk::FileSigner", "write failed: %1").arg(to.errorString()));
        remaining -= chunk.size();
    }
    return {};
}

// A package is signed only when what the signature vouches for is intact.
Status checkPackageIntegrity(const QString &path)
{
    PackageReader::Options options; // empty trust store: we only want the hashes
    options.readDataEntries = false; // checksums are still checked; the entry list is not kept
    options.checkFileChecksums = true;
    Result<ApkPackage> read = PackageReader::read(path, options);
    if (!read)
        return read.error();
    const ApkPackage &package = *read;
    if (!package.isComplete())
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::FileSigner",
                                                 "refusing to sign: the package is damaged (%1)")
                         .arg(package.verdict.describe()))
            .withLocation(path);
    if (!package.hasPkgInfo)
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::FileSigner",
                                                 "refusing to sign: the package has no .PKGINFO"))
            .withLocation(path);
    if (!package.dataHashChecked || !package.dataHashMatches)
        return Error(
                   Error::Kind::Format,
                   QCoreApplication::translate(
                       "apkdesk::FileSigner",
                       "refusing to sign: the data does not match the datahash in .PKGINFO (the package was "
                       "changed after it was built)"))
            .withLocation(path);
    if (!package.filesWithBadChecksum.isEmpty())
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::FileSigner",
                                                 "refusing to sign: file '%1' does not match its checksum")
                         .arg(package.filesWithBadChecksum.first()))
            .withLocation(path);
    return {};
}

} // namespace

Result<SignOutcome> signFile(const QString &path, const PrivateKey &key, const QString &publicKeyName,
                             const SignOptions &options)
{
    if (key.isNull())
        return Error(Error::Kind::InvalidArgument,
                     QCoreApplication::translate("apkdesk::FileSigner", "no private key"));
    Result<SignedFileLayout> scanned = SignedFileLayout::scan(path);
    if (!scanned)
        return scanned.error();
    const SignedFileLayout &layout = *scanned;
    if (layout.kind == SignedFileLayout::Kind::Package) {
        if (Status s = checkPackageIntegrity(path); !s)
            return s.error();
    }

    QFile original(path);
    if (!original.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::FileSigner", "cannot read: %1")
                         .arg(original.errorString()))
            .withLocation(path);

    // Package: the control member. Index: every byte after the signature members.
    const auto &content = layout.members.at(size_t(layout.signatureMembers));
    const qint64 signedEnd = layout.kind == SignedFileLayout::Kind::Package ? content.end : layout.fileSize;
    Result<QByteArray> signedBytes = readRange(original, content.offset, signedEnd);
    if (!signedBytes)
        return signedBytes.error();

    SignOutcome outcome;
    outcome.kind = layout.kind == SignedFileLayout::Kind::Package ? SignOutcome::Kind::Package
                                                                  : SignOutcome::Kind::Index;
    outcome.entryName = SignatureMember::entryName(publicKeyName, options.digest);
    std::vector<const SignedFileLayout::Member *> kept;
    for (int i = 0; i < layout.signatureMembers; ++i) {
        const auto &member = layout.members[size_t(i)];
        const QString entry = member.entries.value(0);
        const auto parsed = parseSignatureEntryName(entry);
        const bool sameKey = parsed && parsed->keyName == publicKeyName;
        if (options.existing == SignOptions::Existing::Replace || sameKey) {
            outcome.removed << entry;
        } else {
            kept.push_back(&member);
            outcome.kept << entry;
        }
    }

    SignatureMember::Timestamp stamp = SignatureMember::defaultTimestamp();
    if (options.mtime)
        stamp = { *options.mtime, 0 };
    Result<QByteArray> member = SignatureMember::create(key, publicKeyName, options.digest, *signedBytes,
                                                        stamp.seconds, stamp.nanoseconds);
    if (!member)
        return member.error().withLocation(path);

    outcome.path = options.outputPath.isEmpty() ? path : options.outputPath;
    AtomicWriteOptions writeOptions;
    if (!QFileInfo::exists(outcome.path))
        writeOptions.permissions = QFileInfo(path).permissions(); // a copy keeps the source's mode
    const Status written = writeFileAtomically(
        outcome.path,
        [&](QIODevice &out) -> Status {
            if (out.write(*member) != member->size())
                return Error(Error::Kind::Io,
                             QCoreApplication::translate("apkdesk::FileSigner", "write failed: %1")
                                 .arg(out.errorString()));
            for (const auto *m : kept) {
                if (Status s = copyRange(original, m->offset, m->end, out); !s)
                    return s;
            }
            return copyRange(original, layout.contentOffset(), layout.fileSize, out);
        },
        writeOptions);
    if (!written)
        return written.error();
    qCInfo(lcKeys) << "signed" << outcome.path << "with" << publicKeyName << "replaced"
                   << outcome.removed.size() << "kept" << outcome.kept.size();
    return outcome;
}

} // namespace apkdesk
