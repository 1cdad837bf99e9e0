#pragma once

#include <QString>

#include <expected>

namespace ss {

// An error a user can cause: what was wrong and where (a file, a JSON path, a line:column).
struct Error
{
    QString message;
    QString where;

    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, QString where = {})
{
    return std::unexpected(Error{std::move(message), std::move(where)});
}

} // namespace ss
