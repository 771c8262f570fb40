#pragma once

// SQLite's C API where Qt's driver has no equivalent (online backup, fast streaming reads).
// Internal to core/storage: nothing outside it includes sqlite3.h.

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace Jiandu::Sqlite {

// The raw connection under a QSQLITE connection (nullptr if it is not one).
inline sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

inline QString message(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

// A prepared statement, finalized when it goes out of scope.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (db)
            m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }

    [[nodiscard]] bool ok() const { return m_stmt && m_rc == SQLITE_OK; }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE; }
    void reset() { sqlite3_reset(m_stmt); }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, QByteArrayView v)
    {
        sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
    }
    [[nodiscard]] qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    [[nodiscard]] bool isNull(int col) const
    {
        return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
    }
    // Valid until the next step(); empty (not null) for NULL.
    [[nodiscard]] QByteArrayView text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView("");
    }
    [[nodiscard]] QString string(int col) const { return QString::fromUtf8(text(col)); }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

// The single value of a query such as a pragma, or `fallback`.
inline qint64 scalar(sqlite3 *db, const char *sql, qint64 fallback = -1)
{
    Statement s(db, sql);
    return s.ok() && s.step() == SQLITE_ROW ? s.int64(0) : fallback;
}

} // namespace Jiandu::Sqlite
