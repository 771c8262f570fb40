#pragma once

// Supervision data for the UI tests, written through the real repositories (today is
// 2025-03-01 in Test::TestDatabase):
// - 2025年度行政执法监督检查 (inspection): 12 tasks. Lead unit 县城市管理局 for tasks 1–8,
//   县市场监督管理局 for 9–12; odd-numbered tasks (i even) also name both as responsible.
//   Deadlines by i % 4: 2025年2月底前 (dated 2025-02-28), 2025年6月底前, 长期坚持 (open-ended),
//   按照市级有关部门部署推进 (not understood). Status: i 0–2 signed off, 3–5 completed,
//   6–8 in progress, 9–11 not started. Problems mention 公示 when i % 3 == 0.
//   Overdue as of 2025-03-01: i = 4 and 8. Two findings.
// - 安全生产专项整治 (campaign): 3 tasks of 县交通运输局, 12月底 (2025-12-31), not started.
// - with `bulk` > 0, 批量整改 (routine) with that many not-started tasks.

#include "storage/activityrepository.h"
#include "storage/findingrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"

#include <QtTest>

namespace Jiandu::Test {

struct SupervisionFixture
{
    qint64 urban = 0;
    qint64 market = 0;
    qint64 transport = 0;
    qint64 inspection = 0;
    qint64 campaign = 0;
    qint64 bulkActivity = 0;
    QList<qint64> tasks; // of the inspection, in order
    QList<qint64> findings;

    static TaskDeadline deadline(int i)
    {
        TaskDeadline d;
        switch (i % 4) {
        case 0:
            d.text = QStringLiteral("2025年2月底前");
            d.date = QDate(2025, 2, 28);
            break;
        case 1:
            d.text = QStringLiteral("2025年6月底前");
            d.date = QDate(2025, 6, 30);
            break;
        case 2:
            d.text = QStringLiteral("长期坚持");
            d.openEnded = true;
            break;
        default:
            d.text = QStringLiteral("按照市级有关部门部署推进");
            d.understood = false;
            break;
        }
        return d;
    }

    qint64 addActivity(Database &db, const QString &name, SupervisionKind kind,
                       const QList<qint64> &targets)
    {
        SupervisionActivity a;
        a.name = name;
        a.kind = kind;
        a.supervisingUnit = QStringLiteral("清河县司法局");
        a.startedOn = QDate(2025, 1, 6);
        a.sourceDate = QDate(2025, 1, 10);
        a.targetAgencyIds = targets;
        auto id = ActivityRepository(db).save(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return id.value();
    }

    qint64 addTask(Database &db, RectificationTask t)
    {
        auto id = TaskRepository(db).save(t);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return id.value();
    }

    void fill(Database &db, int bulk = 0)
    {
        urban = addAgency(db, QStringLiteral("县城市管理局"));
        market = addAgency(db, QStringLiteral("县市场监督管理局"));
        transport = addAgency(db, QStringLiteral("县交通运输局"));
        inspection = addActivity(db, QStringLiteral("2025年度行政执法监督检查"),
                                 SupervisionKind::Inspection, {urban, market});
        campaign = addActivity(db, QStringLiteral("安全生产专项整治"), SupervisionKind::Campaign,
                               {transport});
        for (int i = 0; i < 12; ++i) {
            RectificationTask t;
            t.activityId = inspection;
            t.seq = QString::number(i + 1);
            t.position = i + 1;
            t.problem = i % 3 == 0 ? QStringLiteral("未按时公示行政处罚信息%1").arg(i + 1)
                                   : QStringLiteral("执法文书制作不规范%1").arg(i + 1);
            t.measures = QStringLiteral("组织专题培训，逐案整改");
            const QString lead = i < 8 ? QStringLiteral("县城市管理局") : QStringLiteral("县市场监督管理局");
            t.leadUnit = TaskUnit{lead, std::nullopt, std::nullopt};
            if (i % 2 == 0)
                t.responsibleUnits = {TaskUnit{QStringLiteral("县城市管理局"), std::nullopt, std::nullopt},
                                      TaskUnit{QStringLiteral("县市场监督管理局"), std::nullopt, std::nullopt}};
            t.owner = QStringLiteral("王科长");
            t.deadline = deadline(i);
            if (i < 3) {
                t.status = TaskStatus::SignedOff;
                t.completedOn = QDate(2025, 2, 15);
                t.closedOn = QDate(2025, 2, 20);
            } else if (i < 6) {
                t.status = TaskStatus::Completed;
                t.completedOn = QDate(2025, 2, 25);
            } else if (i < 9) {
                t.status = TaskStatus::InProgress;
            }
            tasks << addTask(db, t);
        }
        for (int i = 0; i < 3; ++i) {
            RectificationTask t;
            t.activityId = campaign;
            t.seq = QString::number(i + 1);
            t.position = i + 1;
            t.problem = QStringLiteral("道路运输执法检查台账不全%1").arg(i + 1);
            t.leadUnit = TaskUnit{QStringLiteral("县交通运输局"), std::nullopt, std::nullopt};
            t.deadline.text = QStringLiteral("12月底");
            t.deadline.date = QDate(2025, 12, 31);
            addTask(db, t);
        }
        for (int i = 0; i < 2; ++i) {
            Finding f;
            f.agencyId = i == 0 ? urban : market;
            f.foundOn = QDate(2025, 1, 20);
            f.problem = i == 0 ? QStringLiteral("行政处罚决定书未载明救济途径")
                               : QStringLiteral("抽查案卷中调查取证不充分");
            f.category = QStringLiteral("文书不规范");
            f.source = QStringLiteral("2025年度行政执法监督检查");
            f.activityId = inspection;
            f.severity = i == 0 ? FindingSeverity::Serious : FindingSeverity::Ordinary;
            auto id = FindingRepository(db).save(f);
            if (!id)
                qFatal("%s", qPrintable(id.error().toString()));
            findings << id.value();
        }
        if (bulk > 0) {
            bulkActivity = addActivity(db, QStringLiteral("批量整改"), SupervisionKind::Routine, {});
            Transaction tx(db); // one commit for the lot
            for (int i = 0; i < bulk; ++i) {
                RectificationTask t;
                t.activityId = bulkActivity;
                t.seq = QString::number(i + 1);
                t.position = i + 1;
                t.problem = QStringLiteral("批量问题%1：执法人员未按规定出示执法证件，行政执法全过程记录不完整").arg(i + 1);
                t.measures = QStringLiteral("加强执法人员培训，完善全过程记录制度，逐项对照整改并报送整改情况");
                t.leadUnit = TaskUnit{QStringLiteral("县城市管理局"), std::nullopt, std::nullopt};
                t.deadline.text = QStringLiteral("2025年6月底前");
                t.deadline.date = QDate(2025, 6, 30);
                addTask(db, t);
            }
            if (auto c = tx.commit(); !c)
                qFatal("%s", qPrintable(c.error().toString()));
        }
    }
};

} // namespace Jiandu::Test
