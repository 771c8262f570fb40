// TaskRepository: reading and saving tasks with their units, progress reports and events.
// The ledger queries are in taskqueries.cpp, the status flow and extensions in taskflow.cpp.

#include "taskrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "sqlhelpers.h"
#include "taskrows.h"

#include <QCoreApplication>

namespace Jiandu {

using namespace ReviewSql;
using namespace TaskSql;

namespace {

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message,
                 QCoreApplication::translate("TaskRepository", field)};
}

// Takes QT_TRANSLATE_NOOP("TaskRepository", ...) so that lupdate sees the source text.
QString msg(const char *text)
{
    return QCoreApplication::translate("TaskRepository", text);
}

void normalise(RectificationTask &t)
{
    t.seq = t.seq.trimmed();
    t.problem = t.problem.trimmed();
    t.measures = t.measures.trimmed();
    t.owner = t.owner.trimmed();
    t.deadline.text = t.deadline.text.trimmed();
    if (t.leadUnit && t.leadUnit->name.trimmed().isEmpty())
        t.leadUnit.reset();
    if (t.leadUnit)
        t.leadUnit->name = t.leadUnit->name.trimmed();
    QList<TaskUnit> units;
    for (TaskUnit u : std::as_const(t.responsibleUnits)) {
        u.name = u.name.trimmed();
        if (!u.name.isEmpty())
            units.append(u);
    }
    t.responsibleUnits = units;
    // A date written as a date is its own text: the ledger shows what was set.
    if (t.deadline.text.isEmpty() && t.deadline.date)
        t.deadline.text = QStringLiteral("%1年%2月%3日")
                              .arg(t.deadline.date->year())
                              .arg(t.deadline.date->month())
                              .arg(t.deadline.date->day());
    if (!t.deadline.date)
        t.deadline.manual = false;
}

VoidResult validateFields(const RectificationTask &t)
{
    if (t.activityId <= 0)
        return invalid(msg(QT_TRANSLATE_NOOP(
                           "TaskRepository",
                           "A task needs the supervision activity or document it comes from.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Source"));
    if (t.seq.isEmpty())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository",
                                  "A task needs its sequence number as printed in the source.")),
            QT_TRANSLATE_NOOP("TaskRepository", "No."));
    if (t.problem.isEmpty())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "A task needs the problem to rectify.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Problem"));
    if (t.deadline.text.isEmpty())
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository",
                                             "A task needs its deadline as written, or a date.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Deadline"));
    if (t.deadline.date && !t.deadline.date->isValid())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "The deadline date is not a valid date.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Deadline"));
    return {};
}

// Dates against the status (the stored one for an edit).
VoidResult validateDates(const RectificationTask &t)
{
    const bool done = t.status == TaskStatus::Completed || t.status == TaskStatus::SignedOff;
    if (t.status == TaskStatus::SignedOff && !t.closedOn.isValid())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository",
                                  "A signed-off task needs the date it was signed off.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Sign-off date"));
    if (t.closedOn.isValid() && t.status != TaskStatus::SignedOff)
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "Only a signed-off task has a sign-off date.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Sign-off date"));
    if (t.completedOn.isValid() && !done)
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository",
                                  "Only a completed or signed-off task has a completion date.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Completion date"));
    if (t.completedOn.isValid() && t.closedOn.isValid() && t.closedOn < t.completedOn)
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository",
                                  "A task cannot be signed off before it was completed.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Sign-off date"));
    return {};
}

// Links a unit written in a task to an agency (by name or short name) or to a section (by
// name; a section of the activity's target agencies first). Anything else stays unlinked.
Result<TaskUnit> linkUnit(Database &db, qint64 activityId, const QString &name)
{
    TaskUnit unit{name, std::nullopt, std::nullopt};
    auto a = run(db,
                 QStringLiteral("SELECT id FROM agency WHERE name = ? OR "
                                "(short_name <> '' AND short_name = ?) "
                                "ORDER BY name = ? DESC, id LIMIT 2"),
                 {name, name, name}, QStringLiteral("agency"));
    if (!a)
        return a.error();
    if (a->next()) {
        unit.agencyId = a->value(0).toLongLong();
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

} // namespace

Result<std::optional<RectificationTask>> TaskRepository::find(qint64 id) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT ") + taskColumns() +
                     QStringLiteral(" FROM rectification_task t WHERE t.id = ?"),
                 {id}, kTaskTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RectificationTask>();
    RectificationTask t = taskFrom(*q);
    if (VoidResult u = loadUnits(m_db, t); !u)
        return u.error();
    return std::optional<RectificationTask>(std::move(t));
}

Result<std::optional<RectificationTask>> TaskRepository::findBySeq(qint64 activityId,
                                                                   const QString &seq) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id FROM rectification_task WHERE activity_id = ? "
                                "AND seq = ?"),
                 {activityId, seq.trimmed()}, kTaskTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RectificationTask>();
    return find(q->value(0).toLongLong());
}

Result<qint64> TaskRepository::save(RectificationTask &task)
{
    normalise(task);
    if (VoidResult v = validateFields(task); !v)
        return v.error();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto activity = run(m_db, QStringLiteral("SELECT 1 FROM supervision_activity WHERE id = ?"),
                            {task.activityId}, kTaskTable);
        if (!activity)
            return activity.error();
        if (!activity->next())
            return invalid(
                msg(QT_TRANSLATE_NOOP("TaskRepository",
                                      "The supervision activity of the task does not exist.")),
                QT_TRANSLATE_NOOP("TaskRepository", "Source"));
        std::optional<RectificationTask> before;
        if (task.id > 0) {
            auto found = find(task.id);
            if (!found)
                return found.error();
            if (!found.value())
                return Error{
                    Error::Code::NotFound,
                    msg(QT_TRANSLATE_NOOP("TaskRepository", "No such rectification task.")),
                    QString::number(task.id)};
            before = found.value();
            task.status = before->status; // status changes go through transition()
        }
        if (VoidResult v = validateDates(task); !v)
            return v.error();
        auto clash = run(m_db,
                         QStringLiteral("SELECT 1 FROM rectification_task WHERE activity_id = ? "
                                        "AND seq = ? AND id <> ?"),
                         {task.activityId, task.seq, task.id}, kTaskTable);
        if (!clash)
            return clash.error();
        if (clash->next())
            return Error{
                Error::Code::Conflict,
                msg(QT_TRANSLATE_NOOP("TaskRepository",
                                      "The source already has a task with this sequence number.")),
                taskLabel(m_db, task)};
        if (task.position <= 0) {
            auto next = run(m_db,
                            QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM "
                                           "rectification_task WHERE activity_id = ?"),
                            {task.activityId}, kTaskTable);
            if (!next || !next->next())
                return next ? sqlError(*next, kTaskTable) : next.error();
            task.position = next->value(0).toInt();
        }
        if (VoidResult l = linkUnits(m_db, task); !l)
            return l.error();
        const QString sql =
            before ? QStringLiteral("UPDATE rectification_task SET activity_id = ?, seq = ?, "
                                    "position = ?, finding_id = ?, problem = ?, measures = ?, "
                                    "lead_unit = ?, lead_agency_id = ?, owner = ?, "
                                    "deadline_text = ?, deadline_on = ?, deadline_manual = ?, "
                                    "open_ended = ?, deadline_understood = ?, status = ?, "
                                    "completed_on = ?, closed_on = ?, progress = ?, remark = ? "
                                    "WHERE id = ?")
                   : QStringLiteral("INSERT INTO rectification_task (activity_id, seq, position, "
                                    "finding_id, problem, measures, lead_unit, lead_agency_id, "
                                    "owner, deadline_text, deadline_on, deadline_manual, "
                                    "open_ended, deadline_understood, status, completed_on, "
                                    "closed_on, progress, remark) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QList<QVariant> binds{task.activityId,
                              task.seq,
                              task.position,
                              optId(task.findingId),
                              task.problem,
                              Sql::text(task.measures),
                              task.leadUnit ? task.leadUnit->name : QStringLiteral(""),
                              task.leadUnit ? optId(task.leadUnit->agencyId) : QVariant(),
                              Sql::text(task.owner),
                              task.deadline.text,
                              task.deadline.date ? Sql::date(*task.deadline.date) : QVariant(),
                              int(task.deadline.manual),
                              int(task.deadline.openEnded),
                              int(task.deadline.understood),
                              Vocab::code(task.status),
                              Sql::date(task.completedOn),
                              Sql::date(task.closedOn),
                              Sql::text(task.progress),
                              Sql::text(task.remark)};
        if (before)
            binds << task.id;
        auto q = run(m_db, sql, binds, kTaskTable);
        if (!q)
            return q.error();
        if (!before)
            task.id = q->lastInsertId().toLongLong();
        if (VoidResult u = writeUnits(m_db, task); !u)
            return u.error();
        AuditTrail audit(m_db);
        const QString key = QString::number(task.id);
        VoidResult a =
            before ? audit.recordChange(kTaskTable, key, toJson(*before), toJson(task))
                   : audit.record(kTaskTable, key, AuditEntry::Action::Insert, {}, toJson(task));
        if (!a)
            return a.error();
        return task.id;
    });
}

Result<qint64> TaskRepository::addProgress(TaskProgress &p)
{
    p.done = p.done.trimmed();
    p.remaining = p.remaining.trimmed();
    if (!p.reportedOn.isValid())
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository",
                                             "A progress report needs the date it was reported.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Reported on"));
    if (p.done.isEmpty())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "A progress report needs what was done.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Work done"));
    if (p.percent < 0 || p.percent > 100)
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository",
                                             "The completion rate is a percentage from 0 to 100.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Completion rate"));
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto task = find(p.taskId);
        if (!task)
            return task.error();
        if (!task.value())
            return Error{Error::Code::NotFound,
                         msg(QT_TRANSLATE_NOOP("TaskRepository", "No such rectification task.")),
                         QString::number(p.taskId)};
        auto q = run(m_db,
                     QStringLiteral("INSERT INTO task_progress (task_id, reported_on, done, "
                                    "percent, remaining, expected_on) VALUES (?, ?, ?, ?, ?, ?)"),
                     {p.taskId, Sql::date(p.reportedOn), p.done, p.percent, Sql::text(p.remaining),
                      Sql::date(p.expectedOn)},
                     QStringLiteral("task_progress"));
        if (!q)
            return q.error();
        p.id = q->lastInsertId().toLongLong();
        const QJsonObject after{
            {QStringLiteral("task_id"), p.taskId},
            {QStringLiteral("reported_on"), p.reportedOn.toString(Qt::ISODate)},
            {QStringLiteral("done"), p.done},
            {QStringLiteral("percent"), p.percent},
            {QStringLiteral("remaining"), p.remaining},
            {QStringLiteral("expected_on"), p.expectedOn.toString(Qt::ISODate)}};
        VoidResult a =
            AuditTrail(m_db).record(QStringLiteral("task_progress"), QString::number(p.id),
                                    AuditEntry::Action::Insert, {}, after);
        if (!a)
            return a.error();
        return p.id;
    });
}

Result<QList<TaskProgress>> TaskRepository::progress(qint64 taskId) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id, task_id, reported_on, done, percent, remaining, "
                                "expected_on FROM task_progress WHERE task_id = ? "
                                "ORDER BY reported_on, id"),
                 {taskId}, QStringLiteral("task_progress"));
    if (!q)
        return q.error();
    QList<TaskProgress> out;
    while (q->next())
        out.append(TaskProgress{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                Sql::toDate(q->value(2)), q->value(3).toString(),
                                q->value(4).toInt(), q->value(5).toString(),
                                Sql::toDate(q->value(6))});
    return out;
}

} // namespace Jiandu
