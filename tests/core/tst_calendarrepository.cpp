// The user's calendar entries in a real database, merged with the shipped schedule.
#include "storage/audittrail.h"
#include "storage/calendarrepository.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QtTest>

using namespace Jiandu;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class TestCalendarRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enteringANewYear()
    {
        Test::TestDatabase t;
        CalendarRepository repo(t.db());
        auto before = repo.load();
        QVERIFY(before.ok());
        auto r = before->addWorkingDays(d(2026, 12, 25), 5);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("2027")));

        QVERIFY(repo.saveDay({d(2027, 1, 1), true, QStringLiteral(" 元旦 ")}).ok());
        QVERIFY(!repo.load()->addWorkingDays(d(2026, 12, 25), 5).ok()); // not complete yet
        QVERIFY(repo.setYearComplete(2027, true, QStringLiteral("国办发明电〔2026〕7号")).ok());
        t.reopen(); // committed, not just visible in the connection
        CalendarRepository again(t.db());
        auto cal = again.load();
        QVERIFY(cal.ok());
        QVERIFY(cal->hasYear(2027));
        // Friday 2026-12-25: 12-28…12-31 = 1…4; 2027-01-01 holiday; Monday 01-04 = 5.
        QCOMPARE(cal->addWorkingDays(d(2026, 12, 25), 5).value(), d(2027, 1, 4));
        QCOMPARE(cal->entry(d(2027, 1, 1))->name, QStringLiteral("元旦"));
        QCOMPARE(cal->notices(2027), QStringList{QStringLiteral("国办发明电〔2026〕7号")});
        QCOMPARE(again.completeYears()->size(), 1);

        QVERIFY(again.setYearComplete(2027, false).ok());
        QVERIFY(!again.load()->hasYear(2027));
        QVERIFY(!again.load()->isWorkingDay(d(2027, 1, 4)).ok());
    }

    void userEntryOverridesShippedDay()
    {
        Test::TestDatabase t;
        CalendarRepository repo(t.db());
        QCOMPARE(repo.load()->addWorkingDays(d(2024, 9, 27), 7).value(), d(2024, 10, 12));
        // Suppose the office works on Monday 2024-10-07.
        QVERIFY(repo.saveDay({d(2024, 10, 7), false, QStringLiteral("国庆节")}).ok());
        auto cal = repo.load();
        QCOMPARE(cal->isWorkingDay(d(2024, 10, 7)).value(), true);
        QCOMPARE(cal->addWorkingDays(d(2024, 9, 27), 7).value(), d(2024, 10, 11));
        // A shipped year keeps its notice when the user marks it complete too.
        QVERIFY(repo.setYearComplete(2024, true, QStringLiteral("x")).ok());
        QVERIFY(repo.load()->notices(2024).first().contains(QStringLiteral("gov.cn")));
        QVERIFY(repo.removeDay(d(2024, 10, 7)).ok());
        QCOMPARE(repo.load()->isWorkingDay(d(2024, 10, 7)).value(), false);
        QCOMPARE(repo.removeDay(d(2024, 10, 7)).error().code, Error::Code::NotFound);
    }

    void writesAreAudited()
    {
        Test::TestDatabase t;
        CalendarRepository repo(t.db());
        AuditTrail audit(t.db());
        const qint64 start = audit.count().value();
        QVERIFY(repo.saveDay({d(2027, 2, 6), true, QStringLiteral("春节")}).ok());
        QVERIFY(repo.saveDay({d(2027, 2, 6), true, QStringLiteral("春节")}).ok()); // unchanged
        QVERIFY(repo.saveDay({d(2027, 2, 6), false, QStringLiteral("春节")}).ok());
        QVERIFY(repo.removeDay(d(2027, 2, 6)).ok());
        QVERIFY(repo.setYearComplete(2027, true).ok());
        QVERIFY(repo.setYearComplete(2027, false).ok());
        QCOMPARE(audit.count().value(), start + 5);
        const auto day =
            audit.history(QStringLiteral("calendar_day"), QStringLiteral("2027-02-06")).value();
        QCOMPARE(day.size(), 3);
        QCOMPARE(day[0].action, AuditEntry::Action::Insert);
        QCOMPARE(day[0].actor, QStringLiteral("tester"));
        QCOMPARE(day[1].action, AuditEntry::Action::Update);
        QCOMPARE(day[1].before.value(QStringLiteral("off")).toBool(), true);
        QCOMPARE(day[1].after.value(QStringLiteral("off")).toBool(), false);
        QCOMPARE(day[2].action, AuditEntry::Action::Delete);
        const auto year =
            audit.history(QStringLiteral("calendar_year"), QStringLiteral("2027")).value();
        QCOMPARE(year.size(), 2);
        QCOMPARE(year[1].action, AuditEntry::Action::Delete);
    }

    void callersTransactionRollsBackEverything()
    {
        Test::TestDatabase t;
        const qint64 auditBefore = t.rowCount(QStringLiteral("audit_log"));
        {
            Transaction tx(t.db());
            CalendarRepository repo(t.db());
            QVERIFY(repo.saveDay({d(2027, 1, 1), true, QStringLiteral("元旦")}).ok());
            QVERIFY(repo.setYearComplete(2027, true).ok());
            QCOMPARE(t.rowCount(QStringLiteral("calendar_day")), 1);
        } // not committed
        QCOMPARE(t.rowCount(QStringLiteral("calendar_day")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("calendar_year")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), auditBefore);
    }

    void rejectsInvalidInput()
    {
        Test::TestDatabase t;
        CalendarRepository repo(t.db());
        QCOMPARE(repo.saveDay({QDate(), true, {}}).error().code, Error::Code::Invalid);
        QCOMPARE(repo.setYearComplete(99999, true).error().code, Error::Code::Invalid);
        QCOMPARE(t.rowCount(QStringLiteral("calendar_day")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "tst_calendarrepository.moc"
