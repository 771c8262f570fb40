// Scoring and grading of file reviews (案卷评查): veto items, deductions floored at 0, grade
// boundaries and thresholds from the settings, validation naming the field; the default
// sheet seeded by migration 0004.

#include "domain/reviewtypes.h"
#include "storage/reviewrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

// 2 veto items, then 卷面 20 (5 + 15) and 内容 80 (30.5 + 49.5).
ReviewSheet smallSheet()
{
    ReviewSheet s;
    s.name = u"测试标准"_s;
    s.version = u"1"_s;
    s.effectiveOn = QDate(2024, 1, 1);
    s.items = {{SheetSection::Veto, u"主体合法"_s, 0, {}},
               {SheetSection::Veto, u"程序合法"_s, 0, {}},
               {SheetSection::Form, u"立卷归档规范"_s, 5, {}},
               {SheetSection::Form, u"文书制作规范"_s, 15, {}},
               {SheetSection::Content, u"事实与证据"_s, 30.5, {}},
               {SheetSection::Content, u"程序"_s, 49.5, {}}};
    return s;
}

ItemResult deduct(int position, double points)
{
    return ItemResult{position, false, points, u"扣分理由"_s};
}

} // namespace

class TestReviewScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSheetIsSeeded()
    {
        Test::TestDatabase t;
        auto current = ReviewRepository(t.db()).currentSheet(QDate(2025, 3, 1));
        QVERIFY(current.ok() && current.value());
        const ReviewSheet &s = *current.value();
        QStringList veto;
        double form = 0, content = 0;
        for (const SheetItem &i : s.items) {
            if (i.section == SheetSection::Veto)
                veto << i.title;
            else
                (i.section == SheetSection::Form ? form : content) += i.maxPoints;
        }
        QCOMPARE(veto, (QStringList{u"主体合法"_s, u"执法资格"_s, u"应移送未移送"_s, u"证据充分"_s,
                                    u"事实清楚"_s, u"定性正确"_s, u"适用法律正确"_s, u"程序合法"_s,
                                    u"执法人员不少于2人"_s}));
        QCOMPARE(form, 20.0);
        QCOMPARE(content, 80.0);
        QCOMPARE(s.maxTotal(), 100.0);
        // Veto items come first.
        QCOMPARE(s.items.at(8).section, SheetSection::Veto);
        QCOMPARE(s.items.at(9).section, SheetSection::Form);
    }

    void fullMarksWithoutDeductions()
    {
        const ReviewScore s = scoreReview(smallSheet(), {}, GradeThresholds{});
        QCOMPARE(s.total, 100.0);
        QCOMPARE(s.formPoints, 20.0);
        QCOMPARE(s.contentPoints, 80.0);
        QCOMPARE(s.grade, ReviewGrade::Excellent);
        QVERIFY(!s.vetoed);
    }

    void failedVetoIsFailWithZeroPoints()
    {
        ItemResult veto{2, true, 0, u"未告知听证权利"_s};
        const ReviewScore s = scoreReview(smallSheet(), {veto}, GradeThresholds{});
        QVERIFY(s.vetoed);
        QCOMPARE(s.total, 0.0);
        QCOMPARE(s.grade, ReviewGrade::Fail);
        // A passed veto item changes nothing.
        const ReviewScore passed =
            scoreReview(smallSheet(), {ItemResult{2, false, 0, {}}}, GradeThresholds{});
        QCOMPARE(passed.total, 100.0);
        // Veto flags on scored items do not veto (validation refuses them).
        const ReviewScore misplaced =
            scoreReview(smallSheet(), {ItemResult{3, true, 0, {}}}, GradeThresholds{});
        QVERIFY(!misplaced.vetoed);
    }

    void deductionNeverTakesAnItemBelowZero()
    {
        // 立卷归档规范 has 5 points: a deduction of 8 costs 5, not 8.
        const ReviewScore s = scoreReview(smallSheet(), {deduct(3, 8)}, GradeThresholds{});
        QCOMPARE(s.total, 95.0);
        QCOMPARE(s.formPoints, 15.0);
        QCOMPARE(itemScore(smallSheet().items.at(2), 8), 0.0);
        QCOMPARE(itemScore(smallSheet().items.at(2), 4.5), 0.5);
        // Every item floored: 0 points, 不合格.
        const ReviewScore zero =
            scoreReview(smallSheet(), {deduct(3, 99), deduct(4, 99), deduct(5, 99), deduct(6, 99)},
                        GradeThresholds{});
        QCOMPARE(zero.total, 0.0);
        QCOMPARE(zero.grade, ReviewGrade::Fail);
    }

    void gradeBoundaries_data()
    {
        QTest::addColumn<double>("deduction");
        QTest::addColumn<double>("total");
        QTest::addColumn<ReviewGrade>("grade");
        QTest::newRow("90") << 10.0 << 90.0 << ReviewGrade::Excellent;
        QTest::newRow("89.5") << 10.5 << 89.5 << ReviewGrade::Pass;
        QTest::newRow("90.5") << 9.5 << 90.5 << ReviewGrade::Excellent;
        QTest::newRow("70") << 30.0 << 70.0 << ReviewGrade::Pass;
        QTest::newRow("69.5") << 30.5 << 69.5 << ReviewGrade::Fail;
        QTest::newRow("51") << 49.0 << 51.0 << ReviewGrade::Fail;
    }

    void gradeBoundaries()
    {
        QFETCH(double, deduction);
        QFETCH(double, total);
        QFETCH(ReviewGrade, grade);
        // Split over two content items so sums of half points are exercised.
        const double first = std::min(deduction, 30.5);
        QList<ItemResult> results{deduct(5, first)};
        if (deduction > first)
            results << deduct(6, deduction - first);
        const ReviewScore s = scoreReview(smallSheet(), results, GradeThresholds{});
        QCOMPARE(s.total, total);
        QCOMPARE(s.grade, grade);
    }

    void thresholdsComeFromTheSettings()
    {
        Test::TestDatabase t;
        ReviewRepository repo(t.db());
        QCOMPARE(repo.thresholds().excellent, 90.0);
        QCOMPARE(repo.thresholds().pass, 70.0);
        {
            Transaction tx(t.db());
            SettingsRepository settings(t.db());
            QVERIFY(settings.setValue(ReviewRepository::kExcellentKey, u"85"_s).ok());
            QVERIFY(settings.setValue(ReviewRepository::kPassKey, u"60"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        const GradeThresholds th = repo.thresholds();
        QCOMPARE(th.excellent, 85.0);
        QCOMPARE(th.pass, 60.0);
        QCOMPARE(gradeFor(85, th), ReviewGrade::Excellent);
        QCOMPARE(gradeFor(84.5, th), ReviewGrade::Pass);
        QCOMPARE(gradeFor(60, th), ReviewGrade::Pass);
        QCOMPARE(gradeFor(59.5, th), ReviewGrade::Fail);
    }

    void validationNamesTheField()
    {
        FileReview r;
        r.activityId = 1;
        r.caseId = 1;
        QVERIFY(validateReview(r, smallSheet()).ok());

        r.results = {deduct(3, -1)};
        auto negative = validateReview(r, smallSheet());
        QVERIFY(!negative.ok());
        QCOMPARE(negative.error().context, u"Deduction"_s);
        QVERIFY(negative.error().message.contains(u"立卷归档规范"_s));

        r.results = {deduct(7, 1)};
        QCOMPARE(validateReview(r, smallSheet()).error().context, u"Item"_s);
        r.results = {deduct(1, 1)}; // a veto item takes no deduction
        QCOMPARE(validateReview(r, smallSheet()).error().context, u"Deduction"_s);
        r.results = {deduct(3, 1), deduct(3, 2)};
        QCOMPARE(validateReview(r, smallSheet()).error().context, u"Item"_s);
        r.results = {};
        r.problems = {ReviewProblem{0, u"  "_s, {}, {}}};
        QCOMPARE(validateReview(r, smallSheet()).error().context, u"Problem"_s);

        ReviewSheet s = smallSheet();
        s.items[4].maxPoints = 0;
        QCOMPARE(validateSheet(s).error().context, u"Maximum points"_s);
        s = smallSheet();
        s.version.clear();
        QCOMPARE(validateSheet(s).error().context, u"Version"_s);

        ReviewActivity a;
        a.name = u"2025年度案卷评查"_s;
        a.year = 2025;
        QVERIFY(validateActivity(a).ok());
        a.sampleCount = 10;
        QCOMPARE(validateActivity(a).error().context, u"Sampled bodies"_s);
        a.sampleAgencyIds = {1};
        QCOMPARE(validateActivity(a).error().context, u"Sampled year"_s);
        a.sampleYear = 2024;
        QVERIFY(validateActivity(a).ok());
        a.year = 0;
        QCOMPARE(validateActivity(a).error().context, u"Year"_s);
    }
};

QTEST_GUILESS_MAIN(TestReviewScoring)
#include "tst_reviewscoring.moc"
