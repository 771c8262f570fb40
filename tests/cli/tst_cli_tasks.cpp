// jiandu-cli import tasks / export tasks end to end, on seed 001's real table (UTF-8, GB18030
// and XLSX), a file with every problem class, --source-date and --activity; and the same
// for findings.

#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exit = -1;
    QString err;
};

Run cli(const QStringList &args)
{
    const Jiandu::Test::CliRun r = Jiandu::Test::runCli(args + QStringList{u"--lang"_s, u"en"_s});
    return {r.exitCode, r.err};
}

QString fixture(const QString &name)
{
    return QStringLiteral(JIANDU_SOURCE_DIR "/tests/data/import/") + name;
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(text.toUtf8());
}

QJsonArray readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read");
    return QJsonDocument::fromJson(f.readAll()).array();
}

const QString kSource = u"省司法厅驻站式执法监督反馈问题整改"_s;
} // namespace

class TestCliTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedTableInEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8") << u"tasks-seed001.csv"_s;
        QTest::newRow("gb18030") << u"tasks-seed001-gb18030.csv"_s;
        QTest::newRow("xlsx") << u"tasks-seed001.xlsx"_s;
    }

    void seedTableInEveryFormat()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        Run dry = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, fixture(file), u"--dry-run"_s});
        QCOMPARE(dry.exit, 0);
        QVERIFY2(dry.err.contains(u"14 rows: 14 inserted, 0 updated, 0 unchanged."_s), qPrintable(dry.err));
        Run ok = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, fixture(file)});
        QCOMPARE(ok.exit, 0);
        QVERIFY2(ok.err.contains(u"14 rows: 14 inserted"_s), qPrintable(ok.err));
        QVERIFY2(ok.err.contains(u"%1:2: 责任单位: note: \"局机关各科室\" is not a known enforcement body or section: kept as written"_s.arg(file)),
                 qPrintable(ok.err));
        Run again = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, fixture(file)});
        QVERIFY2(again.err.contains(u"14 rows: 0 inserted, 0 updated, 14 unchanged."_s), qPrintable(again.err));

        const QString json = dir.filePath(u"tasks.json"_s);
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"tasks"_s, u"--out"_s, json, u"--activity"_s, kSource}).exit, 0);
        const QJsonArray rows = readJson(json);
        QCOMPARE(rows.size(), 14);
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.value(u"seq"_s).toString(), u"(一)1"_s);
        QCOMPARE(first.value(u"deadline"_s).toString(), u"12月底"_s);
        QCOMPARE(first.value(u"deadline_date"_s).toString(), u"2023-12-31"_s);
        QCOMPARE(first.value(u"open_ended"_s).toBool(), false);
        QCOMPARE(first.value(u"deadline_understood"_s).toBool(), true);
        const QJsonObject lasting = rows.at(1).toObject();
        QCOMPARE(lasting.value(u"deadline"_s).toString(), u"长期坚持"_s);
        QVERIFY(lasting.value(u"deadline_date"_s).isNull());
        QCOMPARE(lasting.value(u"open_ended"_s).toBool(), true);
    }

    void badFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        Run bad = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, fixture(u"tasks-bad.csv"_s)});
        QCOMPARE(bad.exit, 1);
        for (const QString &line : {
                 u"tasks-bad.csv:2: 来源: a value is required"_s,
                 u"tasks-bad.csv:2: 来源日期: \"2023-13-01\" is not a date"_s,
                 u"tasks-bad.csv:3: 序号: a value is required"_s,
                 u"tasks-bad.csv:3: 问题: a value is required"_s,
                 u"tasks-bad.csv:3: 责任单位: a value is required"_s,
                 u"tasks-bad.csv:3: 整改时限: a value is required"_s,
                 u"tasks-bad.csv:4: 状态: \"已整改\" is not one of 未启动、整改中、已完成、已销号"_s,
                 u"tasks-bad.csv:5: 销号日期: a task that is 已销号 needs its 销号日期"_s,
                 u"tasks-bad.csv:6: 销号日期: \"九月底\" is not a date"_s,
                 u"tasks-bad.csv:7: 销号日期: a 销号日期 is given but the status is not 已销号"_s,
                 u"tasks-bad.csv:8: 序号: duplicate: the same record is already on line 4"_s,
                 u"tasks-bad.csv:8: 整改时限: warning: \"尽快完成\" is not understood"_s,
                 u"11 errors; nothing was imported."_s})
            QVERIFY2(bad.err.contains(line), qPrintable(u"missing: "_s + line + u"\n"_s + bad.err));
        const QString json = dir.filePath(u"none.json"_s);
        Run exported = cli({u"--db"_s, db, u"export"_s, u"tasks"_s, u"--out"_s, json});
        QCOMPARE(exported.exit, 0);
        QCOMPARE(readJson(json).size(), 0);
        Run activity = cli({u"--db"_s, db, u"export"_s, u"tasks"_s, u"--out"_s, json, u"--activity"_s, u"某专项监督"_s});
        QCOMPARE(activity.exit, 2);
        QVERIFY2(activity.err.contains(u"There is no supervision activity named \"某专项监督\"."_s), qPrintable(activity.err));
    }

    void sourceDateOption()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        const QString file = dir.filePath(u"t.csv"_s);
        writeFile(file, u"来源,序号,问题,责任单位,整改时限\n"
                        "长寿区街镇综合行政执法,2,建立委托执法清理评估机制,区司法局、区级有关部门、各街镇,20226月底前完成并持续开展\n"
                        "长寿区街镇综合行政执法,14,公开投诉举报方式,各街镇,6月底前\n"_s);
        Run usage = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, file, u"--source-date"_s, u"2021-12-32"_s});
        QCOMPARE(usage.exit, 2);
        QVERIFY2(usage.err.contains(u"--source-date takes a date as YYYY-MM-DD"_s), qPrintable(usage.err));
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"cases"_s, file, u"--source-date"_s, u"2021-12-31"_s}).exit, 2);
        Run ok = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, file, u"--source-date"_s, u"2021-12-31"_s});
        QCOMPARE(ok.exit, 0);
        QVERIFY2(!ok.err.contains(u"warning"_s), qPrintable(ok.err));
        const QString json = dir.filePath(u"t.json"_s);
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"tasks"_s, u"--out"_s, json}).exit, 0);
        const QJsonArray rows = readJson(json);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"deadline_date"_s).toString(), u"2022-06-30"_s);
        QCOMPARE(rows.at(0).toObject().value(u"open_ended"_s).toBool(), true);
        QCOMPARE(rows.at(0).toObject().value(u"source_date"_s).toString(), u"2021-12-31"_s);
        QCOMPARE(rows.at(1).toObject().value(u"deadline_date"_s).toString(), u"2022-06-30"_s);

        // The export imports again unchanged, in both layouts.
        for (const QString &name : {u"t2.csv"_s, u"t2.xlsx"_s}) {
            QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"tasks"_s, u"--out"_s, dir.filePath(name)}).exit, 0);
            Run back = cli({u"--db"_s, db, u"import"_s, u"tasks"_s, dir.filePath(name)});
            QVERIFY2(back.err.contains(u"2 rows: 0 inserted, 0 updated, 2 unchanged."_s), qPrintable(back.err));
        }
    }

    void findings()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        const QString agencies = dir.filePath(u"agencies.csv"_s);
        writeFile(agencies, u"名称,类型\n清河县民政局,行政机关\n清河县综合行政执法局,行政机关\n"_s);
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"agencies"_s, agencies}).exit, 0);
        const QString file = dir.filePath(u"findings.csv"_s);
        writeFile(file, u"来源,执法主体,发现日期,问题,类别,严重程度,案号\n"
                        "省司法厅驻站式执法监督,清河县民政局,2023-08-20,“运动式”执法依然存在,行政检查,严重,\n"
                        "省司法厅驻站式执法监督,清河县综合行政执法局,2023-08-21,执法文书制作不规范,执法文书,一般,\n"_s);
        Run ok = cli({u"--db"_s, db, u"import"_s, u"findings"_s, file});
        QCOMPARE(ok.exit, 0);
        QVERIFY2(ok.err.contains(u"2 rows: 2 inserted, 0 updated, 0 unchanged."_s), qPrintable(ok.err));
        const QString bad = dir.filePath(u"bad.csv"_s);
        writeFile(bad, u"来源,执法主体,发现日期,问题\n省司法厅驻站式执法监督,清河县民政局,八月,\n"_s);
        Run problems = cli({u"--db"_s, db, u"import"_s, u"findings"_s, bad});
        QCOMPARE(problems.exit, 1);
        QVERIFY2(problems.err.contains(u"bad.csv:2: 发现日期: \"八月\" is not a date"_s), qPrintable(problems.err));
        QVERIFY2(problems.err.contains(u"bad.csv:2: 问题: a value is required"_s), qPrintable(problems.err));
        const QString out = dir.filePath(u"out.xlsx"_s);
        Run exported = cli({u"--db"_s, db, u"export"_s, u"findings"_s, u"--out"_s, out, u"--activity"_s, u"省司法厅驻站式执法监督"_s});
        QCOMPARE(exported.exit, 0);
        QVERIFY2(exported.err.contains(u"Wrote 2 rows"_s), qPrintable(exported.err));
        Run back = cli({u"--db"_s, db, u"import"_s, u"findings"_s, out});
        QVERIFY2(back.err.contains(u"2 rows: 0 inserted, 0 updated, 2 unchanged."_s), qPrintable(back.err));
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"officers"_s, u"--out"_s, out, u"--activity"_s, u"x"_s}).exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_cli_tasks.moc"
