#pragma once

// The enforcement cases of one demo county (≈ 2,000 a year from 2016 to `today`), planned
// in memory a year at a time, in filing order, before they are written. Deterministic:
// the same (seed, county, today, calendar) gives the same cases.

#include "demoplan.h"
#include "domain/casetypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

namespace Jiandu {
class WorkingCalendar;
}

namespace Jiandu::Demo {

// The first year of demo cases.
constexpr int kFirstCaseYear = 2016;

class CasePlanner
{
public:
    // `plan`: the county with its officers written (their ids set); `agencyIds` by index.
    CasePlanner(const CountyPlan &plan, const QList<qint64> &agencyIds,
                const WorkingCalendar &calendar, const QDate &today, quint32 seed);

    // The cases filed in `year`, in filing order, numbered per agency, kind and year.
    QList<EnforcementCase> planYear(int year);

    // How many cases a county files in `year` (none after `today`).
    static int casesInYear(int year, const QDate &today);
    static int plannedCases(int scale, const QDate &today);

private:
    struct AgencyPeople;
    EnforcementCase makeCase(int year);
    void makeOutcome(EnforcementCase &c, int agency);
    void makePenalty(EnforcementCase &c);
    void makeOfficers(EnforcementCase &c, int agency);
    void makeReview(EnforcementCase &c, const AgencyPeople &people);
    void makePublicity(EnforcementCase &c);
    void makeAppeals(EnforcementCase &c);
    void makeStages(EnforcementCase &c);
    QString party(EnforcementCase &c, int agency);
    QDate workingDayFrom(const QDate &d, const QDate &last) const;
    QDate addWorkingDays(const QDate &d, int n) const; // invalid when the calendar has no data
    int percent() { return static_cast<int>(m_rng.bounded(100)); }
    int between(int lo, int hi) { return lo + static_cast<int>(m_rng.bounded(hi - lo + 1)); }

    struct AgencyPeople
    {
        QString reviewer;
        QStringList leaders;
        QList<const OfficerPlan *> officers;
    };

    const CountyPlan &m_plan;
    QList<qint64> m_agencyIds;
    const WorkingCalendar &m_calendar;
    QDate m_today;
    QRandomGenerator m_rng;
    QString m_prefix; // 案号 prefix from the county's name: 清河, 鼓楼开发
    QList<AgencyPeople> m_people;
};

} // namespace Jiandu::Demo
