// libFuzzer target for apk versions and dependency atoms: arbitrary bytes must never crash,
// hang or break the ordering's laws, and every atom that parses must print back and reparse
// to itself. Input: "<version A>\n<version B>\n<dependency list>" (missing parts are empty).
#include "versions/DependencyAtom.h"
#include "versions/Version.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace apkdesk;

namespace {

QByteArrayView takeLine(QByteArrayView &rest)
{
    const qsizetype nl = rest.indexOf('\n');
    if (nl < 0) {
        const QByteArrayView line = rest;
        rest = {};
        return line;
    }
    const QByteArrayView line = rest.first(nl);
    rest = rest.sliced(nl + 1);
    return line;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayView a = takeLine(rest);
    const QByteArrayView b = takeLine(rest);
    const QString qa = QString::fromUtf8(a);
    const QString qb = QString::fromUtf8(b);

    for (const VersionRules rules : { VersionRules::Apk3, VersionRules::Apk2 }) {
        const bool validA = versions::isValid(a, rules);
        const bool validB = versions::isValid(b, rules);
        const int ab = versions::compare(a, b, rules);
        const int ba = versions::compare(b, a, rules);
        (void)versions::compare(qa, qb, rules);
        check(versions::isValid(QStringView(qa), rules) == (versions::invalidOffset(qa, rules) < 0));
        if (rules == VersionRules::Apk3 && validA && validB) {
            check(ab == -ba);
            check(versions::compare(a, a, rules) == 0);
            // The UTF-16 path must agree with the byte path (valid versions are ASCII).
            check(versions::compare(qa, qb, rules) == ab);
        }
        (void)versions::matches(qa, VersionFuzzy | VersionEqual, qb, rules);
    }

    const QString list = QString::fromUtf8(rest);
    const auto parsed = dependencies::parseList(list);
    if (parsed.ok()) {
        for (const DependencyAtom &atom : *parsed) {
            const auto again = DependencyAtom::parse(atom.toString());
            check(again.ok() && *again == atom && again->toString() == atom.toString());
            const auto canonical = DependencyAtom::parse(atom.canonicalString());
            check(canonical.ok() && *canonical == atom);
            (void)atom.isSatisfiedBy(qa);
        }
    }
    for (const QStringView line : { QStringView(qa), QStringView(qb) })
        (void)DependencyAtom::parse(line);
    return 0;
}
