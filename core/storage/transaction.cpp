#include "transaction.h"

#include "database.h"

#include <QSqlQuery>

namespace Jiandu {

Transaction::Transaction(Database &db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    int &depth = m_db.transactionDepth();
    if (depth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(depth);
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("SAVEPOINT ") + m_savepoint;
    if (q.exec(sql)) {
        m_active = true;
        ++depth;
    } else {
        m_beginError = sqlError(q, QStringLiteral("BEGIN"));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

VoidResult Transaction::commit()
{
    if (!m_active)
        return m_beginError.message.isEmpty()
                   ? Error{Error::Code::Usage, QStringLiteral("transaction already finished"), {}}
                   : m_beginError;
    QSqlQuery q(m_db.connection());
    const QString sql =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!q.exec(sql)) {
        Error e = sqlError(q, QStringLiteral("COMMIT"));
        rollback();
        return e;
    }
    m_active = false;
    if (--m_db.transactionDepth() == 0)
        m_db.forgetAuditHead(); // the write lock is gone: another writer may append now
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.transactionDepth();
    m_db.forgetAuditHead(); // the records it had appended are gone
}

} // namespace Jiandu
