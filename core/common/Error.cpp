#include "common/Error.h"

#include <QCoreApplication>

namespace apkdesk {

Error Error::cancelled()
{
    return Error(Kind::Cancelled, QCoreApplication::translate("apkdesk::Error", "Cancelled"));
}

Error &Error::prefixed(const QString &context)
{
    m_message = context + QStringLiteral(": ") + m_message;
    return *this;
}

QString Error::toString() const
{
    QString text;
    if (!m_location.isEmpty())
        text += m_location + QStringLiteral(": ");
    text += m_message;
    if (m_offset >= 0)
        text += QCoreApplication::translate("apkdesk::Error", " (at byte %1)").arg(m_offset);
    return text;
}

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Generic: return QStringLiteral("error");
    case Error::Kind::InvalidArgument: return QStringLiteral("invalid-argument");
    case Error::Kind::NotFound: return QStringLiteral("not-found");
    case Error::Kind::Io: return QStringLiteral("io");
    case Error::Kind::Format: return QStringLiteral("format");
    case Error::Kind::Truncated: return QStringLiteral("truncated");
    case Error::Kind::LimitExceeded: return QStringLiteral("limit-exceeded");
    case Error::Kind::Unsafe: return QStringLiteral("unsafe");
    case Error::Kind::Crypto: return QStringLiteral("crypto");
    case Error::Kind::Untrusted: return QStringLiteral("untrusted");
    case Error::Kind::Network: return QStringLiteral("network");
    case Error::Kind::Http: return QStringLiteral("http");
    case Error::Kind::Auth: return QStringLiteral("auth");
    case Error::Kind::Cancelled: return QStringLiteral("cancelled");
    case Error::Kind::Unsupported: return QStringLiteral("unsupported");
    }
    return QStringLiteral("error");
}

} // namespace apkdesk
