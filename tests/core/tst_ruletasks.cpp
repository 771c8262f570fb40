// The rectification rules at their boundaries (spec/warnings.md "Rectification rules"):
// TASK_OVERDUE (deadline before the as-of date, not signed off), TASK_DUE_SOON (dated deadline
// within 7 days, a setting), TASK_UNDATED (deadline not understood and no date by hand),
// DOC_REPLY_OVERDUE (issued or served, reply due before the as-of date).

#include "rules/warning.h"
#include "storage/documentrepository.h"
#include "support/testdatabase.h"
#include "tst_rulehelpers.h"
#include "tst_supervisionhelpers.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2025, 3, 1);
const QString kActivity = u"2025年行政执法专项监督"_s;

struct Tasks
{
    qint64 market = 0, transport = 0, activity = 0;
    qint64 yesterday = 0, today = 0, week = 0, eightDays = 0, signedOff = 0, undated = 0,
           openEnded = 0, completedLate = 0, undatedClosed = 0;
};

Tasks tasks(Database &db)
{
    Tasks t;
    t.market = Test::addAgencyWithShortName(db, u"清河县市场监督管理局"_s, u"县市场监管局"_s);
    t.transport = Test::addAgencyWithShortName(db, u"清河县交通运输局"_s, u"县交通局"_s);
    t.activity = Test::addSupervision(db, kActivity);
    auto add = [&](const QString &seq, const QDate &deadline,
                   TaskStatus status = TaskStatus::InProgress) {
        Test::TaskSpec s;
        s.seq = seq;
        s.lead = u"县市场监管局"_s;
        s.responsible = {u"县交通局"_s};
        s.deadline = deadline;
        s.status = status;
        if (status == TaskStatus::SignedOff || status == TaskStatus::Completed)
            s.completedOn = QDate(2025, 1, 20);
        if (status == TaskStatus::SignedOff)
            s.closedOn = QDate(2025, 1, 25);
        return Test::addTask(db, t.activity, s);
    };
    t.yesterday = add(u"1"_s, kAsOf.addDays(-1));
    t.today = add(u"2"_s, kAsOf);
    t.week = add(u"3"_s, kAsOf.addDays(7));
    t.eightDays = add(u"4"_s, kAsOf.addDays(8));
    t.signedOff = add(u"5"_s, QDate(2025, 1, 31), TaskStatus::SignedOff);
    t.completedLate = add(u"6"_s, QDate(2025, 2, 1), TaskStatus::Completed);

    Test::TaskSpec s;
    s.seq = u"7"_s;
    s.deadlineText = u"按照市级有关部门部署推进"_s;
    s.deadline = {};
    s.understood = false;
    s.responsible = {u"局机关各科室"_s};
    t.undated = Test::addTask(db, t.activity, s);
    s.seq = u"8"_s;
    s.deadlineText = u"长期坚持"_s;
    s.understood = true;
    t.openEnded = Test::addTask(db, t.activity, s);
    s.seq = u"9"_s;
    s.understood = false;
    s.status = TaskStatus::SignedOff;
    s.completedOn = QDate(2025, 1, 2);
    s.closedOn = QDate(2025, 1, 3);
    t.undatedClosed = Test::addTask(db, t.activity, s);
    return t;
}

} // namespace

class TestRuleTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskOverdue()
    {
        Test::TestDatabase db;
        const Tasks t = tasks(db.db());
        const auto c = Test::ruleContext(kAsOf);
        // Due yesterday and a completed task not yet signed off; not due today, not signed off.
        QCOMPARE(Test::firedIds(db.db(), u"TASK_OVERDUE"_s, c),
                 (QList<qint64>{t.yesterday, t.completedLate}));
        const QList<Rules::Warning> w = Test::evaluateRule(db.db(), u"TASK_OVERDUE"_s, c);
        const Rules::Warning &first = w.at(0).recordId == t.yesterday ? w.at(0) : w.at(1);
        QCOMPARE(first.level, Rules::Level::Error);
        QCOMPARE(first.subject, Rules::Subject::Task);
        QCOMPARE(first.key, kActivity + u"/1"_s);
        QCOMPARE(first.agency, u"清河县市场监督管理局"_s); // the lead unit's agency
        QCOMPARE(first.due, kAsOf.addDays(-1));
        QVERIFY(first.message.contains(kActivity + u"/1"_s));
        // A day later the task due "today" is overdue too.
        QCOMPARE(Test::firedIds(db.db(), u"TASK_OVERDUE"_s, Test::ruleContext(kAsOf.addDays(1))),
                 (QList<qint64>{t.yesterday, t.today, t.completedLate}));
    }

    void theAgencyOfATask()
    {
        Test::TestDatabase db;
        const qint64 transport =
            Test::addAgencyWithShortName(db.db(), u"清河县交通运输局"_s, u"县交通局"_s);
        Q_UNUSED(transport);
        const qint64 activity = Test::addSupervision(db.db(), kActivity);
        Test::TaskSpec s;
        s.deadline = kAsOf.addDays(-3);
        s.seq = u"1"_s;
        s.lead = u"县政府办"_s; // unlinked lead: the first linked responsible unit's agency
        s.responsible = {u"局机关各科室"_s, u"县交通局"_s};
        Test::addTask(db.db(), activity, s);
        s.seq = u"2"_s;
        s.responsible = {u"局机关各科室"_s}; // nothing linked: the lead as written
        Test::addTask(db.db(), activity, s);
        QHash<QString, QString> agencies;
        for (const Rules::Warning &w :
             Test::evaluateRule(db.db(), u"TASK_OVERDUE"_s, Test::ruleContext(kAsOf)))
            agencies.insert(w.key, w.agency);
        QCOMPARE(agencies.value(kActivity + u"/1"_s), u"清河县交通运输局"_s);
        QCOMPARE(agencies.value(kActivity + u"/2"_s), u"县政府办"_s);
    }

    void taskDueSoon()
    {
        Test::TestDatabase db;
        const Tasks t = tasks(db.db());
        auto c = Test::ruleContext(kAsOf);
        QCOMPARE(Test::firedIds(db.db(), u"TASK_DUE_SOON"_s, c), (QList<qint64>{t.today, t.week}));
        const QList<Rules::Warning> w = Test::evaluateRule(db.db(), u"TASK_DUE_SOON"_s, c);
        QCOMPARE(w.at(0).level, Rules::Level::Warning);
        QVERIFY(!w.at(0).message.isEmpty());
        QCOMPARE(w.at(1).due, kAsOf.addDays(7));
        c.settings.taskDueDays = 8;
        QCOMPARE(Test::firedIds(db.db(), u"TASK_DUE_SOON"_s, c),
                 (QList<qint64>{t.today, t.week, t.eightDays}));
        c.settings.taskDueDays = 0;
        QCOMPARE(Test::firedIds(db.db(), u"TASK_DUE_SOON"_s, c), QList<qint64>{t.today});
    }

    void taskUndated()
    {
        Test::TestDatabase db;
        const Tasks t = tasks(db.db());
        const auto c = Test::ruleContext(kAsOf);
        // Not the open-ended commitment (understood), not the signed-off one.
        QCOMPARE(Test::firedIds(db.db(), u"TASK_UNDATED"_s, c), QList<qint64>{t.undated});
        const Rules::Warning w = Test::evaluateRule(db.db(), u"TASK_UNDATED"_s, c).at(0);
        QVERIFY(w.message.contains(u"按照市级有关部门部署推进"_s));
        QVERIFY(!w.due.isValid());
        QCOMPARE(w.agency, u"局机关各科室"_s); // no lead, nothing linked: the unit as written
        // A date set by hand ends it.
        QVERIFY(TaskRepository(db.db()).setDeadlineDate(t.undated, QDate(2025, 6, 30), {}).ok());
        QVERIFY(Test::firedIds(db.db(), u"TASK_UNDATED"_s, c).isEmpty());
    }

    void docReplyOverdue()
    {
        Test::TestDatabase db;
        const qint64 market = Test::addAgencyWithShortName(db.db(), u"清河县市场监督管理局"_s, {});
        DocumentRepository repo(db.db());
        auto draft = [&](const QDate &drafted) {
            SupervisionDocument d;
            d.kind = DocumentKind::RectificationNotice;
            d.title = u"整改通知书"_s;
            d.recipient = u"市场监管局"_s;
            d.recipientAgencyId = market;
            d.draftedOn = drafted;
            return repo.save(d).value();
        };
        const qint64 dueToday = draft(QDate(2025, 1, 30)); // issued 1-30: due 3-1
        QVERIFY(repo.issue(dueToday, QDate(2025, 1, 30)).ok());
        const qint64 dueYesterday = draft(QDate(2025, 1, 29));
        QVERIFY(repo.issue(dueYesterday, QDate(2025, 1, 29)).ok());
        const qint64 served = draft(QDate(2025, 1, 2));
        QVERIFY(repo.issue(served, QDate(2025, 1, 2)).ok());
        QVERIFY(repo.markServed(served, QDate(2025, 1, 3)).ok());
        const qint64 replied = draft(QDate(2025, 1, 2));
        QVERIFY(repo.issue(replied, QDate(2025, 1, 2)).ok());
        QVERIFY(repo.recordReply(replied, QDate(2025, 2, 20), u"已整改"_s).ok());
        const qint64 stillDraft = draft(QDate(2024, 1, 2));
        Q_UNUSED(stillDraft);

        const auto c = Test::ruleContext(kAsOf);
        QCOMPARE(Test::firedIds(db.db(), u"DOC_REPLY_OVERDUE"_s, c),
                 (QList<qint64>{dueYesterday, served}));
        const QList<Rules::Warning> all = Test::evaluateRule(db.db(), u"DOC_REPLY_OVERDUE"_s, c);
        for (const Rules::Warning &w : all) {
            QCOMPARE(w.level, Rules::Level::Error);
            QCOMPARE(w.subject, Rules::Subject::Document);
            QCOMPARE(w.agency, u"清河县市场监督管理局"_s);
            QCOMPARE(w.key, repo.find(w.recordId).value()->number);
            QVERIFY(w.message.contains(w.key));
        }
        QCOMPARE(
            Test::firedIds(db.db(), u"DOC_REPLY_OVERDUE"_s, Test::ruleContext(kAsOf.addDays(1))),
            (QList<qint64>{dueToday, dueYesterday, served}));
    }

    void registeredAfterTheCaseRulesWithTheirSetting()
    {
        QStringList ids;
        for (const Rules::Rule *r : Rules::allRules())
            ids << r->id();
        const qsizetype calendar = ids.indexOf(u"CALENDAR_MISSING"_s);
        QVERIFY(calendar > ids.indexOf(u"SINGLE_OFFICER"_s));
        QCOMPARE(ids.mid(calendar + 1, 4), (QStringList{u"TASK_OVERDUE"_s, u"TASK_DUE_SOON"_s,
                                                     u"TASK_UNDATED"_s, u"DOC_REPLY_OVERDUE"_s}));
        QCOMPARE(Rules::findRule(u"DOC_REPLY_OVERDUE"_s)->subject(), Rules::Subject::Document);
        QVERIFY(!Rules::findRule(u"TASK_UNDATED"_s)->title().isEmpty());

        Test::TestDatabase db;
        QCOMPARE(Rules::RuleSettings::load(db.db()).taskDueDays, 7);
        Rules::RuleSettings s;
        s.taskDueDays = 14;
        {
            Transaction tx(db.db());
            QVERIFY(s.save(db.db()).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(Rules::RuleSettings::load(db.db()).taskDueDays, 14);

        // evaluateAll runs them with the rest.
        tasks(db.db());
        const auto all = Rules::evaluateAll(db.db(), Test::ruleContext(kAsOf)).value();
        QVERIFY(std::any_of(all.cbegin(), all.cend(),
                            [](const Rules::Warning &w) { return w.rule == u"TASK_OVERDUE"; }));
    }
};

QTEST_GUILESS_MAIN(TestRuleTasks)
#include "tst_ruletasks.moc"
