#pragma once

// Internal to core/report: the SQL of the annual report, one query per table read, each
// grouped by enforcement body so that the region's figures are the sum of the bodies'.

#include "annualreport.h"
#include "rules/warning.h"

#include <QMap>
#include <QStringList>

namespace Jiandu::Report::Detail {

struct Scope
{
    int year = 0;
    QDate asOf;
    std::optional<qint64> agencyId;
    Rules::RuleSettings settings;
};

using ByBody = QMap<qint64, BodyFigures>;

// officers.*: one pass over the officers in post (certificate state, training hours and the
// year's assessment per officer, in correlated subqueries over their indexes).
VoidResult addOfficerFigures(Database &db, const Scope &scope, ByBody &out);
// cases.*, licences, reconsideration, litigation: one pass over the covering index
// case_report for the year, with the publicity deadline from the working-day tables.
VoidResult addCaseFigures(Database &db, const Scope &scope, ByBody &out);
// coercion: the year's 行政强制 cases joined with their kinds.
VoidResult addCoercionFigures(Database &db, const Scope &scope, ByBody &out);
Result<ReviewFigures> reviewFigures(Database &db, const Scope &scope);
Result<RectificationFigures> rectificationFigures(Database &db, const Scope &scope);

// The statements above, in that order, for the benchmark's sqlite3 floor. The case query
// reads the TEMP tables of WorkDayTable (built by addCaseFigures).
QStringList reportSql(const Scope &scope);

} // namespace Jiandu::Report::Detail
