// The 执法案件 page and case import on the scale-100 database (≈ 2,000,000 cases).
// Targets (issue 3): first page < 100 ms, filtered count < 300 ms, three-character search
// first page < 100 ms, import of 100,000 cases from CSV with full validation < 2 s.
// tests/bench/sqlite-floor.sh runs the same SQL in the sqlite3 shell (the floor).

#include "benchsupport.h"
#include "io/importer.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Jiandu;

namespace {

constexpr int kImportRows = 100000;
constexpr int kPage = 200;

void listAndCount(Database &db)
{
    CaseRepository repo(db);
    QSqlQuery q(db.connection());
    qint64 agency = 0;
    if (q.exec(QStringLiteral("SELECT id FROM agency WHERE name = '清河县市场监督管理局'")) && q.next())
        agency = q.value(0).toLongLong();
    auto page = [&](const QString &label, const CaseQuery &query) {
        Bench::time(label, 7, [&] {
            auto rows = repo.list(query, 0, kPage);
            if (!rows)
                qFatal("list: %s", qPrintable(rows.error().toString()));
        });
    };
    auto counted = [&](const QString &label, const CaseQuery &query) {
        qint64 n = 0;
        Bench::time(label, 5, [&] {
            auto r = repo.count(query);
            if (!r)
                qFatal("count: %s", qPrintable(r.error().toString()));
            n = r.value();
        });
        Bench::out() << "    = " << n << " cases" << Qt::endl;
    };
    CaseQuery all;
    CaseQuery filtered;
    filtered.agencyIds = {agency};
    filtered.kind = CaseKind::Penalty;
    filtered.year = 2023;
    CaseQuery search;
    search.text = QStringLiteral("食品经营"); // 4 characters: a trigram MATCH
    CaseQuery search3;
    search3.text = QStringLiteral("超限运"); // three characters
    CaseQuery kindYear;
    kindYear.kind = CaseKind::Penalty;
    kindYear.year = 2023;

    Bench::out() << "\nCase list (first page of " << kPage << "), target < 100 ms" << Qt::endl;
    page(QStringLiteral("list, no filter"), all);
    page(QStringLiteral("list, agency + kind + year"), filtered);
    page(QStringLiteral("list, search 超限运 (3 chars)"), search3);
    page(QStringLiteral("list, search 食品经营"), search);
    CaseQuery deep;
    deep.afterOpenedOn = QDate(2019, 6, 1);
    deep.afterId = 1;
    page(QStringLiteral("list, keyset page at 2019-06-01"), deep);
    Bench::out() << "\nFiltered count, target < 300 ms" << Qt::endl;
    counted(QStringLiteral("count, agency + kind + year"), filtered);
    counted(QStringLiteral("count, kind + year (all agencies)"), kindYear);
    counted(QStringLiteral("count, no filter"), all);
    counted(QStringLiteral("count, search 超限运"), search3);
}

// The CSV to import: the first 100,000 cases of a demo database exported in the template
// layout, and a database with the same roster (agencies, officers) but no cases. Both are
// kept in /tmp/jiandu-bench-cases-import/ for the next run (delete it after changing the demo).
void importCases()
{
    QTemporaryDir dir;
    const QString cache = QStringLiteral("/tmp/jiandu-bench-cases-import");
    QDir().mkpath(cache);
    const QString source = cache + QStringLiteral("/source.sqlite");
    const QString roster = cache + QStringLiteral("/roster.sqlite");
    const QString csv = cache + QStringLiteral("/cases.csv");
    const bool cached = QFile::exists(csv) && QFile::exists(roster);
    for (const bool cases : {true, false}) {
        if (cached)
            break;
        Database::Options options;
        options.create = true;
        auto db = Database::open(cases ? source : roster, options);
        if (!db)
            qFatal("open: %s", qPrintable(db.error().toString()));
        Demo::Options demo;
        demo.scale = 6; // ≈ 107,000 cases
        demo.today = Bench::today();
        demo.cases = cases;
        if (auto r = Demo::generate(*db.value(), demo); !r)
            qFatal("demo: %s", qPrintable(r.error().toString()));
        if (cases) {
            if (auto r = Io::exportFile(*db.value(), Io::Kind::Cases, csv); !r)
                qFatal("export: %s", qPrintable(r.error().toString()));
        }
    }
    if (!cached) { // keep the header and the first 100,000 rows (no cell holds a line break)
        QFile f(csv);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("read %s", qPrintable(csv));
        QByteArray out;
        for (int line = 0; line <= kImportRows && !f.atEnd(); ++line)
            out += f.readLine();
        f.close();
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("write %s", qPrintable(csv));
        f.write(out);
    }
    Bench::out() << "\nImport of " << kImportRows << " cases (CSV) into a database with the roster, target < 2000 ms"
                 << Qt::endl;
    for (const bool dryRun : {true, false}) {
        int run = 0;
        Bench::time(dryRun ? QStringLiteral("import cases --dry-run") : QStringLiteral("import cases"), 3, [&] {
            const QString path = dir.filePath(QStringLiteral("run%1-%2.sqlite").arg(dryRun).arg(run++));
            QFile::copy(roster, path); // the roster database has no WAL left: one file
            auto db = Database::open(path, {});
            if (!db)
                qFatal("open: %s", qPrintable(db.error().toString()));
            Io::ImportOptions io;
            io.dryRun = dryRun;
            const Io::ImportReport report = Io::importFile(*db.value(), Io::Kind::Cases, csv, io);
            if (report.hasErrors())
                qFatal("import problems: %s", qPrintable(report.problems.first().toString()));
            if (!dryRun && report.inserted != kImportRows)
                qFatal("inserted %d", report.inserted);
        });
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (!args.contains(QStringLiteral("--import-only"))) {
        auto db = Bench::openDemo(100);
        listAndCount(*db);
    }
    if (!args.contains(QStringLiteral("--no-import")))
        importCases();
    return 0;
}
