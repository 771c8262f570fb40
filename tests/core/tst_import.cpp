// importFile(): every bad-input class reported at once, all-or-nothing, idempotence, audit.

#include "io/importer.h"
#include "storage/audittrail.h"
#include "storage/officerrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {
const QString kAgencyHeader = u"名称,简称,类型,上级,层级\n"_s;
const QString kOfficerHeader = u"姓名,性别,身份证号,执法主体,人员类别,执法证号,发证日期,有效期至,法制审核人员\n"_s;

QString write(Test::TestDatabase &t, const QString &name, const QByteArray &bytes)
{
    QFile f(t.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return f.fileName();
}

QString write(Test::TestDatabase &t, const QString &name, const QString &text)
{
    return write(t, name, text.toUtf8());
}

QStringList problemLines(const ImportReport &r)
{
    QStringList out;
    for (const Problem &p : r.problems)
        out << p.toString();
    return out;
}

QString officerRow(const QString &name, int n, const QString &cert, const QString &agency = u"市场监管局"_s)
{
    const QString dates = cert.isEmpty() ? u","_s : u"2022-01-01,2027-12-31"_s;
    return u"%1,男,%2,%3,在编,%4,%5,否\n"_s.arg(name, Test::idNumber(n), agency, cert, dates);
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agenciesInAnyOrderAndIdempotent()
    {
        Test::TestDatabase t;
        // The child comes before its parent; headers in English keys with full-width spaces.
        const QString file = write(t, u"agencies.csv"_s,
                                   u"ｎａｍｅ ,kind, 上级 ,层级\n"
                                   "市场监管所,受委托组织,市场监管局,乡镇级\n"
                                   "市场监管局,行政机关,某县人民政府,县级\n"_s);
        ImportReport r = importFile(t.db(), Kind::Agencies, file);
        QVERIFY2(!r.hasErrors(), qPrintable(problemLines(r).join(u'\n')));
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(t.rowCount(u"audit_log"_s), 2);
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(u"SELECT c.parent_id = p.id FROM agency c, agency p WHERE c.name = '市场监管所' AND p.name = '市场监管局'"_s));
        QVERIFY(q.next() && q.value(0).toBool());

        ImportReport again = importFile(t.db(), Kind::Agencies, file);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(t.rowCount(u"audit_log"_s), 2);
    }

    void officersInsertUpdateAndAudit()
    {
        Test::TestDatabase t;
        Test::addAgency(t.db(), u"市场监管局"_s);
        const qint64 auditBefore = t.rowCount(u"audit_log"_s);
        const QString file = write(t, u"officers.csv"_s,
                                   kOfficerHeader + officerRow(u"张三"_s, 1, u"JD001"_s) + officerRow(u"李四"_s, 2, QString()));
        ImportReport r = importFile(t.db(), Kind::Officers, file);
        QVERIFY2(r.committed, qPrintable(problemLines(r).join(u'\n')));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(t.rowCount(u"officer"_s), 2);
        QCOMPARE(t.rowCount(u"certificate"_s), 1);
        // Two officers and one certificate, each audited.
        QCOMPARE(t.rowCount(u"audit_log"_s), auditBefore + 3);
        auto history = AuditTrail(t.db()).history(u"officer"_s, Test::idNumber(1));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().after.value(u"name"_s).toString(), u"张三"_s);

        // Re-import: nothing changes, nothing is audited.
        ImportReport same = importFile(t.db(), Kind::Officers, file);
        QCOMPARE(same.unchanged, 2);
        QCOMPARE(same.inserted + same.updated, 0);
        QCOMPARE(t.rowCount(u"audit_log"_s), auditBefore + 3);

        // A changed name and a new certificate number for 张三: the old one is kept (history).
        const QString changed = write(t, u"changed.csv"_s,
                                      kOfficerHeader + officerRow(u"张三丰"_s, 1, u"JD009"_s) + officerRow(u"李四"_s, 2, QString()));
        ImportReport upd = importFile(t.db(), Kind::Officers, changed);
        QVERIFY(upd.committed);
        QCOMPARE(upd.updated, 1);
        QCOMPARE(upd.unchanged, 1);
        QCOMPARE(t.rowCount(u"certificate"_s), 2);
        QCOMPARE(t.rowCount(u"officer"_s), 2);
    }

    void everyProblemAtOnceAndNothingWritten()
    {
        Test::TestDatabase t;
        Test::addAgency(t.db(), u"市场监管局"_s);
        const qint64 auditBefore = t.rowCount(u"audit_log"_s);
        QString bad = Test::idNumber(3);
        bad[17] = bad[17] == u'1' ? u'2' : u'1';
        const QString file = write(t, u"officers.csv"_s,
                                   kOfficerHeader
                                       + officerRow(u"好人"_s, 1, u"JD001"_s)                       // line 2 fine
                                       + u"坏证,男,%1,市场监管局,在编,,,,否\n"_s.arg(bad)            // line 3
                                       + officerRow(u"无主"_s, 4, QString(), u"不存在局"_s)          // line 4
                                       + u"\"多\n行\",男,%1,市场监管局,临时,,2024-13-01,,也许\n"_s.arg(Test::idNumber(5)) // line 5
                                       + officerRow(u"重复"_s, 1, u"JD002"_s)                       // line 6
                                       + u"掩码,女,110101********1234,市场监管局,在编,,,,否\n"_s); // line 7
        ImportReport r = importFile(t.db(), Kind::Officers, file);
        const QStringList lines = problemLines(r);
        const QString all = lines.join(u'\n');
        QVERIFY2(!r.committed, qPrintable(all));
        QVERIFY2(lines.contains(u"officers.csv:3: 身份证号: the check digit is wrong (expected %1, found %2)"_s
                                    .arg(Test::idNumber(3).at(17)).arg(bad.at(17))), qPrintable(all));
        QVERIFY2(all.contains(u"officers.csv:4: 执法主体: no enforcement body is named \"不存在局\""_s), qPrintable(all));
        // Quoted newline in line 5: still line 5, and all its problems.
        QVERIFY2(all.contains(u"officers.csv:5: 人员类别: \"临时\" is not one of 在编、参公"_s), qPrintable(all));
        QVERIFY2(all.contains(u"officers.csv:5: 发证日期: \"2024-13-01\" is not a date"_s), qPrintable(all));
        QVERIFY2(all.contains(u"officers.csv:5: 法制审核人员: \"也许\" is not yes or no"_s), qPrintable(all));
        QVERIFY2(all.contains(u"officers.csv:6: 身份证号: duplicate: the same record is already on line 2"_s), qPrintable(all));
        QVERIFY2(all.contains(u"officers.csv:7: 身份证号: the number is masked"_s), qPrintable(all));
        QVERIFY2(all.contains(u"--unmasked"_s), qPrintable(all));
        QCOMPARE(r.errorCount(), 7);
        QCOMPARE(t.rowCount(u"officer"_s), 0);
        QCOMPARE(t.rowCount(u"audit_log"_s), auditBefore);
    }

    void headerProblems()
    {
        Test::TestDatabase t;
        const QString file = write(t, u"a.csv"_s, u"名称,备注\n甲,乙\n"_s);
        ImportReport r = importFile(t.db(), Kind::Agencies, file);
        const QStringList lines = problemLines(r);
        QVERIFY2(lines.contains(u"a.csv:1: 备注: warning: unknown column, ignored"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"a.csv:1: 类型: the required column is missing"_s), qPrintable(lines.join(u'\n')));
        QCOMPARE(r.errorCount(), 1);

        const QString trainings = write(t, u"t.csv"_s, u"培训日期,培训名称,学时\n2024-01-01,x,1\n"_s);
        ImportReport noOfficer = importFile(t.db(), Kind::Trainings, trainings);
        QVERIFY(problemLines(noOfficer).join(u'\n').contains(u"t.csv:1: 身份证号: the file needs a column 身份证号 or 执法证号"_s));
    }

    void emptyAndHeaderOnlyFiles()
    {
        Test::TestDatabase t;
        ImportReport empty = importFile(t.db(), Kind::Agencies, write(t, u"e.csv"_s, QByteArray("\xEF\xBB\xBF\r\n\r\n")));
        QCOMPARE(problemLines(empty), QStringList{u"e.csv: the file is empty"_s});
        ImportReport header = importFile(t.db(), Kind::Agencies, write(t, u"h.csv"_s, kAgencyHeader));
        QCOMPARE(problemLines(header), QStringList{u"h.csv: the file has a header row but no data rows"_s});
        ImportReport missing = importFile(t.db(), Kind::Agencies, t.filePath(u"nope.csv"_s));
        QVERIFY(missing.unreadable);
        QVERIFY(missing.hasErrors());
    }

    void gb18030File()
    {
        Test::TestDatabase t;
        QStringEncoder gb("GB18030");
        const QByteArray bytes = gb.encode(kAgencyHeader + u"某县生态环境局,生态局,行政机关,某县人民政府,县级\n"_s);
        ImportReport r = importFile(t.db(), Kind::Agencies, write(t, u"gb.csv"_s, bytes));
        QVERIFY2(r.committed, qPrintable(problemLines(r).join(u'\n')));
        QCOMPARE(t.rowCount(u"agency"_s), 1);
        // Forced UTF-8 on the same bytes: an encoding error, nothing written.
        ImportOptions o;
        o.read.encoding = u"UTF-8"_s;
        ImportReport wrong = importFile(t.db(), Kind::Agencies, write(t, u"gb2.csv"_s, bytes), o);
        QVERIFY(wrong.hasErrors());
        QVERIFY(problemLines(wrong).first().startsWith(u"gb2.csv: The file is not valid UTF-8"_s));
    }

    void trainingsAndAssessmentsByEitherNumber()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"市场监管局"_s);
        Test::OfficerSpec spec;
        spec.n = 1;
        spec.certNumber = u"JD001"_s;
        Test::addOfficer(t.db(), agency, spec);
        const QString file = write(t, u"trainings.csv"_s,
                                   u"身份证号,执法证号,培训日期,培训名称,培训类别,学时,时长(分钟),方式\n"
                                   "%1,,2024-03-05,法治培训,公共法律知识,2,,线下\n"
                                   "110101********1234,JD001,2024/3/6,网课,法律知识更新,,90,线上\n"
                                   ",JD404,2024-03-07,某课,,1,,\n"
                                   "%1,,2024-03-08,无学时,,,,\n"
                                   "%1,,2024年3月5日,法治培训,,3,,\n"_s.arg(Test::idNumber(1)));
        ImportReport r = importFile(t.db(), Kind::Trainings, file);
        const QString all = problemLines(r).join(u'\n');
        QVERIFY2(all.contains(u"trainings.csv:4: 执法证号: no officer holds the certificate JD404"_s), qPrintable(all));
        QVERIFY2(all.contains(u"trainings.csv:5: 学时: give the class hours"_s), qPrintable(all));
        QVERIFY2(all.contains(u"trainings.csv:6: 培训名称: duplicate: the same record is already on line 2"_s), qPrintable(all));
        QCOMPARE(r.errorCount(), 3);
        QCOMPARE(t.rowCount(u"training"_s), 0);

        const QString good = write(t, u"good.csv"_s,
                                   u"执法证号,培训日期,培训名称,时长(分钟)\nJD001,2024-03-06,网课,90\n"_s);
        ImportReport ok = importFile(t.db(), Kind::Trainings, good);
        QVERIFY2(ok.committed, qPrintable(problemLines(ok).join(u'\n')));
        QCOMPARE(ok.inserted, 1);
        QCOMPARE(importFile(t.db(), Kind::Trainings, good).unchanged, 1);

        const QString assessments = write(t, u"as.csv"_s,
                                          u"身份证号,年度,考核结果\n%1,2024,优秀\n%1,2023,良好\n%1,二〇二四,合格\n"_s.arg(Test::idNumber(1)));
        ImportReport a = importFile(t.db(), Kind::Assessments, assessments);
        const QString aAll = problemLines(a).join(u'\n');
        QVERIFY2(aAll.contains(u"as.csv:3: 考核结果: \"良好\" is not one of 优秀、合格、基本合格、不合格"_s), qPrintable(aAll));
        QVERIFY2(aAll.contains(u"as.csv:4: 年度: \"二〇二四\" is not a year"_s), qPrintable(aAll));
        QCOMPARE(t.rowCount(u"assessment"_s), 0);
    }

    void dryRunAndCancelWriteNothing()
    {
        Test::TestDatabase t;
        Test::addAgency(t.db(), u"市场监管局"_s);
        QString text = kOfficerHeader;
        for (int i = 1; i <= 450; ++i)
            text += officerRow(u"人员%1"_s.arg(i), i, u"JD%1"_s.arg(i));
        const QString file = write(t, u"many.csv"_s, text);
        const qint64 audit = t.rowCount(u"audit_log"_s);

        ImportOptions dry;
        dry.dryRun = true;
        ImportReport d = importFile(t.db(), Kind::Officers, file, dry);
        QVERIFY(!d.hasErrors());
        QCOMPARE(d.inserted, 450);
        QVERIFY(!d.committed);
        QCOMPARE(t.rowCount(u"officer"_s), 0);

        ImportOptions cancel;
        QList<int> calls;
        cancel.progress = [&calls](int done, int total) {
            calls << done;
            Q_UNUSED(total);
            return done < 400;
        };
        ImportReport c = importFile(t.db(), Kind::Officers, file, cancel);
        QVERIFY(c.cancelled);
        QVERIFY(!c.committed);
        QCOMPARE(calls, (QList<int>{0, 200, 400}));
        QCOMPARE(t.rowCount(u"officer"_s), 0);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);
    }

    void xlsxImportBySheet()
    {
        Test::TestDatabase t;
        // minimal.xlsx's second sheet has only 年度: the required columns are reported.
        ImportOptions o;
        o.read.sheet = u"考核"_s;
        ImportReport r = importFile(t.db(), Kind::Assessments,
                                    QStringLiteral(JIANDU_TEST_DATA_DIR "/import/minimal.xlsx"), o);
        const QString all = problemLines(r).join(u'\n');
        QVERIFY2(all.contains(u"minimal.xlsx:1: 考核结果: the required column is missing"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
