// Progress reports of rectification tasks (seed 001 五(三)): what was done, the completion
// rate, what remains and when it is expected. The ledger shows the newest.

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

QString msg(const char *text)
{
    return QCoreApplication::translate("TaskRepository", text);
}

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message,
                 QCoreApplication::translate("TaskRepository", field)};
}

} // namespace

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
    const qint64 givenId = p.id;
    Result<qint64> saved = inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
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
    if (!saved)
        p.id = givenId; // a rolled-back insert leaves no id behind
    return saved;
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
