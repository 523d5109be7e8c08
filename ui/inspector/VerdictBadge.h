#pragma once

#include "packages/PackageVerdict.h"

#include <QLabel>

namespace apkdesk::ui {

// A package's verdict as a coloured pill: green trusted, amber untrusted/unsigned, red for
// anything that failed (bad signature, altered data, damaged file), grey for what is not a
// v2 package or not checked yet.
class VerdictBadge : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Warning, Bad };

    explicit VerdictBadge(QWidget *parent = nullptr);

    void setVerdict(const PackageVerdict &verdict);
    void setPending(const QString &text);
    Tone tone() const { return m_tone; }

    static Tone toneFor(PackageVerdict::Kind kind);
    // Short title: "Trusted", "Untrusted", "Invalid signature", ...
    static QString title(const PackageVerdict &verdict);

private:
    void applyTone(Tone tone);
    Tone m_tone = Tone::Neutral;
};

} // namespace apkdesk::ui
