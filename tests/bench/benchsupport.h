#pragma once

// Shared by the benchmarks: the cached scale-100 demo database and a median timer.
// Header-only so that every bench_*.cpp stays one self-contained executable.

#include "demo/demodata.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <memory>

namespace Jiandu::Bench {

// The day every benchmark takes as today, so that the cached database stays meaningful.
inline QDate today()
{
    return QDate(2025, 3, 1);
}

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// $JIANDU_BENCH_DB, else /tmp/jiandu-bench-<scale>.sqlite.
inline QString cachePath(int scale)
{
    const QString env = qEnvironmentVariable("JIANDU_BENCH_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/jiandu-bench-%1.sqlite").arg(scale) : env;
}

// Opens the cached demo database, generating it first (once) when it is missing or empty.
inline std::unique_ptr<Database> openDemo(int scale)
{
    const QString path = cachePath(scale);
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
    QSqlQuery q(db.value()->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM officer")) && q.next() && q.value(0).toInt() > 0) {
        out() << "Using " << path << " (" << q.value(0).toInt() << " officers)" << Qt::endl;
        return std::move(db.value());
    }
    out() << "Generating the scale-" << scale << " demo database in " << path << " ..." << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    Demo::Options demo;
    demo.scale = scale;
    demo.today = today();
    auto summary = Demo::generate(*db.value(), demo);
    if (!summary)
        qFatal("demo generation failed: %s", qPrintable(summary.error().toString()));
    out() << QStringLiteral("  generated in %1 s: %2 officers, %3 trainings")
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(summary->officers)
                 .arg(summary->trainings)
          << Qt::endl;
    return std::move(db.value());
}

struct Timing
{
    double first = 0;  // ms, the first (cold) run
    double median = 0; // ms, over all runs
    double cpu = 0;    // ms of this process's CPU time, median: the figure that a busy
                       // machine (other builds on the same cores) disturbs least
};

// Runs `work` `runs` times; prints "label: median ms (first ms)" and returns both.
inline Timing time(const QString &label, int runs, const std::function<void()> &work)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
        cpu << double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
    }
    Timing r;
    r.first = ms.first();
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    r.median = ms.at(ms.size() / 2);
    r.cpu = cpu.at(cpu.size() / 2);
    out() << QStringLiteral("%1  median %2 ms  cpu %3 ms  (first %4 ms, %5 runs)")
                 .arg(label, -48)
                 .arg(r.median, 8, 'f', 1)
                 .arg(r.cpu, 7, 'f', 1)
                 .arg(r.first, 0, 'f', 1)
                 .arg(runs)
          << Qt::endl;
    return r;
}

} // namespace Jiandu::Bench
