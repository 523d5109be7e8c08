#include "inspector/VerdictBadge.h"

namespace apkdesk::ui {

VerdictBadge::VerdictBadge(QWidget *parent) : QLabel(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyTone(Tone::Neutral);
}

VerdictBadge::Tone VerdictBadge::toneFor(PackageVerdict::Kind kind)
{
    switch (kind) {
    case PackageVerdict::Kind::Trusted: return Tone::Good;
    case PackageVerdict::Kind::Untrusted:
    case PackageVerdict::Kind::Unsigned: return Tone::Warning;
    case PackageVerdict::Kind::BadSignature:
    case PackageVerdict::Kind::DataHashMismatch:
    case PackageVerdict::Kind::FileChecksumMismatch:
    case PackageVerdict::Kind::Truncated:
    case PackageVerdict::Kind::Corrupt:
    case PackageVerdict::Kind::LimitExceeded: return Tone::Bad;
    case PackageVerdict::Kind::NotApk:
    case PackageVerdict::Kind::ApkV3:
    case PackageVerdict::Kind::Unreadable:
    case PackageVerdict::Kind::Cancelled: return Tone::Neutral;
    }
    return Tone::Neutral;
}

QString VerdictBadge::title(const PackageVerdict &verdict)
{
    switch (verdict.kind) {
    case PackageVerdict::Kind::Trusted: return tr("Trusted");
    case PackageVerdict::Kind::Untrusted: return tr("Untrusted key");
    case PackageVerdict::Kind::Unsigned: return tr("Unsigned");
    case PackageVerdict::Kind::BadSignature: return tr("Invalid signature");
    case PackageVerdict::Kind::DataHashMismatch: return tr("Data altered");
    case PackageVerdict::Kind::FileChecksumMismatch: return tr("File altered");
    case PackageVerdict::Kind::Truncated: return tr("Truncated");
    case PackageVerdict::Kind::Corrupt: return tr("Corrupt");
    case PackageVerdict::Kind::LimitExceeded: return tr("Refused (limit)");
    case PackageVerdict::Kind::NotApk: return tr("Not a package");
    case PackageVerdict::Kind::ApkV3: return tr("apk v3 package");
    case PackageVerdict::Kind::Unreadable: return tr("Unreadable");
    case PackageVerdict::Kind::Cancelled: return tr("Not verified");
    }
    return {};
}

void VerdictBadge::setVerdict(const PackageVerdict &verdict)
{
    const Tone tone = toneFor(verdict.kind);
    const QString mark = tone == Tone::Good ? QStringLiteral("✔ ")
        : tone == Tone::Bad                 ? QStringLiteral("✖ ")
        : tone == Tone::Warning             ? QStringLiteral("⚠ ")
                                            : QString();
    setText(mark + title(verdict));
    setToolTip(verdict.describe());
    applyTone(tone);
}

void VerdictBadge::setPending(const QString &text)
{
    setText(text);
    setToolTip({});
    applyTone(Tone::Neutral);
}

void VerdictBadge::applyTone(Tone tone)
{
    m_tone = tone;
    QString background;
    QString foreground = QStringLiteral("white");
    switch (tone) {
    case Tone::Good: background = QStringLiteral("#2e7d32"); break;
    case Tone::Warning:
        background = QStringLiteral("#f9a825");
        foreground = QStringLiteral("#212121");
        break;
    case Tone::Bad: background = QStringLiteral("#c62828"); break;
    case Tone::Neutral: background = QStringLiteral("#757575"); break;
    }
    setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border-radius: 9px; padding: 3px 10px; font-weight: bold; }")
            .arg(background, foreground));
}

} // namespace apkdesk::ui
