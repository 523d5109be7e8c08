#pragma once

#include <apkdesk/core_export.h>

#include <QString>

namespace apkdesk {

// What went wrong, in a form both the GUI and the CLI can show: a kind to branch on,
// a sentence for people, and where it happened when that is known.
class APKDESK_CORE_EXPORT Error
{
public:
    enum class Kind {
        Generic,
        InvalidArgument,
        NotFound,
        Io,            // read/write failure, disk full, permission
        Format,        // the bytes are not what the format says
        Truncated,     // the input ends early
        LimitExceeded, // a size or ratio cap protected us (gzip bomb, huge field)
        Unsafe,        // refused for safety (path escapes, token over plain http...)
        Crypto,        // key or signature problem
        Untrusted,     // signed, but not by a trusted key
        Network,
        Http,
        Auth,
        Cancelled,
        Unsupported,
    };

    Error() = default;
    Error(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    static Error cancelled();

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

    // Byte offset in the input where the problem was found, or -1.
    qint64 offset() const { return m_offset; }
    Error &withOffset(qint64 offset)
    {
        m_offset = offset;
        return *this;
    }

    // The file, URL or entry the error is about, when there is one.
    const QString &location() const { return m_location; }
    Error &withLocation(const QString &location)
    {
        m_location = location;
        return *this;
    }

    // Adds context in front of the message: "reading x.apk: <message>".
    Error &prefixed(const QString &context);

    // The message with location and offset, for one-line display.
    QString toString() const;

private:
    Kind m_kind = Kind::Generic;
    QString m_message;
    QString m_location;
    qint64 m_offset = -1;
};

APKDESK_CORE_EXPORT QString errorKindName(Error::Kind kind);

} // namespace apkdesk
