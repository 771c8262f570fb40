#pragma once

// Constant tables of the demo dataset: place names, the agencies of one county, Chinese
// names. Kept apart from the planner so that the data reads as data.

#include "domain/vocabulary.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Jiandu::Demo::Tables {

// The city the counties belong to, and its government (parent of the county governments).
QString cityName();

// County number `index` (0-based) of the city: its name ("清河县", "鼓楼区"...), its base name
// without the suffix ("清河") and its 6-digit administrative area code. Names are distinct for
// index < maxCounties().
struct County
{
    QString name;
    QString base;
    QString areaCode;
};
County county(int index);
int maxCounties();

// One agency of a county. Patterns use %1 for the county name, %2 for the city name and %3
// for the county's base name. `parentPattern` empty: the county government.
struct AgencyTemplate
{
    const char *namePattern;
    const char *shortPattern;
    AgencyKind kind;
    AgencyLevel level;
    const char *category;     // 执法类别 of its officers
    int officers;             // how many officers at scale 1
    bool hasReviewer;         // false: deliberately below the reviewer ratio
    const char *parentPattern;
    const char *sections;     // 科室, separated by '|'
};
const QList<AgencyTemplate> &agencies();
int officersPerCounty();

// Plausible Chinese names; names with 人 一 生 工 门 大 日 appear (text-layer tests of PDFs).
QString personName(QRandomGenerator &rng, bool male);

// A 6-digit area code for an officer's birthplace: mostly the county's own.
QString birthArea(QRandomGenerator &rng, const QString &countyArea);

// A mobile number: 11 digits.
QString phone(QRandomGenerator &rng);

// A position title fitting the agency kind.
QString position(QRandomGenerator &rng, AgencyKind kind, bool reviewer);

} // namespace Jiandu::Demo::Tables
