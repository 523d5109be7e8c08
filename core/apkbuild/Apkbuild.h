#pragma once

#include "apkbuild/ApkbuildSources.h"
#include "apkbuild/ShellEnvironment.h"
#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace apkdesk {

// How an APKBUILD is evaluated: the arch (CARCH and the triplets derived from it) and
// abuild's directories. startdir defaults to the APKBUILD's folder.
struct APKDESK_CORE_EXPORT ApkbuildOptions
{
    QString arch = QStringLiteral("x86_64");
    QString startdir; // empty: the folder of the file
    QString repo; // abuild's $repo; empty: the name of the parent folder
    static QStringList metadataVariables(); // pkgname, pkgver, ... (the fields abuild reads)
};

// A top-level (or conditional) assignment as written, with its exact byte ranges.
struct ApkbuildAssignment
{
    QString name;
    qsizetype begin = 0; // start of NAME
    qsizetype end = 0; // end of the value
    qsizetype valueBegin = 0; // first byte after '='
    int line = 0; // 1-based line of NAME
    int endLine = 0;
    QByteArray text; // NAME=value exactly as in the file
    bool conditional = false; // inside if/case/for/&& (or a function body is never listed)
    bool quotedValue = false;
    bool hasExpansions = false; // the value contains $ or backquotes
};

using ApkbuildUnexpandable = shell::Unexpandable;

enum class LineEndings { Lf, Crlf, Mixed, None };

// A parsed and statically evaluated APKBUILD. The file is never executed: values come
// from an interpreter of the shell subset APKBUILDs use (see ShellInterpreter), and what
// it cannot evaluate is listed in unexpandable() instead of being guessed.
class APKDESK_CORE_EXPORT Apkbuild
{
public:
    Apkbuild();
    static Result<Apkbuild> load(const QString &path, const ApkbuildOptions &options = {});
    static Apkbuild parse(const QByteArray &content, const QString &path,
                          const ApkbuildOptions &options = {});

    const QByteArray &content() const;
    QString path() const;
    QString folder() const;
    const ApkbuildOptions &options() const;
    LineEndings lineEndings() const;

    // Syntax error that stopped parsing (unterminated quote, missing fi, ...).
    const std::optional<Error> &parseError() const;

    // Variable access after evaluation. nullopt = not set.
    std::optional<QString> value(const QString &name) const;
    QStringList list(const QString &name) const; // split on space/tab/newline like abuild's $var
    bool isKnown(const QString &name) const; // false when the value depends on something not evaluated
    QString unknownReason(const QString &name) const;
    QStringList assignedVariables() const; // in the order the file first set them
    QStringList helperVariables() const; // assigned by the file, not abuild metadata

    QString pkgname() const;
    QString pkgver() const;
    QString pkgrel() const;
    QString pkgarch() const;
    ApkbuildArchContext archContext() const;

    std::vector<ApkbuildSource> sources() const;
    std::vector<ApkbuildSubpackage> subpackages() const;
    const std::vector<ApkbuildAssignment> &assignments() const;
    std::vector<ApkbuildAssignment> assignmentsOf(const QString &name) const;
    const std::vector<ApkbuildUnexpandable> &unexpandable() const;
    QStringList functions() const;

    // True when pkgname, pkgver, pkgrel, subpackages and source are all known.
    bool fullyExpanded() const;

    int lineAt(qsizetype offset) const;
    qsizetype lineStart(int line) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace apkdesk
