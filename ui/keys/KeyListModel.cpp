#include "keys/KeyListModel.h"

#include "keys/PrivateKey.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace apkdesk::ui {

namespace {

QString shortFingerprint(const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return {};
    QString grouped;
    for (int i = 0; i < 16 && i < fingerprint.size(); i += 2) {
        if (!grouped.isEmpty())
            grouped += u':';
        grouped += fingerprint.mid(i, 2);
    }
    return QStringLiteral("SHA256:") + grouped + QStringLiteral("…");
}

QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && path.startsWith(home + u'/'))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

} // namespace

KeyListModel::KeyListModel(QObject *parent) : QAbstractTableModel(parent) { }

void KeyListModel::setEntries(QList<KeyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const KeyEntry *KeyListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int KeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList KeyListModel::warningsFor(const KeyEntry &e)
{
    QStringList warnings;
    if (e.bits > 0 && e.bits <= 1024)
        warnings << tr("%1-bit RSA is weak: Apkdesk will not sign with it").arg(e.bits);
    if (e.privateReadableByOthers)
        warnings << tr("The private key file is readable by other users (should be 0600)");
    if (e.pairMismatch)
        warnings << tr("The .pub file next to the private key belongs to another key");
    if (!e.problem.isEmpty())
        warnings << e.problem;
    return warnings;
}

QVariant KeyListModel::data(const QModelIndex &index, int role) const
{
    const KeyEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const int column = index.column();
    if (role == FingerprintRole)
        return e->fingerprint;
    if (role == HasPrivateRole)
        return e->hasPrivate();
    if (role == WarningRole)
        return warningsFor(*e).join(u'\n');
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return e->name;
        case FingerprintColumn: return shortFingerprint(e->fingerprint);
        case SizeColumn: return e->bits > 0 ? tr("%1 bits").arg(e->bits) : QString();
        case CreatedColumn:
            return e->created.isValid()
                ? QLocale().toString(e->created.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        case PrivateColumn:
            if (!e->hasPrivate())
                return tr("No");
            return e->privateEncrypted ? tr("Yes, encrypted") : tr("Yes");
        case TrustColumn: return e->isTrusted() ? tr("Trusted") : QString();
        case LocationColumn:
            return displayPath(QFileInfo(e->hasPrivate() ? e->privatePath : e->publicPath).absolutePath());
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!e->fingerprint.isEmpty())
            lines << tr("Fingerprint: SHA256:%1").arg(e->fingerprint);
        if (e->hasPrivate())
            lines << tr("Private key: %1").arg(e->privatePath);
        if (!e->publicPath.isEmpty())
            lines << tr("Public key: %1").arg(e->publicPath);
        for (const QString &dir : e->trustedIn)
            lines << tr("Trusted in: %1").arg(dir);
        lines += warningsFor(*e);
        return lines.join(u'\n');
    }
    if (role == Qt::DecorationRole && column == NameColumn) {
        QStyle *style = QApplication::style();
        if (!warningsFor(*e).isEmpty())
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        return style->standardIcon(e->hasPrivate() ? QStyle::SP_DialogApplyButton : QStyle::SP_FileIcon);
    }
    if (role == Qt::FontRole && column == FingerprintColumn) {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Key");
    case FingerprintColumn: return tr("Fingerprint");
    case SizeColumn: return tr("Size");
    case CreatedColumn: return tr("Created");
    case PrivateColumn: return tr("Private key here");
    case TrustColumn: return tr("Trust");
    case LocationColumn: return tr("Location");
    }
    return {};
}

} // namespace apkdesk::ui
