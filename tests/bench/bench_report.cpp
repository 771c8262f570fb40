// The annual report (issue 5) on a large demo database: computeAnnualReport (year Y and
// Y−1, every body) and its JSON, as `jiandu-cli report annual --year 2024 --out x.json`
// runs. Target: under 1 s at scale 100.
//
// Uses $JIANDU_BENCH_DB or /tmp/jiandu-bench-100.sqlite when it exists. When it does not,
// the scale-100 file is NOT generated here (15+ minutes on the shared machine): the scale-10
// demo (/tmp/jiandu-bench-10.sqlite, generated once if missing) is measured instead and the
// output says so. The same SQL in the sqlite3 shell: tests/bench/sqlite-floor-report.sh.

#include "benchsupport.h"
#include "report/annualreport.h"
#include "report/reportqueries.h"
#include "report/reporttables.h"
#include "rules/warning.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

// For tests/bench/sqlite-floor-report.sh: the report's statements for Y and Y−1, one a line,
// and the working-day tables they read (TEMP tables here) copied to a file it attaches.
void writeFloorFiles(Jiandu::Database &db, int year)
{
    using namespace Jiandu;
    const QString dir = QStringLiteral("/tmp/jiandu-bench-report");
    QDir().mkpath(dir);
    QFile sql(dir + QStringLiteral("/statements.sql"));
    if (!sql.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(sql.fileName()));
    for (const int y : {year, year - 1}) {
        Report::Detail::Scope scope;
        scope.year = y;
        scope.asOf = QDate(y, 12, 31);
        scope.settings = Rules::RuleSettings::load(db);
        for (const QString &statement : Report::Detail::reportSql(scope))
            sql.write(statement.toUtf8() + ";\n");
    }
    const QString workdays = dir + QStringLiteral("/workdays.sqlite");
    QFile::remove(workdays);
    QSqlQuery q(db.connection());
    const QStringList steps = {
        QStringLiteral("ATTACH '%1' AS wd").arg(workdays),
        QStringLiteral("CREATE TABLE wd.jiandu_workday (day TEXT PRIMARY KEY, ord INTEGER NOT NULL,"
                       " last_ord INTEGER NOT NULL, missing_after INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO wd.jiandu_workday SELECT * FROM temp.jiandu_workday"),
        QStringLiteral(
            "CREATE TABLE wd.jiandu_workord (ord INTEGER PRIMARY KEY, day TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO wd.jiandu_workord SELECT * FROM temp.jiandu_workord")};
    for (const QString &step : steps)
        if (!q.exec(step))
            qFatal("%s failed", qPrintable(step));
    Bench::out() << "Statements and working days for sqlite-floor-report.sh in " << dir << Qt::endl;
}

} // namespace

using namespace Jiandu;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString large = Bench::cachePath(100);
    std::unique_ptr<Database> db;
    if (QFile::exists(large)) {
        db = Bench::openDemo(100);
    } else {
        Bench::out() << "No scale-100 database at " << large
                     << ": measuring the scale-10 demo instead." << Qt::endl;
        qputenv("JIANDU_BENCH_DB", QByteArray());
        db = Bench::openDemo(10);
    }
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM enforcement_case WHERE report_year = 2024")) &&
        q.next())
        Bench::out() << q.value(0).toLongLong() << " cases in 2024" << Qt::endl;

    const int year = 2024;
    const QDate asOf(year, 12, 31);
    Bench::out() << "\nAnnual report " << year << ", target < 1000 ms" << Qt::endl;
    QString json;
    Bench::time(QStringLiteral("computeAnnualReport + toJson (Y and Y-1)"), 5, [&] {
        auto report = computeAnnualReport(*db, year, std::nullopt, asOf);
        if (!report)
            qFatal("report failed: %s", qPrintable(report.error().toString()));
        json = Report::toJson(*report);
    });
    Bench::time(QStringLiteral("  one year only (computeAnnualFigures)"), 5, [&] {
        QList<AgencyFigures> bodies;
        if (!computeAnnualFigures(*db, year, std::nullopt, asOf, &bodies))
            qFatal("figures failed");
    });
    Bench::time(QStringLiteral("  one body (the first agency)"), 5, [&] {
        if (!computeAnnualReport(*db, year, qint64(1), asOf))
            qFatal("report failed");
    });
    const auto report = computeAnnualReport(*db, year, std::nullopt, asOf);
    QTemporaryDir dir;
    Bench::time(QStringLiteral("  write .xlsx (five sheets)"), 3, [&] {
        if (!Report::writeXlsx(dir.filePath(QStringLiteral("r.xlsx")), *report))
            qFatal("xlsx failed");
    });
    Bench::out() << json.size() << " characters of JSON, " << report->byAgency.size() << " bodies"
                 << Qt::endl;
    writeFloorFiles(*db, year);
    return 0;
}
