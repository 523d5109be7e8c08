#include "browser/SignatureBadge.h"

namespace apkdesk::ui {

SignatureBadge::SignatureBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("signatureBadge"));
    setMargin(4);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    clearVerdict();
}

QString SignatureBadge::title(const SignatureVerdict &verdict)
{
    switch (verdict.kind) {
    case SignatureVerdict::Kind::Trusted: return tr("Trusted: signed by %1").arg(verdict.keyName);
    case SignatureVerdict::Kind::Untrusted:
        return tr("Untrusted: signed by %1, a key you do not trust").arg(verdict.keyName);
    case SignatureVerdict::Kind::Unsigned: return tr("Unsigned: nobody vouches for this index");
    case SignatureVerdict::Kind::BadSignature:
        return tr("Bad signature: the signature by %1 does not match the index").arg(verdict.keyName);
    }
    return {};
}

void SignatureBadge::setVerdict(const SignatureVerdict &verdict, bool browsingUntrusted)
{
    QString color;
    switch (verdict.kind) {
    case SignatureVerdict::Kind::Trusted: color = QStringLiteral("#2e7d32"); break;
    case SignatureVerdict::Kind::Untrusted:
    case SignatureVerdict::Kind::Unsigned: color = QStringLiteral("#b26a00"); break;
    case SignatureVerdict::Kind::BadSignature: color = QStringLiteral("#c62828"); break;
    }
    QString text = title(verdict);
    if (browsingUntrusted && verdict.kind != SignatureVerdict::Kind::Trusted)
        text += QLatin1Char('\n') + tr("Browsing anyway, as you chose: nothing here is vouched for.");
    setText(text);
    setToolTip(text);
    setStyleSheet(
        QStringLiteral("QLabel#signatureBadge { color: white; background: %1; border-radius: 3px; }")
            .arg(color));
    setVisible(true);
}

void SignatureBadge::clearVerdict()
{
    setText(QString());
    setStyleSheet(QString());
    setVisible(false);
}

} // namespace apkdesk::ui
