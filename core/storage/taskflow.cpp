// The workflow of a rectification task: status steps (未启动 → 整改中 → 已完成 → 已销号, and
// 已完成 → 整改中 with a reason), deadlines set by hand and extensions. Each step is one
// Transaction: the task row, a task_event row and their audit records, or nothing.

#include "taskrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "sqlhelpers.h"
#include "taskrows.h"
#include "util/format.h"

#include <QCoreApplication>

namespace Jiandu {

using namespace ReviewSql;
using namespace TaskSql;

namespace {

QString msg(const char *text)
{
    return QCoreApplication::translate("TaskRepository", text);
}

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message,
                 QCoreApplication::translate("TaskRepository", field)};
}

Error notFound(qint64 taskId)
{
    return Error{Error::Code::NotFound,
                 msg(QT_TRANSLATE_NOOP("TaskRepository", "No such rectification task.")),
                 QString::number(taskId)};
}

Error conflict(Database &db, const RectificationTask &task, const QString &message)
{
    return Error{Error::Code::Conflict, message, taskLabel(db, task)};
}

// The columns a step changes, written back in one UPDATE.
VoidResult writeTask(Database &db, const RectificationTask &t)
{
    auto q = run(db,
                 QStringLiteral("UPDATE rectification_task SET status = ?, completed_on = ?, "
                                "closed_on = ?, deadline_on = ?, deadline_manual = ?, "
                                "deadline_understood = ? WHERE id = ?"),
                 {Vocab::code(t.status), Sql::date(t.completedOn), Sql::date(t.closedOn),
                  t.deadline.date ? Sql::date(*t.deadline.date) : QVariant(),
                  int(t.deadline.manual), int(t.deadline.understood), t.id},
                 kTaskTable);
    if (!q)
        return q.error();
    return {};
}

VoidResult auditTask(Database &db, const RectificationTask &before, const RectificationTask &after,
                     const QString &reason = {})
{
    QJsonObject a = toJson(after);
    if (!reason.trimmed().isEmpty())
        a.insert(QStringLiteral("reason"), reason.trimmed());
    return AuditTrail(db).recordChange(kTaskTable, QString::number(after.id), toJson(before), a);
}

} // namespace

std::optional<QString> TaskRepository::transitionError(TaskStatus from, TaskStatus to,
                                                       const QString &reason)
{
    const bool legal = (from == TaskStatus::NotStarted && to == TaskStatus::InProgress) ||
                       (from == TaskStatus::InProgress && to == TaskStatus::Completed) ||
                       (from == TaskStatus::Completed && to == TaskStatus::SignedOff) ||
                       (from == TaskStatus::Completed && to == TaskStatus::InProgress);
    if (!legal) {
        if (from == TaskStatus::SignedOff)
            return msg(QT_TRANSLATE_NOOP("TaskRepository",
                                         "A task that is %1 is closed: it cannot become %2."))
                .arg(Vocab::label(from), Vocab::label(to));
        return msg(QT_TRANSLATE_NOOP("TaskRepository",
                                     "A task cannot go from %1 to %2: the steps are not started, "
                                     "in progress, completed, signed off."))
            .arg(Vocab::label(from), Vocab::label(to));
    }
    if (from == TaskStatus::Completed && to == TaskStatus::InProgress && reason.trimmed().isEmpty())
        return msg(QT_TRANSLATE_NOOP("TaskRepository",
                                     "A task sent back from %1 to %2 needs the reason."))
            .arg(Vocab::label(from), Vocab::label(to));
    return std::nullopt;
}

VoidResult TaskRepository::transition(qint64 taskId, TaskStatus to, const QDate &on,
                                      const QString &reason)
{
    if (!on.isValid())
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository", "A step needs its date.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Date"));
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(taskId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(taskId);
        const RectificationTask before = *found.value();
        if (auto error = transitionError(before.status, to, reason))
            return conflict(m_db, before, *error);
        RectificationTask after = before;
        after.status = to;
        if (to == TaskStatus::Completed)
            after.completedOn = on;
        if (to == TaskStatus::InProgress)
            after.completedOn = {}; // sent back: no longer completed
        if (to == TaskStatus::SignedOff) {
            if (before.completedOn.isValid() && on < before.completedOn)
                return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository",
                                                     "A task cannot be signed off before it was "
                                                     "completed.")),
                               QT_TRANSLATE_NOOP("TaskRepository", "Sign-off date"));
            after.closedOn = on;
        }
        if (VoidResult w = writeTask(m_db, after); !w)
            return w;
        if (VoidResult e =
                writeEvent(m_db, taskId, on, TaskEventKind::Status, before.status, to, {}, reason);
            !e)
            return e;
        return auditTask(m_db, before, after, reason);
    });
}

VoidResult TaskRepository::setDeadlineDate(qint64 taskId, const QDate &date, const QString &reason)
{
    if (!date.isValid())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "The deadline date is not a valid date.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Deadline"));
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(taskId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(taskId);
        const RectificationTask before = *found.value();
        RectificationTask after = before;
        after.deadline.date = date;
        after.deadline.manual = true;
        after.deadline.understood = true;
        if (VoidResult w = writeTask(m_db, after); !w)
            return w;
        return auditTask(m_db, before, after, reason);
    });
}

Result<std::optional<TaskEvent>> TaskRepository::pendingExtension(qint64 taskId) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id, task_id, at, on_date, actor, deadline_on, reason "
                                "FROM task_event WHERE task_id = ? AND kind = "
                                "'extension_requested' AND id > coalesce((SELECT max(id) FROM "
                                "task_event WHERE task_id = ? AND kind IN "
                                "('extension_approved', 'extension_refused')), 0) "
                                "ORDER BY id DESC LIMIT 1"),
                 {taskId, taskId}, QStringLiteral("task_event"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TaskEvent>();
    TaskEvent e;
    e.id = q->value(0).toLongLong();
    e.taskId = q->value(1).toLongLong();
    e.at = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
    e.onDate = Sql::toDate(q->value(3));
    e.actor = q->value(4).toString();
    e.kind = TaskEventKind::ExtensionRequested;
    e.deadlineOn = Sql::toDate(q->value(5));
    e.reason = q->value(6).toString();
    return std::optional<TaskEvent>(e);
}

VoidResult TaskRepository::requestExtension(qint64 taskId, const QDate &newDeadline,
                                            const QString &reason, const QDate &on)
{
    if (!on.isValid())
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository", "A step needs its date.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Date"));
    if (!newDeadline.isValid())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "An extension needs the new deadline.")),
            QT_TRANSLATE_NOOP("TaskRepository", "New deadline"));
    if (reason.trimmed().isEmpty())
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository", "An extension needs a reason.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Reason"));
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(taskId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(taskId);
        const RectificationTask &task = *found.value();
        if (task.status == TaskStatus::SignedOff)
            return conflict(
                m_db, task,
                msg(QT_TRANSLATE_NOOP("TaskRepository", "A signed-off task cannot be extended.")));
        auto pending = pendingExtension(taskId);
        if (!pending)
            return pending.error();
        if (pending.value())
            return conflict(m_db, task,
                            msg(QT_TRANSLATE_NOOP("TaskRepository",
                                                  "An extension to %1 is already waiting for a "
                                                  "decision."))
                                .arg(Format::longDate(pending.value()->deadlineOn)));
        if (task.deadline.date && newDeadline <= *task.deadline.date)
            return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository",
                                                 "The new deadline must be after the current "
                                                 "deadline, %1."))
                               .arg(Format::longDate(*task.deadline.date)),
                           QT_TRANSLATE_NOOP("TaskRepository", "New deadline"));
        return writeEvent(m_db, taskId, on, TaskEventKind::ExtensionRequested, std::nullopt,
                          std::nullopt, newDeadline, reason);
    });
}

VoidResult TaskRepository::decideExtension(qint64 taskId, bool approve, const QString &reason,
                                           const QDate &on)
{
    if (!on.isValid())
        return invalid(msg(QT_TRANSLATE_NOOP("TaskRepository", "A step needs its date.")),
                       QT_TRANSLATE_NOOP("TaskRepository", "Date"));
    if (!approve && reason.trimmed().isEmpty())
        return invalid(
            msg(QT_TRANSLATE_NOOP("TaskRepository", "Refusing an extension needs a reason.")),
            QT_TRANSLATE_NOOP("TaskRepository", "Reason"));
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(taskId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(taskId);
        const RectificationTask before = *found.value();
        auto pending = pendingExtension(taskId);
        if (!pending)
            return pending.error();
        if (!pending.value())
            return conflict(m_db, before,
                            msg(QT_TRANSLATE_NOOP("TaskRepository",
                                                  "No extension of this task is waiting for a "
                                                  "decision.")));
        const QDate requested = pending.value()->deadlineOn;
        if (VoidResult e = writeEvent(m_db, taskId, on,
                                      approve ? TaskEventKind::ExtensionApproved
                                              : TaskEventKind::ExtensionRefused,
                                      std::nullopt, std::nullopt, requested, reason);
            !e)
            return e;
        if (!approve)
            return {};
        // The text stays as written; the date is the approved one, kept as set by hand.
        RectificationTask after = before;
        after.deadline.date = requested;
        after.deadline.manual = true;
        after.deadline.understood = true;
        if (VoidResult w = writeTask(m_db, after); !w)
            return w;
        return auditTask(m_db, before, after, reason);
    });
}

Result<QList<TaskEvent>> TaskRepository::events(qint64 taskId) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id, task_id, at, on_date, actor, kind, from_status, "
                                "to_status, deadline_on, reason FROM task_event WHERE task_id = ? "
                                "ORDER BY id"),
                 {taskId}, QStringLiteral("task_event"));
    if (!q)
        return q.error();
    QList<TaskEvent> out;
    while (q->next()) {
        TaskEvent e;
        e.id = q->value(0).toLongLong();
        e.taskId = q->value(1).toLongLong();
        e.at = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        e.onDate = Sql::toDate(q->value(3));
        e.actor = q->value(4).toString();
        e.kind =
            Vocab::fromCode<TaskEventKind>(q->value(5).toString()).value_or(TaskEventKind::Status);
        if (!q->value(6).isNull())
            e.fromStatus = Vocab::fromCode<TaskStatus>(q->value(6).toString());
        if (!q->value(7).isNull())
            e.toStatus = Vocab::fromCode<TaskStatus>(q->value(7).toString());
        e.deadlineOn = Sql::toDate(q->value(8));
        e.reason = q->value(9).toString();
        out.append(std::move(e));
    }
    return out;
}

} // namespace Jiandu
