#pragma once

#include "calendar/workingcalendar.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace Jiandu {

class Database;

// A year whose holiday schedule the user has entered completely.
struct CalendarYearEntry
{
    int year = 0;
    QString notice; // the notice the days were entered from (number or address)
};

// Owns the SQL of the user's calendar entries (tables calendar_day, calendar_year).
// Each write runs in its own Transaction (a savepoint inside the caller's) and records its
// audit row in it.
class CalendarRepository final
{
public:
    explicit CalendarRepository(Database &db) : m_db(db) {}

    // The shipped schedule plus the user's entries: the user's days override shipped days of
    // the same date; the user's complete years gain data.
    Result<WorkingCalendar> load() const;

    Result<QList<CalendarDay>> days() const;                // the user's days, by date
    Result<QList<CalendarYearEntry>> completeYears() const; // ascending

    // Inserts or replaces the user's entry for day.date.
    VoidResult saveDay(const CalendarDay &day);
    VoidResult removeDay(const QDate &date);
    // Marks a year's schedule complete (its days are then counted) or not.
    VoidResult setYearComplete(int year, bool complete, const QString &notice = {});

private:
    Database &m_db;
};

} // namespace Jiandu
