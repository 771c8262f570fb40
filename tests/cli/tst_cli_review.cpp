// `jiandu-cli print review-sheet` end to end: the built CLI on a real database with a review
// activity, its PDFs read back with pdftotext.

#include "core/tst_reviewhelpers.h"
#include "documents/pdftext.h"
#include "support/clirunner.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Test::runCli;

namespace {
QString rawText(const QString &pdf)
{
    QString text = Test::runTool(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    text.remove(QRegularExpression(u"\\s"_s));
    return text;
}
} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QStringList common() const
    {
        return {u"--db"_s, m_db->path(), u"--lang"_s, u"en"_s, u"--as-of"_s, u"2025-06-01"_s};
    }
    Test::CliRun print(const QStringList &args, const QString &out)
    {
        return runCli(QStringList{u"print"_s, u"review-sheet"_s} + args +
                      QStringList{u"--out"_s, out} + common());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils are not installed");
        m_db = std::make_unique<Test::TestDatabase>(QDate(2025, 3, 1));
        Database &db = m_db->db();
        const qint64 market = Test::addAgency(db, u"清河县市场监督管理局"_s);
        const qint64 c1 = Test::addCase(db, market, u"清市监罚〔2024〕5号"_s, QDate(2024, 2, 1),
                                        QDate(2024, 3, 1));
        ReviewRepository repo(db);
        ReviewActivity first;
        first.name = u"上半年评查"_s;
        first.year = 2025;
        first.seed = 4242;
        Test::addActivity(db, first);
        ReviewActivity second;
        second.name = u"下半年评查"_s;
        second.year = 2025;
        second.seed = 777001;
        Test::addActivity(db, second);
        FileReview early;
        early.activityId = first.id;
        early.caseId = c1;
        early.reviewedOn = QDate(2025, 4, 1);
        early.status = ReviewStatus::Final;
        early.results = {ItemResult{15, false, 25, u"未告知听证权利"_s}}; // 程序 20 -> 0
        QVERIFY(repo.saveReview(early).ok());
        FileReview late;
        late.activityId = second.id;
        late.caseId = c1;
        late.reviewedOn = QDate(2025, 9, 1);
        late.status = ReviewStatus::Final;
        late.results = {ItemResult{16, false, 5.5, u"未引用具体条款"_s}};
        QVERIFY(repo.saveReview(late).ok());
    }

    void blankSheetOfTheCurrentVersion()
    {
        const QString pdf = m_db->filePath(u"blank.pdf"_s);
        const Test::CliRun r = print({}, pdf);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"Wrote"_s));
        const QString text = rawText(pdf);
        QVERIFY(text.contains(u"执法人员不少于2人"_s));
        QVERIFY(text.contains(u"法制审核与集体讨论"_s));
        QVERIFY(!text.contains(u"/100"_s));
        QCOMPARE(Test::radicalsIn(Test::pdfPages(pdf).join(u'\n')), QString());
    }

    void caseInActivityAndLatest()
    {
        const QString inFirst = m_db->filePath(u"first.pdf"_s);
        Test::CliRun r =
            print({u"清市监罚〔2024〕5号"_s, u"--activity"_s, u"上半年评查"_s}, inFirst);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = rawText(inFirst);
        QVERIFY(text.contains(u"80/100"_s));
        QVERIFY(text.contains(u"合格"_s));
        QVERIFY(text.contains(u"4242"_s));
        QVERIFY(text.contains(u"未告知听证权利"_s));

        const QString latest = m_db->filePath(u"latest.pdf"_s);
        r = print({u"清市监罚〔2024〕5号"_s}, latest);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = rawText(latest);
        QVERIFY(text.contains(u"94.5/100"_s));
        QVERIFY(text.contains(u"优秀"_s));
        QVERIFY(text.contains(u"777001"_s));
        QVERIFY(text.contains(u"下半年评查"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown activity") << QStringList{u"--activity"_s, u"没有的活动"_s} << 2;
        QTest::newRow("unknown case") << QStringList{u"清市监罚〔2099〕1号"_s} << 2;
        QTest::newRow("two cases") << QStringList{u"a"_s, u"b"_s} << 2;
        QTest::newRow("latest review") << QStringList{u"清市监罚〔2024〕5号"_s} << 0;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString pdf = m_db->filePath(u"err.pdf"_s);
        QFile::remove(pdf);
        const Test::CliRun r = print(args, pdf);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(QFile::exists(pdf), exitCode == 0);
    }

    void caseWithoutReviewIsDataError()
    {
        const qint64 agency = Test::addAgency(m_db->db(), u"城关镇人民政府"_s);
        Test::addCase(m_db->db(), agency, u"城关罚〔2024〕1号"_s, QDate(2024, 5, 1));
        const QString pdf = m_db->filePath(u"none.pdf"_s);
        Test::CliRun r = print({u"城关罚〔2024〕1号"_s}, pdf);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"no file review"_s), qPrintable(r.err));
        r = print({u"城关罚〔2024〕1号"_s, u"--activity"_s, u"上半年评查"_s}, pdf);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(pdf));
        // No --out, or not a PDF.
        r = runCli(QStringList{u"print"_s, u"review-sheet"_s} + common());
        QCOMPARE(r.exitCode, 2);
        r = print({}, m_db->filePath(u"x.xlsx"_s));
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
