// The case-file review score sheet printed to real PDFs and read back with pdftotext/pdfinfo:
// every item, the total and grade, the seed, wrapped long text, several pages, a blank sheet.

#include "core/tst_reviewhelpers.h"
#include "documents/pdftext.h"
#include "documents/reviewsheetdocument.h"
#include "storage/reviewrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Documents;
using namespace Qt::StringLiterals;

namespace {

const QString kLongReason =
    u"现场检查笔录未记载检查起止时间，询问笔录未由当事人逐页签名确认，抽样取证凭证缺少被抽样人"
    "签章，检验报告未依法送达当事人，亦未告知其申请复检的权利，证据之间无法相互印证形成完整证据链"_s;

// The text in drawing order with all white space removed: wrapped cells read back whole.
QString rawText(const QString &pdf)
{
    QString text = Test::runTool(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    text.remove(QRegularExpression(u"\\s"_s));
    return text;
}

} // namespace

class TestReviewSheetDocument : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    ReviewActivity m_activity;
    ReviewSheet m_sheet;
    qint64 m_reviewId = 0, m_vetoedId = 0, m_longId = 0;

    QString write(const ReviewSheetOptions &options, const QString &name, int *pages = nullptr)
    {
        const QString path = m_db->filePath(name);
        auto r = writeReviewSheetPdf(m_db->db(), options, path);
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        if (pages)
            *pages = r.ok() ? r.value() : -1;
        return r.ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
        m_db = std::make_unique<Test::TestDatabase>(QDate(2025, 3, 1));
        Database &db = m_db->db();
        const qint64 market = Test::addAgency(db, u"清河县市场监督管理局"_s);
        const qint64 caseA = Test::addCase(db, market, u"清市监罚〔2024〕18号"_s, QDate(2024, 3, 1),
                                           QDate(2024, 4, 2));
        const qint64 caseB = Test::addCase(db, market, u"清市监罚〔2024〕19号"_s, QDate(2024, 3, 5),
                                           QDate(2024, 4, 9));
        const qint64 caseC = Test::addCase(db, market, u"清市监罚〔2024〕20号"_s, QDate(2024, 3, 8),
                                           QDate(2024, 4, 12));
        ReviewRepository repo(db);
        ReviewExpert expert;
        expert.name = u"王大明"_s;
        expert.organisation = u"清河律师事务所"_s;
        expert.phone = u"13987654321"_s;
        QVERIFY(repo.saveExpert(expert).ok());

        m_activity.name = u"2025年度行政执法案卷交叉评查"_s;
        m_activity.year = 2025;
        m_activity.kind = ReviewKind::Cross;
        m_activity.sampleAgencyIds = {market};
        m_activity.sampleYear = 2024;
        m_activity.sampleCount = 3;
        m_activity.seed = Q_UINT64_C(9876543210123);
        Test::addActivity(db, m_activity);
        m_sheet = *repo.sheet(m_activity.sheetId).value();

        FileReview r;
        r.activityId = m_activity.id;
        r.caseId = caseA;
        r.reviewerIds = {expert.id};
        r.reviewedOn = QDate(2025, 3, 20);
        r.status = ReviewStatus::Final;
        r.results = {ItemResult{14, false, 12.5, kLongReason},
                     ItemResult{17, false, 10, u"未说明裁量理由"_s}};
        r.problems = {ReviewProblem{0, u"送达回证缺失"_s, 18, {}}};
        QVERIFY(repo.saveReview(r).ok());
        m_reviewId = r.id;

        FileReview vetoed;
        vetoed.activityId = m_activity.id;
        vetoed.caseId = caseB;
        vetoed.status = ReviewStatus::Final;
        vetoed.results = {ItemResult{9, true, 0, u"仅一名执法人员"_s}};
        QVERIFY(repo.saveReview(vetoed).ok());
        m_vetoedId = vetoed.id;

        FileReview many;
        many.activityId = m_activity.id;
        many.caseId = caseC;
        many.results = {ItemResult{10, false, 1, {}}};
        for (int i = 1; i <= 60; ++i)
            many.problems << ReviewProblem{0, u"第%1项问题：文书编号不连续"_s.arg(i), 11, {}};
        QVERIFY(repo.saveReview(many).ok());
        m_longId = many.id;
    }

    void printsEveryItemTotalGradeAndSeed()
    {
        ReviewSheetOptions o;
        o.reviewId = m_reviewId;
        o.printDate = QDate(2025, 3, 21);
        int pages = 0;
        const QString pdf = write(o, u"review.pdf"_s, &pages);
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pdfInfoIsA4Portrait(pdf));
        const QString text = rawText(pdf);
        for (const SheetItem &item : m_sheet.items)
            QVERIFY2(text.contains(QString(item.title).remove(u' ')), qPrintable(item.title));
        QVERIFY(text.contains(u"77.5/100"_s)); // 100 − 12.5 − 10
        QVERIFY(text.contains(u"合格"_s));
        QVERIFY(text.contains(u"9876543210123"_s));
        QVERIFY(text.contains(u"清市监罚〔2024〕18号"_s));
        QVERIFY(text.contains(u"清河县市场监督管理局"_s));
        QVERIFY(text.contains(u"销售不符合食品安全标准的食品案"_s));
        QVERIFY(text.contains(u"2025年度行政执法案卷交叉评查"_s));
        QVERIFY(text.contains(u"交叉"_s));
        QVERIFY(text.contains(u"王大明"_s));
        QVERIFY(text.contains(u"2025-03-20"_s));
        QVERIFY(text.contains(m_sheet.name));
        QVERIFY(text.contains(u"送达回证缺失"_s));
        QVERIFY2(text.contains(kLongReason), "the long reason wraps and is printed whole");
        QVERIFY(!text.contains(u"13987654321"_s));
        const QString all = Test::pdfPages(pdf).join(u'\n');
        QCOMPARE(Test::radicalsIn(all), QString());
        QCOMPARE(Test::radicalsIn(Test::runTool(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s})),
                 QString());
    }

    void vetoedReviewPrintsZeroAndFail()
    {
        ReviewSheetOptions o;
        o.reviewId = m_vetoedId;
        const QString text = rawText(write(o, u"vetoed.pdf"_s));
        QVERIFY(text.contains(u"0/100"_s));
        QVERIFY(text.contains(u"不合格"_s));
        QVERIFY(text.contains(u"仅一名执法人员"_s));
    }

    void longReviewRunsOverPagesWithoutLosingRows()
    {
        ReviewSheetOptions o;
        o.reviewId = m_longId;
        int pages = 0;
        const QString pdf = write(o, u"long.pdf"_s, &pages);
        QVERIFY(pages >= 2);
        const QStringList texts = Test::pdfPages(pdf);
        QCOMPARE(texts.size(), pages);
        QVERIFY(texts.constLast().contains(u"Page %1 of %1"_s.arg(pages)));
        const QString text = rawText(pdf);
        for (int i = 1; i <= 60; ++i)
            QVERIFY2(text.contains(u"第%1项问题：文书编号不连续"_s.arg(i)),
                     qPrintable(QString::number(i)));
        // A draft with results has its score: 99 points.
        QVERIFY(text.contains(u"99/100"_s));
    }

    void blankSheetPrints()
    {
        ReviewSheetOptions blank;
        blank.printDate = QDate(2025, 3, 1);
        const QString pdf = write(blank, u"blank.pdf"_s);
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pdfInfoIsA4Portrait(pdf));
        const QString text = rawText(pdf);
        for (const SheetItem &item : m_sheet.items)
            QVERIFY2(text.contains(item.title), qPrintable(item.title));
        QVERIFY(text.contains(u"□"_s));
        QVERIFY(!text.contains(u"/100"_s)); // no score
        QVERIFY(!text.contains(u"9876543210123"_s));

        // Headed with an activity: its seed is printed.
        blank.activityId = m_activity.id;
        const QString headed = rawText(write(blank, u"blank-activity.pdf"_s));
        QVERIFY(headed.contains(u"9876543210123"_s));
        QVERIFY(headed.contains(u"2025年度行政执法案卷交叉评查"_s));
    }

    void missingReviewWritesNoFile()
    {
        ReviewSheetOptions o;
        o.reviewId = 999;
        const QString path = m_db->filePath(u"missing.pdf"_s);
        auto r = writeReviewSheetPdf(m_db->db(), o, path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));
    }

private:
    static bool pdfInfoIsA4Portrait(const QString &pdf)
    {
        const QString info = Test::pdfInfo(pdf);
        const QRegularExpression size(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
        const auto m = size.match(info);
        return m.hasMatch() && qAbs(m.captured(1).toDouble() - 595.3) < 1.5 &&
               qAbs(m.captured(2).toDouble() - 841.9) < 1.5;
    }
};

QTEST_MAIN(TestReviewSheetDocument)
#include "tst_reviewsheetdocument.moc"
