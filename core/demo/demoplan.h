#pragma once

// The plan of one county of the demo dataset, computed in memory before it is written:
// agencies with their sections, and officers with their certificates, trainings and
// assessments. Pure and deterministic: the same (index, seed, today) gives the same plan.

#include "demotables.h"
#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace Jiandu::Demo {

struct AgencyPlan
{
    Agency agency;
    QStringList sections;
};

struct OfficerPlan
{
    Officer officer;            // agencyId is set when the agencies are written
    int agencyIndex = 0;        // into CountyPlan::agencies
    QList<Certificate> certificates; // oldest first; officerId set when written
    QList<Training> trainings;
    QList<Assessment> assessments;
};

struct CountyPlan
{
    Tables::County county;
    QList<AgencyPlan> agencies;
    QList<OfficerPlan> officers;
};

// `usedIdNumbers` keeps identity numbers distinct across counties (membership only, never
// iterated, so hash order cannot leak into the data).
CountyPlan planCounty(int index, quint32 seed, const QDate &today, QSet<QString> &usedIdNumbers);

// One officer's year of training (demotraining.cpp): the county's programme, minus three
// legal sessions when `shortYear`, minus the law update when `skipLawUpdate`.
QList<Training> trainingsFor(const QString &countyName, const QString &agencyName,
                             const QString &category, int countyIndex, int year, bool shortYear,
                             bool skipLawUpdate, const QDate &today, QRandomGenerator &rng);
// Assessments of firstYear..lastYear; 不合格 in failFirst..failLast (0: never).
QList<Assessment> assessmentsFor(int firstYear, int lastYear, int failFirst, int failLast,
                                 QRandomGenerator &rng);

// Officers only (trainings excluded) so that a caller can size its progress bar.
int plannedOfficers(int scale);

} // namespace Jiandu::Demo
