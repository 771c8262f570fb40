// Training, assessment and reviewer-ratio rules at their boundaries (as of 2025-03-01).

#include "tst_rulehelpers.h"

using namespace Jiandu;
using namespace Jiandu::Test;

namespace {
const QDate kAsOf(2025, 3, 1);

qint64 officer(Database &db, qint64 agency, int n, OfficerStatus status = OfficerStatus::Active,
               bool reviewer = false)
{
    OfficerSpec s;
    s.n = n;
    s.name = QStringLiteral("王%1").arg(n);
    s.status = status;
    s.legalReviewer = reviewer;
    s.certNumber = QStringLiteral("C%1").arg(n);
    return addOfficer(db, agency, s);
}
} // namespace

class TestRuleStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingShortBoundary()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县市场监督管理局"));
        const qint64 short1 = officer(t.db(), agency, 1);
        addTraining(t.db(), short1, QDate(2025, 1, 10), 40);
        addTraining(t.db(), short1, QDate(2025, 2, 10), 19.99);
        const qint64 enough = officer(t.db(), agency, 2);
        addTraining(t.db(), enough, QDate(2025, 1, 10), 40);
        addTraining(t.db(), enough, QDate(2025, 2, 10), 20);

        const auto found = evaluateRule(t.db(), QStringLiteral("TRAINING_SHORT"), ruleContext());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().recordId, short1);
        QCOMPARE(found.first().due, QDate(2025, 12, 31));
        QCOMPARE(found.first().level, Rules::Level::Warning);
        QVERIFY(found.first().message.contains(QStringLiteral("59.99")));
        QVERIFY(found.first().message.contains(QStringLiteral("2025")));
    }

    void minutesCountFortyFiveToTheHour()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县生态环境局"));
        const qint64 full = officer(t.db(), agency, 1);
        addTraining(t.db(), full, QDate(2025, 1, 10), 59);
        addTrainingMinutes(t.db(), full, QDate(2025, 2, 1), 45);
        const qint64 minuteShort = officer(t.db(), agency, 2);
        addTraining(t.db(), minuteShort, QDate(2025, 1, 10), 59);
        addTrainingMinutes(t.db(), minuteShort, QDate(2025, 2, 1), 44);
        // 90 entries of 30 minutes: exactly 60 class hours, summed in floating point.
        const qint64 manyThirds = officer(t.db(), agency, 3);
        for (int i = 0; i < 90; ++i)
            addTrainingMinutes(t.db(), manyThirds, QDate(2025, 1, 1).addDays(i), 30);
        QCOMPARE(firedIds(t.db(), QStringLiteral("TRAINING_SHORT"), ruleContext()), QList<qint64>{minuteShort});
    }

    void politicalTheoryDoesNotCount()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县交通运输局"));
        const qint64 political = officer(t.db(), agency, 1);
        addTraining(t.db(), political, QDate(2025, 1, 10), 80, TrainingKind::Political);
        addTrainingMinutes(t.db(), political, QDate(2025, 1, 11), 2700, TrainingKind::Political);
        const qint64 mixed = officer(t.db(), agency, 2);
        for (TrainingKind k : {TrainingKind::PublicLaw, TrainingKind::SpecialistLaw, TrainingKind::Skills,
                               TrainingKind::LawUpdate})
            addTraining(t.db(), mixed, QDate(2025, 1, 10 + int(k)), 15, k);
        QCOMPARE(firedIds(t.db(), QStringLiteral("TRAINING_SHORT"), ruleContext()), QList<qint64>{political});
    }

    void trainingYearAndInactiveOfficers()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县农业农村局"));
        const qint64 lastYear = officer(t.db(), agency, 1);
        addTraining(t.db(), lastYear, QDate(2024, 12, 31), 60, TrainingKind::LawUpdate);
        officer(t.db(), agency, 2, OfficerStatus::Retired);
        officer(t.db(), agency, 3, OfficerStatus::OffPost);

        QCOMPARE(firedIds(t.db(), QStringLiteral("TRAINING_SHORT"), ruleContext()), QList<qint64>{lastYear});
        QCOMPARE(firedIds(t.db(), QStringLiteral("NO_LAW_UPDATE"), ruleContext()), QList<qint64>{lastYear});
        const auto y2024 = ruleContext(kAsOf, 2024);
        QVERIFY(firedIds(t.db(), QStringLiteral("TRAINING_SHORT"), y2024).isEmpty());
        QVERIFY(firedIds(t.db(), QStringLiteral("NO_LAW_UPDATE"), y2024).isEmpty());
        const auto w = evaluateRule(t.db(), QStringLiteral("NO_LAW_UPDATE"), ruleContext());
        QCOMPARE(w.first().due, QDate(2025, 12, 31));
        QVERIFY(w.first().message.contains(QStringLiteral("王1")));
    }

    void noLawUpdateNeedsTheKind()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县应急管理局"));
        const qint64 updated = officer(t.db(), agency, 1);
        addTraining(t.db(), updated, QDate(2025, 1, 1), 2, TrainingKind::LawUpdate);
        const qint64 other = officer(t.db(), agency, 2);
        addTraining(t.db(), other, QDate(2025, 1, 1), 70, TrainingKind::SpecialistLaw);
        QCOMPARE(firedIds(t.db(), QStringLiteral("NO_LAW_UPDATE"), ruleContext()), QList<qint64>{other});
        Q_UNUSED(updated)
    }

    void assessmentExitNeedsConsecutiveYears()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县卫生健康委员会"));
        const qint64 consecutive = officer(t.db(), agency, 1);
        addAssessment(t.db(), consecutive, 2022, AssessmentResult::Incompetent);
        addAssessment(t.db(), consecutive, 2023, AssessmentResult::Incompetent);
        const qint64 gap = officer(t.db(), agency, 2);
        addAssessment(t.db(), gap, 2021, AssessmentResult::Incompetent);
        addAssessment(t.db(), gap, 2022, AssessmentResult::Basic);
        addAssessment(t.db(), gap, 2023, AssessmentResult::Incompetent);
        // Retired with the card handed in: left the service, nothing to do.
        OfficerSpec gone;
        gone.n = 3;
        gone.status = OfficerStatus::Retired;
        const qint64 retired = addOfficer(t.db(), agency, gone);
        addAssessment(t.db(), retired, 2023, AssessmentResult::Incompetent);
        addAssessment(t.db(), retired, 2024, AssessmentResult::Incompetent);
        // Off post but still holding a valid card.
        const qint64 holding = officer(t.db(), agency, 4, OfficerStatus::OffPost);
        addAssessment(t.db(), holding, 2023, AssessmentResult::Incompetent);
        addAssessment(t.db(), holding, 2024, AssessmentResult::Incompetent);
        // The second year lies after the as-of year.
        const qint64 future = officer(t.db(), agency, 5);
        addAssessment(t.db(), future, 2025, AssessmentResult::Incompetent);
        addAssessment(t.db(), future, 2026, AssessmentResult::Incompetent);

        const auto found = evaluateRule(t.db(), QStringLiteral("ASSESSMENT_EXIT"), ruleContext());
        QList<qint64> ids;
        for (const auto &w : found) {
            ids << w.recordId;
            QCOMPARE(w.level, Rules::Level::Error);
            if (w.recordId == consecutive)
                QVERIFY(w.message.contains(QStringLiteral("2022")) && w.message.contains(QStringLiteral("2023")));
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{consecutive, holding}));
        // In 2026 the last pair counts too.
        QCOMPARE(firedIds(t.db(), QStringLiteral("ASSESSMENT_EXIT"), ruleContext(QDate(2026, 3, 1))),
                 (QList<qint64>{consecutive, holding, future}));
    }

    void reviewerRatioRoundsUp()
    {
        Test::TestDatabase t;
        const qint64 twenty = addAgency(t.db(), QStringLiteral("甲局"));
        const qint64 twentyOne = addAgency(t.db(), QStringLiteral("乙局"));
        const qint64 single = addAgency(t.db(), QStringLiteral("丙镇"));
        const qint64 inactiveReviewer = addAgency(t.db(), QStringLiteral("丁局"));
        const qint64 empty = addAgency(t.db(), QStringLiteral("戊局"));
        int n = 0;
        for (int i = 0; i < 20; ++i)
            officer(t.db(), twenty, ++n, OfficerStatus::Active, i == 0);
        for (int i = 0; i < 21; ++i)
            officer(t.db(), twentyOne, ++n, OfficerStatus::Active, i == 0);
        officer(t.db(), single, ++n);
        officer(t.db(), inactiveReviewer, ++n);
        officer(t.db(), inactiveReviewer, ++n, OfficerStatus::Retired, true);
        officer(t.db(), empty, ++n, OfficerStatus::Transferred);

        const auto found = evaluateRule(t.db(), QStringLiteral("REVIEWER_RATIO"), ruleContext());
        QList<qint64> ids;
        for (const auto &w : found) {
            ids << w.recordId;
            QCOMPARE(w.subject, Rules::Subject::Agency);
            QCOMPARE(w.key, w.agency);
            QVERIFY(!w.due.isValid());
            if (w.recordId == twentyOne) {
                QCOMPARE(w.key, QStringLiteral("乙局"));
                QVERIFY(w.message.contains(QStringLiteral("21 officer(s)")));
                QVERIFY(w.message.contains(QStringLiteral("at least 2 required")));
            }
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{twentyOne, single, inactiveReviewer}));

        // A second reviewer in 乙局 satisfies 21 officers; 40 would still need only two.
        officer(t.db(), twentyOne, ++n, OfficerStatus::Active, true);
        for (int i = 0; i < 18; ++i)
            officer(t.db(), twentyOne, ++n);
        QCOMPARE(firedIds(t.db(), QStringLiteral("REVIEWER_RATIO"), ruleContext()),
                 (QList<qint64>{single, inactiveReviewer}));
        officer(t.db(), twentyOne, ++n); // 41 → 3 required
        QCOMPARE(firedIds(t.db(), QStringLiteral("REVIEWER_RATIO"), ruleContext()),
                 (QList<qint64>{twentyOne, single, inactiveReviewer}));
    }
};

QTEST_GUILESS_MAIN(TestRuleStaff)
#include "tst_rulestaff.moc"
