#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace apkdesk {

// The gzip members of a v2 package or APKINDEX.tar.gz and the tar entry names in each,
// enough to decide what is signature and what is signed, without trusting anything.
struct APKDESK_CORE_EXPORT SignedFileLayout
{
    enum class Kind { Package, Index };
    struct Member
    {
        qint64 offset = 0;
        qint64 end = 0;
        QStringList entries; // the first few entry names
    };

    Kind kind = Kind::Package;
    std::vector<Member> members;
    int signatureMembers = 0; // the leading members that hold only .SIGN.* entries
    qint64 fileSize = 0;

    qint64 contentOffset() const { return members.at(size_t(signatureMembers)).offset; }

    // Format error "not an Alpine package or index" for anything else (plain gzip, v3, ...).
    static Result<SignedFileLayout> scan(const QString &path);
};

} // namespace apkdesk
