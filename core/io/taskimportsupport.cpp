#include "taskimportsupport.h"

#include "storage/agencyrepository.h"

namespace Jiandu::Io::TaskImport {

namespace {
constexpr int kPage = 5000;

QStringList unitNames(const QList<TaskUnit> &units)
{
    QStringList out;
    for (const TaskUnit &u : units)
        out << u.name;
    return out;
}

QString leadName(const RectificationTask &t)
{
    return t.leadUnit ? t.leadUnit->name : QString();
}
} // namespace

bool UnitNames::load(ImportContext &ctx)
{
    auto agencies = AgencyRepository(ctx.db).all();
    if (!agencies) {
        ctx.report.problems.append({ctx.file, 0, QString(), agencies.error().toString()});
        return false;
    }
    for (const Agency &a : agencies.value()) {
        m_known.insert(a.name);
        if (!a.shortName.isEmpty())
            m_known.insert(a.shortName);
        m_agencyIds.append(a.id);
    }
    return true;
}

// Sections are read only when a name is not an agency's: one query per agency, once.
bool UnitNames::loadSections(ImportContext &ctx)
{
    m_sectionsLoaded = true;
    AgencyRepository repo(ctx.db);
    for (qint64 id : std::as_const(m_agencyIds)) {
        auto sections = repo.sections(id);
        if (!sections) {
            ctx.report.problems.append({ctx.file, 0, QString(), sections.error().toString()});
            return false;
        }
        for (const Section &s : sections.value())
            m_known.insert(s.name);
    }
    return true;
}

void UnitNames::noteUnknown(ImportContext &ctx, int row, const QString &key, const QStringList &names)
{
    for (const QString &name : names) {
        if (m_known.contains(name) || m_noted.contains(name))
            continue;
        if (!m_sectionsLoaded && (!loadSections(ctx) || m_known.contains(name)))
            continue;
        m_noted.insert(name);
        ctx.note(row, key,
                 QCoreApplication::translate("Io", "\"%1\" is not a known enforcement body or section: kept as written")
                     .arg(name));
    }
}

Result<QList<TaskRow>> allTasks(Database &db, TaskQuery query)
{
    TaskRepository repo(db);
    QList<TaskRow> all;
    for (int offset = 0;; offset += kPage) {
        auto page = repo.list(query, offset, kPage);
        if (!page)
            return page.error();
        all += page.value();
        if (page->size() < kPage)
            return all;
    }
}

Result<int> lastPosition(Database &db, const QList<TaskRow> &rows)
{
    if (rows.isEmpty())
        return 0;
    auto last = TaskRepository(db).find(rows.last().id);
    if (!last)
        return last.error();
    return last.value() ? last.value()->position : int(rows.size());
}

void mergeStored(RectificationTask &task, const RectificationTask &stored, bool statusGiven,
                 const QString &storedProgressText)
{
    task.id = stored.id;
    task.activityId = stored.activityId;
    task.position = stored.position;
    task.findingId = stored.findingId;
    task.remark = stored.remark;
    task.completedOn = stored.completedOn;
    if (task.deadline.text == stored.deadline.text)
        task.deadline = stored.deadline;
    if (leadName(task) == leadName(stored))
        task.leadUnit = stored.leadUnit;
    if (unitNames(task.responsibleUnits) == unitNames(stored.responsibleUnits))
        task.responsibleUnits = stored.responsibleUnits;
    if (!statusGiven) {
        task.status = stored.status;
        task.closedOn = stored.closedOn;
    }
    if (task.progress == storedProgressText)
        task.progress = stored.progress;
}

bool sameContent(const RectificationTask &a, const RectificationTask &b)
{
    return a.problem == b.problem && a.measures == b.measures && leadName(a) == leadName(b)
        && unitNames(a.responsibleUnits) == unitNames(b.responsibleUnits) && a.owner == b.owner
        && a.deadline == b.deadline && a.status == b.status && a.closedOn == b.closedOn
        && a.progress == b.progress;
}

QList<TaskStatus> forwardSteps(TaskStatus from, TaskStatus to)
{
    QList<TaskStatus> steps;
    for (int s = int(from) + 1; s <= int(to); ++s)
        steps.append(TaskStatus(s));
    return steps;
}

} // namespace Jiandu::Io::TaskImport
