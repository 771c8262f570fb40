// importFile / exportFile for rectification tasks (spec/import-templates.md "tasks"): seed
// 001's real table, deadlines understood, unknown units as notes, every bad cell reported,
// all-or-nothing, idempotence without audit rows, status forward only, the round trip.

#include "io/importer.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {
const QString kSource = u"省司法厅驻站式执法监督反馈问题整改"_s;
const QString kHeader = u"来源,来源日期,序号,问题,整改措施,牵头单位,责任单位,责任人,整改时限,进展情况,状态,销号日期\n"_s;

QString fixture(const QString &name)
{
    return QStringLiteral(JIANDU_TEST_DATA_DIR "/import/") + name;
}

QString write(Test::TestDatabase &t, const QString &name, const QString &text)
{
    QFile f(t.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    f.write(text.toUtf8());
    return f.fileName();
}

QStringList lines(const ImportReport &r, Problem::Severity severity)
{
    QStringList out;
    for (const Problem &p : r.problems)
        if (p.severity == severity)
            out << p.toString();
    return out;
}

RectificationTask task(Test::TestDatabase &t, const QString &source, const QString &seq)
{
    auto activity = ActivityRepository(t.db()).findByName(source);
    if (!activity || !activity.value())
        qFatal("no activity");
    auto found = TaskRepository(t.db()).findBySeq(activity.value()->id, seq);
    if (!found || !found.value())
        qFatal("no task");
    return *found.value();
}
} // namespace

class TestTaskImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seed001Table()
    {
        Test::TestDatabase t;
        const qint64 bureau = Test::addAgency(t.db(), u"市民政局"_s);
        {
            Transaction tx(t.db());
            QVERIFY(AgencyRepository(t.db()).addSection(bureau, u"政策法规科"_s));
            QVERIFY(tx.commit());
        }
        for (const QString &name : {u"tasks-seed001.csv"_s, u"tasks-seed001-gb18030.csv"_s}) {
            Test::TestDatabase fresh;
            const ImportReport r = importFile(fresh.db(), Kind::Tasks, fixture(name));
            QVERIFY2(!r.hasErrors(), qPrintable(lines(r, Problem::Severity::Error).join(u'\n')));
            QCOMPARE(r.inserted, 14);
        }
        const ImportReport r = importFile(t.db(), Kind::Tasks, fixture(u"tasks-seed001.csv"_s));
        QVERIFY2(r.committed, qPrintable(lines(r, Problem::Severity::Error).join(u'\n')));
        QCOMPARE(r.rows, 14);
        QCOMPARE(r.inserted, 14);
        QVERIFY(lines(r, Problem::Severity::Warning).isEmpty());
        // Units that are no known body or section are kept and listed once each.
        const QStringList notes = lines(r, Problem::Severity::Note);
        QVERIFY2(notes.contains(u"tasks-seed001.csv:2: 牵头单位: note: \"机关党委\" is not a known enforcement body or section: kept as written"_s),
                 qPrintable(notes.join(u'\n')));
        QVERIFY(notes.contains(u"tasks-seed001.csv:2: 责任单位: note: \"局机关各科室\" is not a known enforcement body or section: kept as written"_s));
        QVERIFY(!notes.join(u'\n').contains(u"\"政策法规科\""_s));
        QCOMPARE(notes.filter(u"局机关各科室"_s).size(), 1);

        // The activity was created with the file's source date; deadlines read against it.
        auto activity = ActivityRepository(t.db()).findByName(kSource);
        QVERIFY(activity && activity.value());
        QCOMPARE(activity.value()->sourceDate, QDate(2023, 9, 19));
        const RectificationTask first = task(t, kSource, u"(一)1"_s);
        QCOMPARE(first.deadline.text, u"12月底"_s);
        QCOMPARE(first.deadline.date, std::optional<QDate>(QDate(2023, 12, 31)));
        QVERIFY(first.leadUnit);
        QCOMPARE(first.leadUnit->name, u"机关党委、政策法规科"_s);
        QCOMPARE(first.status, TaskStatus::InProgress);
        const RectificationTask lasting = task(t, kSource, u"(一)2"_s);
        QVERIFY(lasting.deadline.openEnded);
        QVERIFY(!lasting.deadline.date);
        QVERIFY(lasting.deadline.understood);
        const RectificationTask closed = task(t, kSource, u"(一)5"_s);
        QCOMPARE(closed.status, TaskStatus::SignedOff);
        QCOMPARE(closed.closedOn, QDate(2023, 9, 28));
        QCOMPARE(closed.deadline.date, std::optional<QDate>(QDate(2023, 9, 30)));
        const RectificationTask units = task(t, kSource, u"(三)1"_s);
        QCOMPARE(units.responsibleUnits.size(), 2);
        QCOMPARE(units.responsibleUnits.at(1).name, u"社会组织和基层政权科"_s);
        QVERIFY(units.position < task(t, kSource, u"(三)3"_s).position);

        // Again: nothing changes, no audit row.
        const qint64 audit = t.rowCount(u"audit_log"_s);
        const ImportReport again = importFile(t.db(), Kind::Tasks, fixture(u"tasks-seed001.csv"_s));
        QCOMPARE(again.unchanged, 14);
        QCOMPARE(again.inserted + again.updated, 0);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);
    }

    void badFileReportsEveryCell()
    {
        Test::TestDatabase t;
        const qint64 audit = t.rowCount(u"audit_log"_s);
        const ImportReport r = importFile(t.db(), Kind::Tasks, fixture(u"tasks-bad.csv"_s));
        QVERIFY(!r.committed);
        const QStringList errors = lines(r, Problem::Severity::Error);
        const QStringList expected = {
            u"tasks-bad.csv:2: 来源: a value is required"_s,
            u"tasks-bad.csv:2: 来源日期: \"2023-13-01\" is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日"_s,
            u"tasks-bad.csv:3: 序号: a value is required"_s,
            u"tasks-bad.csv:3: 问题: a value is required"_s,
            u"tasks-bad.csv:3: 责任单位: a value is required"_s,
            u"tasks-bad.csv:3: 整改时限: a value is required"_s,
            u"tasks-bad.csv:4: 状态: \"已整改\" is not one of 未启动、整改中、已完成、已销号"_s,
            u"tasks-bad.csv:5: 销号日期: a task that is 已销号 needs its 销号日期"_s,
            u"tasks-bad.csv:6: 销号日期: \"九月底\" is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日"_s,
            u"tasks-bad.csv:7: 销号日期: a 销号日期 is given but the status is not 已销号"_s,
            u"tasks-bad.csv:8: 序号: duplicate: the same record is already on line 4"_s,
        };
        for (const QString &e : expected)
            QVERIFY2(errors.contains(e), qPrintable(u"missing: "_s + e + u"\ngot:\n"_s + errors.join(u'\n')));
        QCOMPARE(errors.size(), expected.size());
        QVERIFY(lines(r, Problem::Severity::Warning)
                    .contains(u"tasks-bad.csv:8: 整改时限: warning: \"尽快完成\" is not understood as a date or a continuing commitment: kept as written, set its date by hand"_s));
        QCOMPARE(t.rowCount(u"supervision_activity"_s), 0);
        QCOMPARE(t.rowCount(u"rectification_task"_s), 0);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);
    }

    void missingColumnsAndSourceDateOption()
    {
        Test::TestDatabase t;
        const QString noColumns = write(t, u"cols.csv"_s, u"来源,问题\n甲,乙\n"_s);
        const ImportReport missing = importFile(t.db(), Kind::Tasks, noColumns);
        const QStringList errors = lines(missing, Problem::Severity::Error);
        for (const QString &c : {u"序号"_s, u"责任单位"_s, u"整改时限"_s})
            QVERIFY2(errors.contains(u"cols.csv:1: %1: the required column is missing"_s.arg(c)), qPrintable(errors.join(u'\n')));

        // No 来源日期: a deadline without a year is flagged (not guessed) unless --source-date.
        // Headers as plans write them: 责任科室, 完成时限.
        const QString file = write(t, u"t.csv"_s,
                                   u"来源,序号,问题,责任科室,完成时限\n"
                                   "长寿区街镇综合行政执法任务,1,编制事权目录,区司法局、各街镇,202212月底前\n"
                                   "长寿区街镇综合行政执法任务,2,协作机制,区司法局,6月底前\n"
                                   "长寿区街镇综合行政执法任务,3,联席会议,区委编办,按照市级有关部门部署推进\n"_s);
        ImportOptions dry;
        dry.dryRun = true;
        const ImportReport without = importFile(t.db(), Kind::Tasks, file, dry);
        QVERIFY(!without.hasErrors());
        QCOMPARE(lines(without, Problem::Severity::Warning),
                 QStringList{u"t.csv:3: 完成时限: warning: \"6月底前\" has no year and the source has no date (来源日期 or --source-date): kept as written, set its date by hand"_s});
        QCOMPARE(t.rowCount(u"rectification_task"_s), 0);

        ImportOptions options;
        options.sourceDate = QDate(2021, 12, 31);
        const ImportReport r = importFile(t.db(), Kind::Tasks, file, options);
        QVERIFY(r.committed);
        QVERIFY(lines(r, Problem::Severity::Warning).isEmpty());
        const QString source = u"长寿区街镇综合行政执法任务"_s;
        QCOMPARE(task(t, source, u"1"_s).deadline.date, std::optional<QDate>(QDate(2022, 12, 31)));
        QCOMPARE(task(t, source, u"2"_s).deadline.date, std::optional<QDate>(QDate(2022, 6, 30)));
        QVERIFY(task(t, source, u"3"_s).deadline.openEnded);
        QCOMPARE(ActivityRepository(t.db()).findByName(source).value()->sourceDate, QDate(2021, 12, 31));
    }

    void statusMovesForwardOnly()
    {
        Test::TestDatabase t;
        const QString v1 = write(t, u"v1.csv"_s, kHeader + u"专项监督,2025-01-10,1,问题,,,城管局,,6月底前,,整改中,\n"_s);
        QVERIFY(importFile(t.db(), Kind::Tasks, v1).committed);
        const QString v2 = write(t, u"v2.csv"_s, kHeader + u"专项监督,2025-01-10,1,问题,,,城管局,,6月底前,已整改到位,已销号,2025-02-20\n"_s);
        const ImportReport forward = importFile(t.db(), Kind::Tasks, v2);
        QVERIFY2(forward.committed, qPrintable(lines(forward, Problem::Severity::Error).join(u'\n')));
        QCOMPARE(forward.updated, 1);
        const RectificationTask done = task(t, u"专项监督"_s, u"1"_s);
        QCOMPARE(done.status, TaskStatus::SignedOff);
        QCOMPARE(done.closedOn, QDate(2025, 2, 20));
        QCOMPARE(done.progress, u"已整改到位"_s);
        QCOMPARE(importFile(t.db(), Kind::Tasks, v2).unchanged, 1);
        // Another 销号日期 for a task already signed off: the stored one stays, said so.
        const QString v3 = write(t, u"v3.csv"_s, kHeader + u"专项监督,2025-01-10,1,问题,,,城管局,,6月底前,已整改到位,已销号,2025-02-21\n"_s);
        const ImportReport later = importFile(t.db(), Kind::Tasks, v3);
        QCOMPARE(later.unchanged, 1);
        QCOMPARE(lines(later, Problem::Severity::Warning),
                 QStringList{u"v3.csv:2: 销号日期: warning: the task was signed off on 2025-02-20; that date is kept"_s});
        // Rows of one source must agree on its date.
        const QString dates = write(t, u"d.csv"_s, kHeader + u"另一来源,2025-01-10,1,问题,,,城管局,,6月底前,,,\n"
                                                             "另一来源,2025-01-11,2,问题,,,城管局,,6月底前,,,\n"_s);
        QCOMPARE(lines(importFile(t.db(), Kind::Tasks, dates), Problem::Severity::Error),
                 QStringList{u"d.csv:3: 来源日期: 2025-01-11 differs from the 来源日期 2025-01-10 of the same source on line 2"_s});
        const ImportReport back = importFile(t.db(), Kind::Tasks, v1);
        QVERIFY(!back.committed);
        QCOMPARE(lines(back, Problem::Severity::Error),
                 QStringList{u"v1.csv:2: 状态: the task is already 已销号 in the ledger; an import does not move a status back (return the task with a reason in the ledger)"_s});
    }

    void handSetDateSurvivesReimport()
    {
        Test::TestDatabase t;
        const QString file = write(t, u"h.csv"_s, kHeader + u"专项监督,2025-01-10,1,问题,,,城管局,,尽快完成,,,\n"_s);
        QVERIFY(importFile(t.db(), Kind::Tasks, file).committed);
        RectificationTask before = task(t, u"专项监督"_s, u"1"_s);
        QVERIFY(!before.deadline.understood);
        QVERIFY(TaskRepository(t.db()).setDeadlineDate(before.id, QDate(2025, 4, 30), u"科务会确定"_s));
        QCOMPARE(importFile(t.db(), Kind::Tasks, file).unchanged, 1);
        QCOMPARE(task(t, u"专项监督"_s, u"1"_s).deadline.date, std::optional<QDate>(QDate(2025, 4, 30)));
    }

    void exportRoundTrip()
    {
        Test::TestDatabase t;
        QVERIFY(importFile(t.db(), Kind::Tasks, fixture(u"tasks-seed001.csv"_s)).committed);
        const QString other = write(t, u"o.csv"_s, kHeader + u"专项监督,2025-01-10,1,问题,,,城管局,,尽快完成,,,\n"_s);
        QVERIFY(importFile(t.db(), Kind::Tasks, other).committed);
        for (const QString &name : {u"out.csv"_s, u"out.xlsx"_s}) {
            auto written = exportFile(t.db(), Kind::Tasks, t.filePath(name));
            QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
            QCOMPARE(written.value(), 15);
            const ImportReport back = importFile(t.db(), Kind::Tasks, t.filePath(name));
            QVERIFY2(!back.hasErrors(), qPrintable(lines(back, Problem::Severity::Error).join(u'\n')));
            QCOMPARE(back.unchanged, 15);
        }
        ExportOptions one;
        one.activityIds = {ActivityRepository(t.db()).findByName(u"专项监督"_s).value()->id};
        auto oneWritten = exportFile(t.db(), Kind::Tasks, t.filePath(u"one.json"_s), one);
        QVERIFY2(oneWritten, oneWritten ? "" : qPrintable(oneWritten.error().toString()));
        QCOMPARE(oneWritten.value(), 1);
        QFile f(t.filePath(u"one.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject row = QJsonDocument::fromJson(f.readAll()).array().first().toObject();
        QCOMPARE(row.value(u"source"_s).toString(), u"专项监督"_s);
        QCOMPARE(row.value(u"deadline"_s).toString(), u"尽快完成"_s);
        QVERIFY(row.value(u"deadline_date"_s).isNull());
        QCOMPARE(row.value(u"deadline_understood"_s).toBool(), false);
        QCOMPARE(row.value(u"open_ended"_s).toBool(), false);
        QCOMPARE(row.value(u"status"_s).toString(), u"未启动"_s);
        QVERIFY(exportFile(t.db(), Kind::Tasks, t.filePath(u"all.json"_s)));
        QFile all(t.filePath(u"all.json"_s));
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(all.readAll()).array().first().toObject();
        QCOMPARE(first.value(u"deadline_date"_s).toString(), u"2023-12-31"_s);
        QCOMPARE(first.value(u"source_date"_s).toString(), u"2023-09-19"_s);
        QCOMPARE(first.value(u"deadline_understood"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestTaskImport)
#include "tst_taskimport.moc"
