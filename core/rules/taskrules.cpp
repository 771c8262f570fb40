// The rectification rules of spec/warnings.md "Rectification rules": TASK_OVERDUE,
// TASK_DUE_SOON, TASK_UNDATED, DOC_REPLY_OVERDUE. One query each. The task rules read the
// tasks not signed off now (the partial index task_open_deadline), as CASE_OVERDUE reads the
// cases still open: a task signed off after a past as-of date is not reported.
//
// A task's key is "<activity name>/<seq>" (spec/import-templates.md "tasks": 来源 + 序号); its
// agency is the lead unit's linked agency, else the first linked responsible unit's, else
// the lead unit as written, else (no lead) the first responsible unit as written.

#include "rulesupport.h"

#include "storage/sqlhelpers.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Rules::Detail {

namespace {

// Columns 0-4 of every task row: id, key, agency, deadline, deadline text.
QString taskSelect(const QString &condition)
{
    return QStringLiteral(
               "SELECT t.id, a.name || '/' || t.seq,"
               " coalesce((SELECT g.name FROM agency g WHERE g.id = t.lead_agency_id),"
               " (SELECT g.name FROM task_unit u JOIN agency g ON g.id = u.agency_id"
               " WHERE u.task_id = t.id AND u.role = 'responsible' ORDER BY u.position LIMIT 1),"
               " nullif(t.lead_unit, ''), (SELECT u.name FROM task_unit u WHERE u.task_id = t.id"
               " AND u.role = 'responsible' ORDER BY u.position LIMIT 1), ''),"
               " t.deadline_on, t.deadline_text"
               " FROM rectification_task t JOIN supervision_activity a ON a.id = t.activity_id"
               " WHERE t.status <> 'signed_off' AND %1")
        .arg(condition);
}

void fillTask(const QSqlQuery &q, Warning &w)
{
    w.recordId = q.value(0).toLongLong();
    w.key = q.value(1).toString();
    w.agency = q.value(2).toString();
    w.due = Sql::toDate(q.value(3));
}

class TaskOverdue final : public FixedRule
{
public:
    TaskOverdue()
        : FixedRule("TASK_OVERDUE", Level::Error, Subject::Task,
                    QT_TRANSLATE_NOOP("Rules", "Rectification task past its deadline"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        const QString sql = taskSelect(QStringLiteral("t.deadline_on < %1").arg(sqlDate(c.asOf)));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillTask(q, w);
            w.message = QCoreApplication::translate(
                            "Rules", "Rectification task %1 was due on %2 and is not signed off.")
                            .arg(w.key, Format::longDate(w.due));
        });
    }
};

class TaskDueSoon final : public FixedRule
{
public:
    TaskDueSoon()
        : FixedRule("TASK_DUE_SOON", Level::Warning, Subject::Task,
                    QT_TRANSLATE_NOOP("Rules", "Rectification task due soon"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        const QString sql =
            taskSelect(QStringLiteral("t.deadline_on >= %1 AND t.deadline_on <= %2")
                           .arg(sqlDate(c.asOf), sqlDate(c.asOf.addDays(c.settings.taskDueDays))));
        const QDate asOf = c.asOf;
        return run(db, sql, {}, [asOf](const QSqlQuery &q, Warning &w) {
            fillTask(q, w);
            // A named count: lupdate 6.4 loops forever on an expression as the count.
            const int days = int(asOf.daysTo(w.due));
            w.message =
                days == 0
                    ? QCoreApplication::translate("Rules", "Rectification task %1 is due today.")
                          .arg(w.key)
                    : QCoreApplication::translate(
                          "Rules", "Rectification task %1 is due on %2, in %n day(s).", nullptr,
                          days)
                          .arg(w.key, Format::longDate(w.due));
        });
    }
};

class TaskUndated final : public FixedRule
{
public:
    TaskUndated()
        : FixedRule("TASK_UNDATED", Level::Warning, Subject::Task,
                    QT_TRANSLATE_NOOP("Rules", "Rectification task without an understood deadline"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &) const override
    {
        const QString sql =
            taskSelect(QStringLiteral("t.deadline_understood = 0 AND t.deadline_on IS NULL"));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillTask(q, w);
            w.message = QCoreApplication::translate(
                            "Rules", "The deadline of rectification task %1, \"%2\", "
                                     "could not be understood: set its date by hand.")
                            .arg(w.key, q.value(4).toString());
        });
    }
};

class DocReplyOverdue final : public FixedRule
{
public:
    DocReplyOverdue()
        : FixedRule("DOC_REPLY_OVERDUE", Level::Error, Subject::Document,
                    QT_TRANSLATE_NOOP("Rules", "No reply to a supervision document"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // The index document_status (status, reply_due_on) serves the condition.
        const QString sql =
            QStringLiteral(
                "SELECT d.id, d.number, coalesce(g.name, d.recipient), d.reply_due_on"
                " FROM supervision_document d LEFT JOIN agency g ON g.id = d.recipient_agency_id"
                " WHERE d.status IN ('issued', 'served') AND d.reply_due_on < %1"
                " AND d.issued_on <= %1")
                .arg(sqlDate(c.asOf));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            w.recordId = q.value(0).toLongLong();
            w.key = q.value(1).toString();
            w.agency = q.value(2).toString();
            w.due = Sql::toDate(q.value(3));
            w.message = QCoreApplication::translate(
                            "Rules", "No reply to %1 has been recorded; it was due on %2.")
                            .arg(w.key, Format::longDate(w.due));
        });
    }
};

} // namespace

QList<const Rule *> taskRules()
{
    static const TaskOverdue overdue;
    static const TaskDueSoon dueSoon;
    static const TaskUndated undated;
    static const DocReplyOverdue replyOverdue;
    return {&overdue, &dueSoon, &undated, &replyOverdue};
}

} // namespace Jiandu::Rules::Detail
