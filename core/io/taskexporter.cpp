// The rectification ledger in the layout of spec/import-templates.md "tasks", so an export
// imports again unchanged: units as written (several joined with 、), the deadline as written,
// 进展情况 as the ledger shows it; JSON adds deadline_date, open_ended and
// deadline_understood (spec/cli.md).

#include "taskexporter.h"

#include "columns.h"
#include "storage/activityrepository.h"
#include "taskimportsupport.h"

namespace Jiandu::Io {

namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

ExportTable emptyTable(Kind kind)
{
    ExportTable t;
    t.sheetName = kindName(kind);
    for (const ColumnSpec &c : columnSpecs(kind)) {
        t.headers << c.zh;
        t.keys << c.key;
    }
    return t;
}
} // namespace

Result<ExportTable> exportTasks(Database &db, const ExportOptions &options)
{
    ExportTable t = emptyTable(Kind::Tasks);
    t.keys << QStringLiteral("deadline_date") << QStringLiteral("open_ended")
           << QStringLiteral("deadline_understood");
    auto activities = ActivityRepository(db).list();
    if (!activities)
        return activities.error();
    QHash<qint64, QDate> sourceDates;
    for (const SupervisionActivity &a : activities.value())
        sourceDates.insert(a.id, a.sourceDate);
    TaskQuery query;
    if (options.agencyIds.size() == 1)
        query.agencyId = options.agencyIds.first();
    QList<TaskRow> rows;
    if (options.activityIds.isEmpty()) {
        auto all = TaskImport::allTasks(db, query);
        if (!all)
            return all.error();
        rows = std::move(all.value());
    }
    for (qint64 id : options.activityIds) {
        query.activityId = id;
        auto some = TaskImport::allTasks(db, query);
        if (!some)
            return some.error();
        rows += some.value();
    }
    for (const TaskRow &r : rows) {
        const TaskDeadline &d = r.deadline;
        t.rows.append({r.activityName, dateOrNull(sourceDates.value(r.activityId)), r.seq, r.problem,
                       textOrNull(r.measures), textOrNull(r.leadUnit), r.responsibleUnits,
                       textOrNull(r.owner), d.text, textOrNull(r.progress), Vocab::zh(r.status),
                       dateOrNull(r.closedOn), d.date ? QVariant(*d.date) : QVariant(), d.openEnded,
                       d.understood});
    }
    return t;
}

} // namespace Jiandu::Io
