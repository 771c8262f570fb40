#include "calendarrepository.h"

#include "audittrail.h"
#include "database.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace Jiandu {

namespace {
const QString kDayTable = QStringLiteral("calendar_day");
const QString kYearTable = QStringLiteral("calendar_year");

QJsonObject toJson(const CalendarDay &d)
{
    return {{QStringLiteral("off"), d.off}, {QStringLiteral("name"), d.name}};
}

Error invalidDate()
{
    return Error{Error::Code::Invalid,
                 QCoreApplication::translate("Calendar", "The date is invalid."),
                 QCoreApplication::translate("Calendar", "Date")};
}

Result<std::optional<CalendarDay>> findDay(Database &db, const QDate &date)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT off, name FROM calendar_day WHERE date = ?"));
    q.addBindValue(Sql::date(date));
    if (!q.exec())
        return sqlError(q, kDayTable);
    if (!q.next())
        return std::optional<CalendarDay>();
    return std::optional<CalendarDay>(
        CalendarDay{date, q.value(0).toBool(), q.value(1).toString()});
}

// Runs `write` in a Transaction and commits it.
template <typename Write> VoidResult inTransaction(Database &db, Write write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (VoidResult r = write(); !r)
        return r;
    return tx.commit();
}
} // namespace

Result<WorkingCalendar> CalendarRepository::load() const
{
    auto cal = WorkingCalendar::shipped();
    if (!cal)
        return cal.error();
    auto userDays = days();
    if (!userDays)
        return userDays.error();
    auto years = completeYears();
    if (!years)
        return years.error();
    WorkingCalendar out = std::move(cal.value());
    out.addDays(userDays.value());
    for (const CalendarYearEntry &y : years.value())
        if (!out.hasYear(y.year)) // a shipped year keeps its notices
            out.addYear(y.year, y.notice.isEmpty() ? QStringList() : QStringList{y.notice});
    return out;
}

Result<QList<CalendarDay>> CalendarRepository::days() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT date, off, name FROM calendar_day ORDER BY date")))
        return sqlError(q, kDayTable);
    QList<CalendarDay> out;
    while (q.next())
        out.append({Sql::toDate(q.value(0)), q.value(1).toBool(), q.value(2).toString()});
    return out;
}

Result<QList<CalendarYearEntry>> CalendarRepository::completeYears() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT year, notice FROM calendar_year ORDER BY year")))
        return sqlError(q, kYearTable);
    QList<CalendarYearEntry> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString()});
    return out;
}

VoidResult CalendarRepository::saveDay(const CalendarDay &input)
{
    if (!input.date.isValid() || input.date.year() < 1900 || input.date.year() > 9999)
        return invalidDate();
    const CalendarDay day{input.date, input.off, input.name.trimmed()};
    return inTransaction(m_db, [&]() -> VoidResult {
        auto before = findDay(m_db, day.date);
        if (!before)
            return before.error();
        if (before.value() && *before.value() == day)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO calendar_day (date, off, name) VALUES (?, ?, ?) "
                                 "ON CONFLICT (date) DO UPDATE SET off = excluded.off, "
                                 "name = excluded.name"));
        q.addBindValue(Sql::date(day.date));
        q.addBindValue(day.off ? 1 : 0);
        q.addBindValue(Sql::text(day.name));
        if (!q.exec())
            return sqlError(q, day.date.toString(Qt::ISODate));
        const QString key = day.date.toString(Qt::ISODate);
        AuditTrail audit(m_db);
        return before.value()
                   ? audit.recordChange(kDayTable, key, toJson(*before.value()), toJson(day))
                   : audit.record(kDayTable, key, AuditEntry::Action::Insert, {}, toJson(day));
    });
}

VoidResult CalendarRepository::removeDay(const QDate &date)
{
    if (!date.isValid())
        return invalidDate();
    return inTransaction(m_db, [&]() -> VoidResult {
        auto before = findDay(m_db, date);
        if (!before)
            return before.error();
        const QString key = date.toString(Qt::ISODate);
        if (!before.value())
            return Error{
                Error::Code::NotFound,
                QCoreApplication::translate("Calendar", "No calendar entry for this date."), key};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM calendar_day WHERE date = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return sqlError(q, key);
        return AuditTrail(m_db).record(kDayTable, key, AuditEntry::Action::Delete,
                                       toJson(*before.value()), {});
    });
}

VoidResult CalendarRepository::setYearComplete(int year, bool complete, const QString &notice)
{
    if (year < 1900 || year > 9999)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("Calendar", "The year %1 is out of range.")
                         .arg(QString::number(year)),
                     QCoreApplication::translate("Calendar", "Year")};
    const QString key = QString::number(year);
    return inTransaction(m_db, [&]() -> VoidResult {
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral("SELECT notice FROM calendar_year WHERE year = ?"));
        f.addBindValue(year);
        if (!f.exec())
            return sqlError(f, key);
        const bool existed = f.next();
        const QJsonObject before =
            existed ? QJsonObject{{QStringLiteral("notice"), f.value(0).toString()}}
                    : QJsonObject();
        const QJsonObject after{{QStringLiteral("notice"), notice.trimmed()}};
        QSqlQuery q(m_db.connection());
        if (complete) {
            q.prepare(QStringLiteral("INSERT INTO calendar_year (year, notice) VALUES (?, ?) "
                                     "ON CONFLICT (year) DO UPDATE SET notice = excluded.notice"));
            q.addBindValue(year);
            q.addBindValue(Sql::text(notice.trimmed()));
        } else {
            if (!existed)
                return {};
            q.prepare(QStringLiteral("DELETE FROM calendar_year WHERE year = ?"));
            q.addBindValue(year);
        }
        if (!q.exec())
            return sqlError(q, key);
        AuditTrail audit(m_db);
        if (!complete)
            return audit.record(kYearTable, key, AuditEntry::Action::Delete, before, {});
        return existed ? audit.recordChange(kYearTable, key, before, after)
                       : audit.record(kYearTable, key, AuditEntry::Action::Insert, {}, after);
    });
}

} // namespace Jiandu
