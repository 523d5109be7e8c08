#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace apkdesk::shell {

// A variable's value as far as static evaluation can tell. When `known` is false, `text`
// holds the value with the parts that could not be computed left as written in the file
// (e.g. "$(echo ...)"), and `reason` says why.
struct Value
{
    QByteArray text;
    bool known = true;
    QString reason;
};

// Something the evaluator refused to execute or could not compute.
struct Unexpandable
{
    QString variable; // the variable whose value is uncertain, or empty for a statement
    QString construct; // "command substitution", "function call", "eval", "heredoc", ...
    QString text; // the source text of the construct
    qsizetype offset = -1;
    int line = 0;
};

struct Environment
{
    QHash<QByteArray, Value> variables;
    std::vector<QByteArray> assignmentOrder; // names in the order the file first assigned them
    QHash<QByteArray, qsizetype> functions; // name -> offset of the definition

    const Value *find(const QByteArray &name) const
    {
        auto it = variables.constFind(name);
        return it == variables.cend() ? nullptr : &it.value();
    }
};

// Maps a byte offset to a 1-based line number.
using LineLookup = std::function<int(qsizetype)>;

} // namespace apkdesk::shell
