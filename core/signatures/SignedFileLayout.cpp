#include "signatures/SignedFileLayout.h"

#include "archive/GzipMemberScanner.h"
#include "archive/TarStreamParser.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace apkdesk {

namespace {

constexpr int kMaxNamesPerMember = 8;

class NameCollector : public TarConsumer
{
public:
    QStringList names;
    Status entryStarted(const TarEntry &entry) override
    {
        if (names.size() < kMaxNamesPerMember)
            names << entry.path;
        return {};
    }
};

// Inflates member by member and feeds a fresh tar parser per member; stops reading the
// (possibly huge) data member once its first entries are known.
class LayoutConsumer : public GzipMemberConsumer
{
public:
    std::vector<SignedFileLayout::Member> members;

    Status memberStarted(const GzipMemberInfo &member) override
    {
        m_collector = std::make_unique<NameCollector>();
        m_parser = std::make_unique<TarStreamParser>(*m_collector);
        m_parserFailed = false;
        SignedFileLayout::Member m;
        m.offset = member.offset;
        members.push_back(m);
        return {};
    }
    Status uncompressedBytes(const GzipMemberInfo &, const char *data, qsizetype size) override
    {
        if (m_parserFailed || m_collector->names.size() >= kMaxNamesPerMember)
            return {};
        if (!m_parser->feed(data, size))
            m_parserFailed = true; // not a tar: the names stay empty and the caller refuses
        return {};
    }
    Status memberFinished(const GzipMemberInfo &member) override
    {
        members.back().end = member.end;
        members.back().entries = m_collector->names;
        return {};
    }

private:
    std::unique_ptr<NameCollector> m_collector;
    std::unique_ptr<TarStreamParser> m_parser;
    bool m_parserFailed = false;
};

bool onlySignatures(const QStringList &names)
{
    if (names.isEmpty())
        return false;
    for (const QString &name : names) {
        if (!name.startsWith(QLatin1String(".SIGN.")))
            return false;
    }
    return true;
}

} // namespace

Result<SignedFileLayout> SignedFileLayout::scan(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("apkdesk::SignedFileLayout", "no such file"))
            .withLocation(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("apkdesk::SignedFileLayout", "cannot read: %1")
                         .arg(file.errorString()))
            .withLocation(path);
    const QByteArray magic = file.peek(4);
    if (magic.startsWith("ADB"))
        return Error(Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "apkdesk::SignedFileLayout",
                         "this is an apk-tools 3 (ADB) file; Apkdesk signs v2 packages and indexes"))
            .withLocation(path);
    if (!magic.startsWith("\x1f\x8b"))
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::SignedFileLayout",
                                                 "not an Alpine package or index (not gzip data)"))
            .withLocation(path);

    SignedFileLayout layout;
    layout.fileSize = file.size();
    LayoutConsumer consumer;
    GzipMemberScanner scanner(file);
    if (Status s = scanner.run(consumer); !s) {
        Error error = s.error();
        return error
            .prefixed(QCoreApplication::translate("apkdesk::SignedFileLayout", "cannot sign a damaged file"))
            .withLocation(path);
    }
    layout.members = std::move(consumer.members);

    int i = 0;
    while (i < int(layout.members.size()) && onlySignatures(layout.members[size_t(i)].entries))
        ++i;
    layout.signatureMembers = i;
    if (i >= int(layout.members.size()))
        return Error(Error::Kind::Format,
                     QCoreApplication::translate("apkdesk::SignedFileLayout",
                                                 "not an Alpine package or index: nothing but signatures"))
            .withLocation(path);
    const QStringList &first = layout.members[size_t(i)].entries;
    if (!first.isEmpty() && first.first() == QLatin1String(".PKGINFO")) {
        layout.kind = Kind::Package;
        if (layout.members.size() != size_t(i) + 2)
            return Error(Error::Kind::Format,
                         QCoreApplication::translate(
                             "apkdesk::SignedFileLayout",
                             "not a v2 package: expected a control and a data member after the signatures"))
                .withLocation(path);
    } else if (first.contains(QLatin1String("APKINDEX"))) {
        layout.kind = Kind::Index;
    } else {
        return Error(Error::Kind::Format,
                     QCoreApplication::translate(
                         "apkdesk::SignedFileLayout",
                         "not an Alpine package or index (no .PKGINFO or APKINDEX where the content starts)"))
            .withLocation(path);
    }
    return layout;
}

} // namespace apkdesk
