// The rectification ledger (整改台账): filtered, paged and aggregated in SQL. A city's ledger
// holds thousands of tasks; nothing here loads them all.

#include "taskrepository.h"

#include "reviewrows.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"
#include "taskrows.h"

namespace Jiandu {

using namespace ReviewSql;
using namespace TaskSql;

namespace {

struct Where
{
    QString sql; // " WHERE …" or empty
    QList<QVariant> binds;
};

QDate asOfOf(const Database &db, const TaskQuery &query)
{
    return query.asOf.isValid() ? query.asOf : db.clock().today();
}

// The conditions of `query` over rectification_task `t`.
Where whereOf(const Database &db, const TaskQuery &query)
{
    QStringList conditions;
    Where w;
    if (query.activityId) {
        conditions << QStringLiteral("t.activity_id = ?");
        w.binds << *query.activityId;
    }
    // An agency-limited account sees only its agency's tasks.
    if (const auto agency = Security::scopeAgency(db, query.agencyId)) {
        conditions << QStringLiteral("t.id IN (SELECT u.task_id FROM task_unit u "
                                     "WHERE u.agency_id = ?)");
        w.binds << *agency;
    }
    if (!query.unit.trimmed().isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM task_unit u WHERE u.task_id = t.id "
                                     "AND instr(u.name, ?) > 0)");
        w.binds << query.unit.trimmed();
    }
    if (query.status) {
        conditions << QStringLiteral("t.status = ?");
        w.binds << Vocab::code(*query.status);
    }
    if (query.overdueOnly) {
        // Spelled as the partial index task_open_deadline is, so that it is used.
        conditions << QStringLiteral("t.status <> 'signed_off' AND t.deadline_on < ?");
        w.binds << Sql::date(asOfOf(db, query));
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(instr(t.problem, ?) > 0 OR instr(t.measures, ?) > 0 "
                                     "OR instr(t.seq, ?) > 0)");
        w.binds << text << text << text;
    }
    if (!conditions.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return w;
}

// 1 when task `t` is overdue on the date bound at this place.
const QString kOverdueSql = QStringLiteral(
    "(t.status <> 'signed_off' AND t.deadline_on IS NOT NULL AND t.deadline_on < ?)");

TaskRow rowFrom(const QSqlQuery &q)
{
    TaskRow r;
    r.id = q.value(0).toLongLong();
    r.activityId = q.value(1).toLongLong();
    r.activityName = q.value(2).toString();
    r.seq = q.value(3).toString();
    r.problem = q.value(4).toString();
    r.measures = q.value(5).toString();
    r.leadUnit = q.value(6).toString();
    r.responsibleUnits = q.value(7).toString();
    r.owner = q.value(8).toString();
    r.deadline.text = q.value(9).toString();
    const QDate on = Sql::toDate(q.value(10));
    r.deadline.date = on.isValid() ? std::optional<QDate>(on) : std::nullopt;
    r.deadline.manual = q.value(11).toInt() != 0;
    r.deadline.openEnded = q.value(12).toInt() != 0;
    r.deadline.understood = q.value(13).toInt() != 0;
    r.status = Vocab::fromCode<TaskStatus>(q.value(14).toString()).value_or(TaskStatus::NotStarted);
    r.completedOn = Sql::toDate(q.value(15));
    r.closedOn = Sql::toDate(q.value(16));
    const bool reported = !q.value(17).isNull();
    r.progress = reported ? q.value(17).toString() : q.value(19).toString();
    r.percent = reported ? std::optional<int>(q.value(18).toInt()) : std::nullopt;
    r.remark = q.value(20).toString();
    r.overdue = q.value(21).toInt() != 0;
    return r;
}

} // namespace

Result<QList<TaskRow>> TaskRepository::list(const TaskQuery &query, int offset, int limit) const
{
    const Where w = whereOf(m_db, query);
    const QString sql =
        QStringLiteral(
            "SELECT t.id, t.activity_id, a.name, t.seq, t.problem, t.measures, t.lead_unit,"
            " (SELECT group_concat(name, '、') FROM (SELECT r.name FROM task_unit r"
            " WHERE r.task_id = t.id AND r.role = 'responsible' ORDER BY r.position)),"
            " t.owner, t.deadline_text, t.deadline_on, t.deadline_manual, t.open_ended,"
            " t.deadline_understood, t.status, t.completed_on, t.closed_on, p.done, p.percent,"
            " t.progress, t.remark, ") +
        kOverdueSql +
        QStringLiteral(" FROM rectification_task t"
                       " JOIN supervision_activity a ON a.id = t.activity_id"
                       " LEFT JOIN task_progress p ON p.id = (SELECT x.id FROM task_progress x"
                       " WHERE x.task_id = t.id ORDER BY x.reported_on DESC, x.id DESC LIMIT 1)") +
        w.sql + QStringLiteral(" ORDER BY t.activity_id, t.position, t.id LIMIT ? OFFSET ?");
    QList<QVariant> binds{Sql::date(asOfOf(m_db, query))};
    binds += w.binds;
    binds << limit << offset;
    auto q = run(m_db, sql, binds, kTaskTable);
    if (!q)
        return q.error();
    QList<TaskRow> out;
    while (q->next())
        out.append(rowFrom(*q));
    return out;
}

Result<qint64> TaskRepository::count(const TaskQuery &query) const
{
    const Where w = whereOf(m_db, query);
    auto q = run(m_db, QStringLiteral("SELECT count(*) FROM rectification_task t") + w.sql, w.binds,
                 kTaskTable);
    if (!q)
        return q.error();
    if (!q->next())
        return sqlError(*q, kTaskTable);
    return q->value(0).toLongLong();
}

namespace {
TaskCompletion completionFrom(const QSqlQuery &q)
{
    return TaskCompletion{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                          q.value(3).toInt(),      q.value(4).toInt(),    q.value(5).toInt()};
}

const QString kCounts = QStringLiteral(
    "count(*), total(t.status = 'signed_off'), total(t.status = 'completed'), total(");
} // namespace

Result<QList<TaskCompletion>> TaskRepository::completionByActivity(const TaskQuery &query) const
{
    const Where w = whereOf(m_db, query);
    const QString sql = QStringLiteral("SELECT a.id, a.name, ") + kCounts + kOverdueSql +
                        QStringLiteral(") FROM rectification_task t JOIN supervision_activity a "
                                       "ON a.id = t.activity_id") +
                        w.sql + QStringLiteral(" GROUP BY a.id ORDER BY a.id");
    QList<QVariant> binds{Sql::date(asOfOf(m_db, query))};
    binds += w.binds;
    auto q = run(m_db, sql, binds, kTaskTable);
    if (!q)
        return q.error();
    QList<TaskCompletion> out;
    while (q->next())
        out.append(completionFrom(*q));
    return out;
}

Result<QList<TaskCompletion>> TaskRepository::completionByUnit(const TaskQuery &query) const
{
    // A unit is a responsible unit: the agency when the name is linked to one (its name and
    // short name count together, under its full name), the section when linked to one (as
    // written, with its agency's id), else the name as written.
    const Where w = whereOf(m_db, query);
    const QString sql =
        QStringLiteral("SELECT k.agency, k.name, ") + kCounts + kOverdueSql +
        QStringLiteral(") FROM (SELECT DISTINCT u.task_id AS task_id,"
                       " CASE WHEN u.section_id IS NOT NULL THEN 's' || u.section_id"
                       " WHEN u.agency_id IS NOT NULL THEN 'a' || u.agency_id"
                       " ELSE 'n' || u.name END AS unit,"
                       " coalesce(u.agency_id, 0) AS agency,"
                       " CASE WHEN u.agency_id IS NOT NULL AND u.section_id IS NULL"
                       " THEN (SELECT g.name FROM agency g WHERE g.id = u.agency_id)"
                       " ELSE u.name END AS name"
                       " FROM task_unit u WHERE u.role = 'responsible') k"
                       " JOIN rectification_task t ON t.id = k.task_id") +
        w.sql + QStringLiteral(" GROUP BY k.unit ORDER BY k.name, k.unit");
    QList<QVariant> binds{Sql::date(asOfOf(m_db, query))};
    binds += w.binds;
    auto q = run(m_db, sql, binds, kTaskTable);
    if (!q)
        return q.error();
    QList<TaskCompletion> out;
    while (q->next())
        out.append(completionFrom(*q));
    return out;
}

} // namespace Jiandu
