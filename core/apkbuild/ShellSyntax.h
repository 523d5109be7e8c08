#pragma once

#include <QByteArray>

#include <memory>
#include <vector>

// The syntax tree of the shell subset APKBUILDs are written in. Everything keeps its
// byte range in the file so a rewrite can touch exactly one assignment. Text is kept as
// bytes: the shell is byte oriented, and offsets must match the file on disk.
namespace apkdesk::shell {

struct Word;

struct WordPart
{
    enum class Kind {
        Literal, // text after quote removal
        Parameter, // $name, ${name...}
        CommandSubstitution, // $(...)
        Backticks, // `...`
        Arithmetic, // $((...))
    };
    Kind kind = Kind::Literal;
    QByteArray text; // literal text; for the others the raw source text
    bool quoted = false; // inside "..." or '...' (no field splitting, no globbing)
    bool singleQuoted = false;
    // Parameter expansions: name and operator ("" plain, ":-", "-", ":+", "+", ":=", "=",
    // ":?", "?", "%", "%%", "#", "##", "/", "//", "/#", "/%", ":" substring, "len").
    QByteArray name;
    QByteArray op;
    std::vector<std::shared_ptr<Word>> args; // operand words: default, pattern, replacement, offset, length
    qsizetype begin = 0;
    qsizetype end = 0;
};

struct Word
{
    std::vector<WordPart> parts;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool hasQuotes() const
    {
        for (const auto &p : parts)
            if (p.quoted)
                return true;
        return false;
    }
};

struct Assignment
{
    QByteArray name;
    Word value;
    qsizetype begin = 0; // start of NAME
    qsizetype end = 0; // end of the value word
    qsizetype valueBegin = 0; // just after '='
};

struct Redirection
{
    QByteArray op; // ">", ">>", "<", "<<", "<<-", ">&", ...
    Word target;
};

struct Node;
using NodeList = std::vector<Node>;

struct CaseItem
{
    std::vector<Word> patterns;
    NodeList body;
};

struct Node
{
    enum class Kind {
        Simple, // assignments, words, redirections
        AndOr, // children joined by ops ("&&" / "||")
        Pipeline, // children joined by '|', possibly negated
        If, // conditions[i] -> bodies[i]; elseBody
        Case, // subject, items
        For, // variable, words (hasIn), body
        Loop, // while/until: conditions[0], bodies[0]
        Function, // name, bodies[0]
        Group, // { ...; } or ( ... ): bodies[0]
    };
    Kind kind = Kind::Simple;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool negated = false;
    bool background = false;
    bool subshell = false;
    bool hasHeredoc = false;

    std::vector<Assignment> assignments;
    std::vector<Word> words;
    std::vector<Redirection> redirections;

    NodeList children;
    std::vector<QByteArray> ops;

    std::vector<NodeList> conditions;
    std::vector<NodeList> bodies;
    NodeList elseBody;
    bool hasElse = false;

    Word subject;
    std::vector<CaseItem> items;

    QByteArray name; // for loop variable, function name, loop kind ("while"/"until")
    std::vector<Word> forWords;
    bool hasIn = false;
};

} // namespace apkdesk::shell
