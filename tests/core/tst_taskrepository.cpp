// TaskRepository on a real SQLite file: save and find with units linked by name (agency name
// or short name, a section of the activity's targets first, unknown names kept unlinked),
// validation naming the field, the ledger list and count under every filter, paging, the
// newest progress report, completion by activity and by unit.

#include "storage/audittrail.h"
#include "storage/taskrepository.h"
#include "support/testdatabase.h"
#include "tst_supervisionhelpers.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

struct Ledger
{
    qint64 market = 0, transport = 0, justice = 0;
    qint64 marketLegal = 0, transportLegal = 0, supervisionSection = 0;
    qint64 a = 0, b = 0;
    qint64 a1 = 0, a2 = 0, a3 = 0, a4 = 0, b1 = 0, b2 = 0;
};

// Two activities: A (targets the transport bureau) with four tasks, B with two.
Ledger ledger(Database &db)
{
    Ledger l;
    l.market = Test::addAgencyWithShortName(db, u"清河县市场监督管理局"_s, u"县市场监管局"_s);
    l.transport = Test::addAgencyWithShortName(db, u"清河县交通运输局"_s, u"县交通局"_s);
    l.justice = Test::addAgencyWithShortName(db, u"清河县司法局"_s, u"县司法局"_s);
    l.marketLegal = Test::addSection(db, l.market, u"法制科"_s);
    l.transportLegal = Test::addSection(db, l.transport, u"法制科"_s);
    l.supervisionSection = Test::addSection(db, l.justice, u"行政执法监督科"_s);
    l.a = Test::addSupervision(db, u"2025年交通运输领域专项监督"_s, {l.transport});
    l.b = Test::addSupervision(db, u"2024年度执法检查"_s, {}, QDate(2024, 9, 1));

    Test::TaskSpec s;
    s.seq = u"1"_s;
    s.lead = u"县交通局"_s;
    s.responsible = {u"法制科"_s};
    s.deadline = QDate(2025, 2, 28);
    s.deadlineText = u"2月底"_s;
    RectificationTask a1 = Test::taskOf(l.a, s);
    a1.progress = u"已部署自查"_s;
    l.a1 = Test::require(TaskRepository(db).save(a1), "a1");

    s = {};
    s.seq = u"2"_s;
    s.lead = u"清河县市场监督管理局"_s;
    s.responsible = {u"清河县市场监督管理局"_s, u"局机关各科室"_s};
    s.deadline = QDate(2025, 3, 1);
    s.status = TaskStatus::InProgress;
    l.a2 = Test::addTask(db, l.a, s);

    s = {};
    s.seq = u"3"_s;
    s.responsible = {u"县交通局"_s};
    s.deadline = QDate(2025, 1, 31);
    s.status = TaskStatus::SignedOff;
    s.completedOn = QDate(2025, 2, 5);
    s.closedOn = QDate(2025, 2, 10);
    l.a3 = Test::addTask(db, l.a, s);

    s = {};
    s.seq = u"(三)1"_s;
    s.problem = u"重大执法决定法制审核不到位"_s;
    s.responsible = {u"局机关各科室"_s};
    s.deadlineText = u"长期坚持"_s;
    s.deadline = {};
    s.status = TaskStatus::Completed;
    s.completedOn = QDate(2025, 2, 20);
    RectificationTask a4 = Test::taskOf(l.a, s);
    a4.deadline.openEnded = true;
    l.a4 = Test::require(TaskRepository(db).save(a4), "a4");

    s = {};
    s.seq = u"1"_s;
    s.problem = u"行政处罚决定未按期公示"_s;
    s.responsible = {u"清河县市场监督管理局"_s};
    s.deadline = QDate(2024, 12, 31);
    s.status = TaskStatus::InProgress;
    l.b1 = Test::addTask(db, l.b, s);

    s = {};
    s.seq = u"2"_s;
    s.responsible = {u"行政执法监督科"_s, u"法制科"_s};
    s.deadlineText = u"按照市级有关部门部署推进"_s;
    s.deadline = {};
    s.understood = false;
    l.b2 = Test::addTask(db, l.b, s);
    return l;
}

QList<qint64> ids(const QList<TaskRow> &rows)
{
    QList<qint64> out;
    for (const TaskRow &r : rows)
        out << r.id;
    return out;
}

TaskQuery asOf()
{
    TaskQuery q;
    q.asOf = QDate(2025, 3, 1);
    return q;
}

} // namespace

class TestTaskRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndFindWithLinkedUnits()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        TaskRepository repo(t.db());
        const RectificationTask a1 = *repo.find(l.a1).value();
        QCOMPARE(a1.seq, u"1"_s);
        QCOMPARE(a1.position, 1);
        QCOMPARE(a1.deadline.text, u"2月底"_s);
        QCOMPARE(a1.deadline.date, std::optional<QDate>(QDate(2025, 2, 28)));
        QCOMPARE(a1.progress, u"已部署自查"_s);
        // Short name → agency; 法制科 of a target agency wins over the other 法制科.
        QCOMPARE(*a1.leadUnit, (TaskUnit{u"县交通局"_s, l.transport, std::nullopt}));
        QCOMPARE(a1.responsibleUnits,
                 (QList<TaskUnit>{{u"法制科"_s, l.transport, l.transportLegal}}));
        QCOMPARE(
            Test::scalar(
                t.db(), u"SELECT lead_agency_id FROM rectification_task WHERE id = %1"_s.arg(l.a1)),
            l.transport);

        const RectificationTask a2 = *repo.find(l.a2).value();
        QCOMPARE(a2.position, 2);
        QCOMPARE(a2.responsibleUnits,
                 (QList<TaskUnit>{{u"清河县市场监督管理局"_s, l.market, std::nullopt},
                                  {u"局机关各科室"_s, std::nullopt, std::nullopt}}));
        // No target: a section name that two agencies have is not guessed; a unique one is.
        const RectificationTask b2 = *repo.findBySeq(l.b, u" 2 "_s).value();
        QCOMPARE(b2.id, l.b2);
        QCOMPARE(b2.responsibleUnits,
                 (QList<TaskUnit>{{u"行政执法监督科"_s, l.justice, l.supervisionSection},
                                  {u"法制科"_s, std::nullopt, std::nullopt}}));
        QVERIFY(!b2.leadUnit);
        QVERIFY(!b2.deadline.understood);
        QVERIFY(!b2.deadline.date);
        QVERIFY(!repo.findBySeq(l.b, u"9"_s).value());
        QVERIFY(!repo.find(9999).value());

        // What was saved is what is found.
        RectificationTask a4 = *repo.find(l.a4).value();
        QVERIFY(a4.deadline.openEnded);
        QCOMPARE(a4.status, TaskStatus::Completed);
        QCOMPARE(a4.completedOn, QDate(2025, 2, 20));
        a4.remark = u"已建立长效机制"_s;
        a4.responsibleUnits.append({u"县市场监管局"_s, std::nullopt, std::nullopt});
        QVERIFY(repo.save(a4).ok());
        QCOMPARE(a4.responsibleUnits.last().agencyId, std::optional<qint64>(l.market));
        QCOMPARE(*repo.find(l.a4).value(), a4);
        const auto history =
            AuditTrail(t.db()).history(u"rectification_task"_s, QString::number(l.a4)).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).after.value(u"remark"_s).toString(), u"已建立长效机制"_s);
    }

    void aSharedShortNameIsNotGuessed()
    {
        Test::TestDatabase t;
        const qint64 police = Test::addAgencyWithShortName(t.db(), u"清河县公安局"_s, u"县局"_s);
        Test::addAgencyWithShortName(t.db(), u"清河县税务局"_s, u"县局"_s);
        const qint64 activity = Test::addSupervision(t.db(), u"2025年专项监督"_s);
        Test::TaskSpec s;
        s.seq = u"1"_s;
        s.responsible = {u"县局"_s, u"清河县公安局"_s};
        const qint64 id = Test::addTask(t.db(), activity, s);
        const RectificationTask task = *TaskRepository(t.db()).find(id).value();
        QCOMPARE(task.responsibleUnits.at(0), (TaskUnit{u"县局"_s, std::nullopt, std::nullopt}));
        QCOMPARE(task.responsibleUnits.at(1).agencyId, std::optional<qint64>(police));
        // An agency whose full name it is wins over the short names.
        const qint64 county = Test::addAgencyWithShortName(t.db(), u"县局"_s, {});
        RectificationTask again = task;
        QVERIFY(TaskRepository(t.db()).save(again).ok());
        QCOMPARE(again.responsibleUnits.at(0).agencyId, std::optional<qint64>(county));
    }

    void anEditKeepsTheStoredStatus()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        TaskRepository repo(t.db());
        RectificationTask a1 = *repo.find(l.a1).value();
        a1.status = TaskStatus::SignedOff;
        a1.closedOn = QDate(2025, 3, 1);
        auto r = repo.save(a1); // the stored status (未启动) has no sign-off date
        QVERIFY(!r);
        QCOMPARE(r.error().context, u"Sign-off date"_s);
        a1.closedOn = {};
        a1.problem = u"案卷装订不规范，目录不全"_s;
        QVERIFY(repo.save(a1).ok());
        QCOMPARE(a1.status, TaskStatus::NotStarted);
        QCOMPARE(repo.find(l.a1).value()->status, TaskStatus::NotStarted);
        QCOMPARE(repo.find(l.a1).value()->problem, u"案卷装订不规范，目录不全"_s);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("no seq") << u"No."_s << int(Error::Code::Invalid);
        QTest::newRow("no problem") << u"Problem"_s << int(Error::Code::Invalid);
        QTest::newRow("no deadline") << u"Deadline"_s << int(Error::Code::Invalid);
        QTest::newRow("signed off undated") << u"Sign-off date"_s << int(Error::Code::Invalid);
        QTest::newRow("closed before completed") << u"Sign-off date"_s << int(Error::Code::Invalid);
        QTest::newRow("completed on, not done")
            << u"Completion date"_s << int(Error::Code::Invalid);
        QTest::newRow("no activity") << u"Source"_s << int(Error::Code::Invalid);
        QTest::newRow("duplicate seq")
            << u"2025年交通运输领域专项监督/1"_s << int(Error::Code::Conflict);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, code);
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        const qint64 before = t.rowCount(u"rectification_task"_s);
        const qint64 audit = t.rowCount(u"audit_log"_s);
        Test::TaskSpec s;
        s.seq = u"9"_s;
        RectificationTask task = Test::taskOf(l.a, s);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        if (tag == u"no seq")
            task.seq = u"  "_s;
        else if (tag == u"no problem")
            task.problem.clear();
        else if (tag == u"no deadline")
            task.deadline = {};
        else if (tag == u"signed off undated")
            task.status = TaskStatus::SignedOff;
        else if (tag == u"closed before completed") {
            task.status = TaskStatus::SignedOff;
            task.completedOn = QDate(2025, 2, 10);
            task.closedOn = QDate(2025, 2, 9);
        } else if (tag == u"completed on, not done")
            task.completedOn = QDate(2025, 2, 10);
        else if (tag == u"no activity")
            task.activityId = 4242;
        else if (tag == u"duplicate seq")
            task.seq = u"1"_s;
        auto r = TaskRepository(t.db()).save(task);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(r.error().context, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(t.rowCount(u"rectification_task"_s), before);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);
    }

    void aFailedSaveWritesNothing()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER no_units BEFORE INSERT ON task_unit "
                       "BEGIN SELECT RAISE(ABORT, 'units are refused'); END"_s));
        const qint64 tasks = t.rowCount(u"rectification_task"_s);
        const qint64 audit = t.rowCount(u"audit_log"_s);
        Test::TaskSpec s;
        s.seq = u"99"_s;
        s.responsible = {u"县交通局"_s};
        RectificationTask task = Test::taskOf(l.a, s);
        QVERIFY(!TaskRepository(t.db()).save(task));
        QCOMPARE(task.id, 0); // the rolled-back insert left no id behind
        QCOMPARE(t.rowCount(u"rectification_task"_s), tasks);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);
        QCOMPARE(t->transactionDepth(), 0);
    }

    void aDateWithoutTextBecomesTheText()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        Test::TaskSpec s;
        s.seq = u"4"_s;
        s.deadlineText.clear();
        s.deadline = QDate(2025, 7, 15);
        const qint64 id = Test::addTask(t.db(), l.a, s);
        QCOMPARE(TaskRepository(t.db()).find(id).value()->deadline.text, u"2025年7月15日"_s);
        QCOMPARE(TaskRepository(t.db()).find(id).value()->position, 5);
    }

    void listAndCountUnderEachFilter_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("expected"); // names of the fixture's tasks, in order
        QTest::newRow("none") << 0 << u"a1 a2 a3 a4 b1 b2"_s;
        QTest::newRow("activity") << 1 << u"a1 a2 a3 a4"_s;
        QTest::newRow("agency market") << 2 << u"a2 b1"_s;
        QTest::newRow("agency transport") << 3 << u"a1 a3"_s;
        QTest::newRow("unit text") << 4 << u"a2 a4"_s;
        QTest::newRow("status") << 5 << u"a2 b1"_s;
        QTest::newRow("overdue") << 6 << u"a1 b1"_s;
        QTest::newRow("text problem") << 7 << u"b1"_s;
        QTest::newRow("text seq") << 8 << u"a4"_s;
        QTest::newRow("activity and overdue") << 9 << u"a1"_s;
        QTest::newRow("nothing") << 10 << QString();
    }

    void listAndCountUnderEachFilter()
    {
        QFETCH(int, filter);
        QFETCH(QString, expected);
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        TaskQuery q = asOf();
        switch (filter) {
        case 1:
            q.activityId = l.a;
            break;
        case 2:
            q.agencyId = l.market;
            break;
        case 3:
            q.agencyId = l.transport;
            break;
        case 4:
            q.unit = u"各科室"_s;
            break;
        case 5:
            q.status = TaskStatus::InProgress;
            break;
        case 6:
            q.overdueOnly = true;
            break;
        case 7:
            q.text = u"公示"_s;
            break;
        case 8:
            q.text = u"(三)"_s;
            break;
        case 9:
            q.activityId = l.a;
            q.overdueOnly = true;
            break;
        case 10:
            q.unit = u"不存在的单位"_s;
            break;
        default:
            break;
        }
        const QHash<QString, qint64> byName{{u"a1"_s, l.a1}, {u"a2"_s, l.a2}, {u"a3"_s, l.a3},
                                            {u"a4"_s, l.a4}, {u"b1"_s, l.b1}, {u"b2"_s, l.b2}};
        QList<qint64> want;
        for (const QString &n : expected.split(u' ', Qt::SkipEmptyParts))
            want << byName.value(n);
        TaskRepository repo(t.db());
        QCOMPARE(ids(repo.list(q, 0, 100).value()), want);
        QCOMPARE(repo.count(q).value(), qint64(want.size()));
    }

    void rowsCarryTheLedgerColumns()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        TaskRepository repo(t.db());
        TaskProgress p{0,  l.a2,          QDate(2025, 2, 15), u"已完成一半案卷整改"_s,
                       60, u"剩余案卷"_s, QDate(2025, 3, 20)};
        TaskProgress early{0, l.a2, QDate(2025, 2, 1), u"已制定方案"_s, 30, {}, {}};
        QVERIFY(repo.addProgress(p).ok());
        QVERIFY(repo.addProgress(early).ok());
        QCOMPARE(repo.progress(l.a2).value(), (QList<TaskProgress>{early, p}));

        const QList<TaskRow> rows = repo.list(asOf(), 0, 10).value();
        QCOMPARE(rows.size(), 6);
        const TaskRow &r1 = rows.at(0);
        QCOMPARE(r1.activityName, u"2025年交通运输领域专项监督"_s);
        QCOMPARE(r1.leadUnit, u"县交通局"_s);
        QCOMPARE(r1.responsibleUnits, u"法制科"_s);
        QCOMPARE(r1.progress, u"已部署自查"_s);
        QVERIFY(!r1.percent);
        QVERIFY(r1.overdue);
        const TaskRow &r2 = rows.at(1);
        QCOMPARE(r2.responsibleUnits, u"清河县市场监督管理局、局机关各科室"_s);
        QCOMPARE(r2.progress, u"已完成一半案卷整改"_s);
        QCOMPARE(r2.percent, std::optional<int>(60));
        QVERIFY(!r2.overdue); // due on the as-of date itself
        QCOMPARE(r2.status, TaskStatus::InProgress);
        const TaskRow &r3 = rows.at(2);
        QVERIFY(!r3.overdue); // signed off
        QCOMPARE(r3.closedOn, QDate(2025, 2, 10));
        QCOMPARE(rows.at(3).deadline.text, u"长期坚持"_s);
        QVERIFY(rows.at(3).deadline.openEnded);
        QVERIFY(!rows.at(5).deadline.understood);

        TaskProgress bad{0, l.a2, QDate(2025, 2, 1), u"x"_s, 101, {}, {}};
        QCOMPARE(repo.addProgress(bad).error().context, u"Completion rate"_s);
        bad.percent = 50;
        bad.done.clear();
        QCOMPARE(repo.addProgress(bad).error().context, u"Work done"_s);
        bad.done = u"x"_s;
        bad.taskId = 9999;
        QCOMPARE(repo.addProgress(bad).error().code, Error::Code::NotFound);
        QCOMPARE(t.rowCount(u"task_progress"_s), 2);
        QCOMPARE(Test::auditRows(t.db(), u"task_progress"_s), 2);
    }

    void pagingReadsOnlyThePage()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        for (int i = 10; i < 40; ++i) {
            Test::TaskSpec s;
            s.seq = QString::number(i);
            Test::addTask(t.db(), l.b, s);
        }
        TaskRepository repo(t.db());
        const TaskQuery q = asOf();
        QCOMPARE(repo.count(q).value(), qint64(36));
        QCOMPARE(ids(repo.list(q, 2, 2).value()), (QList<qint64>{l.a3, l.a4}));
        QList<qint64> all;
        for (int offset = 0; offset < 36; offset += 10)
            all += ids(repo.list(q, offset, 10).value());
        QCOMPARE(all.size(), 36);
        QCOMPARE(ids(repo.list(q, 0, 36).value()), all);
        QVERIFY(repo.list(q, 36, 10).value().isEmpty());
        QCOMPARE(repo.list(q, 30, 10).value().size(), 6);
    }

    void completionByActivityAndByUnit()
    {
        Test::TestDatabase t;
        const Ledger l = ledger(t.db());
        TaskRepository repo(t.db());
        const QList<TaskCompletion> byActivity = repo.completionByActivity(asOf()).value();
        QCOMPARE(byActivity.size(), 2);
        QCOMPARE(byActivity.at(0),
                 (TaskCompletion{l.a, u"2025年交通运输领域专项监督"_s, 4, 1, 1, 1}));
        QCOMPARE(byActivity.at(1), (TaskCompletion{l.b, u"2024年度执法检查"_s, 2, 0, 0, 1}));

        TaskQuery onlyB = asOf();
        onlyB.activityId = l.b;
        QCOMPARE(repo.completionByActivity(onlyB).value().size(), 1);

        QHash<QString, QList<TaskCompletion>> byUnit;
        const QList<TaskCompletion> units = repo.completionByUnit(asOf()).value();
        for (const TaskCompletion &c : units)
            byUnit[c.name].append(c);
        QCOMPARE(byUnit.size(), 5);
        // The short name and the full name count as one agency, shown by its full name.
        QCOMPARE(byUnit.value(u"清河县交通运输局"_s),
                 (QList<TaskCompletion>{{l.transport, u"清河县交通运输局"_s, 1, 1, 0, 0}}));
        QCOMPARE(byUnit.value(u"清河县市场监督管理局"_s),
                 (QList<TaskCompletion>{{l.market, u"清河县市场监督管理局"_s, 2, 0, 0, 1}}));
        QCOMPARE(byUnit.value(u"局机关各科室"_s),
                 (QList<TaskCompletion>{{0, u"局机关各科室"_s, 2, 0, 1, 0}}));
        // A section counts as itself, by its name with its agency's id; the same name unlinked
        // is another unit.
        QCOMPARE(byUnit.value(u"行政执法监督科"_s).value(0).id, l.justice);
        const QList<TaskCompletion> legal = byUnit.value(u"法制科"_s);
        QCOMPARE(legal.size(), 2);
        QVERIFY(legal.contains(TaskCompletion{l.transport, u"法制科"_s, 1, 0, 0, 1}));
        QVERIFY(legal.contains(TaskCompletion{0, u"法制科"_s, 1, 0, 0, 0}));

        TaskQuery overdue = asOf();
        overdue.overdueOnly = true;
        int total = 0;
        const QList<TaskCompletion> late = repo.completionByUnit(overdue).value();
        for (const TaskCompletion &c : late)
            total += c.total;
        QCOMPARE(total, 2); // a1 (法制科 of the transport bureau) and b1 (市场监管局)
    }
};

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_taskrepository.moc"
