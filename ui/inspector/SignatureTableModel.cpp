#include "inspector/SignatureTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace apkdesk::ui {

SignatureTableModel::SignatureTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void SignatureTableModel::setPackage(const ApkPackage &package)
{
    beginResetModel();
    m_records = package.signatures;
    m_decisive = package.decisiveSignature;
    endResetModel();
}

int SignatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SignatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SignatureTableModel::stateText(SignatureRecord::State state)
{
    switch (state) {
    case SignatureRecord::State::Valid: return tr("valid");
    case SignatureRecord::State::Invalid: return tr("INVALID");
    case SignatureRecord::State::UntrustedKey: return tr("key not trusted");
    case SignatureRecord::State::Ignored: return tr("ignored");
    case SignatureRecord::State::NotReached: return tr("not checked (file incomplete)");
    }
    return {};
}

QVariant SignatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const SignatureRecord &r = m_records[size_t(index.row())];
    const bool decisive = index.row() == m_decisive;
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::FontRole && decisive) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (r.state == SignatureRecord::State::Valid)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (r.state == SignatureRecord::State::Invalid)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Gzip member %1 at bytes %2–%3, %4 signature bytes")
                          .arg(r.memberIndex)
                          .arg(r.memberOffset)
                          .arg(r.memberEnd)
                          .arg(r.signatureSize);
        if (!r.keyFingerprint.isEmpty())
            tip += QLatin1Char('\n') + tr("Trusted key SHA-256: %1").arg(r.keyFingerprint);
        if (decisive)
            tip +=
                QLatin1Char('\n') + tr("This is the signature apk checks: the first one by a trusted key.");
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EntryColumn: return decisive ? QStringLiteral("★ ") + r.entryName : r.entryName;
    case TypeColumn:
        return r.recognised
            ? QStringLiteral("%1 / %2").arg(r.name.type, digestAlgorithmName(r.name.digest).toUpper())
            : tr("unknown");
    case KeyColumn: return r.name.keyName;
    case StateColumn: return stateText(r.state);
    case DetailColumn: return r.detail;
    default: return {};
    }
}

QVariant SignatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntryColumn: return tr("Entry");
    case TypeColumn: return tr("Type");
    case KeyColumn: return tr("Key");
    case StateColumn: return tr("State");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

} // namespace apkdesk::ui
