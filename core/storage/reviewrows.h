#pragma once

// Helpers shared by the ReviewRepository sources (review*.cpp) and findingrepository.cpp.

#include "database.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace Jiandu::ReviewSql {

// Runs `write` in a Transaction (a savepoint inside the caller's) and commits it.
template <typename T, typename Write> Result<T> inTransaction(Database &db, Write write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<T> r = write();
    if (!r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.error();
    return r;
}

template <typename Write> VoidResult inTransactionVoid(Database &db, Write write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (VoidResult r = write(); !r)
        return r;
    return tx.commit();
}

// Prepares and runs `sql` with positional binds; the query is ready for next().
inline Result<QSqlQuery> run(Database &db, const QString &sql, const QList<QVariant> &binds,
                             const QString &context)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return sqlError(q, context);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, context);
    return q;
}

inline QVariant optInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline QVariant optId(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline std::optional<int> toOptInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

inline std::optional<double> toOptDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace Jiandu::ReviewSql
