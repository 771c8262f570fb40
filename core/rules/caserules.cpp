// The case rules of spec/warnings.md "Case rules" (the publicity ones are in
// publicityrules.cpp). Each is one query over indexes: the database may hold 2,000,000 cases.
// Only cases filed on or before the as-of date count, judged as they stood on that date (a
// decision or closing after it has not happened yet).
//
// Scope (a deliberate reading of the spec): rules about a past fact of a case
// (MAJOR_NO_REVIEW, UNCERTIFIED_OFFICER, SINGLE_OFFICER) look at the cases of the rule year
// (report_year = RuleContext::effectiveYear(), the CLI's --year) through the covering index
// case_report; CASE_OVERDUE, about something still to do, looks at every open case through the
// partial index case_open.

#include "rulesupport.h"

#include "storage/sqlhelpers.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Rules::Detail {

QList<const Rule *> publicityRules();
const Rule *calendarMissingRule();

namespace {

// Columns 0-3 of every case row: id, 案号, agency name, and the date the warning is about.
void fillCase(const QSqlQuery &q, Warning &w)
{
    w.recordId = q.value(0).toLongLong();
    w.key = q.value(1).toString();
    w.agency = q.value(2).toString();
    w.due = Sql::toDate(q.value(3));
}

class MajorNoReview final : public FixedRule
{
public:
    MajorNoReview()
        : FixedRule("MAJOR_NO_REVIEW", Level::Error, Subject::Case,
                    QT_TRANSLATE_NOOP("Rules", "Major decision without legal review"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // review_approved_on is the first date a round concluded 同意 (kept by
        // CaseRepository), so "none by the decision date" is one comparison. `p` reads the
        // covering index; `c` fetches the row only for the cases that fire.
        const QString sql =
            QStringLiteral(
                "SELECT c.id, c.case_no, a.name, c.decided_on FROM enforcement_case p"
                " JOIN enforcement_case c ON c.id = p.id JOIN agency a ON a.id = c.agency_id"
                " WHERE p.report_year = %1 AND p.major = 1 AND p.decided_on <= %2"
                " AND (p.review_approved_on IS NULL OR p.review_approved_on > p.decided_on)")
                .arg(c.effectiveYear())
                .arg(sqlDate(c.asOf));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillCase(q, w);
            w.message = QCoreApplication::translate(
                            "Rules", "Case %1: the major decision of %2 was made without a legal "
                                     "review approving it by that date.")
                            .arg(w.key, Format::longDate(w.due));
        });
    }
};

class CaseOverdue final : public FixedRule
{
public:
    CaseOverdue()
        : FixedRule("CASE_OVERDUE", Level::Error, Subject::Case,
                    QT_TRANSLATE_NOOP("Rules", "Case open past its handling period"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // Open: no decision and not closed (行政处罚法 art. 60: decide within 90 days of filing).
        // The partial index case_open holds the cases not closed, so a case closed after the
        // as-of date is not seen: the rule reports what is still open now.
        // julianday() is SQLite's; day arithmetic has no portable spelling.
        const QString sql =
            QStringLiteral(
                "SELECT c.id, c.case_no, a.name, c.opened_on, period FROM (SELECT c.id AS id,"
                " coalesce(c.statutory_days, %1) + c.extension_days AS period"
                " FROM enforcement_case c WHERE c.closed_on IS NULL AND c.opened_on <= %2"
                " AND (c.decided_on IS NULL OR c.decided_on > %2)) s"
                " JOIN enforcement_case c ON c.id = s.id JOIN agency a ON a.id = c.agency_id"
                " WHERE s.period IS NOT NULL AND julianday(%2) - julianday(c.opened_on) > s.period")
                .arg(kindDaysSql(c.settings), sqlDate(c.asOf));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillCase(q, w);
            w.due = w.due.addDays(q.value(4).toInt());
            w.message = QCoreApplication::translate(
                            "Rules", "Case %1 is still open after its handling period ended on %2.")
                            .arg(w.key, Format::longDate(w.due));
        });
    }

private:
    // The setting for c.kind: NULL when the kind has none.
    static QString kindDaysSql(const RuleSettings &s)
    {
        if (s.statutoryDays.isEmpty())
            return QStringLiteral("NULL");
        QString sql = QStringLiteral("CASE c.kind");
        for (auto it = s.statutoryDays.cbegin(); it != s.statutoryDays.cend(); ++it)
            sql += QStringLiteral(" WHEN '%1' THEN %2").arg(Vocab::code(it.key())).arg(it.value());
        return sql + QStringLiteral(" END");
    }
};

// A certificate held on day `day` (a column or literal). The table keeps only the current
// status, no history: 注销 is done when an officer leaves, so a cancelled card was in force
// before; a suspended or withdrawn card counts as not held, since we cannot know since when.
QString heldOnSql(const QString &day)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM certificate x WHERE x.officer_id = co.officer_id"
                          " AND x.status IN ('valid', 'cancelled')"
                          " AND (x.issued_on IS NULL OR x.issued_on <= %1)"
                          " AND (x.expires_on IS NULL OR x.expires_on >= %1))")
        .arg(day);
}

class UncertifiedOfficer final : public FixedRule
{
public:
    UncertifiedOfficer()
        : FixedRule("UNCERTIFIED_OFFICER", Level::Error, Subject::Case,
                    QT_TRANSLATE_NOOP("Rules", "Officer without a valid certificate on a case"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // One row per (case, officer); `due` is the filing date when the officer held no
        // certificate then, else the decision date.
        const QString asOf = sqlDate(c.asOf);
        const QString sql =
            QStringLiteral(
                "SELECT c.id, c.case_no, a.name,"
                " CASE WHEN s.ok_open = 0 THEN c.opened_on ELSE c.decided_on END, o.name"
                " FROM (SELECT c.id AS id, co.officer_id AS officer_id, %1 AS ok_open,"
                " (c.decided_on IS NULL OR c.decided_on > %3 OR %2) AS ok_decided"
                " FROM enforcement_case c JOIN case_officer co ON co.case_id = c.id"
                " WHERE c.report_year = %4 AND c.opened_on <= %3) s"
                " JOIN enforcement_case c ON c.id = s.id JOIN officer o ON o.id = s.officer_id"
                " JOIN agency a ON a.id = c.agency_id"
                " WHERE s.ok_open = 0 OR s.ok_decided = 0")
                .arg(heldOnSql(QStringLiteral("c.opened_on")),
                     heldOnSql(QStringLiteral("c.decided_on")), asOf)
                .arg(c.effectiveYear());
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillCase(q, w);
            w.message = QCoreApplication::translate(
                            "Rules",
                            "%1, named on case %2, held no valid enforcement certificate on %3.")
                            .arg(q.value(4).toString(), w.key, Format::longDate(w.due));
        });
    }
};

class SingleOfficer final : public FixedRule
{
public:
    SingleOfficer()
        : FixedRule("SINGLE_OFFICER", Level::Warning, Subject::Case,
                    QT_TRANSLATE_NOOP("Rules", "Fewer than two officers on a case"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // 行政处罚法 art. 42, 行政检查: at least two officers. `p` reads the covering index.
        const QString sql =
            QStringLiteral(
                "SELECT c.id, c.case_no, a.name, c.opened_on, s.n FROM (SELECT p.id AS id,"
                " (SELECT count(*) FROM case_officer co WHERE co.case_id = p.id) AS n"
                " FROM enforcement_case p WHERE p.report_year = %1"
                " AND p.kind IN ('penalty', 'inspection')) s"
                " JOIN enforcement_case c ON c.id = s.id JOIN agency a ON a.id = c.agency_id"
                " WHERE s.n < 2 AND c.opened_on <= %2")
                .arg(c.effectiveYear())
                .arg(sqlDate(c.asOf));
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            fillCase(q, w);
            // A named count: lupdate 6.4 loops forever on `q.value(4).toInt()` as an argument.
            const int officers = q.value(4).toInt();
            w.message = QCoreApplication::translate(
                            "Rules", "Case %1 names %n officer(s); at least two are required.",
                            nullptr, officers)
                            .arg(w.key);
        });
    }
};

} // namespace

QList<const Rule *> caseRules()
{
    static const MajorNoReview majorNoReview;
    static const CaseOverdue caseOverdue;
    static const UncertifiedOfficer uncertified;
    static const SingleOfficer singleOfficer;
    const QList<const Rule *> publicity = publicityRules();
    // The order of spec/warnings.md, then the addition CALENDAR_MISSING.
    return {&majorNoReview, publicity.at(0), publicity.at(1), &caseOverdue, &uncertified,
            &singleOfficer, calendarMissingRule()};
}

} // namespace Jiandu::Rules::Detail
