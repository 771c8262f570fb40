#pragma once

// Finalised annual reports (定稿, migration 0006 table annual_report_final). Finalising
// records the JSON of the report (Report::toJson) with its SHA-256, so the published figures
// can be reproduced and compared with a recomputation later. History is kept: a year and
// scope may be finalised several times (sequence 1, 2, ...); the latest counts. Writes run
// in one Transaction and are audited.

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jiandu {

class Database;
struct AnnualReport;

struct FinalisedReport
{
    qint64 id = 0;
    int year = 0;
    std::optional<qint64> agencyId; // none: the whole region
    QString scope;                  // region or body name, as printed
    int sequence = 1;               // 1 for the first finalisation of year + scope
    QDate asOf;
    QDateTime finalisedAt; // UTC
    QString actor;
    QString jsonSha256; // lowercase hex of the UTF-8 JSON
    QString json;
};

// A difference found by ReportRepository::compare: a dotted path ("current.cases.total",
// "by_agency[3].cases.total"), the finalised and the recomputed value as JSON text
// ("(missing)" when absent on one side).
struct ReportDifference
{
    QString key;
    QString finalised;
    QString recomputed;
};

class ReportRepository final
{
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    // Records `json` (Report::toJson(report)) as the next finalisation of report.year and
    // report.agencyId. Opens its own Transaction (nested: a savepoint); audited.
    Result<FinalisedReport> finalise(const AnnualReport &report, const QString &json);
    // The latest finalisation of the year and scope (agencyId none: the region).
    Result<std::optional<FinalisedReport>> latest(int year, std::optional<qint64> agencyId) const;
    // Every finalisation, newest year first, then scope, then newest sequence first.
    Result<QList<FinalisedReport>> list() const;

    // The keys whose values differ between two JSON texts of the report (objects walked
    // recursively, arrays by index). An unparsable text is an error.
    static Result<QList<ReportDifference>> compare(const QString &finalisedJson,
                                                   const QString &recomputedJson);
    static QString sha256(const QString &json); // lowercase hex of the UTF-8 bytes

private:
    Database &m_db;
};

} // namespace Jiandu
