#pragma once

// Working days for SQL: TEMP tables that let a rule count working days in a query
// instead of a loop over cases in C++.

#include "calendar/workingcalendar.h"
#include "util/result.h"

#include <QString>

namespace Jiandu {

class Database;

// Two temporary tables on the calling thread's connection, built from a WorkingCalendar:
//
//   jiandu_workday(day TEXT PRIMARY KEY, ord INTEGER, last_ord INTEGER, missing_after INTEGER)
//     one row per day of every year the calendar has data for. `ord` is the number of working
//     days on or before `day` (counted from an arbitrary origin, continuous over all years), so
//     that WorkingCalendar::workingDaysBetween(a, b) == ord(b) - ord(a) whenever a and b lie in
//     one run of consecutive years with data. `last_ord` is the ordinal of the last day of that
//     run, and `missing_after` the first year after it without data: a deadline ord(d) + n is
//     computable only when ord(d) + n <= last_ord.
//   jiandu_workord(ord INTEGER PRIMARY KEY, day TEXT)
//     the working days by ordinal: the n-th working day after d (WorkingCalendar::
//     addWorkingDays(d, n)) is the day whose ord is ord(d) + n.
//
// Temporary tables are per connection and portable (PostgreSQL has them too). They are
// rebuilt only when the calendar differs from the one they were built from.
class WorkDayTable final
{
public:
    static QString dayTable() { return QStringLiteral("jiandu_workday"); }
    static QString ordTable() { return QStringLiteral("jiandu_workord"); }

    static VoidResult ensure(Database &db, const WorkingCalendar &calendar);

    // A fingerprint of the calendar's data (years, notices and listed days).
    static QString signature(const WorkingCalendar &calendar);
};

} // namespace Jiandu
