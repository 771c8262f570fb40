// Import and export of cases (spec/import-templates.md "cases"): every column, several
// values per cell, every problem at once, all or nothing, idempotence, review rounds, the
// exact round trip through CSV and XLSX, and the time for 10,000 rows.

#include "io/importer.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {
const QString kHeader =
    u"案号,执法主体,案件类型,案由,当事人,当事人类型,立案日期,决定日期,结案日期,承办人员,处罚种类,处罚裁量,"
    "许可结果,强制类别,罚款金额,没收金额,重大执法决定,法制审核日期,法制审核结论,公示日期,复议结果,诉讼结果,移送司法\n"_s;

QString write(Test::TestDatabase &t, const QString &name, const QString &text)
{
    QFile f(t.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    f.write(text.toUtf8());
    return f.fileName();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QStringList problemLines(const ImportReport &r)
{
    QStringList out;
    for (const Problem &p : r.problems)
        out << p.toString();
    return out;
}

// A roster with one body and two certified officers.
void roster(Test::TestDatabase &t)
{
    const qint64 agency = Test::addAgency(t.db(), u"市场监管局"_s);
    Test::OfficerSpec a;
    a.certNumber = u"ZF001"_s;
    Test::OfficerSpec b;
    b.n = 2;
    b.name = u"李四"_s;
    b.certNumber = u"ZF002"_s;
    Test::addOfficer(t.db(), agency, a);
    Test::addOfficer(t.db(), agency, b);
}

const QString kPenaltyRow =
    u"市监罚〔2024〕1号,市场监管局,行政处罚,无证经营食品,某某超市,法人,2024-03-01,2024/5/10,2024年6月1日,"
    "ZF001、ZF002,罚款；没收违法所得,从轻,,,\"12,500.50\",0.99,是,2024-05-06,同意,2024-05-15,维持,撤诉,否\n"_s;
const QString kLicenceRow =
    u"市监许〔2024〕2号,市场监管局,行政许可,食品经营许可延续,张某,自然人,2024-04-01,2024-04-03,,ZF001,,,准予延续,,,,否,,,,,,\n"_s;
} // namespace

class TestCaseImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEveryColumnAndIsIdempotent()
    {
        Test::TestDatabase t;
        roster(t);
        const QString file = write(t, u"cases.csv"_s, kHeader + kPenaltyRow + kLicenceRow);
        ImportReport r = importFile(t.db(), Kind::Cases, file);
        QVERIFY2(r.committed, qPrintable(problemLines(r).join(u'\n')));
        QCOMPARE(r.inserted, 2);
        auto found = CaseRepository(t.db()).findByCaseNo(u"市监罚〔2024〕1号"_s);
        QVERIFY(found.ok() && found.value());
        const EnforcementCase &c = *found.value();
        QCOMPARE(c.kind, CaseKind::Penalty);
        QCOMPARE(c.partyKind, PartyKind::LegalPerson);
        QCOMPARE(c.decidedOn, QDate(2024, 5, 10));
        QCOMPARE(c.closedOn, QDate(2024, 6, 1));
        QCOMPARE(c.officers.size(), 2);
        QCOMPARE(c.officers.at(1).certNumber, u"ZF002"_s);
        QCOMPARE(c.penalties, (QList<PenaltyCategory>{PenaltyCategory::Fine, PenaltyCategory::ConfiscateIncome}));
        QCOMPARE(c.discretion, Discretion::Lenient);
        QCOMPARE(c.fineFen, qint64(1250050));
        QCOMPARE(c.confiscationFen, qint64(99));
        QVERIFY(c.major);
        QCOMPARE(c.reviews.size(), 1);
        QCOMPARE(c.reviews.first().conclusion, ReviewConclusion::Approved);
        QCOMPARE(c.reviews.first().concludedOn, QDate(2024, 5, 6));
        QCOMPARE(c.reconsideration, ReconsiderationOutcome::Upheld);
        QCOMPARE(c.litigation, LitigationOutcome::Withdrawn);
        QVERIFY(!c.transferred);
        auto licence = CaseRepository(t.db()).findByCaseNo(u"市监许〔2024〕2号"_s);
        QCOMPARE(licence.value()->licenceResult, LicenceResult::Granted);

        const qint64 audits = AuditTrail(t.db()).count().value();
        ImportReport again = importFile(t.db(), Kind::Cases, file);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.inserted + again.updated, 0);
        QCOMPARE(AuditTrail(t.db()).count().value(), audits);
    }

    void reportsEveryProblemAtOnceAndWritesNothing()
    {
        Test::TestDatabase t;
        roster(t);
        const QString file = write(
            t, u"bad.csv"_s,
            kHeader + kPenaltyRow
                + u"A-2,不存在局,行政处罚,案由,,,2024-03-01,2024-02-01,,ZF001、ZF999,罚款、拘役,,准予,,abc,,也许,,,,,,\n"
                  "A-3,市场监管局,行政许可,案由,,,2024-03-01,,,,警告,,准予许可,,,,,,,,,,\n"
                  "市监罚〔2024〕1号,市场监管局,行政检查,,,,,,,,,,,,,,,2024-03-02,,,,,\n"
                  "A-5,市场监管局,行政处罚,案由,,,2024-03-01,2024-04-01,,,,,,,,,是,,,,,,\n"_s);
        ImportReport r = importFile(t.db(), Kind::Cases, file);
        QVERIFY(!r.committed);
        const QStringList lines = problemLines(r);
        auto has = [&](const QString &line) {
            if (!lines.contains(line))
                QFAIL(qPrintable(u"missing: %1\nall:\n%2"_s.arg(line, lines.join(u'\n'))));
        };
        has(u"bad.csv:3: 执法主体: no enforcement body is named \"不存在局\"; import the agencies first"_s);
        has(u"bad.csv:3: 承办人员: no officer holds the certificate ZF999; import the officers first"_s);
        has(u"bad.csv:3: 处罚种类: \"拘役\" is not one of 警告、通报批评、罚款、没收违法所得、没收非法财物、暂扣许可证件、"
            "降低资质等级、限制开展生产经营活动、责令停产停业、责令关闭、限制从业、吊销许可证件、行政拘留、其他"_s);
        has(u"bad.csv:3: 罚款金额: \"abc\" is not an amount in yuan such as 12500 or 12,500.50"_s);
        has(u"bad.csv:3: 重大执法决定: \"也许\" is not yes or no; write 是 or 否"_s);
        has(u"bad.csv:4: 处罚种类: Penalty categories (处罚种类) are only for 行政处罚 cases, not 行政许可."_s);
        has(u"bad.csv:3: 许可结果: \"准予\" is not one of 准予许可、不予许可、不予受理、撤销许可"_s);
        has(u"bad.csv:5: 案由: a value is required"_s);
        has(u"bad.csv:5: 立案日期: a date is required"_s);
        // A major decision without an approving review is a warning, not a reason to refuse.
        has(u"bad.csv:6: 法制审核结论: warning: A major decision (重大执法决定) was made without a legal "
            "review concluding 同意 on or before the decision date."_s);
        QCOMPARE(r.errorCount(), 9);
        QCOMPARE(t.rowCount(u"enforcement_case"_s), qint64(0));

        // Cross-field checks need the row to be otherwise valid: the decision before filing.
        const QString order = write(t, u"order.csv"_s, kHeader + u"B-1,市场监管局,行政处罚,案由,,,2024-03-01,2024-02-01,,,,,,,,,,,,,,,\n"
                                                          "B-1,市场监管局,行政处罚,案由,,,2024-03-01,,,,,,,,,,,,,,,,\n"_s);
        const QStringList orderLines = problemLines(importFile(t.db(), Kind::Cases, order));
        QCOMPARE(orderLines, (QStringList{
                                 u"order.csv:2: 决定日期: The decision date (决定日期) is before the filing date (立案日期)."_s,
                                 u"order.csv:3: 案号: duplicate: the same record is already on line 2"_s}));
    }

    void reviewRoundsFollowTheFileAndRecordPartsSurvive()
    {
        Test::TestDatabase t;
        roster(t);
        const QString row = u"R-1,市场监管局,行政处罚,案由,,,2024-03-01,,,,,,,,,,是,%1,%2,,,,\n"_s;
        QVERIFY(importFile(t.db(), Kind::Cases, write(t, u"a.csv"_s, kHeader + row.arg(u"2024-04-01"_s, u"存在问题"_s))).committed);
        {
            // Stages are not in the template: recorded by hand, they must survive imports.
            auto c = CaseRepository(t.db()).findByCaseNo(u"R-1"_s).value().value();
            c.stages = {{CaseStage::Filing, QDate(2024, 3, 1), u"审批"_s, true}};
            Transaction tx(t.db());
            QVERIFY(CaseRepository(t.db()).save(c).ok());
            QVERIFY(tx.commit().ok());
        }
        const QString approved = write(t, u"b.csv"_s, kHeader + row.arg(u"2024-04-10"_s, u"同意"_s));
        ImportReport r = importFile(t.db(), Kind::Cases, approved);
        QCOMPARE(r.updated, 1);
        auto c = CaseRepository(t.db()).findByCaseNo(u"R-1"_s).value().value();
        QCOMPARE(c.reviews.size(), 2);
        QCOMPARE(c.reviews.at(0).conclusion, ReviewConclusion::Problems);
        QCOMPARE(c.reviews.at(1).round, 2);
        QCOMPARE(c.reviews.at(1).conclusion, ReviewConclusion::Approved);
        QCOMPARE(c.stages.size(), 1);
        QCOMPARE(importFile(t.db(), Kind::Cases, approved).unchanged, 1);
        // A different date for the latest round corrects it rather than adding one.
        QCOMPARE(importFile(t.db(), Kind::Cases, write(t, u"c.csv"_s, kHeader + row.arg(u"2024-04-11"_s, u"同意"_s))).updated, 1);
        c = CaseRepository(t.db()).findByCaseNo(u"R-1"_s).value().value();
        QCOMPARE(c.reviews.size(), 2);
        QCOMPARE(c.reviews.at(1).concludedOn, QDate(2024, 4, 11));
    }

    void exportRoundTripsExactly()
    {
        Test::TestDatabase t;
        roster(t);
        QVERIFY(importFile(t.db(), Kind::Cases, write(t, u"in.csv"_s, kHeader + kPenaltyRow + kLicenceRow)).committed);
        const QString csv = t.filePath(u"out.csv"_s);
        const QString xlsx = t.filePath(u"out.xlsx"_s);
        QCOMPARE(exportFile(t.db(), Kind::Cases, csv).value(), 2);
        QCOMPARE(exportFile(t.db(), Kind::Cases, xlsx).value(), 2);
        const QString text = QString::fromUtf8(readAll(csv));
        QVERIFY2(text.contains(u"ZF001、ZF002,罚款、没收违法所得,从轻,,,12500.50,0.99,是,2024-05-06,同意"_s), qPrintable(text));
        QVERIFY(readAll(csv).startsWith("\xEF\xBB\xBF")); // BOM, so Excel reads UTF-8
        QVERIFY2(text.contains(kHeader.trimmed() + u"\r\n"_s), qPrintable(text.left(200)));
        for (const QString &file : {csv, xlsx}) {
            ImportReport r = importFile(t.db(), Kind::Cases, file);
            QVERIFY2(r.committed, qPrintable(problemLines(r).join(u'\n')));
            QCOMPARE(r.unchanged, 2);
        }
        const QString again = t.filePath(u"again.csv"_s);
        QVERIFY(exportFile(t.db(), Kind::Cases, again).ok());
        QCOMPARE(readAll(again), readAll(csv));
    }

    // The search index follows every import: rebuilt once when the file brings more cases
    // than the table holds, row by row (the trigger) otherwise; the trigger stays in place.
    void searchIndexFollowsBothPaths()
    {
        Test::TestDatabase t;
        roster(t);
        auto matches = [&](const QString &term) {
            QSqlQuery q(t->connection());
            q.prepare(u"SELECT count(*) FROM case_fts WHERE case_fts MATCH ?"_s);
            q.addBindValue(QString(u"\""_s + term + u"\""_s));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        auto trigger = [&] {
            QSqlQuery q(t->connection());
            return q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'case_fts_insert'"_s) && q.next()
                       ? q.value(0).toInt() : -1;
        };
        QString bulk = kHeader;
        for (int i = 0; i < 50; ++i)
            bulk += u"市监罚〔2024〕%1号,市场监管局,行政处罚,销售过期食品案%1,甲乙丙商行,法人,2024-01-05,,,ZF001、ZF002,,,,,,,否,,,,,,否\n"_s.arg(i);
        QCOMPARE(importFile(t.db(), Kind::Cases, write(t, u"bulk.csv"_s, bulk)).inserted, 50); // 50 > 0: rebuilt
        QCOMPARE(matches(u"过期食品"_s), 50);
        QCOMPARE(trigger(), 1);
        const QString one = kHeader + u"市监罚〔2024〕99号,市场监管局,行政处罚,无照经营烟草案,丁戊己商店,法人,2024-02-01,,,ZF001,,,,,,,否,,,,,,否\n"_s;
        QCOMPARE(importFile(t.db(), Kind::Cases, write(t, u"one.csv"_s, one)).inserted, 1); // 1 < 50: trigger
        QCOMPARE(matches(u"丁戊己"_s), 1);
        QCOMPARE(matches(u"过期食品"_s), 50);
        QCOMPARE(trigger(), 1);
        // A dry run leaves the index and the trigger alone.
        ImportOptions dry;
        dry.dryRun = true;
        QString more = kHeader;
        for (int i = 100; i < 200; ++i)
            more += u"市监罚〔2024〕%1号,市场监管局,行政处罚,庚辛壬案%1,某商行,法人,2024-01-05,,,ZF001,,,,,,,否,,,,,,否\n"_s.arg(i);
        QVERIFY(!importFile(t.db(), Kind::Cases, write(t, u"more.csv"_s, more), dry).committed);
        QCOMPARE(matches(u"庚辛壬"_s), 0);
        QCOMPARE(trigger(), 1);
    }

    void tenThousandRows()
    {
        Test::TestDatabase t;
        roster(t);
        QString text = kHeader;
        for (int i = 0; i < 10000; ++i)
            text += u"市监罚〔2024〕%1号,市场监管局,行政处罚,无证经营案%1,某某商行%1,法人,2024-01-%2,2024-03-%2,,ZF001、ZF002,"
                    "警告、罚款,一般,,,%3.50,,否,,,2024-03-28,,,否\n"_s.arg(i).arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i * 10);
        const QString file = write(t, u"big.csv"_s, text);
        QElapsedTimer timer;
        timer.start();
        ImportReport r = importFile(t.db(), Kind::Cases, file);
        const qint64 first = timer.restart();
        QVERIFY2(r.committed, qPrintable(problemLines(r).mid(0, 5).join(u'\n')));
        QCOMPARE(r.inserted, 10000);
        ImportReport again = importFile(t.db(), Kind::Cases, file);
        const qint64 second = timer.restart();
        QCOMPARE(again.unchanged, 10000);
        QVERIFY(exportFile(t.db(), Kind::Cases, t.filePath(u"big-out.csv"_s)).ok());
        const qint64 exported = timer.elapsed();
        qInfo("10,000 cases: import %lld ms, re-import (unchanged) %lld ms, export %lld ms", first, second, exported);
    }
};

QTEST_GUILESS_MAIN(TestCaseImport)
#include "tst_caseimport.moc"
