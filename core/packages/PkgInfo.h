#pragma once

#include "common/Result.h"

#include <apkdesk/core_export.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace apkdesk {

// A `.PKGINFO` file: every `key = value` line in file order, repeated keys (depend, provides,
// replaces, triggers, install_if...) and unknown keys kept. Comment lines are kept apart.
class APKDESK_CORE_EXPORT PkgInfo
{
public:
    struct Field
    {
        QString key;
        QString value;
        int line = 0; // 1-based
    };

    // Limits on what parse() accepts: larger input or lines are a LimitExceeded error,
    // NUL and invalid UTF-8 a Format error with the line number.
    static constexpr qsizetype MaxSize = 4 * 1024 * 1024;
    static constexpr qsizetype MaxLineLength = 64 * 1024;

    static Result<PkgInfo> parse(const QByteArray &text);

    const QList<Field> &fields() const { return m_fields; }
    QStringList comments() const { return m_comments; }
    QByteArray text() const { return m_text; }

    QString value(const QString &key) const; // first value, empty when absent
    QStringList values(const QString &key) const; // every value of a repeated key
    bool contains(const QString &key) const;

    QString name() const { return value(QStringLiteral("pkgname")); }
    QString version() const { return value(QStringLiteral("pkgver")); }
    QString description() const { return value(QStringLiteral("pkgdesc")); }
    QString url() const { return value(QStringLiteral("url")); }
    QString arch() const { return value(QStringLiteral("arch")); }
    QString license() const { return value(QStringLiteral("license")); }
    QString origin() const { return value(QStringLiteral("origin")); }
    QString maintainer() const { return value(QStringLiteral("maintainer")); }
    QString packager() const { return value(QStringLiteral("packager")); }
    QString commit() const { return value(QStringLiteral("commit")); }
    qint64 buildDate() const; // seconds since the epoch, -1 when absent or not a number
    qint64 installedSize() const; // `size`, -1 when absent
    QByteArray dataHash() const; // `datahash` as written (hex)
    // Space-separated lists gathered from every line of the key (depend, provides, ...).
    QStringList listValues(const QString &key) const;

private:
    QList<Field> m_fields;
    QStringList m_comments;
    QByteArray m_text;
};

} // namespace apkdesk
