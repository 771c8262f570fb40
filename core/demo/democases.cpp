// The demo's enforcement cases: kinds weighted like a county's year (mostly 行政检查 and
// 行政处罚), fines with a long tail, legal review rounds, publicity counted in working days,
// and a few of every kind of problem the case rules look for (late or missing publicity,
// major decisions without an approving review, single or uncertified officers, overdue open
// cases), so that every case rule has something to find at any scale.

#include "democases.h"

#include "calendar/workingcalendar.h"
#include "democasetables.h"

#include <QMap>

#include <algorithm>

namespace Jiandu::Demo {

namespace {

// The certificate an officer holds valid on `day` (status 有效, in its dates), if any.
const Certificate *validOn(const OfficerPlan &o, const QDate &day)
{
    for (const Certificate &c : o.certificates)
        if (c.status == CertStatus::Valid && c.issuedOn.isValid() && c.issuedOn <= day
            && (!c.expiresOn.isValid() || c.expiresOn >= day))
            return &c;
    return nullptr;
}

// A fine in fen: most are small, a long tail reaches millions (yuan rounded like real ones).
qint64 fineFen(QRandomGenerator &rng, bool person)
{
    const int r = static_cast<int>(rng.bounded(100));
    qint64 yuan;
    if (r < 45)
        yuan = (2 + rng.bounded(29)) * 100;             // 200 – 3,000
    else if (r < 75)
        yuan = (6 + rng.bounded(35)) * 500;             // 3,000 – 20,000
    else if (r < 93)
        yuan = (20 + rng.bounded(81)) * 1000;           // 20,000 – 100,000
    else if (r < 99)
        yuan = (20 + rng.bounded(81)) * 5000;           // 100,000 – 500,000
    else
        yuan = (50 + rng.bounded(251)) * 10000;         // 500,000 – 3,000,000
    if (person)
        yuan = std::max<qint64>(50, yuan / 500 * 100);  // individuals: a fifth, whole hundreds
    return yuan * 100;
}

// Apart from the roster's generator, so that the roster stays as it was.
QRandomGenerator caseGenerator(quint32 seed, quint32 county)
{
    const quint32 seeds[3] = {seed, county, 0xCA5Eu};
    return QRandomGenerator(seeds, seeds + 3);
}

} // namespace

CasePlanner::CasePlanner(const CountyPlan &plan, const QList<qint64> &agencyIds,
                         const WorkingCalendar &calendar, const QDate &today, quint32 seed)
    : m_plan(plan), m_agencyIds(agencyIds), m_calendar(calendar), m_today(today),
      m_rng(caseGenerator(seed, plan.county.areaCode.toUInt()))
{
    m_prefix = plan.county.name.chopped(1); // 清河县 -> 清河, 鼓楼开发区 -> 鼓楼开发
    m_people.resize(plan.agencies.size());
    for (const OfficerPlan &o : plan.officers) {
        AgencyPeople &p = m_people[o.agencyIndex];
        p.officers << &o;
        if (o.officer.legalReviewer && p.reviewer.isEmpty())
            p.reviewer = o.officer.name;
    }
    for (AgencyPeople &p : m_people) {
        if (p.reviewer.isEmpty()) // no reviewer of its own: the justice bureau reviews
            p.reviewer = Tables::personName(m_rng, m_rng.bounded(2) == 0);
        for (int i = 0; i < 4; ++i)
            p.leaders << Tables::personName(m_rng, m_rng.bounded(10) < 7);
    }
}

int CasePlanner::casesInYear(int year, const QDate &today)
{
    if (year < kFirstCaseYear || year > today.year())
        return 0;
    const int full = static_cast<int>(2000 * (0.85 + 0.03 * (year - kFirstCaseYear)));
    if (year < today.year())
        return full;
    return static_cast<int>(qint64(full) * today.dayOfYear() / today.daysInYear());
}

int CasePlanner::plannedCases(int scale, const QDate &today)
{
    int n = 0;
    for (int y = kFirstCaseYear; y <= today.year(); ++y)
        n += casesInYear(y, today);
    return n * scale;
}

QDate CasePlanner::addWorkingDays(const QDate &d, int n) const
{
    auto r = m_calendar.addWorkingDays(d, n);
    return r ? r.value() : QDate();
}

// Cases are filed on working days: the first one from `d` on, not after `last`.
QDate CasePlanner::workingDayFrom(const QDate &d, const QDate &last) const
{
    for (QDate day = d; day <= last; day = day.addDays(1)) {
        auto working = m_calendar.isWorkingDay(day);
        if (!working || working.value())
            return day;
    }
    return d;
}

QList<EnforcementCase> CasePlanner::planYear(int year)
{
    const int n = casesInYear(year, m_today);
    QList<EnforcementCase> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << makeCase(year);
    std::stable_sort(out.begin(), out.end(), [](const EnforcementCase &a, const EnforcementCase &b) {
        return a.openedOn < b.openedOn;
    });
    // 案号 in filing order: 清河市监罚〔2024〕12号.
    QMap<std::pair<qint64, int>, int> sequence;
    for (EnforcementCase &c : out) {
        const int seq = ++sequence[{c.agencyId, int(c.kind)}];
        const int agency = int(m_agencyIds.indexOf(c.agencyId));
        c.caseNo = m_prefix + QString::fromUtf8(CaseTables::agencyCases().at(agency).code)
                   + CaseTables::kindChar(c.kind) + QStringLiteral("〔%1〕%2号").arg(year).arg(seq);
    }
    return out;
}

EnforcementCase CasePlanner::makeCase(int year)
{
    const QList<CaseTables::AgencyCases> &agencies = CaseTables::agencyCases();
    int r = static_cast<int>(m_rng.bounded(CaseTables::totalWeight()));
    int agency = 0;
    while (r >= agencies.at(agency).weight)
        r -= agencies.at(agency++).weight;
    const CaseTables::AgencyCases &a = agencies.at(agency);
    QList<std::pair<CaseKind, int>> kinds;
    for (const CaseTables::KindWeight &k : a.kinds)
        kinds.append({k.kind, k.weight});

    EnforcementCase c;
    c.agencyId = m_agencyIds.at(agency);
    c.kind = CaseTables::weighted(m_rng, kinds);
    const QDate first(year, 1, 1);
    const QDate last = std::min(QDate(year, 12, 31), m_today);
    c.openedOn = workingDayFrom(first.addDays(m_rng.bounded(int(first.daysTo(last)) + 1)), last);
    const QString who = party(c, agency);
    c.party = who;
    switch (c.kind) {
    case CaseKind::Penalty:
    case CaseKind::Coercion:
        c.title = who + CaseTables::pick(m_rng, a.violations) + QStringLiteral("案");
        break;
    case CaseKind::Inspection:
        c.title = QStringLiteral("对") + who + QStringLiteral("的") + CaseTables::pick(m_rng, a.inspections);
        break;
    case CaseKind::Licence:
        c.title = who + CaseTables::pick(m_rng, a.licences) + QStringLiteral("申请");
        break;
    case CaseKind::Expropriation:
        c.title = who + QStringLiteral("国有土地上房屋征收补偿");
        break;
    case CaseKind::Confirmation:
        c.title = who + QStringLiteral("农村土地承包经营权确认");
        break;
    case CaseKind::Adjudication:
        c.title = who + QStringLiteral("土地承包经营纠纷裁决");
        break;
    case CaseKind::Benefit:
        c.title = who + QStringLiteral("计划生育家庭特别扶助金给付");
        break;
    case CaseKind::Other:
        c.title = who + QStringLiteral("其他行政行为");
        break;
    }
    makeOutcome(c, agency);
    makeOfficers(c, agency);
    makeReview(c, m_people.at(agency));
    makePublicity(c);
    makeAppeals(c);
    makeStages(c);
    return c;
}

QString CasePlanner::party(EnforcementCase &c, int agency)
{
    const CaseTables::AgencyCases &a = CaseTables::agencyCases().at(agency);
    int r = percent();
    if (c.kind == CaseKind::Benefit || c.kind == CaseKind::Adjudication || c.kind == CaseKind::Confirmation)
        r = 0;
    else if (c.kind == CaseKind::Licence)
        r = 35 + r * 65 / 100;
    if (r < 35) {
        c.partyKind = PartyKind::Person;
        return Tables::personName(m_rng, m_rng.bounded(10) < 7);
    }
    if (r < 85 || a.shops.isEmpty()) {
        c.partyKind = PartyKind::LegalPerson;
        return Tables::cityName().chopped(1) + CaseTables::brand(m_rng)
               + CaseTables::pick(m_rng, a.industries) + QStringLiteral("有限公司");
    }
    c.partyKind = PartyKind::Organisation;
    return m_plan.county.name + CaseTables::brand(m_rng) + CaseTables::pick(m_rng, a.shops);
}

// Decision and closing dates (none after today), and what the decision was.
void CasePlanner::makeOutcome(EnforcementCase &c, int agency)
{
    int days = 0;
    int closeAfter = 0;
    switch (c.kind) {
    case CaseKind::Penalty:
        makePenalty(c);
        days = percent() < 92 ? between(10, 60) : between(60, 85);
        if (c.major)
            days = std::max(days, between(45, 80));
        closeAfter = between(7, 45);
        break;
    case CaseKind::Licence:
        c.licenceResult = CaseTables::weighted<LicenceResult>(m_rng, {{LicenceResult::Granted, 88}, {LicenceResult::Refused, 5},
                                                          {LicenceResult::NotAccepted, 5}, {LicenceResult::Revoked, 2}});
        days = between(1, 18);
        closeAfter = between(0, 5);
        c.major = percent() < 1;
        break;
    case CaseKind::Coercion: {
        const CoercionKind k = CaseTables::weighted<CoercionKind>(
            m_rng, {{CoercionKind::Seal, 35}, {CoercionKind::Seize, 40}, {CoercionKind::Freeze, 3},
                    {CoercionKind::OtherMeasure, 5}, {CoercionKind::LatePayment, 5},
                    {CoercionKind::CourtApplication, 8}, {CoercionKind::Substitute, 2},
                    {CoercionKind::Auction, 1}, {CoercionKind::Restore, 1}});
        c.coercion << k;
        if ((k == CoercionKind::Seal || k == CoercionKind::Seize) && percent() < 10)
            c.coercion << (k == CoercionKind::Seal ? CoercionKind::Seize : CoercionKind::Seal);
        days = between(0, 3);
        closeAfter = between(10, 30);
        c.major = percent() < 3;
        if (c.major)
            days = between(20, 40);
        break;
    }
    case CaseKind::Inspection:
        days = between(0, 3);
        closeAfter = between(0, 3);
        break;
    default:
        days = between(5, 40);
        closeAfter = between(3, 20);
        c.major = c.kind == CaseKind::Expropriation && percent() < 50;
        if (c.major)
            days = std::max(days, between(30, 60));
        break;
    }
    if (c.kind == CaseKind::Penalty && percent() < 1) { // suspected crime: 移送司法
        c.transferred = true;
        c.transferredOn = c.openedOn.addDays(between(10, 40));
        c.penalties.clear();
        c.discretion.reset();
        c.fineFen.reset();
        c.confiscationFen.reset();
        c.major = false;
        if (c.transferredOn <= m_today)
            c.closedOn = c.transferredOn;
        else
            c.transferredOn = QDate();
        c.transferred = c.transferredOn.isValid();
        return;
    }
    const int age = int(c.openedOn.daysTo(m_today));
    if (c.kind == CaseKind::Penalty && !c.major && percent() < 3) {
        // Extended with approval: decided after the 90 days, within 90 + 30.
        c.extensionDays = 30;
        c.extensionApprovedOn = c.openedOn.addDays(between(80, 88));
        c.extensionApprovedBy = m_people.at(agency).leaders.first();
        days = between(91, 115);
        if (c.extensionApprovedOn > m_today) {
            c.extensionDays = 0;
            c.extensionApprovedOn = QDate();
            c.extensionApprovedBy.clear();
        }
    }
    // A few penalty cases filed in the last year are stuck: open past their 90 days.
    if (c.kind == CaseKind::Penalty && age < 400 && age > 20 && percent() < 2)
        return;
    const QDate decided = c.openedOn.addDays(days);
    if (decided > m_today)
        return;
    c.decidedOn = decided;
    const QDate closed = decided.addDays(closeAfter);
    if (closed <= m_today)
        c.closedOn = closed;
}

void CasePlanner::makePenalty(EnforcementCase &c)
{
    const bool person = c.partyKind == PartyKind::Person;
    c.discretion = CaseTables::weighted<Discretion>(m_rng, {{Discretion::Ordinary, 60}, {Discretion::Lenient, 20},
                                                {Discretion::Mitigated, 8}, {Discretion::Severe, 7},
                                                {Discretion::Exempt, 5}});
    if (c.discretion == Discretion::Exempt)
        return; // 不予处罚: no penalty, no fine
    const int r = percent();
    if (r < 20)
        c.penalties << PenaltyCategory::Warning;
    else if (r < 23)
        c.penalties << PenaltyCategory::Criticism;
    if (r >= 15 || c.penalties.isEmpty())
        c.penalties << PenaltyCategory::Fine;
    if (percent() < 12)
        c.penalties << PenaltyCategory::ConfiscateIncome;
    if (percent() < 5)
        c.penalties << PenaltyCategory::ConfiscateProperty;
    const int heavy = percent();
    if (heavy < 2)
        c.penalties << PenaltyCategory::SuspendBusiness;
    else if (heavy < 3)
        c.penalties << PenaltyCategory::SuspendLicence;
    else if (heavy < 4 && !person)
        c.penalties << PenaltyCategory::RevokeLicence;
    if (c.penalties.contains(PenaltyCategory::Fine))
        c.fineFen = fineFen(m_rng, person);
    if (c.penalties.contains(PenaltyCategory::ConfiscateIncome))
        c.confiscationFen = fineFen(m_rng, true) / 2;
    const qint64 threshold = person ? 2000000 : 10000000; // 2万 / 10万 yuan: 较大数额
    c.major = c.fineFen.value_or(0) + c.confiscationFen.value_or(0) >= threshold
              || c.penalties.contains(PenaltyCategory::SuspendBusiness)
              || c.penalties.contains(PenaltyCategory::RevokeLicence) || percent() < 1;
    if (c.major && percent() < 30) {
        c.hearingRequested = true;
        c.hearingNote = QStringLiteral("当事人申请听证，依法举行听证会");
    }
}

void CasePlanner::makeOfficers(EnforcementCase &c, int agency)
{
    const QList<const OfficerPlan *> &staff = m_people.at(agency).officers;
    const QDate second = c.decidedOn.isValid() ? c.decidedOn : c.openedOn;
    QList<std::pair<const OfficerPlan *, const Certificate *>> valid;
    for (const OfficerPlan *o : staff) {
        const Certificate *cert = validOn(*o, c.openedOn);
        if (cert && validOn(*o, second))
            valid.append({o, cert});
    }
    const int r = percent();
    int want = r < 2 ? 1 : r < 96 ? 2 : 3; // a few name one officer only (SINGLE_OFFICER)
    // Half a percent name somebody without a valid certificate (UNCERTIFIED_OFFICER).
    if (percent() == 0 || valid.isEmpty()) {
        const OfficerPlan *o = staff.at(m_rng.bounded(int(staff.size())));
        if (!validOn(*o, c.openedOn) || !validOn(*o, second)) {
            c.officers.append({o->officer.id, o->certificates.isEmpty() ? QString() : o->certificates.constLast().number});
            --want;
        }
    }
    while (want > 0 && !valid.isEmpty()) {
        const auto [o, cert] = valid.takeAt(m_rng.bounded(int(valid.size())));
        c.officers.append({o->officer.id, cert->number});
        --want;
    }
}

} // namespace Jiandu::Demo
