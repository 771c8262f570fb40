-- 0002: the user's entries of the working-day calendar (工作日历).
-- The State Council schedules of 2016–2026 are shipped as data (resources/calendar); these
-- tables hold what the office enters for later years, or corrections, which override the
-- shipped days of the same date (see core/calendar/workingcalendar.h).

-- A day that differs from the plain Monday–Friday week: a holiday (off = 1) or a make-up
-- working day (调休, off = 0).
CREATE TABLE calendar_day (
    date TEXT PRIMARY KEY,                      -- ISO 8601
    off  INTEGER NOT NULL CHECK (off IN (0, 1)),
    name TEXT NOT NULL DEFAULT ''               -- the festival, e.g. 春节
);

-- A year whose schedule the user has entered completely: only then are its days counted.
CREATE TABLE calendar_year (
    year   INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    notice TEXT NOT NULL DEFAULT ''             -- the notice the days were entered from
);
