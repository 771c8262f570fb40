#include "demoplan.h"

#include "domain/identity.h"

#include <QRandomGenerator>

#include <array>

namespace Jiandu::Demo {

namespace {

// What is special about an officer: each profile makes one roster rule fire (or shows a
// correctly handled case next to it).
enum class Profile
{
    Normal,
    Expired,               // CERT_EXPIRED
    Expiring,              // CERT_EXPIRING
    Suspended,             // NO_VALID_CERT (only a suspended certificate)
    NotYetInForce,         // NO_VALID_CERT (certificate issued after today)
    Recruit,               // NO_VALID_CERT (试用期, no certificate yet)
    IneligibleContract,    // CERT_INELIGIBLE (合同工)
    IneligibleSeconded,    // CERT_INELIGIBLE (借调)
    NotClearedRetired,     // CERT_NOT_CLEARED
    NotClearedTransferred, // CERT_NOT_CLEARED
    ClearedRetired,        // retired, certificate cancelled: no warning
    ClearedTransferred,    // transferred, certificate withdrawn: no warning
    OffPost,               // off post, certificate suspended: no warning
    AssessmentExit,        // ASSESSMENT_EXIT
    OneFailure,            // 不合格 once, years ago: no warning
    ContractNoCert,        // contract staff without certificate
    TemporaryNoCert,       // temporary staff without certificate
    TrainingShort,         // TRAINING_SHORT this year
    NoLawUpdate,           // NO_LAW_UPDATE this year
};

struct Special
{
    int agency;
    int local;
    Profile profile;
};

// Positions refer to Tables::agencies() (0 市场监管 … 13 受委托组织); local 0 is the
// agency's legal reviewer. Every county gets the same set, so every rule fires at any scale.
constexpr std::array kSpecials = {
    Special{0, 3, Profile::Expired},
    Special{2, 5, Profile::Expired},
    Special{3, 2, Profile::Expiring},
    Special{2, 7, Profile::Expiring},
    Special{7, 1, Profile::Expiring},
    Special{1, 2, Profile::Suspended},
    Special{4, 3, Profile::NotYetInForce},
    Special{8, 2, Profile::Recruit},
    Special{2, 9, Profile::IneligibleContract},
    Special{6, 2, Profile::IneligibleSeconded},
    Special{0, 10, Profile::NotClearedRetired},
    Special{9, 3, Profile::NotClearedTransferred},
    Special{4, 5, Profile::ClearedRetired},
    Special{3, 6, Profile::ClearedTransferred},
    Special{7, 4, Profile::OffPost},
    Special{2, 11, Profile::AssessmentExit},
    Special{5, 3, Profile::OneFailure},
    Special{2, 14, Profile::ContractNoCert},
    Special{2, 15, Profile::ContractNoCert},
    Special{13, 2, Profile::ContractNoCert},
    Special{10, 3, Profile::TemporaryNoCert},
    Special{0, 5, Profile::TrainingShort},
    Special{5, 2, Profile::NoLawUpdate},
};

Profile profileOf(int agency, int local, QRandomGenerator &rng)
{
    for (const Special &s : kSpecials)
        if (s.agency == agency && s.local == local)
            return s.profile;
    // A few more, at random, among the ordinary officers.
    const int r = static_cast<int>(rng.bounded(100));
    if (r < 5)
        return Profile::TrainingShort;
    if (r < 8)
        return Profile::NoLawUpdate;
    return Profile::Normal;
}

bool isActive(Profile p)
{
    return p != Profile::NotClearedRetired && p != Profile::NotClearedTransferred &&
           p != Profile::ClearedRetired && p != Profile::ClearedTransferred &&
           p != Profile::OffPost;
}

OfficerStatus statusOf(Profile p)
{
    switch (p) {
    case Profile::NotClearedRetired:
    case Profile::ClearedRetired:
        return OfficerStatus::Retired;
    case Profile::NotClearedTransferred:
    case Profile::ClearedTransferred:
        return OfficerStatus::Transferred;
    case Profile::OffPost:
        return OfficerStatus::OffPost;
    default:
        return OfficerStatus::Active;
    }
}

Employment employmentOf(Profile p, AgencyKind kind, QRandomGenerator &rng)
{
    switch (p) {
    case Profile::IneligibleContract:
    case Profile::ContractNoCert:
        return Employment::Contract;
    case Profile::IneligibleSeconded:
        return Employment::Seconded;
    case Profile::Recruit:
        return Employment::Probation;
    case Profile::TemporaryNoCert:
        return Employment::Temporary;
    default:
        break;
    }
    const int r = static_cast<int>(rng.bounded(100));
    switch (kind) {
    case AgencyKind::Administrative:
        return r < 60 ? Employment::CivilServantManaged : Employment::Establishment;
    case AgencyKind::Township:
        return r < 70 ? Employment::Establishment : Employment::PublicInstitution;
    default:
        return r < 80 ? Employment::PublicInstitution : Employment::Establishment;
    }
}

// Names that contain the characters Qt 6.4 is known to mis-map in PDF text layers, so that
// the printed roster's test has something to find. Given to fixed officers of each county.
QString showcaseName(int which, QRandomGenerator &rng)
{
    static const std::array<const char *, 7> given = {"晓东", "一鸣", "生平", "大伟",
                                                      "日新", "人杰", "建工"};
    const QString surname =
        which == 0 ? QStringLiteral("门") : Tables::personName(rng, true).left(1);
    return surname + QString::fromUtf8(given[static_cast<size_t>(which)]);
}

QString uniqueIdNumber(QRandomGenerator &rng, const QString &area, const QDate &birth, bool male,
                       QSet<QString> &used)
{
    int seq = static_cast<int>(rng.bounded(500)) * 2 + (male ? 1 : 0); // odd: male (GB 11643)
    QString id = Identity::composeIdNumber(area, birth, seq);
    while (used.contains(id)) {
        seq = (seq + 2) % 1000;
        id = Identity::composeIdNumber(area, birth, seq);
    }
    used.insert(id);
    return id;
}

QDate birthDate(QRandomGenerator &rng, Profile p)
{
    if (p == Profile::NotClearedRetired || p == Profile::ClearedRetired)
        return QDate(1965, 1, 1).addDays(rng.bounded(300));
    if (p == Profile::Recruit)
        return QDate(1996, 1, 1).addDays(rng.bounded(3 * 365));
    return QDate(1968, 1, 1).addDays(rng.bounded(30 * 365)); // up to 1997
}

struct CertContext
{
    const Tables::County &county;
    int agencyIndex;
    QString issuer;
    QString category;
    int &counter;
    int &historyCounter; // numbers of earlier certificates: a range of their own
};

Certificate makeCertificate(const CertContext &c, const QDate &issued, CertStatus status)
{
    Certificate cert;
    cert.number = c.county.areaCode +
                  QStringLiteral("%1").arg(c.agencyIndex + 1, 2, 10, QLatin1Char('0')) +
                  QStringLiteral("%1").arg(c.counter++, 5, 10, QLatin1Char('0'));
    cert.issuer = c.issuer;
    cert.category = c.category;
    cert.issuedOn = issued;
    cert.expiresOn = issued.addYears(5).addDays(-1); // five years of validity
    cert.status = status;
    return cert;
}

QList<Certificate> certificatesFor(Profile p, const CertContext &c, const QDate &today,
                                   QRandomGenerator &rng)
{
    QList<Certificate> out;
    const QDate ordinary = today.addDays(-30 - rng.bounded(4 * 365 + 270));
    switch (p) {
    case Profile::Recruit:
    case Profile::ContractNoCert:
    case Profile::TemporaryNoCert:
        return out;
    case Profile::Expired:
        out << makeCertificate(c, today.addYears(-5).addDays(-10 - rng.bounded(190)),
                               CertStatus::Valid);
        return out;
    case Profile::Expiring: {
        const QDate expires = today.addDays(3 + rng.bounded(26));
        out << makeCertificate(c, expires.addDays(1).addYears(-5), CertStatus::Valid);
        return out;
    }
    case Profile::NotYetInForce:
        out << makeCertificate(c, today.addDays(5 + rng.bounded(16)), CertStatus::Valid);
        return out;
    case Profile::Suspended:
    case Profile::OffPost:
        out << makeCertificate(c, ordinary, CertStatus::Suspended);
        return out;
    case Profile::ClearedRetired:
        out << makeCertificate(c, ordinary, CertStatus::Cancelled);
        return out;
    case Profile::ClearedTransferred:
        out << makeCertificate(c, ordinary, CertStatus::Withdrawn);
        return out;
    default:
        break;
    }
    if (rng.bounded(100) < 20) { // renewed: the previous certificate was cancelled on renewal
        out << makeCertificate(c, ordinary.addYears(-5), CertStatus::Cancelled);
    } else {
        // The certificates held before, each expired when the next was issued, back to
        // before the demo's first cases (2016), so that old cases have certified officers.
        // No generator draw: the rest of the roster stays as it was.
        for (QDate issued = ordinary.addYears(-5); issued.addYears(5) > QDate(2016, 1, 1);
             issued = issued.addYears(-5)) {
            CertContext history{c.county, c.agencyIndex, c.issuer, c.category, c.historyCounter, c.historyCounter};
            out.prepend(makeCertificate(history, issued, CertStatus::Valid));
        }
    }
    out << makeCertificate(c, ordinary, CertStatus::Valid);
    return out;
}

} // namespace

namespace {

struct OfficerSlot
{
    int countyIndex;
    int agencyIndex;
    int local;
    int showcase; // -1: none
};

OfficerPlan planOfficer(const CountyPlan &plan, const OfficerSlot &slot, const QDate &today,
                        int &certCounter, int &historyCounter, QRandomGenerator &rng,
                        QSet<QString> &used)
{
    const Tables::AgencyTemplate &t = Tables::agencies().at(slot.agencyIndex);
    const Agency &agency = plan.agencies.at(slot.agencyIndex).agency;
    const bool reviewer = t.hasReviewer && slot.local == 0;
    const Profile p = reviewer ? Profile::Normal : profileOf(slot.agencyIndex, slot.local, rng);

    OfficerPlan o;
    o.agencyIndex = slot.agencyIndex;
    const bool male = rng.bounded(100) < 70;
    o.officer.name =
        slot.showcase >= 0 ? showcaseName(slot.showcase, rng) : Tables::personName(rng, male);
    o.officer.gender = male ? Gender::Male : Gender::Female;
    const QDate birth = birthDate(rng, p);
    o.officer.idNumber =
        uniqueIdNumber(rng, Tables::birthArea(rng, plan.county.areaCode), birth, male, used);
    o.officer.employment = employmentOf(p, agency.kind, rng);
    o.officer.position = Tables::position(rng, agency.kind, reviewer);
    o.officer.category = QString::fromUtf8(t.category);
    o.officer.legalReviewer = reviewer;
    o.officer.legalQualification = rng.bounded(100) < (reviewer ? 70 : 10);
    o.officer.status = statusOf(p);
    o.officer.phone = Tables::phone(rng);

    const CertContext cc{plan.county, slot.agencyIndex,
                         plan.county.name + QStringLiteral("人民政府"), o.officer.category,
                         certCounter, historyCounter};
    o.certificates = certificatesFor(p, cc, today, rng);

    const int thisYear = today.year();
    const int firstYear = p == Profile::Recruit ? thisYear : thisYear - 4;
    const int lastYear = isActive(p) ? thisYear : thisYear - 1;
    for (int y = firstYear; y <= lastYear; ++y) {
        const bool current = y == thisYear;
        const bool shortYear =
            (current && p == Profile::TrainingShort) || (!current && rng.bounded(100) < 4);
        const bool noUpdate =
            (current && p == Profile::NoLawUpdate) || (!current && rng.bounded(100) < 3);
        o.trainings << trainingsFor(plan.county.name, agency.name, o.officer.category,
                                    slot.countyIndex, y, shortYear, noUpdate, today, rng);
    }
    if (p != Profile::Recruit) {
        const int failFirst = p == Profile::AssessmentExit ? thisYear - 2
                              : p == Profile::OneFailure   ? thisYear - 3
                                                           : 0;
        const int failLast = p == Profile::AssessmentExit ? thisYear - 1 : failFirst;
        o.assessments = assessmentsFor(thisYear - 4, thisYear - 1, failFirst, failLast, rng);
    }
    return o;
}

// Patterns may use only some of the placeholders, which QString::arg() warns about.
QString fill(const char *pattern, const Tables::County &county)
{
    QString s = QString::fromUtf8(pattern);
    s.replace(QStringLiteral("%1"), county.name);
    s.replace(QStringLiteral("%2"), Tables::cityName());
    s.replace(QStringLiteral("%3"), county.base);
    return s;
}

QList<AgencyPlan> planAgencies(const Tables::County &county)
{
    QList<AgencyPlan> out;
    const QString government = county.name + QStringLiteral("人民政府");
    for (const Tables::AgencyTemplate &t : Tables::agencies()) {
        AgencyPlan a;
        a.agency.name = fill(t.namePattern, county);
        a.agency.shortName = fill(t.shortPattern, county);
        a.agency.kind = t.kind;
        a.agency.level = t.level;
        a.agency.parentName = *t.parentPattern ? fill(t.parentPattern, county) : government;
        const QString sections = QString::fromUtf8(t.sections);
        if (!sections.isEmpty())
            a.sections = sections.split(QLatin1Char('|'));
        out << a;
    }
    return out;
}

} // namespace

int plannedOfficers(int scale)
{
    return scale * Tables::officersPerCounty();
}

CountyPlan planCounty(int index, quint32 seed, const QDate &today, QSet<QString> &usedIdNumbers)
{
    // One generator per county, seeded with (seed, index): county k is the same whatever
    // the scale, and no global generator is touched.
    const quint32 seeds[2] = {seed, static_cast<quint32>(index)};
    QRandomGenerator rng(seeds, 2);

    CountyPlan plan;
    plan.county = Tables::county(index);
    plan.agencies = planAgencies(plan.county);
    int certCounter = 1;
    int historyCounter = 50001;
    int global = 0;
    const QList<Tables::AgencyTemplate> &templates = Tables::agencies();
    for (int a = 0; a < templates.size(); ++a) {
        for (int local = 0; local < templates.at(a).officers; ++local, ++global) {
            // Every 11th officer (from the 2nd) carries one of the seven showcase names.
            const int showcase = global % 11 == 1 && global / 11 < 7 ? global / 11 : -1;
            plan.officers << planOfficer(plan, OfficerSlot{index, a, local, showcase}, today,
                                         certCounter, historyCounter, rng, usedIdNumbers);
        }
    }
    return plan;
}

} // namespace Jiandu::Demo
