#pragma once

// Private to core/indexes: splits D:/p:/i: values into atoms without allocating, for
// building the graph. Full parsing (operators, validation) is DependencyAtom's job.

#include <QByteArrayView>

namespace apkdesk {

struct DependencyToken
{
    QByteArrayView text; // the whole atom
    QByteArrayView name;
    QByteArrayView version; // after the operator, empty when none
    bool conflict = false;
};

inline bool isVersionOperatorChar(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '~';
}

template<typename Fn> void forEachDependencyToken(QByteArrayView value, Fn &&fn)
{
    const char *p = value.data();
    const char *end = p + value.size();
    while (p < end) {
        // apk separates atoms with spaces only (a tab makes an atom invalid, as in apk).
        while (p < end && *p == ' ')
            ++p;
        const char *start = p;
        while (p < end && *p != ' ')
            ++p;
        if (p == start)
            continue;
        DependencyToken t;
        t.text = QByteArrayView(start, p - start);
        const char *q = start;
        if (*q == '!') {
            t.conflict = true;
            ++q;
        }
        const char *nameStart = q;
        while (q < p && *q != '@' && !isVersionOperatorChar(*q))
            ++q;
        t.name = QByteArrayView(nameStart, q - nameStart);
        while (q < p && !isVersionOperatorChar(*q))
            ++q; // skip @tag
        while (q < p && isVersionOperatorChar(*q))
            ++q;
        t.version = QByteArrayView(q, p - q);
        if (!t.name.isEmpty())
            fn(t);
    }
}

} // namespace apkdesk
