#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Jiandu {

class Database;

struct AuditEntry
{
    enum class Action { Insert, Update, Delete };
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString table;
    QString recordKey;
    Action action = Action::Insert;
    QJsonObject before;
    QJsonObject after;
};

// Writes and reads the audit trail. Repositories call record() inside the transaction of
// the change they make, so a change and its audit record are committed or lost together.
// The table refuses UPDATE and DELETE (triggers in migration 0001).
class AuditTrail final
{
public:
    explicit AuditTrail(Database &db) : m_db(db) {}

    VoidResult record(const QString &table, const QString &recordKey, AuditEntry::Action action,
                      const QJsonObject &before, const QJsonObject &after);

    // An update that changed nothing is not recorded.
    VoidResult recordChange(const QString &table, const QString &recordKey,
                            const QJsonObject &before, const QJsonObject &after);

    // The full history of one record, oldest first.
    Result<QList<AuditEntry>> history(const QString &table, const QString &recordKey) const;
    // The newest entries (all tables), newest first.
    Result<QList<AuditEntry>> recent(int limit, qint64 beforeId = 0) const;
    Result<qint64> count() const;

    static QString actionCode(AuditEntry::Action action);

private:
    Database &m_db;
};

} // namespace Jiandu
