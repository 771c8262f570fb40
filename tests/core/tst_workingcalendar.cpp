// The working-day calendar against the State Council's published schedules.
#include "calendar/workingcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Jiandu;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

WorkingCalendar shipped()
{
    auto cal = WorkingCalendar::shipped();
    if (!cal)
        qFatal("%s", qPrintable(cal.error().toString()));
    return cal.value();
}

// The reference: walks day by day with isWorkingDay.
QDate addByLoop(const WorkingCalendar &cal, QDate date, int n)
{
    while (n > 0) {
        date = date.addDays(1);
        if (cal.isWorkingDay(date).value())
            --n;
    }
    return date;
}
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFileHasEveryYearWithItsNotice()
    {
        QFile f(QStringLiteral(":/calendar/holidays-cn.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray years =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("years")).toArray();
        QList<int> seen;
        for (const QJsonValue &v : years) {
            const QJsonObject y = v.toObject();
            seen.append(y.value(QStringLiteral("year")).toInt());
            const QJsonArray notices = y.value(QStringLiteral("notices")).toArray();
            QVERIFY2(!notices.isEmpty(), qPrintable(QString::number(seen.last())));
            for (const QJsonValue &n : notices)
                QVERIFY(n.toString().contains(QStringLiteral("www.gov.cn/zhengce/")));
            QVERIFY(y.value(QStringLiteral("days")).toArray().size() >= 25);
        }
        QList<int> expected;
        for (int y = 2016; y <= 2026; ++y)
            expected.append(y);
        QCOMPARE(seen, expected);
        QCOMPARE(shipped().years(), expected);
        QVERIFY(!shipped().hasYear(2027)); // the 2027 notice was not published
        QVERIFY(!shipped().hasYear(2015));
        QCOMPARE(shipped().notices(2024),
                 QStringList{QStringLiteral(
                     "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm")});
        QVERIFY(QFile::exists(QStringLiteral(":/calendar/LICENSE.holiday-cn")));
    }

    void daysListedByTheNeighbouringYearsNotice()
    {
        const WorkingCalendar cal = shipped();
        // 2018-12-29 (Saturday) was a make-up working day set by the 2019 notice.
        QCOMPARE(d(2018, 12, 29).dayOfWeek(), 6);
        QCOMPARE(cal.isWorkingDay(d(2018, 12, 29)).value(), true);
        QCOMPARE(cal.isWorkingDay(d(2018, 12, 31)).value(), false); // Monday, New Year holiday
        QCOMPARE(cal.entry(d(2018, 12, 31))->name, QStringLiteral("元旦"));
        QCOMPARE(cal.entries(2018).last().date, d(2018, 12, 31));
    }

    void isWorkingDay()
    {
        const WorkingCalendar cal = shipped();
        QCOMPARE(cal.isWorkingDay(d(2024, 9, 30)).value(), true);  // plain Monday
        QCOMPARE(cal.isWorkingDay(d(2024, 9, 28)).value(), false); // plain Saturday
        QCOMPARE(cal.isWorkingDay(d(2024, 9, 29)).value(), true);  // make-up Sunday
        QCOMPARE(cal.isWorkingDay(d(2024, 10, 1)).value(), false); // National Day
        QCOMPARE(cal.isWorkingDay(d(2024, 10, 7)).value(), false); // Monday in the holiday
        QVERIFY(!cal.isWorkingDay(QDate()).ok());
    }

    void sevenWorkingDaysAfterNationalDayDecision()
    {
        // Decision on Friday 2024-09-27 (day 0, not counted):
        //   09-28 Sat off; 09-29 Sun make-up = 1; 09-30 Mon = 2; 10-01…10-07 holiday;
        //   10-08 Tue = 3; 10-09 = 4; 10-10 = 5; 10-11 Fri = 6; 10-12 Sat make-up = 7.
        const WorkingCalendar cal = shipped();
        QCOMPARE(cal.addWorkingDays(d(2024, 9, 27), 7).value(), d(2024, 10, 12));
        QCOMPARE(cal.addWorkingDays(d(2024, 9, 27), 1).value(), d(2024, 9, 29));
        QCOMPARE(cal.addWorkingDays(d(2024, 9, 27), 3).value(), d(2024, 10, 8));
        QCOMPARE(cal.addWorkingDays(d(2024, 9, 27), 0).value(), d(2024, 9, 27));
        QCOMPARE(cal.workingDaysBetween(d(2024, 9, 27), d(2024, 10, 12)).value(), 7);
        // Counting back is the mirror image.
        QCOMPARE(cal.addWorkingDays(d(2024, 10, 12), -7).value(), d(2024, 9, 27));
        QCOMPARE(cal.workingDaysBetween(d(2024, 10, 12), d(2024, 9, 27)).value(), -7);
    }

    void springFestival2025()
    {
        // Friday 2025-01-24: 01-25 Sat off; 01-26 Sun make-up = 1; 01-27 Mon = 2;
        // 01-28…02-04 holiday; 02-05 = 3; 02-06 = 4; 02-07 Fri = 5; 02-08 Sat make-up = 6;
        // 02-09 Sun off; 02-10 Mon = 7.
        const WorkingCalendar cal = shipped();
        QCOMPARE(cal.addWorkingDays(d(2025, 1, 24), 1).value(), d(2025, 1, 26));
        QCOMPARE(cal.addWorkingDays(d(2025, 1, 24), 3).value(), d(2025, 2, 5));
        QCOMPARE(cal.addWorkingDays(d(2025, 1, 24), 5).value(), d(2025, 2, 7));
        QCOMPARE(cal.addWorkingDays(d(2025, 1, 24), 6).value(), d(2025, 2, 8));
        QCOMPARE(cal.addWorkingDays(d(2025, 1, 24), 7).value(), d(2025, 2, 10));
        // A decision taken during the holiday: the first working day after it.
        QCOMPARE(cal.addWorkingDays(d(2025, 1, 30), 1).value(), d(2025, 2, 5));
    }

    void twentyWorkingDaysAcrossNewYear2026()
    {
        // Friday 2025-12-19: 12-22…12-26 = 1…5; 12-29, 12-30, 12-31 = 6…8; 2026-01-01…01-03
        // holiday; 01-04 Sun make-up = 9; 01-05…01-09 = 10…14; 01-12…01-16 = 15…19;
        // 01-19 Mon = 20.
        const WorkingCalendar cal = shipped();
        QCOMPARE(cal.addWorkingDays(d(2025, 12, 19), 20).value(), d(2026, 1, 19));
        QCOMPARE(cal.workingDaysBetween(d(2025, 12, 19), d(2026, 1, 19)).value(), 20);
        QCOMPARE(cal.workingDaysBetween(d(2025, 12, 19), d(2026, 1, 18)).value(), 19);
    }

    void yearWithoutDataIsAnError()
    {
        const WorkingCalendar cal = shipped();
        auto r = cal.addWorkingDays(d(2026, 12, 25), 5); // ends in 2027
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("2027")));
        QVERIFY(r.error().message.contains(QStringLiteral("Settings")));
        QVERIFY(!cal.isWorkingDay(d(2027, 3, 1)).ok());
        QVERIFY(!cal.workingDaysBetween(d(2026, 12, 1), d(2027, 1, 10)).ok());
        // Counting back from Tuesday 2016-01-05: 01-04 Mon = 1; 01-01 is a holiday, so the
        // second lies in 2015, which has no data. The start day's own year needs none.
        QCOMPARE(cal.addWorkingDays(d(2016, 1, 5), -1).value(), d(2016, 1, 4));
        r = cal.addWorkingDays(d(2016, 1, 5), -2);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("2015")));
        QCOMPARE(cal.addWorkingDays(d(2015, 12, 31), 1).value(), d(2016, 1, 4));
    }

    void enteringAYearMakesItCount()
    {
        WorkingCalendar cal = shipped();
        cal.addDays({{d(2027, 1, 1), true, QStringLiteral("元旦")}});
        QVERIFY(!cal.addWorkingDays(d(2026, 12, 25), 5).ok()); // days entered, year not complete
        cal.addYear(2027);
        // Friday 2026-12-25: 12-28…12-31 = 1…4; 2027-01-01 Fri holiday; 01-04 Mon = 5.
        QCOMPARE(cal.addWorkingDays(d(2026, 12, 25), 5).value(), d(2027, 1, 4));
        QCOMPARE(cal.workingDaysBetween(d(2026, 12, 25), d(2027, 1, 4)).value(), 5);
    }

    void laterEntryOverridesShippedDay()
    {
        WorkingCalendar cal = shipped();
        cal.addDays({{d(2024, 10, 7), false, QStringLiteral("更正")}});
        QCOMPARE(cal.isWorkingDay(d(2024, 10, 7)).value(), true);
        QCOMPARE(cal.addWorkingDays(d(2024, 9, 27), 7).value(), d(2024, 10, 11));
        cal.removeDay(d(2024, 10, 7)); // now a plain Monday
        QCOMPARE(cal.isWorkingDay(d(2024, 10, 7)).value(), true);
        cal.removeDay(d(2024, 9, 29)); // a plain Sunday again
        QCOMPARE(cal.isWorkingDay(d(2024, 9, 29)).value(), false);
    }

    void largeCountsMatchDayByDayLoop()
    {
        const WorkingCalendar cal = shipped();
        const QDate start = d(2016, 1, 4);
        const QDate far = cal.addWorkingDays(start, 2000).value();
        QCOMPARE(far, addByLoop(cal, start, 2000));
        QVERIFY(far.year() >= 2023 && far.year() <= 2024);
        // Every count from a few starts, including starts on holidays and make-up days.
        for (const QDate from : {d(2016, 1, 1), d(2018, 12, 28), d(2020, 1, 23), d(2024, 9, 29)}) {
            QDate expected = from;
            for (int n = 1; n <= 400; ++n) {
                expected = addByLoop(cal, expected, 1);
                QCOMPARE(cal.addWorkingDays(from, n).value(), expected);
            }
        }
    }

    void betweenIsTheInverseOfAdd()
    {
        const WorkingCalendar cal = shipped();
        for (QDate from = d(2019, 12, 20); from <= d(2020, 2, 10); from = from.addDays(3)) {
            for (int n : {1, 2, 5, 7, 15, 20, 60, 250, 1000}) {
                const QDate to = cal.addWorkingDays(from, n).value();
                QCOMPARE(cal.workingDaysBetween(from, to).value(), n);
                QCOMPARE(cal.addWorkingDays(to, -n).value() <= from, true);
                QCOMPARE(cal.workingDaysBetween(to, from).value(), -n);
            }
        }
        // And add(from, between(from, t)) == t for every working day t.
        const QDate from = d(2024, 9, 20);
        for (QDate t = from.addDays(1); t <= d(2024, 11, 30); t = t.addDays(1)) {
            if (!cal.isWorkingDay(t).value())
                continue;
            QCOMPARE(cal.addWorkingDays(from, cal.workingDaysBetween(from, t).value()).value(), t);
        }
    }

    void badDataIsRejected()
    {
        QVERIFY(!WorkingCalendar::fromJson("{", QStringLiteral("x")).ok());
        QVERIFY(!WorkingCalendar::fromJson(R"({"years": []})", QStringLiteral("x")).ok());
        auto r = WorkingCalendar::fromJson(
            R"({"years": [{"year": 2030, "notices": [], "days": [{"date": "2030-02-30", "off": true}]}]})",
            QStringLiteral("x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
