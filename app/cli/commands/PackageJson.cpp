#include "PackageJson.h"

#include <QJsonArray>

namespace apkdesk::cli {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QString octal(uint mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

QJsonObject verdictToJson(const PackageVerdict &verdict)
{
    QJsonObject object { { QStringLiteral("verdict"), verdict.name() },
                         { QStringLiteral("message"), verdict.describe() } };
    if (!verdict.keyName.isEmpty())
        object.insert(QStringLiteral("key"), verdict.keyName);
    if (verdict.kind == PackageVerdict::Kind::Trusted || verdict.kind == PackageVerdict::Kind::BadSignature)
        object.insert(QStringLiteral("digest"), digestAlgorithmName(verdict.digest));
    if (!verdict.file.isEmpty())
        object.insert(QStringLiteral("file"), verdict.file);
    if (verdict.offset >= 0)
        object.insert(QStringLiteral("offset"), verdict.offset);
    if (!verdict.detail.isEmpty())
        object.insert(QStringLiteral("detail"), verdict.detail);
    return object;
}

QJsonObject packageToJson(const ApkPackage &p, bool withEntries)
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), p.path);
    object.insert(QStringLiteral("size"), p.fileSize);
    object.insert(QStringLiteral("verdict"), verdictToJson(p.verdict));
    if (!p.v3Magic.isEmpty()) {
        object.insert(QStringLiteral("format"), QStringLiteral("apk-v3"));
        object.insert(QStringLiteral("magic"), QString::fromLatin1(p.v3Magic));
        object.insert(QStringLiteral("compression"), p.v3Compression);
        if (p.v3SignatureBlocks >= 0)
            object.insert(QStringLiteral("signature_blocks"), p.v3SignatureBlocks);
        QJsonArray fields;
        for (const PkgInfo::Field &f : p.pkgInfo.fields())
            fields.append(QJsonArray { f.key, f.value });
        object.insert(QStringLiteral("name"), p.pkgInfo.name());
        object.insert(QStringLiteral("version"), p.pkgInfo.version());
        object.insert(QStringLiteral("info"), fields);
        return object;
    }
    object.insert(QStringLiteral("format"), QStringLiteral("apk-v2"));
    object.insert(QStringLiteral("identity"), orNull(p.identityChecksum()));
    QJsonObject datahash { { QStringLiteral("pkginfo"), orNull(QString::fromLatin1(p.pkgInfo.dataHash())) },
                           { QStringLiteral("computed"), orNull(p.dataHashHex()) } };
    datahash.insert(QStringLiteral("matches"),
                    p.dataHashChecked ? QJsonValue(p.dataHashMatches) : QJsonValue());
    object.insert(QStringLiteral("datahash"), datahash);

    QJsonArray segments;
    for (const PackageSegment &s : p.segments) {
        segments.append(QJsonObject { { QStringLiteral("role"), segmentRoleName(s.role) },
                                      { QStringLiteral("offset"), s.member.offset },
                                      { QStringLiteral("end"), s.member.end },
                                      { QStringLiteral("uncompressed"), qint64(s.member.uncompressedSize) },
                                      { QStringLiteral("complete"), s.member.complete } });
    }
    object.insert(QStringLiteral("segments"), segments);

    QJsonArray signatures;
    for (size_t i = 0; i < p.signatures.size(); ++i) {
        const SignatureRecord &r = p.signatures[i];
        QJsonObject s { { QStringLiteral("entry"), r.entryName },
                        { QStringLiteral("type"), r.name.type },
                        { QStringLiteral("digest"), digestAlgorithmName(r.name.digest) },
                        { QStringLiteral("key"), r.name.keyName },
                        { QStringLiteral("length"), r.signatureSize },
                        { QStringLiteral("state"), signatureStateName(r.state) },
                        { QStringLiteral("decisive"), int(i) == p.decisiveSignature } };
        if (!r.keyFingerprint.isEmpty())
            s.insert(QStringLiteral("key_sha256"), r.keyFingerprint);
        if (!r.detail.isEmpty())
            s.insert(QStringLiteral("detail"), r.detail);
        signatures.append(s);
    }
    object.insert(QStringLiteral("signatures"), signatures);

    if (p.hasPkgInfo) {
        QJsonArray fields;
        for (const PkgInfo::Field &f : p.pkgInfo.fields())
            fields.append(QJsonArray { f.key, f.value });
        object.insert(QStringLiteral("name"), p.pkgInfo.name());
        object.insert(QStringLiteral("version"), p.pkgInfo.version());
        object.insert(QStringLiteral("pkginfo"), fields);
    }
    QJsonArray scripts;
    for (const InstallScript &s : p.installScripts) {
        QJsonObject script { { QStringLiteral("name"), s.name },
                             { QStringLiteral("size"), s.size },
                             { QStringLiteral("sha1"), QString::fromLatin1(s.sha1) } };
        if (withEntries)
            script.insert(QStringLiteral("content"), QString::fromUtf8(s.content));
        scripts.append(script);
    }
    object.insert(QStringLiteral("scripts"), scripts);
    if (withEntries) {
        QJsonArray files;
        for (const DataEntry &e : p.dataEntries) {
            QJsonObject file { { QStringLiteral("path"), e.tar.path },
                               { QStringLiteral("type"), tarEntryTypeName(e.tar.type) },
                               { QStringLiteral("mode"), octal(e.tar.mode) },
                               { QStringLiteral("uid"), e.tar.uid },
                               { QStringLiteral("gid"), e.tar.gid },
                               { QStringLiteral("uname"), e.tar.uname },
                               { QStringLiteral("gname"), e.tar.gname },
                               { QStringLiteral("size"), e.tar.size },
                               { QStringLiteral("mtime"), e.tar.mtime },
                               { QStringLiteral("checksum"), checksumStateName(e.checksum) } };
            if (!e.tar.linkTarget.isEmpty())
                file.insert(QStringLiteral("link_target"), e.tar.linkTarget);
            if (!e.tar.paxSha1.isEmpty())
                file.insert(QStringLiteral("sha1"), QString::fromLatin1(e.tar.paxSha1));
            if (!e.tar.xattrs.isEmpty()) {
                QJsonObject xattrs;
                for (const auto &[name, value] : e.tar.xattrs)
                    xattrs.insert(name, QString::fromLatin1(value.toHex()));
                file.insert(QStringLiteral("xattrs"), xattrs);
            }
            files.append(file);
        }
        object.insert(QStringLiteral("files"), files);
        if (p.dataEntriesCapped)
            object.insert(QStringLiteral("files_capped"), true);
    }
    object.insert(QStringLiteral("files_with_bad_checksum"),
                  QJsonArray::fromStringList(p.filesWithBadChecksum));
    if (!p.duplicatePaths.isEmpty())
        object.insert(QStringLiteral("duplicate_paths"), QJsonArray::fromStringList(p.duplicatePaths));
    if (!p.unsafePaths.isEmpty())
        object.insert(QStringLiteral("unsafe_paths"), QJsonArray::fromStringList(p.unsafePaths));
    if (p.streamError)
        object.insert(QStringLiteral("read_error"), p.streamError->toString());
    return object;
}

} // namespace apkdesk::cli
