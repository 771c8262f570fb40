// The publicity rules of spec/warnings.md "Case rules" (PUBLICITY_OVERDUE, PUBLICITY_DUE) and
// CALENDAR_MISSING, an addition to the spec: deadlines in working days, counted in SQL over
// the TEMP tables of WorkDayTable (ordinal of each day in the working-day calendar).
//
// Scope (a deliberate reading of the spec): a case published late is a past fact and is
// reported for the cases of the rule year (report_year = RuleContext::effectiveYear(), the
// CLI's --year); a case still unpublished is something still to do and is reported whatever
// its year. "Published" and "decided" mean on or before the as-of date.
//
// With ord(d) = working days on or before d (WorkingCalendar's convention: the decision day is
// day 0, not counted): the deadline is the working day with ord = ord(decided) + N, i.e.
// WorkingCalendar::addWorkingDays(decided, N); published late when published > deadline;
// overdue when the deadline < as-of, i.e. ord(asOf - 1) - ord(decided) >= N; due soon when
// deadline >= as-of and ord(deadline) - ord(asOf) <= publicityDueDays.

#include "rulesupport.h"

#include "storage/calendarrepository.h"
#include "storage/workdaytable.h"
#include "storage/sqlhelpers.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Rules::Detail {
namespace {

VoidResult prepareCalendar(Database &db)
{
    const Result<WorkingCalendar> calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    return WorkDayTable::ensure(db, *calendar);
}

// The publicity period of case alias `p` in working days.
QString periodSql(const RuleSettings &s)
{
    return QStringLiteral("CASE WHEN p.kind IN ('licence', 'penalty') THEN %1 ELSE %2 END")
        .arg(s.publicityDaysMain)
        .arg(s.publicityDaysOther);
}

// Cases published on or before as-of, of the rule year.
QString publishedScope(const RuleContext &c)
{
    return QStringLiteral("p.report_year = %1 AND p.published_on <= %2")
        .arg(c.effectiveYear())
        .arg(sqlDate(c.asOf));
}

// Cases not published on the as-of date, of any year.
QString unpublishedScope(const RuleContext &c)
{
    return QStringLiteral("(p.published_on IS NULL OR p.published_on > %1)").arg(sqlDate(c.asOf));
}

// One row per decided case in `scope`: its id, decision, publication as of as-of, the
// decision's ordinal (NULL: the year has no calendar data), the end of its calendar run and
// its publicity period. Reads only columns of the covering index case_report.
QString baseSql(const RuleContext &c, const QString &scope)
{
    const QString asOf = sqlDate(c.asOf);
    return QStringLiteral("SELECT p.id AS id, p.decided_on AS decided_on,"
                          " CASE WHEN p.published_on <= %1 THEN p.published_on END AS published,"
                          " w.ord AS dec_ord, w.last_ord AS last_ord,"
                          " w.missing_after AS missing_after, %2 AS period"
                          " FROM enforcement_case p LEFT JOIN %3 w ON w.day = p.decided_on"
                          " WHERE p.decided_on <= %1 AND %4")
        .arg(asOf, periodSql(c.settings), WorkDayTable::dayTable(), scope);
}

// Rows of `base` whose deadline is computable, with the deadline as d.day.
QString withDeadline(const QString &base, const QString &extraColumns, const QString &condition)
{
    return QStringLiteral("SELECT c.id, c.case_no, a.name, d.day, b.published%1 FROM (%2) b"
                          " JOIN %3 d ON d.ord = b.dec_ord + b.period"
                          " JOIN enforcement_case c ON c.id = b.id"
                          " JOIN agency a ON a.id = c.agency_id"
                          " WHERE b.dec_ord + b.period <= b.last_ord AND (%4)")
        .arg(extraColumns, base, WorkDayTable::ordTable(), condition);
}

void fillCase(const QSqlQuery &q, Warning &w)
{
    w.recordId = q.value(0).toLongLong();
    w.key = q.value(1).toString();
    w.agency = q.value(2).toString();
    w.due = Sql::toDate(q.value(3));
}

class PublicityOverdue final : public FixedRule
{
public:
    PublicityOverdue()
        : FixedRule("PUBLICITY_OVERDUE", Level::Error, Subject::Case,
                    QT_TRANSLATE_NOOP("Rules", "Decision not published in time"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        if (auto r = prepareCalendar(db); !r)
            return r.error();
        const auto fill = [](const QSqlQuery &q, Warning &w) {
            fillCase(q, w);
            const QDate published = Sql::toDate(q.value(4));
            w.message = published.isValid()
                            ? QCoreApplication::translate(
                                  "Rules", "Case %1 was published on %2, after its publicity "
                                           "deadline of %3.")
                                  .arg(w.key, Format::longDate(published), Format::longDate(w.due))
                            : QCoreApplication::translate(
                                  "Rules", "Case %1 has not been published; its publicity "
                                           "deadline was %2.")
                                  .arg(w.key, Format::longDate(w.due));
        };
        auto late = run(db,
                        withDeadline(baseSql(c, publishedScope(c)), {},
                                     QStringLiteral("b.published > d.day")),
                        {}, fill);
        if (!late)
            return late;
        auto unpublished = run(db,
                               withDeadline(baseSql(c, unpublishedScope(c)), {},
                                            QStringLiteral("d.day < ") + sqlDate(c.asOf)),
                               {}, fill);
        if (!unpublished)
            return unpublished;
        return *late + *unpublished;
    }
};

class PublicityDue final : public FixedRule
{
public:
    PublicityDue()
        : FixedRule("PUBLICITY_DUE", Level::Warning, Subject::Case,
                    QT_TRANSLATE_NOOP("Rules", "Publicity deadline approaching"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        if (auto r = prepareCalendar(db); !r)
            return r.error();
        // A deadline not yet passed lies at most N working days after the decision: bound the
        // decisions (N working days never span more than 3N + 30 calendar days) so that the
        // query reads a few report years of the index, not all of it.
        const int period = qMax(c.settings.publicityDaysMain, c.settings.publicityDaysOther);
        const QDate earliest = c.asOf.addDays(-(3 * period + 30));
        const QString scope =
            unpublishedScope(c) +
            QStringLiteral(" AND p.report_year BETWEEN %1 AND %2 AND p.decided_on >= %3")
                .arg(earliest.year())
                .arg(c.asOf.year())
                .arg(sqlDate(earliest));
        const QString sql =
            withDeadline(baseSql(c, scope), {},
                         QStringLiteral("d.day >= %1 AND d.ord - (SELECT x.ord FROM %2 x"
                                        " WHERE x.day = %1) <= %3")
                             .arg(sqlDate(c.asOf), WorkDayTable::dayTable())
                             .arg(c.settings.publicityDueDays));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillCase(q, w);
            w.message = QCoreApplication::translate("Rules", "Case %1 must be published by %2.")
                            .arg(w.key, Format::longDate(w.due));
        });
    }
};

// Not in the spec: a publicity deadline that needs a year the calendar has no data for is
// never counted as a plain week; it is reported here, one warning per missing year.
class CalendarMissing final : public FixedRule
{
public:
    CalendarMissing()
        : FixedRule("CALENDAR_MISSING", Level::Warning, Subject::Report,
                    QT_TRANSLATE_NOOP("Rules", "Working-day calendar missing a year"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        if (auto r = prepareCalendar(db); !r)
            return r.error();
        const QString unknown = QStringLiteral(
            "SELECT CASE WHEN b.dec_ord IS NULL THEN CAST(substr(b.decided_on, 1, 4) AS INTEGER)"
            " ELSE b.missing_after END AS year FROM (%1) b"
            " WHERE b.dec_ord IS NULL OR b.dec_ord + b.period > b.last_ord");
        const QString sql =
            QStringLiteral("SELECT year, count(*) FROM (%1 UNION ALL %2) u GROUP BY year"
                           " ORDER BY year")
                .arg(unknown.arg(baseSql(c, publishedScope(c))),
                     unknown.arg(baseSql(c, unpublishedScope(c))));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            w.key = q.value(0).toString();
            // A named count: lupdate 6.4 loops forever on `q.value(1).toInt()` as an argument.
            const int cases = q.value(1).toInt();
            w.message =
                QCoreApplication::translate(
                    "Rules",
                    "The working-day calendar has no data for %1: the publicity deadlines of %n "
                    "case(s) could not be checked. Enter that year's State Council holiday "
                    "schedule in Settings.",
                    nullptr, cases)
                    .arg(w.key);
        });
    }
};

} // namespace

QList<const Rule *> publicityRules()
{
    static const PublicityOverdue overdue;
    static const PublicityDue due;
    return {&overdue, &due};
}

const Rule *calendarMissingRule()
{
    static const CalendarMissing missing;
    return &missing;
}

} // namespace Jiandu::Rules::Detail
