// `calendar show` and `calendar import`: the working-day calendar (DOMAIN.md §6) on the
// command line, for the years after the shipped schedule.

#include "cli.h"

#include "calendar/workingcalendar.h"
#include "storage/calendarrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Jiandu::Cli {
namespace {

struct YearView
{
    int year = 0;
    bool hasData = false;
    QString source; // "shipped", "user" or "none"
    QStringList notices;
    QList<CalendarDay> days;
    QSet<QDate> userDays;
};

Result<YearView> yearView(Database &db, int year)
{
    const CalendarRepository repo(db);
    const auto calendar = repo.load();
    if (!calendar)
        return calendar.error();
    const auto user = repo.days();
    if (!user)
        return user.error();
    const auto shipped = WorkingCalendar::shipped();
    YearView v;
    v.year = year;
    v.hasData = calendar->hasYear(year);
    v.source = !v.hasData                        ? QStringLiteral("none")
               : shipped && shipped->hasYear(year) ? QStringLiteral("shipped")
                                                   : QStringLiteral("user");
    v.notices = calendar->notices(year);
    v.days = calendar->entries(year);
    for (const CalendarDay &d : *user)
        v.userDays.insert(d.date);
    return v;
}

void printJson(Context &ctx, const YearView &v)
{
    QJsonArray days;
    for (const CalendarDay &d : v.days)
        days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("off"), d.off},
                                {QStringLiteral("source"), v.userDays.contains(d.date)
                                                               ? QStringLiteral("user")
                                                               : QStringLiteral("shipped")}});
    const QJsonObject o{{QStringLiteral("year"), v.year},
                        {QStringLiteral("has_data"), v.hasData},
                        {QStringLiteral("source"), v.source},
                        {QStringLiteral("notices"), QJsonArray::fromStringList(v.notices)},
                        {QStringLiteral("days"), days}};
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

void printText(Context &ctx, const YearView &v)
{
    if (!v.hasData)
        ctx.out << QCoreApplication::translate("Cli", "%1: no calendar data. Deadlines that need this year are not counted; "
                      "import its State Council schedule (calendar import FILE.json) or enter it "
                      "in Settings.")
                       .arg(v.year)
                << Qt::endl;
    else
        ctx.out << (v.source == u"shipped" ? QCoreApplication::translate("Cli", "%1: complete (shipped with the application).")
                                           : QCoreApplication::translate("Cli", "%1: complete (entered by the user)."))
                       .arg(v.year)
                << Qt::endl;
    for (const QString &n : v.notices)
        ctx.out << QCoreApplication::translate("Cli", "Notice: %1").arg(n) << Qt::endl;
    for (const CalendarDay &d : v.days)
        ctx.out << d.date.toString(Qt::ISODate) << QLatin1Char('\t')
                << (d.off ? QCoreApplication::translate("Cli", "holiday") : QCoreApplication::translate("Cli", "working day")) << QLatin1Char('\t') << d.name
                << QLatin1Char('\t')
                << (v.userDays.contains(d.date) ? QCoreApplication::translate("Cli", "user") : QCoreApplication::translate("Cli", "shipped")) << Qt::endl;
}

int runShow(Context &ctx)
{
    const QString format = ctx.format();
    if (format != u"text" && format != u"json")
        return ctx.usageError(QCoreApplication::translate("Cli", "calendar show prints text or json, not \"%1\".").arg(format));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    const auto view = yearView(*db, ctx.year());
    if (!view)
        return ctx.fail(view.error());
    if (format == u"json")
        printJson(ctx, *view);
    else
        printText(ctx, *view);
    ctx.out.flush();
    return Ok;
}

// Adds the file's days and marks its years complete, all or nothing.
VoidResult importCalendar(Database &db, const WorkingCalendar &file, int &dayCount)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    CalendarRepository repo(db);
    const QList<int> years = file.years();
    // A notice of year N may list days of late December N-1.
    for (int y = years.first() - 1; y <= years.last(); ++y)
        for (const CalendarDay &d : file.entries(y)) {
            if (auto r = repo.saveDay(d); !r)
                return r;
            ++dayCount;
        }
    for (const int y : years)
        if (auto r = repo.setYearComplete(y, true, file.notices(y).join(QStringLiteral("; ")));
            !r)
            return r;
    return tx.commit();
}

int runImport(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usageError(QCoreApplication::translate("Cli", "calendar import takes one file: calendar import FILE.json"));
    const QString path = ctx.args.at(1);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.dataError(QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, f.errorString()));
    const auto file = WorkingCalendar::fromJson(f.readAll(), path);
    if (!file)
        return ctx.fail(file.error());
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    int days = 0;
    if (auto r = importCalendar(*db, *file, days); !r)
        return ctx.fail(r.error());
    QStringList years;
    for (const int y : file->years())
        years << QString::number(y);
    ctx.err << QCoreApplication::translate("Cli", "Imported %n day(s); complete year(s): %1.", nullptr, days)
                   .arg(years.join(QStringLiteral(", ")))
            << Qt::endl;
    return Ok;
}

int runCalendar(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == u"show" && ctx.args.size() == 1)
        return runShow(ctx);
    if (sub == u"import")
        return runImport(ctx);
    return ctx.usageError(
        QCoreApplication::translate("Cli", "calendar takes show [--year YEAR] [--format text|json] or import FILE.json."));
}

} // namespace

JIANDU_CLI_COMMAND(
    calendar, QStringLiteral("calendar"),
    QStringLiteral("calendar show [--year YEAR] [--format text|json] | calendar import FILE.json"),
    QStringLiteral(QT_TRANSLATE_NOOP("Cli",
                                     "Show a year of the working-day calendar, or import a year's "
                                     "holiday schedule (format of the shipped holidays-cn.json).")),
    runCalendar, [](const Context &ctx) {
        return std::optional(ctx.args.value(0) == u"import" ? Security::Permission::EditData
                                                            : Security::Permission::ViewData);
    });

} // namespace Jiandu::Cli
