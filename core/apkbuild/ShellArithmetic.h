#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace apkdesk::shell {

// Evaluates the body of $((...)) after parameter expansion: integer constants, bare
// variable names (looked up, empty = 0), unary/binary/ternary C operators. Assignments
// inside arithmetic are refused (they would hide a side effect).
struct ArithmeticResult
{
    std::optional<qint64> value;
    QString error;
    bool unknownVariable = false; // a variable whose value is not known was used
};

ArithmeticResult
evaluateArithmetic(const QByteArray &expression,
                   const std::function<std::optional<QByteArray>(const QByteArray &)> &lookup);

} // namespace apkdesk::shell
