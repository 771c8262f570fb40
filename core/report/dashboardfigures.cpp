#include "dashboardfigures.h"

#include "security/agencyscope.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace Jiandu::Report {

namespace {

Result<bool> exec(QSqlQuery &q, const QString &context)
{
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, context);
    return true;
}

// For an agency-limited account: only the tasks of which its agency is a unit (over `t`).
QString taskScope(const Database &db)
{
    const qint64 own = Security::scopeAgency(db);
    return own == 0 ? QString()
                    : QStringLiteral(" AND t.id IN (SELECT s.task_id FROM task_unit s WHERE "
                                     "s.agency_id = %1)")
                          .arg(own);
}

} // namespace

Result<std::array<int, 12>> casesPerMonth(Database &db, int year, std::optional<qint64> requested)
{
    const std::optional<qint64> agencyId = Security::scopeAgency(db, requested);
    // A range on opened_on, so the planner reads case_opened (or, for one body,
    // case_agency_kind_opened per kind); the month is the text's first seven characters.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT CAST(substr(c.opened_on, 6, 2) AS INTEGER), count(*)"
                             " FROM enforcement_case c"
                             " WHERE c.opened_on >= ? AND c.opened_on < ?%1"
                             " GROUP BY substr(c.opened_on, 1, 7)")
                  .arg(agencyId ? QStringLiteral(" AND c.agency_id = ?") : QString()));
    q.addBindValue(Sql::date(QDate(year, 1, 1)));
    q.addBindValue(Sql::date(QDate(year + 1, 1, 1)));
    if (agencyId)
        q.addBindValue(*agencyId);
    if (auto r = exec(q, QStringLiteral("cases per month")); !r)
        return r.error();
    std::array<int, 12> months{};
    while (q.next())
        if (const int m = q.value(0).toInt(); m >= 1 && m <= 12)
            months[size_t(m - 1)] = q.value(1).toInt();
    return months;
}

Result<QList<UnitCompletion>> taskCompletionByUnit(Database &db, int limit)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT u.name, sum(t.status = 'signed_off'), count(*) FROM"
                             " (SELECT DISTINCT name, task_id FROM task_unit WHERE name <> '') u"
                             " JOIN rectification_task t ON t.id = u.task_id%1"
                             " GROUP BY u.name ORDER BY count(*) DESC, u.name LIMIT ?")
                  .arg(taskScope(db)));
    q.addBindValue(limit);
    if (auto r = exec(q, QStringLiteral("rectification by unit")); !r)
        return r.error();
    QList<UnitCompletion> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

Result<QList<AgencyCoverage>> certificateCoverage(Database &db, const QDate &asOf, int limit)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("WITH f AS MATERIALIZED (SELECT o.agency_id AS agency_id, %1 AS cert"
                       " FROM officer o WHERE o.status = 'active'%2)"
                       " SELECT f.agency_id, a.name, coalesce(nullif(a.short_name, ''), a.name),"
                       " sum(f.cert IN ('valid', 'expiring')), count(*) FROM f JOIN agency a ON "
                       "a.id = f.agency_id"
                       " GROUP BY f.agency_id ORDER BY count(*) DESC, f.agency_id LIMIT ?")
            .arg(OfficerRepository::certStateSql(asOf, asOf),
                 Security::scopeCondition(db, QStringLiteral("o.agency_id"))));
    q.addBindValue(limit);
    if (auto r = exec(q, QStringLiteral("certificate coverage")); !r)
        return r.error();
    QList<AgencyCoverage> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

Result<QList<DueTask>> tasksDueBetween(Database &db, const QDate &from, const QDate &to)
{
    // The partial index task_open_deadline holds exactly the open tasks by deadline.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
                  "SELECT t.id, t.seq, t.problem, t.lead_unit, a.name, t.deadline_on"
                  " FROM rectification_task t JOIN supervision_activity a ON a.id = t.activity_id"
                  " WHERE t.deadline_on BETWEEN ? AND ? AND t.status <> 'signed_off'%1"
                  " ORDER BY t.deadline_on, t.id")
                  .arg(taskScope(db)));
    q.addBindValue(Sql::date(from));
    q.addBindValue(Sql::date(to));
    if (auto r = exec(q, QStringLiteral("tasks due")); !r)
        return r.error();
    QList<DueTask> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), Sql::toDate(q.value(5))});
    return out;
}

} // namespace Jiandu::Report
