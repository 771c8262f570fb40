// Times Rules::evaluateAll on a large roster: 10,000 officers with 60 trainings each (the
// scale-100 demo's size). Usage: bench_rules [DB] — builds the file when it does not exist.
// Data is written with plain SQL for speed (no audit): a benchmark fixture, not a user path.

#include "rules/warning.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Jiandu;

namespace {
const QDate kAsOf(2025, 3, 1);
constexpr int kAgencies = 100;
constexpr int kOfficers = 10000;
constexpr int kTrainingsEach = 60;

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qFatal("bench fill failed: %s", qPrintable(q.lastQuery()));
}

void fill(Database &db)
{
    Transaction tx(db);
    QSqlQuery a(db.connection());
    a.prepare(
        QStringLiteral("INSERT INTO agency (id, name, kind) VALUES (?, ?, 'administrative')"));
    for (int i = 1; i <= kAgencies; ++i) {
        a.addBindValue(i);
        a.addBindValue(QStringLiteral("第%1执法局").arg(i));
        exec(a);
    }
    QSqlQuery o(db.connection()), c(db.connection()), t(db.connection()), s(db.connection());
    o.prepare(QStringLiteral(
        "INSERT INTO officer (id, id_number, name, agency_id, employment, legal_reviewer, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    c.prepare(QStringLiteral("INSERT INTO certificate (officer_id, number, issued_on, expires_on, "
                             "status) VALUES (?, ?, ?, ?, ?)"));
    t.prepare(QStringLiteral("INSERT INTO training (officer_id, date, title, kind, hours, minutes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    s.prepare(QStringLiteral("INSERT INTO assessment (officer_id, year, result) VALUES (?, ?, ?)"));
    const QStringList kinds{QStringLiteral("public_law"), QStringLiteral("specialist_law"),
                            QStringLiteral("skills"), QStringLiteral("law_update"),
                            QStringLiteral("political")};
    const QStringList statuses{QStringLiteral("active"),  QStringLiteral("active"),
                               QStringLiteral("active"),  QStringLiteral("active"),
                               QStringLiteral("active"),  QStringLiteral("active"),
                               QStringLiteral("active"),  QStringLiteral("active"),
                               QStringLiteral("retired"), QStringLiteral("off_post")};
    for (int i = 1; i <= kOfficers; ++i) {
        o.addBindValue(i);
        o.addBindValue(Test::idNumber(i % 999 + 1, QDate(1960, 1, 1).addDays(i / 999)));
        o.addBindValue(QStringLiteral("官员%1").arg(i));
        o.addBindValue(i % kAgencies + 1);
        o.addBindValue(i % 37 == 0 ? QStringLiteral("contract") : QStringLiteral("establishment"));
        o.addBindValue(i % 31 == 0 ? 1 : 0);
        o.addBindValue(statuses.at(i % statuses.size()));
        exec(o);
        if (i % 23 != 0) { // some have no certificate at all
            c.addBindValue(i);
            c.addBindValue(QStringLiteral("ZF%1").arg(i));
            c.addBindValue(QDate(2019, 1, 1).addDays(i % 1500).toString(Qt::ISODate));
            c.addBindValue(kAsOf.addDays(i % 1800 - 300).toString(Qt::ISODate));
            c.addBindValue(QStringLiteral("valid"));
            exec(c);
        }
        for (int k = 0; k < kTrainingsEach; ++k) {
            t.addBindValue(i);
            t.addBindValue(QDate(2021, 1, 3).addDays(k * 25 + i % 20).toString(Qt::ISODate));
            t.addBindValue(QStringLiteral("课程%1").arg(k));
            t.addBindValue(kinds.at((k + i) % kinds.size()));
            t.addBindValue(k % 4 == 0 ? QVariant() : QVariant(4.0 + (i % 3)));
            t.addBindValue(k % 4 == 0 ? QVariant(180) : QVariant());
            exec(t);
        }
        for (int y = 2020; y <= 2024; ++y) {
            s.addBindValue(i);
            s.addBindValue(y);
            s.addBindValue((i % 97 == 0 && y >= 2023) ? QStringLiteral("incompetent")
                                                      : QStringLiteral("competent"));
            exec(s);
        }
    }
    if (!tx.commit())
        qFatal("commit failed");
    QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool existed = QFileInfo::exists(path);
    Database::Options options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    Database &db = *opened.value();
    if (!existed) {
        QElapsedTimer fillTimer;
        fillTimer.start();
        fill(db);
        out << "filled " << kOfficers << " officers, " << kOfficers * kTrainingsEach
            << " trainings in " << fillTimer.elapsed() << " ms" << Qt::endl;
    }
    Rules::RuleContext context;
    context.asOf = kAsOf;
    // Wall time and this process's CPU time: on a shared machine the wall time includes
    // waiting for a core.
    QList<qint64> times;
    QList<qint64> cpu;
    qsizetype count = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto warnings = Rules::evaluateAll(db, context);
        times << timer.elapsed();
        cpu << qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        if (!warnings)
            qFatal("%s", qPrintable(warnings.error().toString()));
        count = warnings->size();
    }
    for (const Rules::Rule *rule : Rules::allRules()) {
        QElapsedTimer timer;
        timer.start();
        const auto found = rule->evaluate(db, context);
        out << "  " << rule->id() << ": " << (found ? found->size() : -1) << " warnings, "
            << timer.elapsed() << " ms" << Qt::endl;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    out << "evaluateAll: " << count << " warnings; wall median " << times.at(2) << " ms, worst "
        << times.last() << " ms; CPU median " << cpu.at(2) << " ms (5 runs)" << Qt::endl;
    return 0;
}
