// The dashboard at start-up (issue 5): what DashboardPage computes off the GUI thread before
// it shows — every warning rule (Rules::evaluateAll), the cases-per-month chart for this year
// and last, rectification by unit, certificate coverage by body and the tasks due in the
// next 7 days. Target: under 1 s at scale 100 (the page fills in as each part arrives).
//
// Uses $JIANDU_BENCH_DB or /tmp/jiandu-bench-100.sqlite when it exists, else the scale-10
// demo (generated once), as bench_report does.

#include "benchsupport.h"
#include "report/dashboardfigures.h"
#include "rules/warning.h"

#include <QCoreApplication>
#include <QFile>

using namespace Jiandu;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::unique_ptr<Database> db;
    if (QFile::exists(Bench::cachePath(100))) {
        db = Bench::openDemo(100);
    } else {
        Bench::out() << "No scale-100 database: measuring the scale-10 demo instead." << Qt::endl;
        qputenv("JIANDU_BENCH_DB", QByteArray());
        db = Bench::openDemo(10);
    }
    const QDate today = Bench::today();
    Rules::RuleContext context;
    context.asOf = today;
    context.settings = Rules::RuleSettings::load(*db);
    qsizetype warnings = 0;

    Bench::out() << "\nDashboard at start-up, as of " << today.toString(Qt::ISODate)
                 << ", target < 1000 ms in all" << Qt::endl;
    const auto all = Bench::time(QStringLiteral("everything the dashboard computes"), 3, [&] {
        auto w = Rules::evaluateAll(*db, context);
        if (!w)
            qFatal("rules failed: %s", qPrintable(w.error().toString()));
        warnings = w->size();
        if (!Report::casesPerMonth(*db, today.year()) || !Report::casesPerMonth(*db, today.year() - 1)
            || !Report::taskCompletionByUnit(*db) || !Report::certificateCoverage(*db, today)
            || !Report::tasksDueBetween(*db, today, today.addDays(7)))
            qFatal("figures failed");
    });
    Q_UNUSED(all)
    Bench::time(QStringLiteral("  warnings (Rules::evaluateAll)"), 3,
                [&] { (void)Rules::evaluateAll(*db, context); });
    Bench::time(QStringLiteral("  cases per month, this year and last"), 5, [&] {
        (void)Report::casesPerMonth(*db, today.year());
        (void)Report::casesPerMonth(*db, today.year() - 1);
    });
    Bench::time(QStringLiteral("  rectification by unit"), 5,
                [&] { (void)Report::taskCompletionByUnit(*db); });
    Bench::time(QStringLiteral("  certificate coverage by body"), 5,
                [&] { (void)Report::certificateCoverage(*db, today); });
    Bench::time(QStringLiteral("  tasks due in the next 7 days"), 5,
                [&] { (void)Report::tasksDueBetween(*db, today, today.addDays(7)); });
    Bench::out() << warnings << " warnings" << Qt::endl;
    return 0;
}
