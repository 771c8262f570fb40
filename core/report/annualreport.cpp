#include "annualreport.h"

#include "reportqueries.h"

#include "security/agencyscope.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace Jiandu {

namespace {

template <std::size_t N> void addArray(std::array<int, N> &a, const std::array<int, N> &b)
{
    for (std::size_t i = 0; i < N; ++i)
        a[i] += b[i];
}

struct AgencyName
{
    qint64 id = 0;
    QString name;
    QString parentName;
    bool root = false;
};

Result<QList<AgencyName>> agenciesInScope(Database &db, std::optional<qint64> agencyId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, name, parent_name, parent_id IS NULL FROM agency");
    if (agencyId)
        sql += QStringLiteral(" WHERE id = %1").arg(*agencyId);
    if (!q.exec(sql + QStringLiteral(" ORDER BY id")))
        return sqlError(q, QStringLiteral("agency"));
    QList<AgencyName> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toBool()});
    return out;
}

// The region: the one parent every top-level body names (e.g. 清河县人民政府), else a
// generic name.
QString regionName(const QList<AgencyName> &agencies)
{
    QString common;
    for (const AgencyName &a : agencies) {
        if (!a.root)
            continue;
        if (a.parentName.trimmed().isEmpty() || (!common.isEmpty() && common != a.parentName))
            return QCoreApplication::translate("AnnualReport", "All enforcement bodies");
        common = a.parentName;
    }
    return common.isEmpty() ? QCoreApplication::translate("AnnualReport", "All enforcement bodies")
                            : common;
}

} // namespace

PenaltyColumn penaltyColumn(PenaltyCategory category)
{
    switch (category) {
    case PenaltyCategory::Warning:
        return PenaltyColumn::Warning;
    case PenaltyCategory::Criticism:
        return PenaltyColumn::Criticism;
    case PenaltyCategory::Fine:
        return PenaltyColumn::Fine;
    case PenaltyCategory::ConfiscateIncome:
    case PenaltyCategory::ConfiscateProperty:
        return PenaltyColumn::Confiscation;
    case PenaltyCategory::SuspendLicence:
        return PenaltyColumn::SuspendLicence;
    case PenaltyCategory::Downgrade:
        return PenaltyColumn::Downgrade;
    case PenaltyCategory::RestrictBusiness:
        return PenaltyColumn::RestrictBusiness;
    case PenaltyCategory::SuspendBusiness:
        return PenaltyColumn::SuspendBusiness;
    case PenaltyCategory::Close:
    case PenaltyCategory::RestrictPractice:
        return PenaltyColumn::CloseOrRestrictPractice;
    case PenaltyCategory::RevokeLicence:
        return PenaltyColumn::RevokeLicence;
    case PenaltyCategory::Detention:
        return PenaltyColumn::Detention;
    case PenaltyCategory::Other:
        return PenaltyColumn::Other;
    }
    return PenaltyColumn::Other;
}

QString penaltyColumnKey(PenaltyColumn column)
{
    // The spec's keys; where a column is one category, its canonical label (Vocab::zh).
    switch (column) {
    case PenaltyColumn::Confiscation:
        return QStringLiteral("没收");
    case PenaltyColumn::CloseOrRestrictPractice:
        return QStringLiteral("责令关闭限制从业");
    case PenaltyColumn::Warning:
        return Vocab::zh(PenaltyCategory::Warning);
    case PenaltyColumn::Criticism:
        return Vocab::zh(PenaltyCategory::Criticism);
    case PenaltyColumn::Fine:
        return Vocab::zh(PenaltyCategory::Fine);
    case PenaltyColumn::SuspendLicence:
        return Vocab::zh(PenaltyCategory::SuspendLicence);
    case PenaltyColumn::Downgrade:
        return Vocab::zh(PenaltyCategory::Downgrade);
    case PenaltyColumn::RestrictBusiness:
        return Vocab::zh(PenaltyCategory::RestrictBusiness);
    case PenaltyColumn::SuspendBusiness:
        return Vocab::zh(PenaltyCategory::SuspendBusiness);
    case PenaltyColumn::RevokeLicence:
        return Vocab::zh(PenaltyCategory::RevokeLicence);
    case PenaltyColumn::Detention:
        return Vocab::zh(PenaltyCategory::Detention);
    case PenaltyColumn::Other:
        return Vocab::zh(PenaltyCategory::Other);
    }
    return {};
}

OfficerFigures &OfficerFigures::operator+=(const OfficerFigures &o)
{
    active += o.active;
    certified += o.certified;
    legalReviewers += o.legalReviewers;
    trainingMet += o.trainingMet;
    trainingHours += o.trainingHours;
    addArray(assessment, o.assessment);
    return *this;
}

int CaseFigures::penaltyDecisions() const
{
    int sum = 0;
    for (const int n : penalties)
        sum += n;
    return sum;
}

CaseFigures &CaseFigures::operator+=(const CaseFigures &o)
{
    total += o.total;
    addArray(byKind, o.byKind);
    addArray(penalties, o.penalties);
    mitigated += o.mitigated;
    notPenalised += o.notPenalised;
    fineFen += o.fineFen;
    confiscationFen += o.confiscationFen;
    major += o.major;
    majorReviewed += o.majorReviewed;
    publicityDue += o.publicityDue;
    publicityOnTime += o.publicityOnTime;
    publicityUnknown += o.publicityUnknown;
    transferred += o.transferred;
    return *this;
}

LicenceFigures &LicenceFigures::operator+=(const LicenceFigures &o)
{
    applied += o.applied;
    accepted += o.accepted;
    granted += o.granted;
    refused += o.refused;
    revoked += o.revoked;
    return *this;
}

CoercionFigures &CoercionFigures::operator+=(const CoercionFigures &o)
{
    measures += o.measures;
    executions += o.executions;
    courtApplications += o.courtApplications;
    addArray(byKind, o.byKind);
    return *this;
}

AppealFigures &AppealFigures::operator+=(const AppealFigures &o)
{
    total += o.total;
    corrected += o.corrected;
    return *this;
}

BodyFigures &BodyFigures::operator+=(const BodyFigures &o)
{
    officers += o.officers;
    cases += o.cases;
    licences += o.licences;
    coercion += o.coercion;
    reconsideration += o.reconsideration;
    litigation += o.litigation;
    return *this;
}

std::optional<double> ReviewFigures::averageScore() const
{
    if (scored == 0)
        return std::nullopt;
    return std::round(scoreSum / scored * 10.0) / 10.0;
}

Result<AnnualFigures> computeAnnualFigures(Database &db, int year, std::optional<qint64> requested,
                                           const QDate &asOf, QList<AgencyFigures> *byAgency)
{
    // An agency-limited account's report is its agency's.
    const std::optional<qint64> agencyId = Security::scopeAgency(db, requested);
    using namespace Report::Detail;
    const auto agencies = agenciesInScope(db, agencyId);
    if (!agencies)
        return agencies.error();
    if (agencyId && agencies->isEmpty())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("AnnualReport", "There is no such enforcement body."),
            QString::number(*agencyId)};

    Scope scope;
    scope.year = year;
    scope.asOf = asOf.isValid() ? asOf : QDate(year, 12, 31);
    scope.agencyId = agencyId;
    scope.settings = Rules::RuleSettings::load(db);

    ByBody bodies;
    if (auto r = addOfficerFigures(db, scope, bodies); !r)
        return r.error();
    if (auto r = addCaseFigures(db, scope, bodies); !r)
        return r.error();
    if (auto r = addCoercionFigures(db, scope, bodies); !r)
        return r.error();
    const auto reviews = reviewFigures(db, scope);
    if (!reviews)
        return reviews.error();
    const auto rectification = rectificationFigures(db, scope);
    if (!rectification)
        return rectification.error();

    AnnualFigures f;
    f.agencies = int(agencies->size());
    // Summed in agency order, so that the hours (a floating sum) come out the same every time.
    for (const AgencyName &a : *agencies) {
        const BodyFigures body = bodies.value(a.id);
        f += body;
        if (byAgency)
            byAgency->append({a.id, a.name, body});
    }
    f.reviews = *reviews;
    f.rectification = *rectification;
    return f;
}

Result<AnnualReport> computeAnnualReport(Database &db, int year, std::optional<qint64> requested,
                                         const QDate &asOf)
{
    // An agency-limited account's report is its agency's (its scope, its name).
    const std::optional<qint64> agencyId = Security::scopeAgency(db, requested);
    AnnualReport report;
    report.year = year;
    report.agencyId = agencyId;
    report.asOf = asOf.isValid() ? asOf : QDate(year, 12, 31);

    const auto agencies = agenciesInScope(db, agencyId);
    if (!agencies)
        return agencies.error();
    if (agencyId)
        report.scope = agencies->isEmpty() ? QString() : agencies->constFirst().name;
    else
        report.scope = regionName(*agencies);

    auto current = computeAnnualFigures(db, year, agencyId, report.asOf,
                                        agencyId ? nullptr : &report.byAgency);
    if (!current)
        return current.error();
    report.current = *current;
    auto previous = computeAnnualFigures(db, year - 1, agencyId, QDate(year - 1, 12, 31), nullptr);
    if (!previous)
        return previous.error();
    report.previous = *previous;
    return report;
}

} // namespace Jiandu
