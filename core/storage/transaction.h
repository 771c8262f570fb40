#pragma once

#include "util/result.h"

#include <QString>

namespace Jiandu {

class Database;

// RAII transaction: rolls back unless commit() succeeded. One per user action.
// The outermost one is BEGIN IMMEDIATE (takes the write lock up front, so two writers
// wait on busy_timeout instead of failing half-way); nested ones become savepoints.
class [[nodiscard]] Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();

    // False when BEGIN itself failed (database locked, read-only...).
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Error &beginError() const { return m_beginError; }

    VoidResult commit();
    void rollback();

private:
    Database &m_db;
    Error m_beginError;
    QString m_savepoint;
    bool m_active = false;
};

} // namespace Jiandu
