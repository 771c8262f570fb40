#pragma once

// The annual enforcement report (行政执法年度报告, spec/annual-report.md): every figure of one
// year, aggregated in SQL into plain values. The JSON, the CSV/XLSX tables and (later) the
// printed report and the dashboard are views of this one struct, so they always agree.

#include "domain/vocabulary.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Jiandu {

class Database;

// A rate with what it is computed from; no value when the denominator is 0 (printed "—").
struct Rate
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    [[nodiscard]] std::optional<double> value() const
    {
        return denominator == 0 ? std::nullopt
                                : std::optional<double>(double(numerator) / double(denominator));
    }
};

// The penalty columns of table 1 and of `cases.penalties_by_category`, lightest first: the
// categories of PenaltyCategory with 没收违法所得/没收非法财物 and 责令关闭/限制从业 merged.
enum class PenaltyColumn
{
    Warning,
    Criticism,
    Fine,
    Confiscation,
    SuspendLicence,
    Downgrade,
    RestrictBusiness,
    SuspendBusiness,
    CloseOrRestrictPractice,
    RevokeLicence,
    Detention,
    Other
};
inline constexpr int kPenaltyColumns = 12;
PenaltyColumn penaltyColumn(PenaltyCategory category);
QString penaltyColumnKey(PenaltyColumn column); // the spec's Chinese key, e.g. "没收"

inline constexpr int kCaseKinds = 9;         // CaseKind
inline constexpr int kCoercionKinds = 11;    // CoercionKind
inline constexpr int kAssessmentResults = 4; // AssessmentResult
inline constexpr int kReviewGrades = 3;      // ReviewGrade

// officers.*: the officers in post (在岗) on the as-of date; training and assessment of year Y.
struct OfficerFigures
{
    int active = 0;
    int certified = 0; // holding a certificate valid on the as-of date
    int legalReviewers = 0;
    int trainingMet = 0;      // ≥ the yearly minimum (setting, 60) of legal-training class hours
    double trainingHours = 0; // legal training (not 政治理论)
    std::array<int, kAssessmentResults> assessment{}; // by AssessmentResult, of year Y
    OfficerFigures &operator+=(const OfficerFigures &o);
};

// cases.*: the cases of year Y (decided in Y, else filed in Y).
struct CaseFigures
{
    int total = 0;
    std::array<int, kCaseKinds> byKind{};         // by CaseKind
    std::array<int, kPenaltyColumns> penalties{}; // 行政处罚 decisions, heaviest category
    int mitigated = 0;                            // 行政处罚 decisions with 减轻处罚
    int notPenalised = 0;                         // 行政处罚 cases with 不予处罚
    qint64 fineFen = 0;                           // decided cases of Y
    qint64 confiscationFen = 0;
    int major = 0;            // major decisions
    int majorReviewed = 0;    // … with a review concluding 同意 on or before the decision
    int publicityDue = 0;     // decided, publicity deadline on or before the as-of date
    int publicityOnTime = 0;  // … published on or before the deadline
    int publicityUnknown = 0; // decided, deadline not computable (calendar lacks a year)
    int transferred = 0;
    [[nodiscard]] int penaltyDecisions() const; // 合计 of table 1
    CaseFigures &operator+=(const CaseFigures &o);
};

struct LicenceFigures
{
    int applied = 0, accepted = 0, granted = 0, refused = 0, revoked = 0;
    LicenceFigures &operator+=(const LicenceFigures &o);
};

// 行政强制 cases: with at least one measure / execution / court application, and by kind.
struct CoercionFigures
{
    int measures = 0, executions = 0, courtApplications = 0;
    std::array<int, kCoercionKinds> byKind{}; // cases naming each CoercionKind
    CoercionFigures &operator+=(const CoercionFigures &o);
};

// reconsideration.* (corrected) and litigation.* (lost): outcomes 撤销, 变更, 确认违法, 责令履行.
struct AppealFigures
{
    int total = 0;
    int corrected = 0;
    AppealFigures &operator+=(const AppealFigures &o);
};

// What is counted per enforcement body and summed for the region.
struct BodyFigures
{
    OfficerFigures officers;
    CaseFigures cases;
    LicenceFigures licences;
    CoercionFigures coercion;
    AppealFigures reconsideration;
    AppealFigures litigation;
    BodyFigures &operator+=(const BodyFigures &o);

    [[nodiscard]] Rate certifiedRate() const { return {officers.certified, officers.active}; }
    [[nodiscard]] Rate trainingRate() const { return {officers.trainingMet, officers.active}; }
    [[nodiscard]] Rate majorReviewedRate() const { return {cases.majorReviewed, cases.major}; }
    [[nodiscard]] Rate publicityRate() const { return {cases.publicityOnTime, cases.publicityDue}; }
    [[nodiscard]] Rate correctedRate() const
    {
        return {reconsideration.corrected, reconsideration.total};
    }
    [[nodiscard]] Rate lostRate() const { return {litigation.corrected, litigation.total}; }
};

// reviews.*: final file reviews (案卷评查) reviewed in Y.
struct ReviewFigures
{
    int files = 0;
    std::array<int, kReviewGrades> byGrade{}; // by ReviewGrade
    double scoreSum = 0;
    int scored = 0; // reviews with a total
    [[nodiscard]] std::optional<double> averageScore() const;
};

// rectification.*: tasks whose dated deadline falls in Y, judged on the as-of date.
struct RectificationFigures
{
    int tasks = 0;
    int closedOnTime = 0; // signed off (销号) on or before the deadline
    int overdue = 0;      // not signed off by the as-of date, deadline passed
    int openEnded = 0;    // only an open-ended commitment (长期坚持), active in Y
    [[nodiscard]] Rate onTimeRate() const { return {closedOnTime, tasks}; }
};

struct AnnualFigures : BodyFigures
{
    int agencies = 0;
    ReviewFigures reviews;
    RectificationFigures rectification;
};

struct AgencyFigures
{
    qint64 agencyId = 0;
    QString name;
    BodyFigures figures;
};

struct AnnualReport
{
    int year = 0;
    QString scope;                  // the region, or the one body with --agency
    std::optional<qint64> agencyId; // the body, when limited to one
    QDate asOf;
    AnnualFigures current;
    AnnualFigures previous;        // exactly the report of year − 1 as of its 31 December
    QList<AgencyFigures> byAgency; // year Y, every body in id order; empty with an agency
};

// The figures of `year` as of `asOf` (invalid: 31 December of `year`), for every body or
// the one given. Reads settings (publicity periods, training minimum) and the working-day
// calendar from the database. A NotFound error for an unknown agency id.
Result<AnnualReport> computeAnnualReport(Database &db, int year, std::optional<qint64> agencyId,
                                         const QDate &asOf = {});

// The figures of one year only (what computeAnnualReport calls twice).
Result<AnnualFigures> computeAnnualFigures(Database &db, int year, std::optional<qint64> agencyId,
                                           const QDate &asOf, QList<AgencyFigures> *byAgency);

namespace Report {

// The JSON form of spec/annual-report.md, keys in the spec's order, UTF-8 text ending in a
// newline. `by_agency` only for a report over every body.
QString toJson(const AnnualReport &report);

} // namespace Report
} // namespace Jiandu
