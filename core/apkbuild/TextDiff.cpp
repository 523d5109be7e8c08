#include "apkbuild/ChecksumPlan.h"

#include <QList>

namespace apkdesk {

namespace {

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Op
{
    char kind; // ' ', '-', '+'
    QByteArray text;
};

// Line diff: common prefix and suffix are cut first (an edit is local), then an LCS on the
// middle when it is small enough, else the middle is shown as replaced.
std::vector<Op> diffLines(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    std::vector<Op> ops;
    for (qsizetype i = 0; i < prefix; ++i)
        ops.push_back({ ' ', a[i] });
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m <= 4'000'000) {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                ops.push_back({ ' ', a[prefix + i] });
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                ops.push_back({ '+', b[prefix + j] });
                ++j;
            } else {
                ops.push_back({ '-', a[prefix + i] });
                ++i;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            ops.push_back({ '-', a[prefix + i] });
        for (qsizetype j = 0; j < m; ++j)
            ops.push_back({ '+', b[prefix + j] });
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        ops.push_back({ ' ', a[i] });
    return ops;
}

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &name, int context)
{
    const std::vector<Op> ops = diffLines(splitLines(before), splitLines(after));
    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(name);
    const qsizetype count = qsizetype(ops.size());
    qsizetype i = 0;
    while (i < count) {
        if (ops[size_t(i)].kind == ' ') {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` after the last change
        // that is no more than 2*context lines away.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype lastChange = i;
        while (end < count) {
            if (ops[size_t(end)].kind != ' ')
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);
        int oldStart = 1;
        int newStart = 1;
        for (qsizetype k = 0; k < start; ++k) {
            if (ops[size_t(k)].kind != '+')
                ++oldStart;
            if (ops[size_t(k)].kind != '-')
                ++newStart;
        }
        int oldLen = 0;
        int newLen = 0;
        for (qsizetype k = start; k < end; ++k) {
            if (ops[size_t(k)].kind != '+')
                ++oldLen;
            if (ops[size_t(k)].kind != '-')
                ++newLen;
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldLen).arg(newStart).arg(newLen);
        for (qsizetype k = start; k < end; ++k)
            out +=
                QLatin1Char(ops[size_t(k)].kind) + QString::fromUtf8(ops[size_t(k)].text) + QLatin1Char('\n');
        i = end;
    }
    return out;
}

} // namespace apkdesk
