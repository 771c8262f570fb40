#pragma once

// Internal to the TaskRepository sources (taskrepository.cpp, taskqueries.cpp, taskflow.cpp):
// the task row mapping, its audit JSON, and the workflow event writer.

#include "domain/supervisiontypes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

class QSqlQuery;

namespace Jiandu {
class Database;
}

namespace Jiandu::TaskSql {

inline const QString kTaskTable = QStringLiteral("rectification_task");

// The columns of rectifcation_task `t` read by taskFrom(), in order.
QString taskColumns();
// Fills the task's own columns (no units) from a row of taskColumns().
RectificationTask taskFrom(const QSqlQuery &q);
// Reads the lead and responsible units of the task.
VoidResult loadUnits(Database &db, RectificationTask &task);

QJsonObject toJson(const RectificationTask &task);

// Links the task's lead and responsible units by name: an agency by its name or short name,
// else a section by its name (a section of the activity's target agencies first); a name
// that matches nothing, or several things equally, stays unlinked.
VoidResult linkUnits(Database &db, RectificationTask &task);
// Replaces the task's task_unit rows.
VoidResult writeUnits(Database &db, const RectificationTask &task);

// "<activity name>/<seq>": how a task is named in messages and warnings.
QString taskLabel(Database &db, const RectificationTask &task);

// Writes one task_event row (the actor and time from the database) and its audit record;
// inside the caller's transaction.
VoidResult writeEvent(Database &db, qint64 taskId, const QDate &on, TaskEventKind kind,
                      std::optional<TaskStatus> from, std::optional<TaskStatus> to,
                      const QDate &deadlineOn, const QString &reason);

} // namespace Jiandu::TaskSql
