#include "apkbuild/ApkbuildDocumentWidget.h"

#include "apkbuild/ApkbuildHighlighter.h"
#include "apkbuild/BumpVersionDialog.h"
#include "apkbuild/ChecksumRefreshDialog.h"
#include "apkbuild/CodeEditor.h"
#include "common/AtomicFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace apkdesk::ui {

namespace {

const QColor kUnknown(0xb0, 0x00, 0x20);

QColor severityColor(LintIssue::Severity severity)
{
    switch (severity) {
    case LintIssue::Severity::Error: return QColor(0xd9, 0x30, 0x25);
    case LintIssue::Severity::Warning: return QColor(0xe0, 0x9b, 0x00);
    case LintIssue::Severity::Style: return QColor(0x5b, 0x8d, 0xd6);
    }
    return {};
}

} // namespace

ApkbuildDocumentWidget::ApkbuildDocumentWidget(NetworkAccess *access, const QString &cacheDir,
                                               QWidget *parent)
    : QWidget(parent), m_access(access), m_cacheDir(cacheDir), m_editor(new CodeEditor(this)),
      m_reparseTimer(new QTimer(this)), m_arch(new QComboBox(this)), m_summary(new QLabel(this)),
      m_side(new QTabWidget(this)), m_fields(new QTreeWidget(this)), m_sources(new QTreeWidget(this)),
      m_lint(new QListWidget(this))
{
    new ApkbuildHighlighter(m_editor->document());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);

    auto *panel = new QWidget(splitter);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *archRow = new QHBoxLayout;
    archRow->addWidget(new QLabel(tr("Evaluate for CARCH:"), panel));
    m_arch->addItems(knownAlpineArches());
    m_arch->setCurrentText(QStringLiteral("x86_64"));
    archRow->addWidget(m_arch, 1);
    panelLayout->addLayout(archRow);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    panelLayout->addWidget(m_summary);
    m_fields->setHeaderLabels({ tr("Variable"), tr("Value") });
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_sources->setHeaderLabels({ tr("File"), tr("From") });
    m_sources->setRootIsDecorated(false);
    m_sources->setAlternatingRowColors(true);
    m_side->addTab(m_fields, tr("Fields"));
    m_side->addTab(m_sources, tr("Sources"));
    m_side->addTab(m_lint, tr("Lint"));
    panelLayout->addWidget(m_side, 1);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_reparseTimer->setSingleShot(true);
    m_reparseTimer->setInterval(250);
    connect(m_reparseTimer, &QTimer::timeout, this, &ApkbuildDocumentWidget::reparse);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_reparseTimer->start();
        Q_EMIT titleChanged();
    });
    connect(m_arch, &QComboBox::currentTextChanged, this, &ApkbuildDocumentWidget::reparse);
    connect(m_lint, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_editor->goToLine(item->data(Qt::UserRole).toInt()); });
    connect(m_fields, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const int line = item->data(0, Qt::UserRole).toInt(); line > 0)
            m_editor->goToLine(line);
    });
}

Status ApkbuildDocumentWidget::load(const QString &path)
{
    auto loaded = Apkbuild::load(path);
    if (!loaded)
        return loaded.error();
    const QByteArray content = loaded->content();
    const QString text = QString::fromUtf8(content);
    if (text.toUtf8() != content)
        return Error(Error::Kind::Format,
                     tr("the file is not UTF-8 text; open it in an editor that keeps its bytes"))
            .withLocation(path);
    m_path = QFileInfo(path).absoluteFilePath();
    m_crlf = content.contains("\r\n");
    m_savedContent = content;
    m_editor->setPlainText(QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    m_editor->document()->setModified(false);
    m_savedPkgver = loaded->pkgver();
    reparse();
    Q_EMIT titleChanged();
    return {};
}

QByteArray ApkbuildDocumentWidget::content() const
{
    // toRawText keeps non-breaking spaces; paragraph separators are the document's newlines.
    QString text = m_editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
        .replace(QChar::LineSeparator, QLatin1Char('\n'));
    QByteArray bytes = text.toUtf8();
    if (m_crlf)
        bytes.replace("\n", "\r\n");
    return bytes;
}

bool ApkbuildDocumentWidget::isModified() const
{
    return content() != m_savedContent;
}

QString ApkbuildDocumentWidget::title() const
{
    const QString name =
        m_apkbuild.pkgname().isEmpty() ? QFileInfo(m_path).dir().dirName() : m_apkbuild.pkgname();
    return isModified() ? name + QStringLiteral(" *") : name;
}

Status ApkbuildDocumentWidget::save()
{
    const QByteArray bytes = content();
    const Status status = writeFileAtomically(m_path, bytes);
    if (!status)
        return status;
    m_savedContent = bytes;
    m_savedPkgver = m_apkbuild.pkgver();
    m_editor->document()->setModified(false);
    Q_EMIT titleChanged();
    Q_EMIT statusMessage(tr("Saved %1").arg(m_path));
    return {};
}

void ApkbuildDocumentWidget::replaceContent(const QByteArray &content)
{
    const int line = m_editor->textCursor().blockNumber() + 1;
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    // One undoable step.
    cursor.insertText(QString::fromUtf8(content).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    m_editor->goToLine(line);
    reparse();
}

void ApkbuildDocumentWidget::reparse()
{
    ApkbuildOptions options;
    options.arch = m_arch->currentText();
    m_apkbuild = Apkbuild::parse(content(), m_path, options);
    m_issues = lintApkbuild(m_apkbuild);
    fillFields();
    fillSources();
    fillLint();
    QStringList summary;
    if (m_apkbuild.parseError())
        summary << QStringLiteral("<span style='color:#b00020'><b>%1</b></span>")
                       .arg(m_apkbuild.parseError()->message().toHtmlEscaped());
    if (!m_apkbuild.unexpandable().empty())
        summary << tr(
            "<span style='color:#b00020'>%n construct(s) not evaluated (never executed): values marked ✖ "
            "are not known.</span>",
            nullptr, int(m_apkbuild.unexpandable().size()));
    if (summary.isEmpty())
        summary << tr("<b>%1-%2-r%3</b>: everything expanded statically.")
                       .arg(m_apkbuild.pkgname().toHtmlEscaped(), m_apkbuild.pkgver().toHtmlEscaped(),
                            m_apkbuild.pkgrel().toHtmlEscaped());
    m_summary->setText(summary.join(QStringLiteral("<br>")));
    Q_EMIT titleChanged();
}

void ApkbuildDocumentWidget::fillFields()
{
    m_fields->clear();
    QStringList names;
    for (const QString &name : ApkbuildOptions::metadataVariables())
        if (m_apkbuild.value(name) && !name.endsWith(QLatin1String("sums")))
            names << name;
    names << m_apkbuild.helperVariables();
    for (const QString &name : std::as_const(names)) {
        const QString value = m_apkbuild.value(name).value_or(QString());
        auto *item = new QTreeWidgetItem(m_fields, { name, QString(value).simplified() });
        item->setToolTip(1, value);
        const auto assignments = m_apkbuild.assignmentsOf(name);
        if (!assignments.empty())
            item->setData(0, Qt::UserRole, assignments.back().line);
        if (!m_apkbuild.isKnown(name)) {
            item->setText(1, QStringLiteral("✖ ") + item->text(1));
            item->setForeground(1, kUnknown);
            item->setToolTip(1, tr("Not expanded: %1").arg(m_apkbuild.unknownReason(name)));
        }
    }
    m_fields->resizeColumnToContents(0);
}

void ApkbuildDocumentWidget::fillSources()
{
    m_sources->clear();
    for (const ApkbuildSource &s : m_apkbuild.sources()) {
        auto *item = new QTreeWidgetItem(
            m_sources, { s.localName, s.remote ? s.url : tr("local: %1").arg(s.localPath) });
        item->setToolTip(1, s.entry);
        if (!s.known) {
            item->setText(0, QStringLiteral("✖ ") + s.localName);
            item->setForeground(0, kUnknown);
            item->setForeground(1, kUnknown);
            item->setToolTip(1,
                             tr("Not expanded: %1").arg(m_apkbuild.unknownReason(QStringLiteral("source"))));
        } else if (!s.problem.isEmpty()) {
            item->setForeground(0, kUnknown);
            item->setToolTip(0, s.problem);
            item->setText(1, item->text(1) + QStringLiteral("  — ") + s.problem);
        }
    }
    for (const ApkbuildSubpackage &sub : m_apkbuild.subpackages()) {
        auto *item = new QTreeWidgetItem(
            m_sources, { sub.name, tr("subpackage: %1() %2").arg(sub.splitFunction, sub.arch) });
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
    m_sources->resizeColumnToContents(0);
}

void ApkbuildDocumentWidget::fillLint()
{
    m_lint->clear();
    QHash<int, QColor> marks;
    int errors = 0;
    for (const LintIssue &issue : m_issues) {
        auto *item = new QListWidgetItem(
            tr("%1  line %2: %3").arg(lintSeverityName(issue.severity)).arg(issue.line).arg(issue.message),
            m_lint);
        item->setData(Qt::UserRole, issue.line);
        item->setForeground(severityColor(issue.severity));
        item->setToolTip(issue.code);
        if (issue.line > 0 && (!marks.contains(issue.line) || issue.severity == LintIssue::Severity::Error))
            marks.insert(issue.line, severityColor(issue.severity));
        errors += issue.severity == LintIssue::Severity::Error;
    }
    m_editor->setMarkedLines(marks);
    m_side->setTabText(2, m_issues.empty() ? tr("Lint") : tr("Lint (%1)").arg(m_issues.size()));
    Q_UNUSED(errors)
}

void ApkbuildDocumentWidget::bumpVersion()
{
    reparse();
    auto *dialog = new BumpVersionDialog(m_apkbuild, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        replaceContent(dialog->result());
        Q_EMIT statusMessage(tr("Now %1-r%2. Refresh the checksums, review, then save.")
                                 .arg(m_apkbuild.pkgver(), m_apkbuild.pkgrel()));
    });
    dialog->open();
}

ChecksumRefreshDialog *ApkbuildDocumentWidget::refreshChecksums()
{
    reparse();
    auto *dialog = new ChecksumRefreshDialog(m_access, m_apkbuild, m_cacheDir,
                                             m_apkbuild.pkgver() != m_savedPkgver, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChecksumRefreshDialog::applyRequested, this,
            [this](const QByteArray &updated, bool saveNow) {
                replaceContent(updated);
                if (saveNow) {
                    if (const Status status = save(); !status)
                        Q_EMIT statusMessage(status.error().toString());
                }
            });
    dialog->open();
    dialog->start();
    return dialog;
}

} // namespace apkdesk::ui
