#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace apkdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::AtomicFile", text);
}
} // namespace

QFileDevice::Permissions permissionsFromMode(uint mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400) p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & 0200) p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & 0100) p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (mode & 0040) p |= QFileDevice::ReadGroup;
    if (mode & 0020) p |= QFileDevice::WriteGroup;
    if (mode & 0010) p |= QFileDevice::ExeGroup;
    if (mode & 0004) p |= QFileDevice::ReadOther;
    if (mode & 0002) p |= QFileDevice::WriteOther;
    if (mode & 0001) p |= QFileDevice::ExeOther;
    return p;
}

Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &writer,
                           const AtomicWriteOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Io, tr("cannot open for writing: %1").arg(file.errorString()))
            .withLocation(path);
    }
    // Set the mode before any byte is written so a secret never exists with wider permissions.
    if (options.permissions) {
        if (!file.setPermissions(*options.permissions)) {
            file.cancelWriting();
            return Error(Error::Kind::Io, tr("cannot set file permissions")).withLocation(path);
        }
    } else if (QFileInfo::exists(path)) {
        file.setPermissions(QFileInfo(path).permissions());
    }
    Status status = writer(file);
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit()) {
        return Error(Error::Kind::Io, tr("cannot write: %1").arg(file.errorString())).withLocation(path);
    }
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &contents,
                           const AtomicWriteOptions &options)
{
    return writeFileAtomically(
        path,
        [&](QIODevice &device) -> Status {
            if (device.write(contents) != contents.size())
                return Error(Error::Kind::Io, tr("short write: %1").arg(device.errorString()))
                    .withLocation(path);
            return {};
        },
        options);
}

} // namespace apkdesk
