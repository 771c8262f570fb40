#include "workdaytable.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStringList>

namespace Jiandu {

namespace {

const QString kMeta = QStringLiteral("jiandu_workday_meta");
constexpr int kBatch = 400; // rows per INSERT (values are inlined: ISO dates and integers only)

Result<bool> exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return sqlError(q, QStringLiteral("WorkDayTable"));
    return true;
}

QString storedSignature(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT signature FROM ") + kMeta) || !q.next())
        return {};
    return q.value(0).toString();
}

struct DayRow
{
    QDate day;
    qint64 ord = 0;
    bool working = false;
    qsizetype run = 0; // index into the runs
};

struct Run
{
    qint64 lastOrd = 0;
    int missingAfter = 0;
};

// Every day of every year with data, with its ordinal, grouped into runs of consecutive years.
Result<QList<DayRow>> buildRows(const WorkingCalendar &calendar, QList<Run> &runs)
{
    QList<DayRow> rows;
    qint64 ord = 0;
    int previousYear = 0;
    for (const int year : calendar.years()) {
        if (runs.isEmpty() || year != previousYear + 1)
            runs.append(Run{});
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            const Result<bool> working = calendar.isWorkingDay(d);
            if (!working)
                return working.error();
            if (*working)
                ++ord;
            rows.append(DayRow{d, ord, *working, runs.size() - 1});
        }
        runs.last().lastOrd = ord;
        runs.last().missingAfter = year + 1;
        previousYear = year;
    }
    return rows;
}

VoidResult insertRows(Database &db, const QList<DayRow> &rows, const QList<Run> &runs)
{
    for (qsizetype start = 0; start < rows.size(); start += kBatch) {
        QStringList days;
        QStringList ords;
        for (qsizetype i = start; i < qMin(rows.size(), start + kBatch); ++i) {
            const DayRow &r = rows.at(i);
            const QString iso = r.day.toString(Qt::ISODate);
            const Run &run = runs.at(r.run);
            days << QStringLiteral("('%1', %2, %3, %4)")
                        .arg(iso)
                        .arg(r.ord)
                        .arg(run.lastOrd)
                        .arg(run.missingAfter);
            if (r.working)
                ords << QStringLiteral("(%1, '%2')").arg(r.ord).arg(iso);
        }
        if (auto r = exec(db, QStringLiteral("INSERT INTO %1 (day, ord, last_ord, missing_after) "
                                             "VALUES ")
                                      .arg(WorkDayTable::dayTable()) +
                                  days.join(QLatin1Char(',')));
            !r)
            return r.error();
        if (!ords.isEmpty())
            if (auto r = exec(db, QStringLiteral("INSERT INTO %1 (ord, day) VALUES ")
                                          .arg(WorkDayTable::ordTable()) +
                                      ords.join(QLatin1Char(',')));
                !r)
                return r.error();
    }
    return {};
}

} // namespace

QString WorkDayTable::signature(const WorkingCalendar &calendar)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const int year : calendar.years()) {
        hash.addData(QByteArray(QByteArray::number(year) + ':' + calendar.notices(year).join(u'|').toUtf8()));
        for (const CalendarDay &d : calendar.entries(year))
            hash.addData(QByteArray(d.date.toString(Qt::ISODate).toLatin1() + (d.off ? "o" : "w")));
    }
    return QString::fromLatin1(hash.result().toHex());
}

VoidResult WorkDayTable::ensure(Database &db, const WorkingCalendar &calendar)
{
    const QString sig = signature(calendar);
    if (storedSignature(db) == sig)
        return {};
    const QStringList ddl = {
        QStringLiteral("DROP TABLE IF EXISTS temp.") + dayTable(),
        QStringLiteral("DROP TABLE IF EXISTS temp.") + ordTable(),
        QStringLiteral("DROP TABLE IF EXISTS temp.") + kMeta,
        QStringLiteral("CREATE TEMP TABLE %1 (day TEXT PRIMARY KEY, ord INTEGER NOT NULL,"
                       " last_ord INTEGER NOT NULL, missing_after INTEGER NOT NULL)")
            .arg(dayTable()),
        QStringLiteral("CREATE TEMP TABLE %1 (ord INTEGER PRIMARY KEY, day TEXT NOT NULL)")
            .arg(ordTable()),
        QStringLiteral("CREATE TEMP TABLE %1 (signature TEXT NOT NULL)").arg(kMeta),
    };
    for (const QString &sql : ddl)
        if (auto r = exec(db, sql); !r)
            return r.error();
    QList<Run> runs;
    const Result<QList<DayRow>> rows = buildRows(calendar, runs);
    if (!rows)
        return rows.error();
    if (auto r = insertRows(db, *rows, runs); !r)
        return r;
    // Written last: a failure above leaves no signature, so the next call rebuilds.
    if (auto r = exec(db, QStringLiteral("INSERT INTO %1 (signature) VALUES ('%2')").arg(kMeta, sig));
        !r)
        return r.error();
    return {};
}

} // namespace Jiandu
