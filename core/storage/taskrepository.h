#pragma once

#include "domain/supervisiontypes.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace Jiandu {

class Database;

// Filters of the rectification ledger (整改台账). Empty members do not filter.
struct TaskQuery
{
    std::optional<qint64> activityId;
    std::optional<qint64> agencyId; // lead or responsible unit linked to this agency
    QString unit;                   // lead or responsible unit name contains this text
    std::optional<TaskStatus> status;
    bool overdueOnly = false; // a dated deadline before asOf, not signed off
    QDate asOf;               // "today" for overdueOnly and TaskRow::overdue
    QString text;             // problem, measures or seq contains this text
};

// One line of the ledger, as listed and printed.
struct TaskRow
{
    qint64 id = 0;
    qint64 activityId = 0;
    QString activityName;
    QString seq;
    QString problem;
    QString measures;
    QString leadUnit;          // as written
    QString responsibleUnits;  // as written, joined with "、"
    QString owner;
    TaskDeadline deadline;
    TaskStatus status = TaskStatus::NotStarted;
    QDate completedOn;
    QDate closedOn;
    QString progress;          // the newest progress report's text, else the imported text
    std::optional<int> percent; // of the newest progress report
    QString remark;
    bool overdue = false;      // as of TaskQuery::asOf
};

// Completion of a group of tasks (an activity, a unit): 完成率 = signed off / total.
struct TaskCompletion
{
    qint64 id = 0; // activity id, or agency id (0 for a unit not linked to an agency)
    QString name;
    int total = 0;
    int signedOff = 0;
    int completed = 0; // 已完成, waiting for verification
    int overdue = 0;
    bool operator==(const TaskCompletion &) const = default;
};

// Owns the SQL of rectification tasks (rectification_task, task_unit, task_progress,
// task_event). Every write is one Transaction with its audit record; the status flow is
// enforced here, with the reason of a refusal in the Error.
class TaskRepository final
{
public:
    explicit TaskRepository(Database &db) : m_db(db) {}

    Result<std::optional<RectificationTask>> find(qint64 id) const;
    Result<std::optional<RectificationTask>> findBySeq(qint64 activityId, const QString &seq) const;

    // Creates or edits a task's fields. Units are linked to known agencies and sections by
    // name. A new task may carry any status (import of an existing ledger); an edit keeps the
    // stored status: status changes go through transition().
    Result<qint64> save(RectificationTask &task);

    // The ledger, in activity then position order; sorted and filtered in SQL.
    Result<QList<TaskRow>> list(const TaskQuery &query, int offset, int limit) const;
    Result<qint64> count(const TaskQuery &query) const;
    Result<QList<TaskCompletion>> completionByActivity(const TaskQuery &query) const;
    Result<QList<TaskCompletion>> completionByUnit(const TaskQuery &query) const;

    // The status flow 未启动 → 整改中 → 已完成 → 已销号, and 已完成 → 整改中 (a return needs a
    // reason). Completing sets completedOn, signing off sets closedOn, to `on`. An illegal
    // step is refused with Error::Code::Conflict naming both statuses.
    VoidResult transition(qint64 taskId, TaskStatus to, const QDate &on, const QString &reason = {});
    static std::optional<QString> transitionError(TaskStatus from, TaskStatus to,
                                                  const QString &reason);

    // Sets the date of a deadline by hand (a text that was not understood, or a correction).
    VoidResult setDeadlineDate(qint64 taskId, const QDate &date, const QString &reason);

    // Extensions: a request (new date, reason), then approval (the deadline becomes the new
    // date, kept as set by hand) or refusal. One pending request at a time.
    VoidResult requestExtension(qint64 taskId, const QDate &newDeadline, const QString &reason,
                                const QDate &on);
    VoidResult decideExtension(qint64 taskId, bool approve, const QString &reason, const QDate &on);
    // The pending request's date, if any.
    Result<std::optional<TaskEvent>> pendingExtension(qint64 taskId) const;

    Result<qint64> addProgress(TaskProgress &progress);
    Result<QList<TaskProgress>> progress(qint64 taskId) const; // oldest first
    Result<QList<TaskEvent>> events(qint64 taskId) const;      // oldest first

private:
    Database &m_db;
};

} // namespace Jiandu
