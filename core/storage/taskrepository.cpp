// TaskRepository: reading and saving tasks with their units, progress reports and events.
// The ledger queries are in taskqueries.cpp, the status flow and extensions in taskflow.cpp.

#include "taskrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "security/agencyscope.h"
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

// Inserts the task (returns the new id) or updates it (returns its id).
Result<qint64> writeRow(Database &db, const RectificationTask &task, bool update)
{
    const QString sql =
        update ? QStringLiteral("UPDATE rectification_task SET activity_id = ?, seq = ?, "
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
    if (update)
        binds << task.id;
    auto q = run(db, sql, binds, kTaskTable);
    if (!q)
        return q.error();
    return update ? task.id : q->lastInsertId().toLongLong();
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
    // An agency-limited account finds only the tasks of which its agency is a unit.
    if (const qint64 own = Security::scopeAgency(m_db); own != 0) {
        bool mine = t.leadUnit && t.leadUnit->agencyId == own;
        for (const TaskUnit &u : std::as_const(t.responsibleUnits))
            mine = mine || u.agencyId == own;
        if (!mine)
            return std::optional<RectificationTask>();
    }
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
    const qint64 givenId = task.id;
    Result<qint64> saved = inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
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
        auto written = writeRow(m_db, task, before.has_value());
        if (!written)
            return written.error();
        if (!before)
            task.id = written.value();
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
    if (!saved)
        task.id = givenId; // a rolled-back insert leaves no id behind
    return saved;
}

} // namespace Jiandu
