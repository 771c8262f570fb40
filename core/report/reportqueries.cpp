// The SQL of the annual report (spec/annual-report.md). Every query reads one table (or one
// year of it) once, through the indexes its migration made for it, and groups by body.

#include "reportqueries.h"

#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "storage/workdaytable.h"

#include <QSqlQuery>

namespace Jiandu::Report::Detail {
namespace {

// ISO dates hold only digits and '-': safe as literals.
QString lit(const QDate &d)
{
    return QLatin1Char('\'') + d.toString(Qt::ISODate) + QLatin1Char('\'');
}

QString yearStart(int year)
{
    return lit(QDate(year, 1, 1));
}

QString yearEnd(int year)
{
    return lit(QDate(year, 12, 31));
}

// " AND <column> = <id>" when the report is limited to one body.
QString agencyCondition(const Scope &s, const QString &column)
{
    return s.agencyId ? QStringLiteral(" AND %1 = %2").arg(column).arg(*s.agencyId) : QString();
}

Result<bool> run(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q, QStringLiteral("annual report"));
    return true;
}

int toInt(const QSqlQuery &q, int column)
{
    return q.value(column).toInt(); // NULL (sum over no row) gives 0
}

// Codes of the outcomes that correct (reconsideration) or lose (litigation) a decision.
const QString kCorrected = QStringLiteral("('revoked', 'changed', 'illegal', 'ordered')");

template <typename E> int index(const QString &code)
{
    const auto v = Vocab::fromCode<E>(code);
    return v ? int(*v) : -1;
}

} // namespace

QString officerSql(const Scope &s)
{
    // The certificate state and training hours are the roster's own expressions; MATERIALIZED
    // so that each is evaluated once per officer. Valid on as-of: 'valid' or 'expiring'.
    const QString sql =
        QStringLiteral(
            "WITH f AS MATERIALIZED (SELECT o.agency_id AS agency_id, o.legal_reviewer AS reviewer,"
            " %1 AS cert, %2 AS hours,"
            " (SELECT x.result FROM assessment x WHERE x.officer_id = o.id AND x.year = %3) AS "
            "result"
            " FROM officer o WHERE o.status = 'active'%4)"
            " SELECT agency_id, count(*), sum(cert IN ('valid', 'expiring')), sum(reviewer <> 0),"
            " sum(hours + 1e-9 >= %5), total(hours), sum(result = 'excellent'),"
            " sum(result = 'competent'), sum(result = 'basic'), sum(result = 'incompetent')"
            " FROM f GROUP BY agency_id")
            .arg(OfficerRepository::certStateSql(s.asOf, s.asOf),
                 OfficerRepository::trainingHoursSql(s.year))
            .arg(s.year)
            .arg(agencyCondition(s, QStringLiteral("o.agency_id")))
            .arg(s.settings.trainingHoursMinimum, 0, 'g', 17);
    return sql;
}

VoidResult addOfficerFigures(Database &db, const Scope &s, ByBody &out)
{
    QSqlQuery q(db.connection());
    if (auto r = run(q, officerSql(s)); !r)
        return r.error();
    while (q.next()) {
        OfficerFigures &o = out[q.value(0).toLongLong()].officers;
        o.active += toInt(q, 1);
        o.certified += toInt(q, 2);
        o.legalReviewers += toInt(q, 3);
        o.trainingMet += toInt(q, 4);
        o.trainingHours += q.value(5).toDouble();
        for (int i = 0; i < kAssessmentResults; ++i)
            o.assessment[i] += toInt(q, 6 + i);
    }
    return {};
}

namespace {

VoidResult prepareCalendar(Database &db)
{
    const Result<WorkingCalendar> calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    return WorkDayTable::ensure(db, *calendar);
}

// One row of the grouped case query.
struct CaseGroup
{
    QString kind, heaviest, discretion, licence;
    int cases = 0, decided = 0;
};

void addGroup(BodyFigures &b, const CaseGroup &g)
{
    const int kind = index<CaseKind>(g.kind);
    if (kind >= 0)
        b.cases.byKind[kind] += g.cases;
    if (g.kind == u"penalty") {
        if (const auto p = Vocab::fromCode<PenaltyCategory>(g.heaviest))
            b.cases.penalties[int(penaltyColumn(*p))] += g.decided;
        if (g.discretion == u"mitigated")
            b.cases.mitigated += g.decided;
        else if (g.discretion == u"exempt")
            b.cases.notPenalised += g.cases;
    } else if (g.kind == u"licence") {
        b.licences.applied += g.cases;
        if (g.licence != u"not_accepted")
            b.licences.accepted += g.cases;
        if (g.licence == u"granted")
            b.licences.granted += g.cases;
        else if (g.licence == u"refused")
            b.licences.refused += g.cases;
        else if (g.licence == u"revoked")
            b.licences.revoked += g.cases;
    }
}

} // namespace

QString caseSql(const Scope &s)
{
    // The publicity deadline d.day is the working day `period` working days after the
    // decision (WorkDayTable; the decision day is day 0). NULL when the calendar lacks a year.
    const QString period =
        QStringLiteral("(CASE WHEN p.kind IN ('licence', 'penalty') THEN %1 ELSE %2 END)")
            .arg(s.settings.publicityDaysMain)
            .arg(s.settings.publicityDaysOther);
    const QString asOf = lit(s.asOf);
    const QString sql =
        QStringLiteral(
            "SELECT p.agency_id, p.kind, p.heaviest_penalty, p.discretion, p.licence_result,"
            " count(*), count(p.decided_on),"
            " sum(p.major <> 0 AND p.decided_on IS NOT NULL),"
            " sum(p.major <> 0 AND p.review_approved_on <= p.decided_on),"
            " sum(CASE WHEN p.decided_on IS NOT NULL THEN p.fine_fen END),"
            " sum(CASE WHEN p.decided_on IS NOT NULL THEN p.confiscation_fen END),"
            " sum(d.day <= %1), sum(d.day <= %1 AND p.published_on <= d.day),"
            " sum(p.decided_on IS NOT NULL AND d.day IS NULL),"
            " sum(p.transferred <> 0),"
            " count(p.reconsideration), sum(p.reconsideration IN %2),"
            " count(p.litigation), sum(p.litigation IN %2)"
            " FROM enforcement_case p"
            " LEFT JOIN %3 w ON w.day = p.decided_on"
            " LEFT JOIN %4 d ON d.ord = w.ord + %5 AND w.ord + %5 <= w.last_ord"
            " WHERE p.report_year = %6%7"
            " GROUP BY p.agency_id, p.kind, p.heaviest_penalty, p.discretion, p.licence_result")
            .arg(asOf, kCorrected, WorkDayTable::dayTable(), WorkDayTable::ordTable(), period)
            .arg(s.year)
            .arg(agencyCondition(s, QStringLiteral("p.agency_id")));
    return sql;
}

VoidResult addCaseFigures(Database &db, const Scope &s, ByBody &out)
{
    if (auto r = prepareCalendar(db); !r)
        return r;
    QSqlQuery q(db.connection());
    if (auto r = run(q, caseSql(s)); !r)
        return r.error();
    while (q.next()) {
        BodyFigures &b = out[q.value(0).toLongLong()];
        const CaseGroup g{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), toInt(q, 5),           toInt(q, 6)};
        addGroup(b, g);
        CaseFigures &c = b.cases;
        c.total += g.cases;
        c.major += toInt(q, 7);
        c.majorReviewed += toInt(q, 8);
        c.fineFen += q.value(9).toLongLong();
        c.confiscationFen += q.value(10).toLongLong();
        c.publicityDue += toInt(q, 11);
        c.publicityOnTime += toInt(q, 12);
        c.publicityUnknown += toInt(q, 13);
        c.transferred += toInt(q, 14);
        b.reconsideration.total += toInt(q, 15);
        b.reconsideration.corrected += toInt(q, 16);
        b.litigation.total += toInt(q, 17);
        b.litigation.corrected += toInt(q, 18);
    }
    return {};
}

QString coercionSql(const Scope &s)
{
    // Each case counts once under measures / executions / court, and once per kind named.
    const QString sql =
        QStringLiteral(
            "SELECT p.agency_id, k.kind, count(*), count(DISTINCT p.id) FROM enforcement_case p"
            " JOIN case_coercion k ON k.case_id = p.id"
            " WHERE p.report_year = %1 AND p.kind = 'coercion'%2"
            " GROUP BY p.agency_id, k.kind"
            " UNION ALL SELECT p.agency_id, '#' || CASE WHEN k.kind IN ('seal', 'seize', 'freeze',"
            " 'other_measure') THEN 'measure' WHEN k.kind = 'court' THEN 'court' ELSE 'execution'"
            " END, 0, count(DISTINCT p.id) FROM enforcement_case p"
            " JOIN case_coercion k ON k.case_id = p.id"
            " WHERE p.report_year = %1 AND p.kind = 'coercion'%2 GROUP BY 1, 2")
            .arg(s.year)
            .arg(agencyCondition(s, QStringLiteral("p.agency_id")));
    return sql;
}

VoidResult addCoercionFigures(Database &db, const Scope &s, ByBody &out)
{
    QSqlQuery q(db.connection());
    if (auto r = run(q, coercionSql(s)); !r)
        return r.error();
    while (q.next()) {
        CoercionFigures &c = out[q.value(0).toLongLong()].coercion;
        const QString kind = q.value(1).toString();
        const int cases = toInt(q, 3);
        if (kind == u"#measure")
            c.measures += cases;
        else if (kind == u"#execution")
            c.executions += cases;
        else if (kind == u"#court")
            c.courtApplications += cases;
        else if (const int i = index<CoercionKind>(kind); i >= 0)
            c.byKind[i] += cases;
    }
    return {};
}

QString reviewSql(const Scope &s)
{
    const QString sql =
        QStringLiteral("SELECT count(*), sum(r.grade = 'excellent'), sum(r.grade = 'pass'),"
                       " sum(r.grade = 'fail'), total(r.total), count(r.total) FROM file_review r"
                       " JOIN enforcement_case c ON c.id = r.case_id"
                       " WHERE r.status = 'final' AND r.reviewed_on BETWEEN %1 AND %2"
                       " AND r.reviewed_on <= %3%4")
            .arg(yearStart(s.year), yearEnd(s.year), lit(s.asOf),
                 agencyCondition(s, QStringLiteral("c.agency_id")));
    return sql;
}

Result<ReviewFigures> reviewFigures(Database &db, const Scope &s)
{
    QSqlQuery q(db.connection());
    if (auto r = run(q, reviewSql(s)); !r)
        return r.error();
    ReviewFigures f;
    if (q.next()) {
        f.files = toInt(q, 0);
        for (int i = 0; i < kReviewGrades; ++i)
            f.byGrade[i] = toInt(q, 1 + i);
        f.scoreSum = q.value(4).toDouble();
        f.scored = toInt(q, 5);
    }
    return f;
}

QString rectificationSql(const Scope &s)
{
    // Judged on the as-of date: a sign-off after it has not happened yet. A body's tasks are
    // those it leads or is responsible for (TaskQuery::agencyId). An open-ended task is active
    // in Y when its source had started by the end of Y (or has no date) and it was not
    // signed off before Y.
    const QString inYear =
        QStringLiteral("t.deadline_on BETWEEN %1 AND %2").arg(yearStart(s.year), yearEnd(s.year));
    const QString asOf = lit(s.asOf);
    const QString signedOff =
        QStringLiteral("(t.status = 'signed_off' AND coalesce(t.closed_on, '') <= %1)").arg(asOf);
    const QString agency =
        s.agencyId ? QStringLiteral(" AND (t.lead_agency_id = %1 OR EXISTS (SELECT 1 FROM"
                                    " task_unit u WHERE u.task_id = t.id AND u.agency_id = %1))")
                         .arg(*s.agencyId)
                   : QString();
    const QString sql =
        QStringLiteral(
            "SELECT sum(%1), sum(%1 AND %2 AND t.closed_on <= t.deadline_on),"
            " sum(%1 AND NOT %2 AND t.deadline_on < %3),"
            " sum(t.deadline_on IS NULL AND t.open_ended <> 0"
            "  AND coalesce(a.started_on, a.source_date, '') <= min(%4, %3)"
            "  AND NOT (t.status = 'signed_off' AND coalesce(t.closed_on, '') < %5))"
            " FROM rectification_task t JOIN supervision_activity a ON a.id = t.activity_id"
            " WHERE 1 = 1%6")
            .arg(inYear, signedOff, asOf, yearEnd(s.year), yearStart(s.year), agency);
    return sql;
}

Result<RectificationFigures> rectificationFigures(Database &db, const Scope &s)
{
    QSqlQuery q(db.connection());
    if (auto r = run(q, rectificationSql(s)); !r)
        return r.error();
    RectificationFigures f;
    if (q.next()) {
        f.tasks = toInt(q, 0);
        f.closedOnTime = toInt(q, 1);
        f.overdue = toInt(q, 2);
        f.openEnded = toInt(q, 3);
    }
    return f;
}

QStringList reportSql(const Scope &s)
{
    return {officerSql(s), caseSql(s), coercionSql(s), reviewSql(s), rectificationSql(s)};
}

} // namespace Jiandu::Report::Detail
