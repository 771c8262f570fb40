#include "taskrows.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "sqlhelpers.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Jiandu::TaskSql {

using namespace ReviewSql;

QString taskColumns()
{
    return QStringLiteral("t.id, t.activity_id, t.seq, t.position, t.finding_id, t.problem, "
                          "t.measures, t.owner, t.deadline_text, t.deadline_on, "
                          "t.deadline_manual, t.open_ended, t.deadline_understood, t.status, "
                          "t.completed_on, t.closed_on, t.progress, t.remark");
}

RectificationTask taskFrom(const QSqlQuery &q)
{
    RectificationTask t;
    t.id = q.value(0).toLongLong();
    t.activityId = q.value(1).toLongLong();
    t.seq = q.value(2).toString();
    t.position = q.value(3).toInt();
    t.findingId = Sql::toOptId(q.value(4));
    t.problem = q.value(5).toString();
    t.measures = q.value(6).toString();
    t.owner = q.value(7).toString();
    t.deadline.text = q.value(8).toString();
    const QDate on = Sql::toDate(q.value(9));
    t.deadline.date = on.isValid() ? std::optional<QDate>(on) : std::nullopt;
    t.deadline.manual = q.value(10).toInt() != 0;
    t.deadline.openEnded = q.value(11).toInt() != 0;
    t.deadline.understood = q.value(12).toInt() != 0;
    t.status = Vocab::fromCode<TaskStatus>(q.value(13).toString()).value_or(TaskStatus::NotStarted);
    t.completedOn = Sql::toDate(q.value(14));
    t.closedOn = Sql::toDate(q.value(15));
    t.progress = q.value(16).toString();
    t.remark = q.value(17).toString();
    return t;
}

VoidResult loadUnits(Database &db, RectificationTask &task)
{
    auto q = run(db,
                 QStringLiteral("SELECT role, name, agency_id, section_id FROM task_unit "
                                "WHERE task_id = ? ORDER BY role, position"),
                 {task.id}, QStringLiteral("task_unit"));
    if (!q)
        return q.error();
    task.leadUnit.reset();
    task.responsibleUnits.clear();
    while (q->next()) {
        TaskUnit u{q->value(1).toString(), Sql::toOptId(q->value(2)), Sql::toOptId(q->value(3))};
        if (q->value(0).toString() == u"lead")
            task.leadUnit = u;
        else
            task.responsibleUnits.append(u);
    }
    return {};
}

namespace {
QJsonObject unitJson(const TaskUnit &u)
{
    QJsonObject o{{QStringLiteral("name"), u.name}};
    if (u.agencyId)
        o.insert(QStringLiteral("agency_id"), *u.agencyId);
    if (u.sectionId)
        o.insert(QStringLiteral("section_id"), *u.sectionId);
    return o;
}
} // namespace

QJsonObject toJson(const RectificationTask &t)
{
    QJsonArray units;
    for (const TaskUnit &u : t.responsibleUnits)
        units.append(unitJson(u));
    QJsonObject o{{QStringLiteral("activity_id"), t.activityId},
                  {QStringLiteral("seq"), t.seq},
                  {QStringLiteral("position"), t.position},
                  {QStringLiteral("problem"), t.problem},
                  {QStringLiteral("measures"), t.measures},
                  {QStringLiteral("responsible_units"), units},
                  {QStringLiteral("owner"), t.owner},
                  {QStringLiteral("deadline_text"), t.deadline.text},
                  {QStringLiteral("deadline_on"),
                   t.deadline.date ? t.deadline.date->toString(Qt::ISODate) : QString()},
                  {QStringLiteral("deadline_manual"), t.deadline.manual},
                  {QStringLiteral("open_ended"), t.deadline.openEnded},
                  {QStringLiteral("deadline_understood"), t.deadline.understood},
                  {QStringLiteral("status"), Vocab::code(t.status)},
                  {QStringLiteral("completed_on"), t.completedOn.toString(Qt::ISODate)},
                  {QStringLiteral("closed_on"), t.closedOn.toString(Qt::ISODate)},
                  {QStringLiteral("progress"), t.progress},
                  {QStringLiteral("remark"), t.remark}};
    if (t.leadUnit)
        o.insert(QStringLiteral("lead_unit"), unitJson(*t.leadUnit));
    if (t.findingId)
        o.insert(QStringLiteral("finding_id"), *t.findingId);
    return o;
}

namespace {
// Links a unit written in a task to an agency (by name or short name) or to a section (by
// name; a section of the activity's target agencies first). Anything else stays unlinked.
Result<TaskUnit> linkUnit(Database &db, qint64 activityId, const QString &name)
{
    TaskUnit unit{name, std::nullopt, std::nullopt};
    auto a = run(db,
                 QStringLiteral("SELECT id, name = ? AS exact FROM agency WHERE name = ? OR "
                                "(short_name <> '' AND short_name = ?) "
                                "ORDER BY exact DESC, id LIMIT 2"),
                 {name, name, name}, QStringLiteral("agency"));
    if (!a)
        return a.error();
    if (a->next()) {
        const qint64 agency = a->value(0).toLongLong();
        // A short name that two agencies share is not guessed.
        if (a->value(1).toInt() == 0 && a->next())
            return unit;
        unit.agencyId = agency;
        return unit;
    }
    auto s = run(db,
                 QStringLiteral("SELECT s.id, s.agency_id, EXISTS (SELECT 1 FROM "
                                "supervision_target g WHERE g.activity_id = ? AND "
                                "g.agency_id = s.agency_id) AS target FROM section s "
                                "WHERE s.name = ? ORDER BY target DESC, s.id LIMIT 2"),
                 {activityId, name}, QStringLiteral("section"));
    if (!s)
        return s.error();
    if (!s->next())
        return unit;
    const qint64 section = s->value(0).toLongLong();
    const qint64 agency = s->value(1).toLongLong();
    const bool target = s->value(2).toInt() != 0;
    // A section name that several agencies have (法制科) is not guessed outside the targets.
    if (!target && s->next())
        return unit;
    unit.agencyId = agency;
    unit.sectionId = section;
    return unit;
}

} // namespace

VoidResult linkUnits(Database &db, RectificationTask &t)
{
    if (t.leadUnit) {
        auto u = linkUnit(db, t.activityId, t.leadUnit->name);
        if (!u)
            return u.error();
        t.leadUnit = u.value();
    }
    for (TaskUnit &unit : t.responsibleUnits) {
        auto u = linkUnit(db, t.activityId, unit.name);
        if (!u)
            return u.error();
        unit = u.value();
    }
    return {};
}

VoidResult writeUnits(Database &db, const RectificationTask &t)
{
    const QString table = QStringLiteral("task_unit");
    auto del = run(db, QStringLiteral("DELETE FROM task_unit WHERE task_id = ?"), {t.id}, table);
    if (!del)
        return del.error();
    const QString sql = QStringLiteral("INSERT INTO task_unit (task_id, role, position, name, "
                                       "agency_id, section_id) VALUES (?, ?, ?, ?, ?, ?)");
    if (t.leadUnit) {
        auto q = run(db, sql,
                     {t.id, QStringLiteral("lead"), 0, t.leadUnit->name,
                      optId(t.leadUnit->agencyId), optId(t.leadUnit->sectionId)},
                     table);
        if (!q)
            return q.error();
    }
    for (qsizetype i = 0; i < t.responsibleUnits.size(); ++i) {
        const TaskUnit &u = t.responsibleUnits.at(i);
        auto q = run(db, sql,
                     {t.id, QStringLiteral("responsible"), int(i), u.name, optId(u.agencyId),
                      optId(u.sectionId)},
                     table);
        if (!q)
            return q.error();
    }
    return {};
}

QString taskLabel(Database &db, const RectificationTask &task)
{
    auto q = run(db, QStringLiteral("SELECT name FROM supervision_activity WHERE id = ?"),
                 {task.activityId}, kTaskTable);
    const QString activity = q && q->next() ? q->value(0).toString() : QString();
    return activity + QLatin1Char('/') + task.seq;
}

VoidResult writeEvent(Database &db, qint64 taskId, const QDate &on, TaskEventKind kind,
                      std::optional<TaskStatus> from, std::optional<TaskStatus> to,
                      const QDate &deadlineOn, const QString &reason)
{
    const QString at = db.clock().now().toUTC().toString(Qt::ISODateWithMs);
    const QVariant fromCode = from ? QVariant(Vocab::code(*from)) : QVariant();
    const QVariant toCode = to ? QVariant(Vocab::code(*to)) : QVariant();
    auto q = run(db,
                 QStringLiteral("INSERT INTO task_event (task_id, at, on_date, actor, kind, "
                                "from_status, to_status, deadline_on, reason) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {taskId, at, Sql::date(on), Sql::text(db.actor()), Vocab::code(kind), fromCode,
                  toCode, Sql::date(deadlineOn), Sql::text(reason.trimmed())},
                 QStringLiteral("task_event"));
    if (!q)
        return q.error();
    QJsonObject after{{QStringLiteral("task_id"), taskId},
                      {QStringLiteral("on_date"), on.toString(Qt::ISODate)},
                      {QStringLiteral("kind"), Vocab::code(kind)},
                      {QStringLiteral("reason"), reason.trimmed()}};
    if (from)
        after.insert(QStringLiteral("from_status"), Vocab::code(*from));
    if (to)
        after.insert(QStringLiteral("to_status"), Vocab::code(*to));
    if (deadlineOn.isValid())
        after.insert(QStringLiteral("deadline_on"), deadlineOn.toString(Qt::ISODate));
    return AuditTrail(db).record(QStringLiteral("task_event"),
                                 QString::number(q->lastInsertId().toLongLong()),
                                 AuditEntry::Action::Insert, {}, after);
}

} // namespace Jiandu::TaskSql
