#pragma once

// Internal to core/io: what the task importer and exporter share.

#include "importcontext.h"

#include "domain/supervisiontypes.h"
#include "storage/taskrepository.h"

#include <QSet>

namespace Jiandu::Io::TaskImport {

// The names a task's unit may match: enforcement bodies (name or short name) and sections.
class UnitNames
{
public:
    bool load(ImportContext &ctx);
    // A note, once per file, for each name that matches nothing (kept as written).
    void noteUnknown(ImportContext &ctx, int row, const QString &key, const QStringList &names);

private:
    bool loadSections(ImportContext &ctx);

    QSet<QString> m_known;
    QSet<QString> m_noted;
    QList<qint64> m_agencyIds;
    bool m_sectionsLoaded = false;
};

// Every ledger row of the query, paged.
Result<QList<TaskRow>> allTasks(Database &db, TaskQuery query);
// The position of the last of `rows` (in ledger order); 0 when empty.
Result<int> lastPosition(Database &db, const QList<TaskRow> &rows);

// Keeps from `stored` what the template does not carry: ids, position, finding, remark,
// completion date; the deadline as stored (a date set by hand) when its text is the same;
// the status (and 销号日期) when the file gives none; the stored progress text when the
// file repeats what the ledger shows (the newest progress report).
void mergeStored(RectificationTask &task, const RectificationTask &stored, bool statusGiven,
                 const QString &storedProgressText);
// The fields an import sets, units compared by name.
bool sameContent(const RectificationTask &a, const RectificationTask &b);
// The statuses to pass through from `from` to `to` along 未启动 → 整改中 → 已完成 → 已销号.
QList<TaskStatus> forwardSteps(TaskStatus from, TaskStatus to);

} // namespace Jiandu::Io::TaskImport
