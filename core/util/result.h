#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace Jiandu {

// An error as a value: no exception crosses the core API. `message` is a translated,
// complete sentence for the user; `context` names the record, file or field concerned.
struct Error
{
    enum class Code {
        Usage,      // the caller asked for something malformed
        NotFound,   // a file or record that should exist does not
        Invalid,    // input failed validation
        Conflict,   // a uniqueness or state conflict
        Io,         // a file could not be read or written
        Corrupt,    // the database failed its integrity check
        TooNew,     // the database was written by a newer version
        Sql,        // an unexpected database error
        Refused,    // the logged-in account's role or agency does not allow it
    };

    Code code = Code::Sql;
    QString message;
    QString context;

    [[nodiscard]] QString toString() const
    {
        return context.isEmpty() ? message : context + QStringLiteral(": ") + message;
    }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    T &operator*() { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using VoidResult = Result<void>;

} // namespace Jiandu
