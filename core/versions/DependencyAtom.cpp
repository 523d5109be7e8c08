#include "versions/DependencyAtom.h"

#include "versions/VersionText_p.h"

#include <QCoreApplication>

// Grammar from apk-tools 3 (apk_dep_parse, apk_blob_pull_dep and the character classes of
// ctype.c): `[!]name[@tag][op version]`, where op is the longest run of `<>=~` after the
// name and is read as a bit mask, so `=<` means `<=` and `~` means "fuzzy equal".

namespace apkdesk {
namespace {

constexpr int kAny = VersionLess | VersionEqual | VersionGreater;

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::DependencyAtom", text);
}

bool isComparer(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'<' || u == u'>' || u == u'=' || u == u'~';
}

bool isAsciiAlnum(char16_t u)
{
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// apk's APK_CTYPE_DEPENDENCY_NAME: package name characters plus `,:/[]` for providers
// such as `so:libc.musl-x86_64.so.1` or `cmd:[`.
bool isNameChar(char16_t u)
{
    if (isAsciiAlnum(u))
        return true;
    switch (u) {
    case u'+':
    case u'-':
    case u'.':
    case u'_':
    case u',':
    case u':':
    case u'/':
    case u'[':
    case u']': return true;
    default: return false;
    }
}

// apk's APK_CTYPE_TAG_NAME.
bool isTagChar(char16_t u)
{
    if (isAsciiAlnum(u))
        return true;
    switch (u) {
    case u'+':
    case u'-':
    case u'.':
    case u'_':
    case u',':
    case u':':
    case u'/':
    case u'[':
    case u']':
    case u'=': return true;
    default: return false;
    }
}

// Identity checksums (`Q1…=` base64) only: printable ASCII, no separators.
bool isChecksumChar(char16_t u)
{
    return u > 0x20 && u < 0x7f;
}

qsizetype firstBad(QStringView text, bool (*ok)(char16_t))
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!ok(text.at(i).unicode()))
            return i;
    return -1;
}

int maskFromOperator(QStringView op)
{
    int mask = 0;
    for (const QChar c : op) {
        switch (c.unicode()) {
        case u'<': mask |= VersionLess; break;
        case u'>': mask |= VersionGreater; break;
        case u'=': mask |= VersionEqual; break;
        case u'~': mask |= VersionFuzzy | VersionEqual; break;
        default: return 0;
        }
    }
    return mask;
}

// apk_version_op_string(); empty for masks apk cannot spell (the caller keeps the
// original spelling for those).
QString canonicalOperatorFor(int mask)
{
    switch (mask) {
    case VersionLess: return QStringLiteral("<");
    case VersionLess | VersionEqual: return QStringLiteral("<=");
    case VersionLess | VersionEqual | VersionFuzzy: return QStringLiteral("<~");
    case VersionEqual | VersionFuzzy:
    case VersionFuzzy: return QStringLiteral("~");
    case VersionEqual: return QStringLiteral("=");
    case VersionGreater | VersionEqual: return QStringLiteral(">=");
    case VersionGreater | VersionEqual | VersionFuzzy: return QStringLiteral(">~");
    case VersionGreater: return QStringLiteral(">");
    case VersionLess | VersionGreater: return QStringLiteral("><");
    default: return {};
    }
}

Error formatError(const QString &message, QStringView atom, qsizetype offset)
{
    return Error(Error::Kind::Format, message.arg(versions::detail::printable(atom))).withOffset(offset);
}

} // namespace

Result<DependencyAtom> DependencyAtom::parse(QStringView text, VersionRules rules)
{
    if (text.isEmpty())
        return Error(Error::Kind::Format, tr("empty dependency")).withOffset(0);

    DependencyAtom atom;
    atom.m_rules = rules;
    qsizetype pos = 0;
    if (text.front() == QLatin1Char('!')) {
        atom.m_conflict = true;
        pos = 1;
    }

    qsizetype opStart = pos;
    while (opStart < text.size() && !isComparer(text.at(opStart)))
        ++opStart;
    const QStringView fullName = text.mid(pos, opStart - pos);

    if (opStart < text.size()) {
        qsizetype versionStart = opStart;
        while (versionStart < text.size() && isComparer(text.at(versionStart)))
            ++versionStart;
        const QStringView op = text.mid(opStart, versionStart - opStart);
        const QStringView version = text.mid(versionStart);
        atom.m_mask = maskFromOperator(op);
        if (version.isEmpty())
            return formatError(tr("dependency '%1' has an operator but no version"), text, versionStart);
        const bool bothDirections =
            (atom.m_mask & (VersionLess | VersionGreater)) == (VersionLess | VersionGreater);
        if (bothDirections) {
            // `><` carries a checksum, not a version; apk does not validate it either.
            const qsizetype bad = firstBad(version, isChecksumChar);
            if (bad >= 0)
                return formatError(tr("dependency '%1' has an invalid checksum"), text, versionStart + bad);
        } else {
            const qsizetype bad = versions::invalidOffset(version, rules);
            if (bad >= 0)
                return formatError(tr("dependency '%1' has an invalid version"), text, versionStart + bad);
        }
        atom.m_version = version.toString();
        if (canonicalOperatorFor(atom.m_mask) != op)
            atom.m_opSpelling = op.toString();
    }

    QStringView name = fullName;
    const qsizetype at = fullName.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        name = fullName.left(at);
        const QStringView tag = fullName.mid(at + 1);
        if (tag.isEmpty())
            return formatError(tr("dependency '%1' has an empty repository tag"), text, pos + at + 1);
        const qsizetype bad = firstBad(tag, isTagChar);
        if (bad >= 0)
            return formatError(tr("dependency '%1' has an invalid character in its repository tag"), text,
                               pos + at + 1 + bad);
        atom.m_tag = tag.toString();
    }
    if (name.isEmpty())
        return formatError(tr("dependency '%1' has no name"), text, pos);
    const qsizetype bad = firstBad(name, isNameChar);
    if (bad >= 0)
        return formatError(tr("dependency '%1' has an invalid character in its name"), text, pos + bad);
    atom.m_name = name.toString();
    return atom;
}

DependencyAtom DependencyAtom::make(const QString &name, int mask, const QString &version, const QString &tag)
{
    DependencyAtom atom;
    atom.m_name = name;
    atom.m_tag = tag;
    atom.m_conflict = (mask & VersionConflict) != 0;
    atom.m_mask = version.isEmpty() ? 0 : (mask & ~VersionConflict);
    atom.m_version = atom.m_mask ? version : QString();
    if (atom.m_mask && canonicalOperatorFor(atom.m_mask).isEmpty()) {
        // Spell what apk cannot print (e.g. `<=>`) so the text parses back to this mask.
        QString op;
        if (atom.m_mask & VersionLess)
            op += QLatin1Char('<');
        if (atom.m_mask & VersionGreater)
            op += QLatin1Char('>');
        if (atom.m_mask & VersionFuzzy)
            op += QLatin1Char('~');
        else if (atom.m_mask & VersionEqual)
            op += QLatin1Char('=');
        atom.m_opSpelling = op;
    }
    return atom;
}

QString DependencyAtom::operatorText() const
{
    if (!m_mask)
        return {};
    return m_opSpelling.isEmpty() ? canonicalOperatorFor(m_mask) : m_opSpelling;
}

QString DependencyAtom::canonicalOperator() const
{
    if (!m_mask)
        return {};
    const QString op = canonicalOperatorFor(m_mask);
    return op.isEmpty() ? m_opSpelling : op;
}

QString DependencyAtom::toString() const
{
    QString out;
    out.reserve(m_name.size() + m_tag.size() + m_version.size() + 4);
    if (m_conflict)
        out += QLatin1Char('!');
    out += m_name;
    if (!m_tag.isEmpty())
        out += QLatin1Char('@') + m_tag;
    if (m_mask)
        out += operatorText() + m_version;
    return out;
}

QString DependencyAtom::canonicalString() const
{
    QString out = m_conflict ? QStringLiteral("!") : QString();
    out += m_name;
    if (!m_tag.isEmpty())
        out += QLatin1Char('@') + m_tag;
    if (m_mask)
        out += canonicalOperator() + m_version;
    return out;
}

bool DependencyAtom::isSatisfiedBy(QStringView version) const
{
    if (!m_mask)
        return !m_conflict;
    if (isChecksum() || !versions::isValid(version, m_rules))
        return false;
    const int mask = m_mask | (m_conflict ? VersionConflict : 0);
    if ((m_mask & kAny) == kAny)
        return !m_conflict;
    return versions::matches(version, mask, m_version, m_rules);
}

namespace dependencies {

Result<DependencyList> parseList(QStringView text, VersionRules rules)
{
    DependencyList list;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\n')))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\n'))
            ++i;
        auto atom = DependencyAtom::parse(text.mid(start, i - start), rules);
        if (!atom) {
            Error error = atom.error();
            error.withOffset(start + std::max<qint64>(0, error.offset()));
            return error;
        }
        list.append(std::move(atom).value());
    }
    return list;
}

QString toString(const DependencyList &list)
{
    QString out;
    for (const DependencyAtom &atom : list) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += atom.toString();
    }
    return out;
}

bool isValidName(QStringView name) noexcept
{
    return !name.isEmpty() && firstBad(name, isNameChar) < 0;
}

} // namespace dependencies
} // namespace apkdesk
