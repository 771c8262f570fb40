#include "workingcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Jiandu {

namespace {

const QString kShippedFile = QStringLiteral(":/calendar/holidays-cn.json");
// A Monday: weekdays are counted in whole weeks from here.
const qint64 kMondayJd = QDate(2000, 1, 3).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Monday–Friday days with Julian day in [kMondayJd, x) (negative before it).
qint64 weekdaysBefore(qint64 x)
{
    const qint64 k = x - kMondayJd;
    const qint64 weeks = floorDiv(k, 7);
    return 5 * weeks + std::min<qint64>(k - 7 * weeks, 5);
}

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= 6;
}

Error badData(const QString &context, const QString &what)
{
    return Error{
        Error::Code::Corrupt,
        QCoreApplication::translate("Calendar", "The holiday schedule is invalid: %1").arg(what),
        context};
}

} // namespace

Error WorkingCalendar::missingYearError(int year)
{
    return Error{Error::Code::NotFound,
                 QCoreApplication::translate("Calendar",
                                             "No holiday schedule for %1 has been entered; add it "
                                             "in Settings.")
                     .arg(QString::number(year)),
                 QCoreApplication::translate("Calendar", "Working-day calendar")};
}

Result<WorkingCalendar> WorkingCalendar::shipped()
{
    // Parsed once: the data is compiled in and never changes while running.
    static const Result<WorkingCalendar> cached = []() -> Result<WorkingCalendar> {
        QFile f(kShippedFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error{
                Error::Code::Io,
                QCoreApplication::translate("Calendar", "The shipped holiday schedule is missing."),
                kShippedFile};
        return fromJson(f.readAll(), kShippedFile);
    }();
    return cached;
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json, const QString &context)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return badData(context, parseError.errorString());
    WorkingCalendar cal;
    QList<CalendarDay> days;
    for (const QJsonValue &yv : doc.object().value(QStringLiteral("years")).toArray()) {
        const QJsonObject y = yv.toObject();
        const int year = y.value(QStringLiteral("year")).toInt();
        if (year < 1900 || year > 9999)
            return badData(context, QStringLiteral("year %1").arg(year));
        QStringList notices;
        for (const QJsonValue &n : y.value(QStringLiteral("notices")).toArray())
            notices.append(n.toString());
        cal.addYear(year, notices);
        for (const QJsonValue &dv : y.value(QStringLiteral("days")).toArray()) {
            const QJsonObject d = dv.toObject();
            const QString iso = d.value(QStringLiteral("date")).toString();
            CalendarDay day{QDate::fromString(iso, Qt::ISODate),
                            d.value(QStringLiteral("off")).toBool(),
                            d.value(QStringLiteral("name")).toString()};
            if (!day.date.isValid() || !d.value(QStringLiteral("off")).isBool())
                return badData(context, QStringLiteral("%1 (%2)").arg(iso).arg(year));
            days.append(day);
        }
    }
    if (cal.m_years.isEmpty())
        return badData(context, QStringLiteral("no years"));
    cal.addDays(days);
    return cal;
}

void WorkingCalendar::addYear(int year, const QStringList &notices)
{
    m_years.insert(year, notices);
}

void WorkingCalendar::addDays(const QList<CalendarDay> &days)
{
    for (const CalendarDay &d : days)
        if (d.date.isValid())
            m_days.insert(d.date, d);
    reindex();
}

void WorkingCalendar::removeDay(const QDate &date)
{
    if (m_days.remove(date) > 0)
        reindex();
}

void WorkingCalendar::reindex()
{
    m_adjustJd.clear();
    m_adjust.clear();
    m_adjustSum.assign(1, 0);
    for (const CalendarDay &d : std::as_const(m_days)) {
        const int delta = d.off ? (isWeekend(d.date) ? 0 : -1) : (isWeekend(d.date) ? 1 : 0);
        if (delta == 0)
            continue;
        m_adjustJd.push_back(d.date.toJulianDay());
        m_adjust.push_back(delta);
        m_adjustSum.push_back(m_adjustSum.back() + delta);
    }
}

QList<int> WorkingCalendar::years() const
{
    return m_years.keys();
}

QStringList WorkingCalendar::notices(int year) const
{
    return m_years.value(year);
}

std::optional<CalendarDay> WorkingCalendar::entry(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    return it == m_days.cend() ? std::nullopt : std::optional<CalendarDay>(*it);
}

QList<CalendarDay> WorkingCalendar::entries(int year) const
{
    QList<CalendarDay> out;
    for (auto it = m_days.lowerBound(QDate(year, 1, 1));
         it != m_days.cend() && it.key().year() == year; ++it)
        out.append(*it);
    return out;
}

qint64 WorkingCalendar::countAfter(qint64 fromJd, qint64 toJd) const
{
    // Adjustments of listed days with Julian day <= x.
    const auto adjustUpTo = [this](qint64 x) {
        const auto pos = std::upper_bound(m_adjustJd.cbegin(), m_adjustJd.cend(), x);
        return m_adjustSum[size_t(pos - m_adjustJd.cbegin())];
    };
    return weekdaysBefore(toJd + 1) - weekdaysBefore(fromJd + 1) + adjustUpTo(toJd) -
           adjustUpTo(fromJd);
}

std::optional<int> WorkingCalendar::firstMissingYear(int firstYear, int lastYear) const
{
    for (int y = firstYear; y <= lastYear; ++y)
        if (!m_years.contains(y))
            return y;
    return std::nullopt;
}

Result<bool> WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Calendar", "The date is invalid."),
                     {}};
    if (!hasYear(date.year()))
        return missingYearError(date.year());
    if (const auto e = entry(date))
        return !e->off;
    return !isWeekend(date);
}

Result<QDate> WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Calendar", "The date is invalid."),
                     {}};
    if (n == 0)
        return from;
    const qint64 start = from.toJulianDay();
    const qint64 need = std::abs(qint64(n));
    const int dir = n > 0 ? 1 : -1;
    // Working days counted between the start and a candidate x (x excluded when counting back).
    const auto reached = [&](qint64 x) {
        return dir > 0 ? countAfter(start, x) : countAfter(x - 1, start - 1);
    };
    // Widen until enough working days lie between, then binary-search the first such day.
    qint64 span = need + need / 2 + 16;
    while (reached(start + dir * span) < need)
        span *= 2;
    qint64 lo = need - 1; // not enough working days within lo days
    qint64 hi = span;     // enough within hi days
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (reached(start + dir * mid) >= need ? hi : lo) = mid;
    }
    const QDate result = QDate::fromJulianDay(start + dir * hi);
    // Every counted day's year needs data. Where one lacks it, the count up to that year
    // was exact and fell short, so the true result lies in or beyond it: report that year.
    const int firstYear = from.addDays(dir).year();
    for (int y = firstYear; dir > 0 ? y <= result.year() : y >= result.year(); y += dir)
        if (!hasYear(y))
            return missingYearError(y);
    return result;
}

Result<int> WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Calendar", "The date is invalid."),
                     {}};
    if (from == to)
        return 0;
    const QDate &a = from < to ? from : to;
    const QDate &b = from < to ? to : from;
    if (const auto missing = firstMissingYear(a.addDays(1).year(), b.year()))
        return missingYearError(*missing);
    const int count = int(countAfter(a.toJulianDay(), b.toJulianDay()));
    return from < to ? count : -count;
}

} // namespace Jiandu
