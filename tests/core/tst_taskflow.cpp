// The workflow of a rectification task (TaskRepository, taskflow.cpp) on a real SQLite file:
// every legal status step and every illegal one refused with a reason naming both statuses,
// a return that needs a reason, the completion and sign-off dates, extensions (one pending at
// a time, approval moves the deadline, refusal does not), deadlines set by hand, the events in
// order and the audit rows, and a failed step that changes nothing.

#include "storage/audittrail.h"
#include "storage/taskrepository.h"
#include "support/testdatabase.h"
#include "tst_supervisionhelpers.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

const QString kActivity = u"2025年行政执法专项监督"_s;

struct Snapshot
{
    RectificationTask task;
    qint64 events = 0;
    qint64 audit = 0;
};

Snapshot snapshot(Test::TestDatabase &t, qint64 id)
{
    return {*TaskRepository(t.db()).find(id).value(), t.rowCount(u"task_event"_s),
            t.rowCount(u"audit_log"_s)};
}

void verifyUnchanged(Test::TestDatabase &t, const Snapshot &before)
{
    const Snapshot now = snapshot(t, before.task.id);
    QVERIFY(now.task == before.task);
    QCOMPARE(now.events, before.events);
    QCOMPARE(now.audit, before.audit);
}

qint64 taskIn(Test::TestDatabase &t, TaskStatus status, const QString &seq = u"1"_s)
{
    qint64 activity = Test::scalar(
        t.db(),
        u"SELECT coalesce((SELECT id FROM supervision_activity WHERE name = '%1'), 0)"_s.arg(
            kActivity));
    if (activity == 0)
        activity = Test::addSupervision(t.db(), kActivity);
    Test::TaskSpec s;
    s.seq = seq;
    s.status = status;
    if (status == TaskStatus::Completed || status == TaskStatus::SignedOff)
        s.completedOn = QDate(2025, 2, 1);
    if (status == TaskStatus::SignedOff)
        s.closedOn = QDate(2025, 2, 10);
    return Test::addTask(t.db(), activity, s);
}

} // namespace

class TestTaskFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWholeFlowWithAReturn()
    {
        Test::TestDatabase t;
        const qint64 id = taskIn(t, TaskStatus::NotStarted);
        TaskRepository repo(t.db());
        QVERIFY(repo.transition(id, TaskStatus::InProgress, QDate(2025, 3, 2)).ok());
        QVERIFY(repo.transition(id, TaskStatus::Completed, QDate(2025, 3, 10)).ok());
        QCOMPARE(repo.find(id).value()->completedOn, QDate(2025, 3, 10));
        QVERIFY(repo.transition(id, TaskStatus::InProgress, QDate(2025, 3, 12),
                                u"整改材料不完整，退回补充"_s)
                    .ok());
        QCOMPARE(repo.find(id).value()->status, TaskStatus::InProgress);
        QVERIFY(!repo.find(id).value()->completedOn.isValid());
        QVERIFY(repo.transition(id, TaskStatus::Completed, QDate(2025, 3, 20)).ok());
        QVERIFY(repo.transition(id, TaskStatus::SignedOff, QDate(2025, 3, 25)).ok());
        const RectificationTask done = *repo.find(id).value();
        QCOMPARE(done.status, TaskStatus::SignedOff);
        QCOMPARE(done.completedOn, QDate(2025, 3, 20));
        QCOMPARE(done.closedOn, QDate(2025, 3, 25));

        const QList<TaskEvent> events = repo.events(id).value();
        QCOMPARE(events.size(), 5);
        const QList<std::pair<TaskStatus, TaskStatus>> steps = {
            {TaskStatus::NotStarted, TaskStatus::InProgress},
            {TaskStatus::InProgress, TaskStatus::Completed},
            {TaskStatus::Completed, TaskStatus::InProgress},
            {TaskStatus::InProgress, TaskStatus::Completed},
            {TaskStatus::Completed, TaskStatus::SignedOff}};
        for (qsizetype i = 0; i < events.size(); ++i) {
            const TaskEvent &e = events.at(i);
            QCOMPARE(e.kind, TaskEventKind::Status);
            QCOMPARE(e.fromStatus, std::optional(steps.at(i).first));
            QCOMPARE(e.toStatus, std::optional(steps.at(i).second));
            QCOMPARE(e.actor, u"tester"_s);
            QCOMPARE(e.at, t.clock().now());
            QCOMPARE(e.taskId, id);
            if (i > 0)
                QVERIFY(e.id > events.at(i - 1).id);
        }
        QCOMPARE(events.at(2).reason, u"整改材料不完整，退回补充"_s);
        QCOMPARE(events.at(2).onDate, QDate(2025, 3, 12));
        QCOMPARE(events.at(4).onDate, QDate(2025, 3, 25));

        // One audit row for each task change and one for each event.
        const auto history =
            AuditTrail(t.db()).history(u"rectification_task"_s, QString::number(id)).value();
        QCOMPARE(history.size(), 6); // the insert, then five steps
        QCOMPARE(history.at(3).before.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(history.at(3).after.value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(history.at(3).after.value(u"reason"_s).toString(), u"整改材料不完整，退回补充"_s);
        QCOMPARE(Test::auditRows(t.db(), u"task_event"_s), 5);
    }

    void illegalStepsAreRefusedWithBothStatuses_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("legal");
        const QList<TaskStatus> all = Vocab::all<TaskStatus>();
        for (TaskStatus from : all)
            for (TaskStatus to : all) {
                const bool legal =
                    (from == TaskStatus::NotStarted && to == TaskStatus::InProgress) ||
                    (from == TaskStatus::InProgress && to == TaskStatus::Completed) ||
                    (from == TaskStatus::Completed && to == TaskStatus::SignedOff) ||
                    (from == TaskStatus::Completed && to == TaskStatus::InProgress);
                QTest::addRow("%s-%s", qPrintable(Vocab::code(from)), qPrintable(Vocab::code(to)))
                    << int(from) << int(to) << legal;
            }
    }

    void illegalStepsAreRefusedWithBothStatuses()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, legal);
        const auto f = TaskStatus(from);
        const auto s = TaskStatus(to);
        const QString reason = u"复查发现问题仍然存在"_s;
        QCOMPARE(!TaskRepository::transitionError(f, s, reason).has_value(), legal);

        Test::TestDatabase t;
        const qint64 id = taskIn(t, f);
        const Snapshot before = snapshot(t, id);
        const VoidResult r = TaskRepository(t.db()).transition(id, s, QDate(2025, 3, 1), reason);
        if (legal) {
            QVERIFY(r.ok());
            QCOMPARE(TaskRepository(t.db()).find(id).value()->status, s);
            QCOMPARE(t.rowCount(u"task_event"_s), before.events + 1);
            return;
        }
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(r.error().context, kActivity + u"/1"_s);
        QVERIFY2(r.error().message.contains(Vocab::label(f)), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(Vocab::label(s)), qPrintable(r.error().message));
        verifyUnchanged(t, before);
    }

    void aReturnNeedsAReason()
    {
        Test::TestDatabase t;
        const qint64 id = taskIn(t, TaskStatus::Completed);
        const Snapshot before = snapshot(t, id);
        const auto message =
            TaskRepository::transitionError(TaskStatus::Completed, TaskStatus::InProgress, u"  "_s);
        QVERIFY(message);
        QVERIFY(message->contains(Vocab::label(TaskStatus::Completed)));
        const VoidResult r =
            TaskRepository(t.db()).transition(id, TaskStatus::InProgress, QDate(2025, 3, 1));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(r.error().message, *message);
        verifyUnchanged(t, before);
    }

    void datesOfTheSteps()
    {
        Test::TestDatabase t;
        const qint64 id = taskIn(t, TaskStatus::Completed); // completed on 2025-02-01
        const Snapshot before = snapshot(t, id);
        TaskRepository repo(t.db());
        VoidResult r = repo.transition(id, TaskStatus::SignedOff, QDate(2025, 1, 31));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().context, u"Sign-off date"_s);
        verifyUnchanged(t, before);
        r = repo.transition(id, TaskStatus::SignedOff, QDate());
        QCOMPARE(r.error().context, u"Date"_s);
        verifyUnchanged(t, before);
        QVERIFY(repo.transition(id, TaskStatus::SignedOff, QDate(2025, 2, 1)).ok());
        QCOMPARE(repo.find(id).value()->closedOn, QDate(2025, 2, 1));
        QCOMPARE(repo.transition(9999, TaskStatus::InProgress, QDate(2025, 2, 1)).error().code,
                 Error::Code::NotFound);
    }

    void aFailedStepChangesNothing()
    {
        // The task row is updated before its event is written: when the event fails, the
        // update is rolled back with it.
        Test::TestDatabase t;
        const qint64 id = taskIn(t, TaskStatus::NotStarted);
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER no_events BEFORE INSERT ON task_event "
                       "BEGIN SELECT RAISE(ABORT, 'events are refused'); END"_s));
        const Snapshot before = snapshot(t, id);
        const VoidResult r =
            TaskRepository(t.db()).transition(id, TaskStatus::InProgress, QDate(2025, 3, 1));
        QVERIFY(!r);
        QVERIFY(r.error().toString().contains(u"events are refused"_s));
        verifyUnchanged(t, before);
        QCOMPARE(t->transactionDepth(), 0);
    }

    void extensionRequestApproveAndRefuse()
    {
        Test::TestDatabase t;
        const qint64 id = taskIn(t, TaskStatus::InProgress); // due 2025-06-30
        TaskRepository repo(t.db());
        QVERIFY(!repo.pendingExtension(id).value());

        // Not after the current deadline, no reason, no date: refused, nothing written.
        Snapshot before = snapshot(t, id);
        VoidResult r =
            repo.requestExtension(id, QDate(2025, 6, 30), u"工作量大"_s, QDate(2025, 6, 1));
        QCOMPARE(r.error().context, u"New deadline"_s);
        r = repo.requestExtension(id, QDate(2025, 8, 31), u" "_s, QDate(2025, 6, 1));
        QCOMPARE(r.error().context, u"Reason"_s);
        r = repo.requestExtension(id, QDate(), u"工作量大"_s, QDate(2025, 6, 1));
        QCOMPARE(r.error().context, u"New deadline"_s);
        verifyUnchanged(t, before);

        QVERIFY(
            repo.requestExtension(id, QDate(2025, 8, 31), u"涉及多个部门协调"_s, QDate(2025, 6, 1))
                .ok());
        const TaskEvent pending = *repo.pendingExtension(id).value();
        QCOMPARE(pending.deadlineOn, QDate(2025, 8, 31));
        QCOMPARE(pending.reason, u"涉及多个部门协调"_s);
        QCOMPARE(pending.kind, TaskEventKind::ExtensionRequested);
        // The deadline does not move until the request is approved.
        QCOMPARE(repo.find(id).value()->deadline.date, std::optional(QDate(2025, 6, 30)));

        before = snapshot(t, id);
        r = repo.requestExtension(id, QDate(2025, 9, 30), u"再次申请"_s, QDate(2025, 6, 2));
        QCOMPARE(r.error().code, Error::Code::Conflict);
        verifyUnchanged(t, before);

        QVERIFY(repo.decideExtension(id, true, {}, QDate(2025, 6, 3)).ok());
        RectificationTask task = *repo.find(id).value();
        QCOMPARE(task.deadline.date, std::optional(QDate(2025, 8, 31)));
        QVERIFY(task.deadline.manual);
        QVERIFY(task.deadline.understood);
        QCOMPARE(task.deadline.text, u"2025年6月底前"_s); // kept as written
        QVERIFY(!repo.pendingExtension(id).value());

        before = snapshot(t, id);
        r = repo.decideExtension(id, true, {}, QDate(2025, 6, 4));
        QCOMPARE(r.error().code, Error::Code::Conflict);
        verifyUnchanged(t, before);

        // A second request, refused: a refusal needs a reason; the deadline stays.
        QVERIFY(
            repo.requestExtension(id, QDate(2025, 10, 31), u"仍需时间"_s, QDate(2025, 8, 1)).ok());
        before = snapshot(t, id);
        r = repo.decideExtension(id, false, {}, QDate(2025, 8, 2));
        QCOMPARE(r.error().context, u"Reason"_s);
        verifyUnchanged(t, before);
        QVERIFY(repo.decideExtension(id, false, u"理由不充分"_s, QDate(2025, 8, 2)).ok());
        QCOMPARE(repo.find(id).value()->deadline.date, std::optional(QDate(2025, 8, 31)));
        QVERIFY(!repo.pendingExtension(id).value());

        const QList<TaskEvent> events = repo.events(id).value();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).kind, TaskEventKind::ExtensionRequested);
        QCOMPARE(events.at(1).kind, TaskEventKind::ExtensionApproved);
        QCOMPARE(events.at(1).deadlineOn, QDate(2025, 8, 31));
        QCOMPARE(events.at(2).kind, TaskEventKind::ExtensionRequested);
        QCOMPARE(events.at(3).kind, TaskEventKind::ExtensionRefused);
        QCOMPARE(events.at(3).reason, u"理由不充分"_s);
        QCOMPARE(events.at(3).onDate, QDate(2025, 8, 2));
        QVERIFY(!events.at(3).fromStatus);
        QCOMPARE(Test::auditRows(t.db(), u"task_event"_s), 4);
        // The approval changed the task: its audit row holds the new date.
        const auto history =
            AuditTrail(t.db()).history(u"rectification_task"_s, QString::number(id)).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).after.value(u"deadline_on"_s).toString(), u"2025-08-31"_s);
    }

    void noExtensionOfASignedOffTask()
    {
        Test::TestDatabase t;
        const qint64 id = taskIn(t, TaskStatus::SignedOff);
        const Snapshot before = snapshot(t, id);
        const VoidResult r = TaskRepository(t.db()).requestExtension(id, QDate(2025, 12, 31),
                                                                     u"补充"_s, QDate(2025, 3, 1));
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(r.error().context, kActivity + u"/1"_s);
        verifyUnchanged(t, before);
    }

    void anUndatedDeadlineGetsADateByHand()
    {
        Test::TestDatabase t;
        const qint64 activity = Test::addSupervision(t.db(), kActivity);
        Test::TaskSpec s;
        s.seq = u"2"_s;
        s.deadlineText = u"按照市级有关部门部署推进"_s;
        s.deadline = {};
        s.understood = false;
        const qint64 id = Test::addTask(t.db(), activity, s);
        TaskRepository repo(t.db());
        QCOMPARE(repo.setDeadlineDate(id, QDate(), u"x"_s).error().context, u"Deadline"_s);
        QVERIFY(repo.setDeadlineDate(id, QDate(2025, 11, 30), u"按市局通知，11月底前完成"_s).ok());
        const RectificationTask task = *repo.find(id).value();
        QCOMPARE(task.deadline.date, std::optional(QDate(2025, 11, 30)));
        QVERIFY(task.deadline.manual);
        QVERIFY(task.deadline.understood);
        QCOMPARE(task.deadline.text, u"按照市级有关部门部署推进"_s);
        const auto history =
            AuditTrail(t.db()).history(u"rectification_task"_s, QString::number(id)).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).after.value(u"reason"_s).toString(), u"按市局通知，11月底前完成"_s);
        QCOMPARE(history.at(1).before.value(u"deadline_understood"_s).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestTaskFlow)
#include "tst_taskflow.moc"
