#pragma once

// Shared by the supervision tests (tst_activityrepository, tst_taskrepository, tst_taskflow,
// tst_documentrepository, tst_ruletasks): agencies, activities and tasks written through the
// real repositories.

#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"

#include <QSqlQuery>
#include <QtTest>

namespace Jiandu::Test {

template <typename R> auto require(R &&r, const char *what)
{
    if (!r)
        qFatal("%s failed: %s", what, qPrintable(r.error().toString()));
    return std::forward<R>(r).value();
}

inline qint64 addAgencyWithShortName(Database &db, const QString &name, const QString &shortName)
{
    Agency a;
    a.name = name;
    a.shortName = shortName;
    a.parentName = QStringLiteral("清河县人民政府");
    Transaction tx(db);
    const qint64 id = require(AgencyRepository(db).save(a), "agency");
    if (!tx.commit())
        qFatal("commit failed");
    return id;
}

inline qint64 addSection(Database &db, qint64 agencyId, const QString &name)
{
    Transaction tx(db);
    const qint64 id = require(AgencyRepository(db).addSection(agencyId, name), "section");
    if (!tx.commit())
        qFatal("commit failed");
    return id;
}

inline qint64 addSupervision(Database &db, const QString &name, const QList<qint64> &targets = {},
                             const QDate &started = QDate(2025, 1, 10))
{
    SupervisionActivity a;
    a.name = name;
    a.kind = SupervisionKind::Special;
    a.supervisingUnit = QStringLiteral("清河县司法局");
    a.startedOn = started;
    a.sourceDate = started;
    a.targetAgencyIds = targets;
    return require(ActivityRepository(db).save(a), "activity");
}

struct TaskSpec
{
    QString seq;
    QString problem = QStringLiteral("行政处罚案卷装订不规范");
    QString lead;
    QStringList responsible;
    QString deadlineText = QStringLiteral("2025年6月底前");
    QDate deadline = QDate(2025, 6, 30);
    TaskStatus status = TaskStatus::NotStarted;
    QDate completedOn;
    QDate closedOn;
    bool understood = true;
};

inline RectificationTask taskOf(qint64 activityId, const TaskSpec &s)
{
    RectificationTask t;
    t.activityId = activityId;
    t.seq = s.seq;
    t.problem = s.problem;
    t.measures = QStringLiteral("逐卷检查，统一装订");
    if (!s.lead.isEmpty())
        t.leadUnit = TaskUnit{s.lead, std::nullopt, std::nullopt};
    for (const QString &u : s.responsible)
        t.responsibleUnits.append(TaskUnit{u, std::nullopt, std::nullopt});
    t.owner = QStringLiteral("李四");
    t.deadline.text = s.deadlineText;
    if (s.deadline.isValid())
        t.deadline.date = s.deadline;
    t.deadline.understood = s.understood;
    t.status = s.status;
    t.completedOn = s.completedOn;
    t.closedOn = s.closedOn;
    return t;
}

inline qint64 addTask(Database &db, qint64 activityId, const TaskSpec &s)
{
    RectificationTask t = taskOf(activityId, s);
    return require(TaskRepository(db).save(t), "task");
}

inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

inline qint64 auditRows(Database &db, const QString &table)
{
    return scalar(
        db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = '%1'").arg(table));
}

} // namespace Jiandu::Test
