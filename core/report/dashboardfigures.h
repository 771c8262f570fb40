#pragma once

// The small aggregates behind the dashboard's charts and deadline panel, each one SQL
// statement grouped in the database (no loop over a table's rows in C++). Run them off the
// GUI thread like every query.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Jiandu {

class Database;

namespace Report {

// Cases filed (立案, opened_on) in each month of `year`, January first; over every body or
// the one given. Reads the case_opened / case_agency_kind_opened indexes only.
Result<std::array<int, 12>> casesPerMonth(Database &db, int year,
                                          std::optional<qint64> agencyId = std::nullopt);

// Rectification tasks per unit as written (lead or responsible, task_unit.name): the units
// with the most tasks first, at most `limit`.
struct UnitCompletion
{
    QString unit;
    int signedOff = 0;
    int total = 0;
};
Result<QList<UnitCompletion>> taskCompletionByUnit(Database &db, int limit = 10);

// Certificate coverage per body on `asOf`: active officers and those with a certificate
// valid that day (the annual report's officers.certified); the bodies with the most active
// officers first, at most `limit`.
struct AgencyCoverage
{
    qint64 agencyId = 0;
    QString name;
    QString shortName; // the short name, else the name
    int certified = 0;
    int active = 0;
};
Result<QList<AgencyCoverage>> certificateCoverage(Database &db, const QDate &asOf, int limit = 15);

// Open (not signed-off) tasks with a dated deadline from `from` to `to`, both included,
// soonest first.
struct DueTask
{
    qint64 id = 0;
    QString seq;
    QString problem;
    QString unit; // the lead unit as written
    QString activity;
    QDate deadline;
};
Result<QList<DueTask>> tasksDueBetween(Database &db, const QDate &from, const QDate &to);

} // namespace Report
} // namespace Jiandu
