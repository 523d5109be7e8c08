#pragma once

#include "archive/GzipMemberScanner.h"
#include "common/Result.h"
#include "indexes/ApkIndex.h"
#include "keys/TrustStore.h"
#include "signatures/SignatureVerifier.h"

#include <apkdesk/core_export.h>

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

class QIODevice;

namespace apkdesk {

// One member of the index tar (DESCRIPTION, APKINDEX), as stored.
struct APKDESK_CORE_EXPORT IndexTarMember
{
    QString name;
    qint64 size = 0;
    uint mode = 0;
    qint64 mtime = 0;
    QString uname;
    QString gname;
};

// An APKINDEX.tar.gz read and verified: its records, DESCRIPTION and the signature verdict,
// reached with the same rules as for packages (apk 3: the first signature whose key is
// trusted decides; it covers every compressed byte after the signature members).
struct APKDESK_CORE_EXPORT LoadedIndex
{
    ApkIndex index;
    QString description;
    SignatureVerdict verdict;
    std::vector<SignatureRecord> signatures;
    std::vector<GzipMemberInfo> members;
    std::vector<IndexTarMember> tarMembers;
    qint64 fileSize = 0;
    QString source; // path or URL, for display

    bool isTrusted() const { return verdict.kind == SignatureVerdict::Kind::Trusted; }
    // "trusted", "untrusted", "unsigned", "bad-signature".
    QString verdictName() const { return signatureVerdictName(verdict.kind); }
    // One sentence for people: "Signed by fixture-6b0ae07e.rsa.pub (trusted)", ...
    QString verdictDescription() const;
    // The newest mtime of the tar members: when the index was made.
    QDateTime builtAt() const;
};

struct APKDESK_CORE_EXPORT IndexReadOptions
{
    TrustStore trust;
    // An Alpine index is ~12 MB of text; caps stop bombs long before memory is in danger.
    GzipLimits gzipLimits = defaultGzipLimits();
    ApkIndexParseOptions parse;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;

    static GzipLimits defaultGzipLimits();
};

// Reads APKINDEX.tar.gz: [signature member(s)] then the DESCRIPTION + APKINDEX tar. Errors
// (with offsets) for input that is not an index at all: not gzip, truncated, trailing bytes,
// a decompression cap hit, no APKINDEX, APKINDEX twice, as a link or under another path
// (`../APKINDEX`), a `.PKGINFO` (a package, not an index), or an APKINDEX text the strict
// parser refuses. A signature problem is NOT an error: it is the verdict, so a user can
// still choose to browse an untrusted index.
class APKDESK_CORE_EXPORT IndexReader
{
public:
    static Result<LoadedIndex> readFile(const QString &path, const IndexReadOptions &options);
    static Result<LoadedIndex> readBytes(const QByteArray &bytes, const QString &source,
                                         const IndexReadOptions &options);
    static Result<LoadedIndex> read(QIODevice &device, const QString &source,
                                    const IndexReadOptions &options);
};

} // namespace apkdesk
