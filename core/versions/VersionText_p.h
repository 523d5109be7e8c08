#pragma once

#include <QString>
#include <QStringView>

namespace apkdesk::versions::detail {

// Untrusted text made safe for an error message: control characters escaped and very
// long strings shortened, so a 10 KB binary "version" cannot flood a terminal or dialog.
inline QString printable(QStringView text, qsizetype maxLength = 80)
{
    QString out;
    const qsizetype n = std::min(text.size(), maxLength);
    out.reserve(n + 8);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > maxLength)
        out += QStringLiteral("… (%1 characters)").arg(text.size());
    return out;
}

} // namespace apkdesk::versions::detail
