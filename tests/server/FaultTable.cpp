#include "FaultTable.h"

namespace apkdesk::testserver {

QStringList FaultTable::modes()
{
    return {
        QStringLiteral("error500"),      QStringLiteral("error503"),      QStringLiteral("error429"),
        QStringLiteral("drop"),          QStringLiteral("slow"),          QStringLiteral("truncate-gzip"),
        QStringLiteral("html200"),       QStringLiteral("redirect-loop"), QStringLiteral("redirect-offsite"),
        QStringLiteral("gzip-encoding"), QStringLiteral("lying-length"),  QStringLiteral("drop-upload"),
        QStringLiteral("ignore-range"),  QStringLiteral("range-416"),     QStringLiteral("change-etag"),
        QStringLiteral("slow-upload")
    };
}

bool FaultTable::add(Fault fault, QString *error)
{
    const bool statusMode = fault.mode.startsWith(QLatin1String("status:"))
        && fault.mode.mid(7).toInt() >= 100 && fault.mode.mid(7).toInt() <= 599;
    if (!statusMode && !modes().contains(fault.mode)) {
        *error = QStringLiteral("unknown fault mode '%1'").arg(fault.mode);
        return false;
    }
    if (!fault.prefix.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("the fault path must start with '/'");
        return false;
    }
    m_faults.removeIf([&](const Fault &f) { return f.prefix == fault.prefix; });
    m_faults.append(fault);
    return true;
}

bool FaultTable::addFromSpec(const QString &spec, QString *error)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = QStringLiteral("expected PREFIX=MODE[:count], got '%1'").arg(spec);
        return false;
    }
    Fault fault;
    fault.prefix = spec.left(equals);
    QString mode = spec.mid(equals + 1);
    // "error500:2", "status:404", "status:404:1"
    const QStringList parts = mode.split(QLatin1Char(':'));
    const int modeParts = parts.first() == QLatin1String("status") ? 2 : 1;
    if (parts.size() == modeParts + 1) {
        bool ok = false;
        fault.remaining = parts.last().toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("bad count in '%1'").arg(spec);
            return false;
        }
        mode = parts.mid(0, modeParts).join(QLatin1Char(':'));
    }
    fault.mode = mode;
    return add(fault, error);
}

std::optional<Fault> FaultTable::take(const QString &path)
{
    Fault *best = nullptr;
    for (Fault &fault : m_faults)
        if (fault.remaining != 0 && path.startsWith(fault.prefix)
            && (!best || fault.prefix.size() > best->prefix.size()))
            best = &fault;
    if (!best)
        return std::nullopt;
    if (best->remaining > 0)
        --best->remaining;
    return *best;
}

} // namespace apkdesk::testserver
