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
};

struct Options
{
    int scale = 1;                 // 1 ≈ one county; 100 ≈ a large city (≈10,000 officers)
    QDate today;                   // the dataset is built around this day (default: today)
    quint32 seed = 20241;          // same seed, same data
    std::function<bool(int done, int total)> progress; // return false to cancel
};

// Fills an empty database with a realistic, deterministic county: agencies (departments
// and townships), officers with Chinese names, certificates, several years of trainings and
// assessments, arranged so that every roster warning rule fires somewhere.
// All in one transaction; refuses a database that already holds officers.
Result<Summary> generate(Database &db, const Options &options);

} // namespace Jiandu::Demo
