#pragma once

#include "util/result.h"

#include <QDate>

#include <functional>

namespace Jiandu {
class Database;
}

namespace Jiandu::Demo {

struct Summary
{
    int agencies = 0;
    int officers = 0;
    int certificates = 0;
    int trainings = 0;
    int assessments = 0;
    int cases = 0;
    int activities = 0; // supervision (demosupervision.h)
    int findings = 0;
    int tasks = 0;
    int documents = 0;
};

struct Options
{
    int scale = 1;                 // 1 ≈ one county; 100 ≈ a large city (≈10,000 officers)
    QDate today;                   // the dataset is built around this day (default: today)
    quint32 seed = 20241;          // same seed, same data
    bool cases = true;             // false: the roster only (e.g. to import cases into)
    bool supervision = true;       // false: no supervision activities, findings, tasks, documents
    std::function<bool(int done, int total)> progress; // return false to cancel
};

// The largest scale: the number of distinct county names available.
int maxScale();

// Fills an empty database with a realistic, deterministic county: agencies (departments
// and townships), officers with Chinese names, certificates, several years of trainings and
// assessments, arranged so that every roster warning rule fires somewhere; and ≈ 2,000
// enforcement cases a year from 2016 to `today` (democases.h), with a few of each problem
// the case rules look for. Publicity deadlines use the shipped working-day calendar plus
// the database's own entries. Then each county's supervision (demosupervision.h): a
// special campaign and a resident supervision with findings, rectification tasks in every
// status and supervision documents in every status.
// All in one transaction; refuses a database that already holds officers or agencies
// (Error::Conflict) and a scale outside 1..maxScale() (Error::Usage). When `progress`
// returns false the transaction is rolled back and an Error::Usage ("cancelled") returned:
// nothing is written. County k is the same at every scale (its generator is seeded with
// (seed, k)); in the current year trainings are dated between 1 January and `today`.
// `progress` counts officers and cases.
Result<Summary> generate(Database &db, const Options &options);

} // namespace Jiandu::Demo
