// The report rule of spec/warnings.md ("Report rules"): ANNUAL_REPORT_DUE.

#include "rulesupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Rules::Detail {
namespace {

// Every body publishes its previous year's figures by 31 January, and the bureau the region's
// report: from 1 to 31 January of Y a missing finalised region report for Y−1 is a warning,
// from 1 February on an error. The key is the year Y−1, due on 31 January of Y. Only when the
// database holds enforcement cases of Y−1: a new installation, or one used for the roster
// alone, has no figures to publish and would otherwise warn from its first day.
class AnnualReportDue final : public FixedRule
{
public:
    AnnualReportDue()
        : FixedRule("ANNUAL_REPORT_DUE", Level::Warning, Subject::Report,
                    QT_TRANSLATE_NOOP("Rules", "Annual report not finalised"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        if (!c.asOf.isValid())
            return QList<Warning>();
        const int reportYear = c.asOf.year() - 1;
        const QDate due(c.asOf.year(), 1, 31);
        const bool late = c.asOf > due;
        const QString sql = QStringLiteral(
            "SELECT 1 WHERE EXISTS (SELECT 1 FROM enforcement_case WHERE report_year = ?) "
            "AND NOT EXISTS (SELECT 1 FROM annual_report_final WHERE year = ? AND "
            "scope_agency_id IS NULL)");
        return run(db, sql, {reportYear, reportYear}, [&](const QSqlQuery &, Warning &w) {
            w.level = late ? Level::Error : Level::Warning;
            w.key = QString::number(reportYear);
            w.due = due;
            w.message =
                late
                    ? QCoreApplication::translate(
                          "Rules", "The annual enforcement report for %1 was due on %2 and has not "
                                   "been finalised.")
                          .arg(w.key, due.toString(Qt::ISODate))
                    : QCoreApplication::translate("Rules",
                                                  "The annual enforcement report for %1 is due "
                                                  "on %2 and has not been finalised yet.")
                          .arg(w.key, due.toString(Qt::ISODate));
        });
    }
};

} // namespace

QList<const Rule *> reportRules()
{
    static const AnnualReportDue annualReportDue;
    return {&annualReportDue};
}

} // namespace Jiandu::Rules::Detail
