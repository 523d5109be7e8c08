#include "apkbuild/Apkbuild.h"

#include "apkbuild/ShellInterpreter.h"
#include "apkbuild/ShellParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace apkdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("apkdesk::Apkbuild", text);
}

// A real APKBUILD is a few KiB; the cap keeps a hostile file from exhausting memory.
constexpr qint64 kMaxApkbuildSize = 16 * 1024 * 1024;

QStringList splitBlanks(const QString &text)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\n]+"));
    return text.split(blanks, Qt::SkipEmptyParts);
}

} // namespace

struct Apkbuild::Data
{
    QByteArray content;
    QString path;
    ApkbuildOptions options;
    std::vector<qsizetype> lineStarts;
    std::optional<Error> parseError;
    shell::Environment env;
    std::vector<ApkbuildAssignment> assignments;
    std::vector<ApkbuildUnexpandable> unexpandable;
    QStringList assigned;
    ApkbuildArchContext arch;

    int lineAt(qsizetype offset) const
    {
        auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
        return int(it - lineStarts.begin());
    }

    void collectAssignments(const shell::NodeList &nodes, bool conditional);
    void addAssignment(const QByteArray &name, qsizetype begin, qsizetype valueBegin, qsizetype end,
                       const shell::Word &value, bool conditional);
};

void Apkbuild::Data::addAssignment(const QByteArray &name, qsizetype begin, qsizetype valueBegin,
                                   qsizetype end, const shell::Word &value, bool conditional)
{
    ApkbuildAssignment a;
    a.name = QString::fromUtf8(name);
    a.begin = begin;
    a.valueBegin = valueBegin;
    a.end = end;
    a.line = lineAt(begin);
    a.endLine = lineAt(std::max(begin, end - 1));
    a.text = content.mid(begin, end - begin);
    a.conditional = conditional;
    a.quotedValue = value.hasQuotes();
    for (const auto &part : value.parts)
        if (part.kind != shell::WordPart::Kind::Literal)
            a.hasExpansions = true;
    assignments.push_back(std::move(a));
}

void Apkbuild::Data::collectAssignments(const shell::NodeList &nodes, bool conditional)
{
    using Kind = shell::Node::Kind;
    for (const shell::Node &node : nodes) {
        switch (node.kind) {
        case Kind::Simple:
            if (node.words.empty()) {
                for (const auto &assignment : node.assignments)
                    addAssignment(assignment.name, assignment.begin, assignment.valueBegin, assignment.end,
                                  assignment.value, conditional);
            } else if (!node.words.front().parts.empty()
                       && node.words.front().parts.front().text == "export") {
                for (size_t i = 1; i < node.words.size(); ++i) {
                    const shell::Word &word = node.words[i];
                    if (word.parts.empty() || word.parts.front().quoted)
                        continue;
                    const qsizetype eq = word.parts.front().text.indexOf('=');
                    if (eq > 0)
                        addAssignment(word.parts.front().text.left(eq), word.begin, word.begin + eq + 1,
                                      word.end, word, conditional);
                }
            }
            break;
        case Kind::AndOr:
        case Kind::Pipeline: collectAssignments(node.children, true); break;
        case Kind::If:
            for (const auto &list : node.conditions)
                collectAssignments(list, true);
            for (const auto &list : node.bodies)
                collectAssignments(list, true);
            collectAssignments(node.elseBody, true);
            break;
        case Kind::Case:
            for (const auto &item : node.items)
                collectAssignments(item.body, true);
            break;
        case Kind::For:
        case Kind::Loop:
            for (const auto &list : node.bodies)
                collectAssignments(list, true);
            break;
        case Kind::Group: collectAssignments(node.bodies.front(), conditional || node.subshell); break;
        case Kind::Function: break;
        }
    }
}

QStringList ApkbuildOptions::metadataVariables()
{
    return { QStringLiteral("pkgname"),
             QStringLiteral("pkgver"),
             QStringLiteral("pkgrel"),
             QStringLiteral("pkgdesc"),
             QStringLiteral("url"),
             QStringLiteral("arch"),
             QStringLiteral("license"),
             QStringLiteral("depends"),
             QStringLiteral("depends_dev"),
             QStringLiteral("makedepends"),
             QStringLiteral("makedepends_build"),
             QStringLiteral("makedepends_host"),
             QStringLiteral("checkdepends"),
             QStringLiteral("subpackages"),
             QStringLiteral("install"),
             QStringLiteral("triggers"),
             QStringLiteral("provides"),
             QStringLiteral("replaces"),
             QStringLiteral("install_if"),
             QStringLiteral("options"),
             QStringLiteral("pkgusers"),
             QStringLiteral("pkggroups"),
             QStringLiteral("provider_priority"),
             QStringLiteral("replaces_priority"),
             QStringLiteral("source"),
             QStringLiteral("sha512sums"),
             QStringLiteral("sha256sums"),
             QStringLiteral("md5sums"),
             QStringLiteral("builddir"),
             QStringLiteral("pkgdir"),
             QStringLiteral("pkgarch"),
             QStringLiteral("srcdir"),
             QStringLiteral("startdir") };
}

Apkbuild::Apkbuild() : d(std::make_shared<Data>()) { }

Result<Apkbuild> Apkbuild::load(const QString &path, const ApkbuildOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.error() == QFileDevice::OpenError && !QFileInfo::exists(path)
                         ? Error::Kind::NotFound
                         : Error::Kind::Io,
                     tr("cannot read the APKBUILD: %1").arg(file.errorString()))
            .withLocation(path);
    if (file.size() > kMaxApkbuildSize)
        return Error(Error::Kind::LimitExceeded, tr("the file is larger than 16 MiB: not an APKBUILD"))
            .withLocation(path);
    const QByteArray content = file.readAll();
    return parse(content, path, options);
}

Apkbuild Apkbuild::parse(const QByteArray &content, const QString &path, const ApkbuildOptions &options)
{
    auto data = std::make_shared<Data>();
    data->content = content;
    data->path = path;
    data->options = options;
    data->lineStarts.push_back(0);
    for (qsizetype i = 0; i < content.size(); ++i)
        if (content.at(i) == '\n')
            data->lineStarts.push_back(i + 1);

    const shell::ParseResult parsed = shell::parseShell(content);
    if (parsed.error) {
        data->parseError =
            Error(Error::Kind::Format,
                  tr("line %1: %2").arg(data->lineAt(parsed.error->offset)).arg(parsed.error->message))
                .withOffset(parsed.error->offset)
                .withLocation(path);
    }
    data->collectAssignments(parsed.nodes, false);

    const QString startdir = !options.startdir.isEmpty()
        ? options.startdir
        : (path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath());
    ApkbuildArchContext &arch = data->arch;
    arch.carch = options.arch;
    arch.chost = arch.cbuild = arch.ctarget = hostTripletForArch(options.arch);
    arch.cbuildArch = arch.ctargetArch = options.arch;

    auto &vars = data->env.variables;
    auto setEnv = [&](const char *name, const QString &value) {
        vars.insert(name, { value.toUtf8(), true, {} });
    };
    setEnv("CARCH", arch.carch);
    setEnv("CBUILD", arch.cbuild);
    setEnv("CHOST", arch.chost);
    setEnv("CTARGET", arch.ctarget);
    setEnv("CLIBC", QStringLiteral("musl"));
    setEnv("CBUILD_ARCH", arch.cbuildArch);
    setEnv("CTARGET_ARCH", arch.ctargetArch);
    setEnv("CTARGET_LIBC", QStringLiteral("musl"));
    setEnv("startdir", startdir);
    setEnv("srcdir", startdir + QStringLiteral("/src"));
    setEnv("pkgbasedir", startdir + QStringLiteral("/pkg"));
    setEnv("tmpdir", startdir + QStringLiteral("/tmp"));
    setEnv("repo",
           options.repo.isEmpty() ? QFileInfo(QFileInfo(startdir).absolutePath()).fileName() : options.repo);

    const Data *raw = data.get();
    shell::Interpreter interpreter(data->content, data->env,
                                   [raw](qsizetype offset) { return raw->lineAt(offset); });
    interpreter.run(parsed.nodes);
    data->unexpandable = interpreter.unexpandable();
    for (const QByteArray &name : data->env.assignmentOrder)
        data->assigned.push_back(QString::fromUtf8(name));

    // What abuild sets after sourcing.
    const shell::Value *pkgname = data->env.find("pkgname");
    const shell::Value *pkgver = data->env.find("pkgver");
    const bool nameKnown = (!pkgname || pkgname->known) && (!pkgver || pkgver->known);
    const shell::Value *builddir = data->env.find("builddir");
    if (!builddir || builddir->text.isEmpty()) {
        shell::Value value;
        value.text = vars.value("srcdir").text + '/' + (pkgname ? pkgname->text : QByteArray()) + '-'
            + (pkgver ? pkgver->text : QByteArray());
        value.known = nameKnown;
        if (!nameKnown)
            value.reason = tr("default $srcdir/$pkgname-$pkgver with a value that is not known");
        vars.insert("builddir", value);
    }
    const QStringList archList = splitBlanks(QString::fromUtf8(vars.value("arch").text));
    arch.pkgarch = archList.contains(QLatin1String("noarch")) ? QStringLiteral("noarch") : arch.carch;
    vars.insert("pkgarch", { arch.pkgarch.toUtf8(), !vars.contains("arch") || vars.value("arch").known, {} });
    shell::Value pkgdir { vars.value("pkgbasedir").text + '/' + (pkgname ? pkgname->text : QByteArray()),
                          !pkgname || pkgname->known,
                          {} };
    vars.insert("pkgdir", pkgdir);

    Apkbuild result;
    result.d = std::move(data);
    return result;
}

const QByteArray &Apkbuild::content() const
{
    return d->content;
}
QString Apkbuild::path() const
{
    return d->path;
}
QString Apkbuild::folder() const
{
    return d->path.isEmpty() ? QString() : QFileInfo(d->path).absolutePath();
}
const ApkbuildOptions &Apkbuild::options() const
{
    return d->options;
}
const std::optional<Error> &Apkbuild::parseError() const
{
    return d->parseError;
}
const std::vector<ApkbuildAssignment> &Apkbuild::assignments() const
{
    return d->assignments;
}
const std::vector<ApkbuildUnexpandable> &Apkbuild::unexpandable() const
{
    return d->unexpandable;
}
ApkbuildArchContext Apkbuild::archContext() const
{
    return d->arch;
}
int Apkbuild::lineAt(qsizetype offset) const
{
    return d->lineAt(offset);
}

qsizetype Apkbuild::lineStart(int line) const
{
    if (line < 1 || line > int(d->lineStarts.size()))
        return -1;
    return d->lineStarts[size_t(line - 1)];
}

LineEndings Apkbuild::lineEndings() const
{
    const qsizetype lf = d->content.count('\n');
    const qsizetype crlf = d->content.count("\r\n");
    if (lf == 0)
        return LineEndings::None;
    if (crlf == 0)
        return LineEndings::Lf;
    return crlf == lf ? LineEndings::Crlf : LineEndings::Mixed;
}

std::optional<QString> Apkbuild::value(const QString &name) const
{
    const shell::Value *v = d->env.find(name.toUtf8());
    if (!v)
        return std::nullopt;
    return QString::fromUtf8(v->text);
}

QStringList Apkbuild::list(const QString &name) const
{
    return splitBlanks(value(name).value_or(QString()));
}

bool Apkbuild::isKnown(const QString &name) const
{
    const shell::Value *v = d->env.find(name.toUtf8());
    return !v || v->known;
}

QString Apkbuild::unknownReason(const QString &name) const
{
    const shell::Value *v = d->env.find(name.toUtf8());
    return v ? v->reason : QString();
}

QStringList Apkbuild::assignedVariables() const
{
    return d->assigned;
}

QStringList Apkbuild::helperVariables() const
{
    const QStringList metadata = ApkbuildOptions::metadataVariables();
    QStringList helpers;
    for (const QString &name : d->assigned)
        if (!metadata.contains(name) && d->env.find(name.toUtf8()))
            helpers.push_back(name);
    return helpers;
}

QString Apkbuild::pkgname() const
{
    return value(QStringLiteral("pkgname")).value_or(QString());
}
QString Apkbuild::pkgver() const
{
    return value(QStringLiteral("pkgver")).value_or(QString());
}
QString Apkbuild::pkgrel() const
{
    return value(QStringLiteral("pkgrel")).value_or(QString());
}
QString Apkbuild::pkgarch() const
{
    return d->arch.pkgarch;
}

std::vector<ApkbuildSource> Apkbuild::sources() const
{
    std::vector<ApkbuildSource> result;
    const bool known = isKnown(QStringLiteral("source"));
    for (const QString &entry : list(QStringLiteral("source"))) {
        ApkbuildSource source = parseSourceEntry(entry);
        source.known = known;
        result.push_back(std::move(source));
    }
    return result;
}

std::vector<ApkbuildSubpackage> Apkbuild::subpackages() const
{
    std::vector<ApkbuildSubpackage> result;
    for (const QString &entry : list(QStringLiteral("subpackages")))
        result.push_back(parseSubpackage(entry, pkgname(), d->arch));
    return result;
}

std::vector<ApkbuildAssignment> Apkbuild::assignmentsOf(const QString &name) const
{
    std::vector<ApkbuildAssignment> result;
    for (const auto &a : d->assignments)
        if (a.name == name)
            result.push_back(a);
    return result;
}

QStringList Apkbuild::functions() const
{
    QStringList names;
    for (auto it = d->env.functions.cbegin(); it != d->env.functions.cend(); ++it)
        names.push_back(QString::fromUtf8(it.key()));
    names.sort();
    return names;
}

bool Apkbuild::fullyExpanded() const
{
    if (d->parseError)
        return false;
    for (const char *name : { "pkgname", "pkgver", "pkgrel", "subpackages", "source" })
        if (!isKnown(QString::fromLatin1(name)))
            return false;
    return true;
}

} // namespace apkdesk
