// Importing 10,000 officers (full validation, one transaction, audited) into a fresh
// database, from a CSV in the layout of spec/import-templates.md. Target (issue 2): < 2 s.
// Links once core/io is implemented.

#include "benchsupport.h"
#include "demo/demotables.h"
#include "domain/identity.h"
#include "io/importer.h"
#include "storage/agencyrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Jiandu;

namespace {

constexpr int kOfficers = 10000;
constexpr int kAgencies = 100;

QString agencyName(int i)
{
    return Demo::Tables::county(i / 10).name + QStringLiteral("第%1执法局").arg(i % 10 + 1);
}

void addAgencies(Database &db)
{
    Transaction tx(db);
    AgencyRepository agencies(db);
    for (int i = 0; i < kAgencies; ++i) {
        Agency a;
        a.name = agencyName(i);
        a.parentName = Demo::Tables::cityName() + QStringLiteral("人民政府");
        if (auto r = agencies.save(a); !r)
            qFatal("agency: %s", qPrintable(r.error().toString()));
    }
    if (auto r = tx.commit(); !r)
        qFatal("commit: %s", qPrintable(r.error().toString()));
}

// One row per officer, every column of the template filled, deterministic.
void writeCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream s(&f);
    s << "姓名,性别,身份证号,执法主体,人员类别,职务,执法类别,执法证号,发证机关,发证日期,有效期至,"
         "证件状态,"
         "法律职业资格,法制审核人员,在岗状态,联系电话\n";
    QRandomGenerator rng(20241);
    for (int i = 0; i < kOfficers; ++i) {
        const bool male = rng.bounded(100) < 70;
        const QDate birth = QDate(1968, 1, 1).addDays(i % (30 * 365));
        const QString id = Identity::composeIdNumber(QStringLiteral("130521"), birth,
                                                     (i / (30 * 365)) * 2 + (male ? 1 : 0));
        const QDate issued = Bench::today().addDays(-30 - static_cast<int>(rng.bounded(1500)));
        const QStringList row = {Demo::Tables::personName(rng, male),
                                 male ? QStringLiteral("男") : QStringLiteral("女"),
                                 id,
                                 agencyName(i % kAgencies),
                                 i % 3 ? QStringLiteral("参公") : QStringLiteral("在编"),
                                 QStringLiteral("执法队员"),
                                 QStringLiteral("综合行政执法"),
                                 QStringLiteral("13%1").arg(i, 11, 10, QLatin1Char('0')),
                                 QStringLiteral("江州市人民政府"),
                                 issued.toString(Qt::ISODate),
                                 issued.addYears(5).addDays(-1).toString(Qt::ISODate),
                                 QStringLiteral("有效"),
                                 i % 9 ? QStringLiteral("否") : QStringLiteral("是"),
                                 i % 17 ? QStringLiteral("否") : QStringLiteral("是"),
                                 QStringLiteral("在岗"),
                                 Demo::Tables::phone(rng)};
        s << row.join(QLatin1Char(',')) << '\n';
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("officers.csv"));
    writeCsv(csv);

    Bench::out() << "\nImport of " << kOfficers << " officers (CSV), target < 2000 ms" << Qt::endl;
    for (const bool dryRun : {true, false}) {
        // A fresh database for every run, so that each one inserts everything.
        int run = 0;
        Bench::time(dryRun ? QStringLiteral("import --dry-run (validate only)")
                           : QStringLiteral("import into a fresh database"),
                    3, [&] {
                        Database::Options options;
                        options.create = true;
                        auto db = Database::open(
                            dir.filePath(QStringLiteral("run%1-%2.sqlite").arg(dryRun).arg(run++)),
                            options);
                        if (!db)
                            qFatal("open: %s", qPrintable(db.error().toString()));
                        addAgencies(*db.value()); // not what is measured, but cheap (100 rows)
                        Io::ImportOptions io;
                        io.dryRun = dryRun;
                        const Io::ImportReport report =
                            Io::importFile(*db.value(), Io::Kind::Officers, csv, io);
                        if (report.hasErrors())
                            qFatal("import problems: %s",
                                   qPrintable(report.problems.first().toString()));
                        if (!dryRun && report.inserted != kOfficers)
                            qFatal("inserted %d of %d", report.inserted, kOfficers);
                    });
    }
    return 0;
}
