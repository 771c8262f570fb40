// jiandu-cli import cases / export cases end to end: exit codes, problem lines, dry run,
// idempotence and the round trip through an exported file.

#include "support/clirunner.h"
#include "support/fixtures.h"

#include <QFile>
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

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(text.toUtf8());
}

const QString kHeader =
    u"案号,执法主体,案件类型,案由,当事人,当事人类型,立案日期,决定日期,结案日期,承办人员,处罚种类,处罚裁量,"
    "许可结果,强制类别,罚款金额,没收金额,重大执法决定,法制审核日期,法制审核结论,公示日期,复议结果,诉讼结果,移送司法\n"_s;
} // namespace

class TestCliCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndExportCases()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        const QString agencies = dir.filePath(u"agencies.csv"_s);
        writeFile(agencies, u"名称,类型\n市场监管局,行政机关\n"_s);
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"agencies"_s, agencies}).exit, 0);
        const QString officers = dir.filePath(u"officers.csv"_s);
        writeFile(officers, u"姓名,身份证号,执法主体,人员类别,执法证号,发证日期,有效期至\n"
                            "张三,%1,市场监管局,在编,ZF001,2022-01-01,2027-12-31\n"
                            "李四,%2,市场监管局,在编,ZF002,2022-01-01,2027-12-31\n"_s
                                .arg(Jiandu::Test::idNumber(1), Jiandu::Test::idNumber(2)));
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"officers"_s, officers}).exit, 0);

        const QString cases = dir.filePath(u"cases.csv"_s);
        writeFile(cases, kHeader
                             + u"市监罚〔2024〕1号,市场监管局,行政处罚,无证经营,某超市,法人,2024-03-01,2024-05-10,,"
                               "ZF001、ZF002,警告、罚款,一般,,,\"1,000\",,否,,,2024-05-12,,,否\n"
                               "市监强〔2024〕2号,市场监管局,行政强制,查封仓库,某厂,法人,2024-04-01,2024-04-02,,"
                               "ZF001,,,,查封,,,否,,,,,,否\n"_s);
        Run dry = cli({u"--db"_s, db, u"import"_s, u"cases"_s, cases, u"--dry-run"_s});
        QCOMPARE(dry.exit, 0);
        QVERIFY2(dry.err.contains(u"2 rows: 2 inserted, 0 updated, 0 unchanged."_s), qPrintable(dry.err));
        QVERIFY(dry.err.contains(u"Dry run: nothing was written."_s));
        Run ok = cli({u"--db"_s, db, u"import"_s, u"cases"_s, cases});
        QCOMPARE(ok.exit, 0);
        QVERIFY2(ok.err.contains(u"2 rows: 2 inserted"_s), qPrintable(ok.err));
        Run again = cli({u"--db"_s, db, u"import"_s, u"cases"_s, cases});
        QVERIFY2(again.err.contains(u"2 rows: 0 inserted, 0 updated, 2 unchanged."_s), qPrintable(again.err));

        const QString bad = dir.filePath(u"bad.csv"_s);
        writeFile(bad, kHeader + u"X-1,市场监管局,行政许可,案由,,,2024-03-01,2024-02-01,,ZF404,警告,,,,,,,,,,,,\n"_s);
        Run problems = cli({u"--db"_s, db, u"import"_s, u"cases"_s, bad});
        QCOMPARE(problems.exit, 1);
        QVERIFY2(problems.err.contains(u"bad.csv:2: 承办人员: no officer holds the certificate ZF404; import the officers first"_s),
                 qPrintable(problems.err));
        QVERIFY2(problems.err.contains(u"nothing was imported."_s), qPrintable(problems.err));

        for (const QString &name : {u"out.csv"_s, u"out.xlsx"_s}) {
            const QString out = dir.filePath(name);
            Run exported = cli({u"--db"_s, db, u"export"_s, u"cases"_s, u"--out"_s, out});
            QCOMPARE(exported.exit, 0);
            QVERIFY2(exported.err.contains(u"Wrote 2 rows"_s), qPrintable(exported.err));
            Run back = cli({u"--db"_s, db, u"import"_s, u"cases"_s, out});
            QVERIFY2(back.err.contains(u"2 rows: 0 inserted, 0 updated, 2 unchanged."_s), qPrintable(back.err));
        }
        const QString json = dir.filePath(u"cases.json"_s);
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"cases"_s, u"--out"_s, json}).exit, 0);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(u"\"fine\": \"1000.00\""_s) || text.contains(u"\"fine\":\"1000.00\""_s), qPrintable(text));

        Run unknown = cli({u"--db"_s, db, u"import"_s, u"kases"_s, cases});
        QCOMPARE(unknown.exit, 2);
        QVERIFY2(unknown.err.contains(u"use agencies, officers, trainings, assessments, cases, findings or tasks."_s), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
