#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Jiandu {

// One day that differs from the plain Monday–Friday week: a holiday (off) or a make-up
// working day (调休, not off), named after its festival ("国庆节").
struct CalendarDay
{
    QDate date;
    bool off = true;
    QString name;

    bool operator==(const CalendarDay &) const = default;
};

// The working-day calendar (工作日历) of the State Council's yearly holiday notices.
//
// A year "has data" when its notice is in the shipped data (2016–2026, from
// resources/calendar/holidays-cn.json) or the user has entered its days and marked it
// complete. Any question that needs a day of a year without data fails with an error naming
// the year: the calendar never falls back to a plain Monday–Friday week, since a deadline
// counted that way would be wrong by the length of a holiday.
//
// Within a year with data: a listed day is a holiday (off) or a working day (not off) as
// listed; an unlisted Saturday or Sunday is off; an unlisted Monday–Friday is a working day.
// Days are keyed by date, whichever notice lists them (the notice of year N can list days
// of late December N-1). Entries added later override earlier ones for the same date (the
// repository adds the user's entries after the shipped ones).
//
// Counting convention (as in "作出决定之日起7个工作日内"): the start date is day 0 and is
// not counted, whether or not it is a working day. addWorkingDays(d, n) is the n-th working
// day strictly after d (so the last day of an n-working-day deadline); n = 0 gives d itself;
// a negative n counts back to the |n|-th working day strictly before d.
// workingDaysBetween(from, to) is the number of working days in (from, to], negative when
// to < from; it is the inverse: workingDaysBetween(d, addWorkingDays(d, n)) == n, and
// addWorkingDays(d, workingDaysBetween(d, t)) == t for every working day t; counting back
// (n < 0, t < d) only when d is a working day itself, since d is in (t, d] but is never one
// of the days counted back (from a holiday, -1 working day is the working day before it,
// and between the two lies no working day, but the holiday: 0).
// Only the days counted need data: the start date's year does not.
//
// Counting is O(log h) per question (h = listed days): whole weeks are counted by formula and
// corrected with prefix sums of the listed days, so 10,000 working days cost no more than 1.
class WorkingCalendar final
{
public:
    WorkingCalendar() = default; // no year has data

    // The shipped schedule (2016–2026) compiled into the application.
    static Result<WorkingCalendar> shipped();
    // Parses data in the format of resources/calendar/holidays-cn.json; `context` names the
    // source in errors.
    static Result<WorkingCalendar> fromJson(const QByteArray &json, const QString &context);

    // Adds a year whose schedule is complete, with the notice(s) it comes from.
    void addYear(int year, const QStringList &notices = {});
    // Adds or overrides listed days (an entry for a date replaces the earlier one).
    void addDays(const QList<CalendarDay> &days);
    // Removes a date's entry (the day becomes a plain weekday or weekend day again).
    void removeDay(const QDate &date);

    [[nodiscard]] bool hasYear(int year) const { return m_years.contains(year); }
    [[nodiscard]] QList<int> years() const;            // ascending
    [[nodiscard]] QStringList notices(int year) const; // the notice URLs of a year
    [[nodiscard]] std::optional<CalendarDay> entry(const QDate &date) const;
    [[nodiscard]] QList<CalendarDay> entries(int year) const; // listed days dated in `year`

    Result<bool> isWorkingDay(const QDate &date) const;
    Result<QDate> addWorkingDays(const QDate &from, int n) const;
    Result<int> workingDaysBetween(const QDate &from, const QDate &to) const;

    // The error reported for a year without data.
    static Error missingYearError(int year);

private:
    // Working days in (from, to] as if every year had data; from <= to.
    qint64 countAfter(qint64 fromJd, qint64 toJd) const;
    // The first year in [firstYear, lastYear] without data, if any.
    std::optional<int> firstMissingYear(int firstYear, int lastYear) const;
    void reindex();

    QMap<int, QStringList> m_years;  // years with data -> notices
    QMap<QDate, CalendarDay> m_days; // listed days
    // Listed days that change the plain count (a weekday off: -1, a weekend worked: +1),
    // by Julian day, with running sums: m_adjustSum[i] = sum of m_adjust[0..i).
    std::vector<qint64> m_adjustJd;
    std::vector<int> m_adjust;
    std::vector<qint64> m_adjustSum;
};

} // namespace Jiandu
