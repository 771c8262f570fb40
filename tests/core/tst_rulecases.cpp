// The case rules at their boundaries (spec/warnings.md "Case rules"), on the shipped
// working-day calendar (National Day 2024: 1–7 October off, Sunday 29 September and
// Saturday 12 October worked).

#include "tst_rulehelpers.h"

#include "storage/calendarrepository.h"
#include "util/format.h"

using namespace Jiandu;
using namespace Jiandu::Test;

namespace {
const QString kAgency = QStringLiteral("某市市场监督管理局");
const QDate kDecided(2024, 9, 27); // the Friday before National Day 2024

struct Fixture
{
    TestDatabase t;
    qint64 agency = 0;
    qint64 o1 = 0;
    qint64 o2 = 0;
    Fixture()
    {
        agency = addAgency(t.db(), kAgency);
        OfficerSpec a;
        a.n = 1;
        a.certNumber = QStringLiteral("ZF1");
        o1 = addOfficer(t.db(), agency, a);
        OfficerSpec b;
        b.n = 2;
        b.name = QStringLiteral("李四");
        b.certNumber = QStringLiteral("ZF2");
        o2 = addOfficer(t.db(), agency, b);
    }
    Database &db() { return t.db(); }
    qint64 decided(const QString &no, CaseKind kind, const QDate &decidedOn, const QDate &published)
    {
        EnforcementCase c = ruleCase(agency, no, kind, decidedOn.addDays(-20), decidedOn, {o1, o2});
        c.publishedOn = published;
        return saveCase(db(), c);
    }
};

QList<qint64> fired(Database &db, const char *rule, const QDate &asOf, int year = 0)
{
    return firedIds(db, QString::fromLatin1(rule), ruleContext(asOf, year));
}
} // namespace

class TestRuleCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendarAgreesWithTheBoundaries()
    {
        // The dates the tests below rely on, from the calendar itself.
        const auto cal = WorkingCalendar::shipped();
        QVERIFY(cal);
        QCOMPARE(*cal->addWorkingDays(kDecided, 7), QDate(2024, 10, 12));
        QCOMPARE(*cal->addWorkingDays(kDecided, 20), QDate(2024, 10, 30));
    }

    void publishedOnSeventhWorkingDayIsInTime()
    {
        Fixture f;
        f.decided(QStringLiteral("罚1"), CaseKind::Penalty, kDecided, QDate(2024, 10, 12));
        const qint64 late = f.decided(QStringLiteral("罚2"), CaseKind::Penalty, kDecided,
                                      QDate(2024, 10, 14));
        f.decided(QStringLiteral("许1"), CaseKind::Licence, kDecided, QDate(2024, 10, 12));
        const auto warnings =
            evaluateRule(f.db(), QStringLiteral("PUBLICITY_OVERDUE"), ruleContext({2024, 12, 1}));
        QCOMPARE(warnings.size(), 1);
        const Rules::Warning &w = warnings.first();
        QCOMPARE(w.recordId, late);
        QCOMPARE(w.key, QStringLiteral("罚2"));
        QCOMPARE(w.subject, Rules::Subject::Case);
        QCOMPARE(w.level, Rules::Level::Error);
        QCOMPARE(w.agency, kAgency);
        QCOMPARE(w.due, QDate(2024, 10, 12));
        QVERIFY(w.message.contains(QStringLiteral("罚2")));
        QVERIFY(w.message.contains(Format::longDate(QDate(2024, 10, 14))));
    }

    void otherKindsHaveTwentyWorkingDays()
    {
        Fixture f;
        f.decided(QStringLiteral("检1"), CaseKind::Inspection, kDecided, QDate(2024, 10, 30));
        const qint64 late = f.decided(QStringLiteral("检2"), CaseKind::Inspection, kDecided,
                                      QDate(2024, 10, 31));
        QCOMPARE(fired(f.db(), "PUBLICITY_OVERDUE", {2024, 12, 1}), QList<qint64>{late});
    }

    void unpublishedOverdueFromTheDayAfterTheDeadline()
    {
        Fixture f;
        const qint64 id = f.decided(QStringLiteral("罚1"), CaseKind::Penalty, kDecided, {});
        QVERIFY(fired(f.db(), "PUBLICITY_OVERDUE", {2024, 10, 12}).isEmpty());
        QCOMPARE(fired(f.db(), "PUBLICITY_OVERDUE", {2024, 10, 13}), QList<qint64>{id});
        // Published after the as-of date: still unpublished on it.
        Fixture g;
        const qint64 later = g.decided(QStringLiteral("罚1"), CaseKind::Penalty, kDecided,
                                       QDate(2024, 10, 20));
        QCOMPARE(fired(g.db(), "PUBLICITY_OVERDUE", {2024, 10, 14}), QList<qint64>{later});
    }

    void publicityDueWithinThreeWorkingDays()
    {
        Fixture f;
        const qint64 id = f.decided(QStringLiteral("罚1"), CaseKind::Penalty, kDecided, {});
        // Due 12 October: from 9 October that is 3 working days away (10, 11, 12), from
        // 8 October 4, from the holiday on 7 October 5.
        QVERIFY(fired(f.db(), "PUBLICITY_DUE", {2024, 10, 7}).isEmpty());
        QVERIFY(fired(f.db(), "PUBLICITY_DUE", {2024, 10, 8}).isEmpty());
        QCOMPARE(fired(f.db(), "PUBLICITY_DUE", {2024, 10, 9}), QList<qint64>{id});
        const auto onDay =
            evaluateRule(f.db(), QStringLiteral("PUBLICITY_DUE"), ruleContext({2024, 10, 12}));
        QCOMPARE(onDay.size(), 1);
        QCOMPARE(onDay.first().due, QDate(2024, 10, 12));
        QCOMPARE(onDay.first().level, Rules::Level::Warning);
        QVERIFY(fired(f.db(), "PUBLICITY_DUE", {2024, 10, 13}).isEmpty());
        // Published: nothing due.
        Fixture g;
        g.decided(QStringLiteral("罚1"), CaseKind::Penalty, kDecided, QDate(2024, 9, 30));
        QVERIFY(fired(g.db(), "PUBLICITY_DUE", {2024, 10, 9}).isEmpty());
    }

    void publishedLateCountsInItsYearOnly()
    {
        Fixture f;
        const qint64 late = f.decided(QStringLiteral("罚1"), CaseKind::Penalty, kDecided,
                                      QDate(2024, 11, 1));
        const qint64 open = f.decided(QStringLiteral("罚2"), CaseKind::Penalty, kDecided, {});
        // As of 2025 (rule year 2025): the late publication of 2024 is a past fact of another
        // year; the unpublished case is still to do.
        QCOMPARE(fired(f.db(), "PUBLICITY_OVERDUE", {2025, 3, 1}), QList<qint64>{open});
        QCOMPARE(fired(f.db(), "PUBLICITY_OVERDUE", {2025, 3, 1}, 2024),
                 (QList<qint64>{late, open}));
    }

    void caseOverdueAfterNinetyDays()
    {
        Fixture f;
        const QDate opened(2024, 1, 1);
        const qint64 id = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚1"),
                                                    CaseKind::Penalty, opened, {}, {f.o1, f.o2}));
        EnforcementCase extended = ruleCase(f.agency, QStringLiteral("罚2"), CaseKind::Penalty,
                                            opened, {}, {f.o1, f.o2});
        extended.extensionDays = 30;
        extended.extensionApprovedOn = QDate(2024, 3, 20);
        extended.extensionApprovedBy = QStringLiteral("局长");
        const qint64 ext = saveCase(f.db(), extended);
        // Decided in time; other kinds have no statutory period by default.
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚3"), CaseKind::Penalty, opened,
                                  QDate(2024, 3, 1), {f.o1, f.o2}));
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("检1"), CaseKind::Inspection, opened,
                                  {}, {f.o1, f.o2}));

        QVERIFY(fired(f.db(), "CASE_OVERDUE", opened.addDays(90)).isEmpty()); // day 90
        const auto day91 =
            evaluateRule(f.db(), QStringLiteral("CASE_OVERDUE"), ruleContext(opened.addDays(91)));
        QCOMPARE(day91.size(), 1);
        QCOMPARE(day91.first().recordId, id);
        QCOMPARE(day91.first().due, QDate(2024, 3, 31));
        QVERIFY(fired(f.db(), "CASE_OVERDUE", opened.addDays(120)) == QList<qint64>{id});
        QCOMPARE(fired(f.db(), "CASE_OVERDUE", opened.addDays(121)), (QList<qint64>{id, ext}));
        // Before the decision of 罚3 it was open too: judged as of the date.
        QVERIFY(fired(f.db(), "CASE_OVERDUE", opened.addDays(91)).size() == 1);
    }

    void caseOverdueUsesTheCaseOwnPeriodAndSettings()
    {
        Fixture f;
        const QDate opened(2024, 1, 1);
        EnforcementCase own = ruleCase(f.agency, QStringLiteral("罚1"), CaseKind::Penalty, opened);
        own.statutoryDays = 30;
        const qint64 id = saveCase(f.db(), own);
        const qint64 insp = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("检1"),
                                                      CaseKind::Inspection, opened));
        QCOMPARE(fired(f.db(), "CASE_OVERDUE", {2024, 2, 1}), QList<qint64>{id});
        auto c = ruleContext({2024, 2, 1});
        c.settings.statutoryDays.insert(CaseKind::Inspection, 20);
        QCOMPARE(firedIds(f.db(), QStringLiteral("CASE_OVERDUE"), c), (QList<qint64>{id, insp}));
    }

    void majorDecisionNeedsApprovalByTheDecisionDate()
    {
        Fixture f;
        const QDate decided(2024, 5, 10);
        auto major = [&](const QString &no, const QList<LegalReviewRound> &rounds) {
            EnforcementCase c = ruleCase(f.agency, no, CaseKind::Penalty, {2024, 4, 1}, decided,
                                         {f.o1, f.o2});
            c.major = true;
            c.reviews = rounds;
            return saveCase(f.db(), c);
        };
        major(QStringLiteral("重1"), {reviewRound(1, decided, ReviewConclusion::Approved)});
        const qint64 after =
            major(QStringLiteral("重2"), {reviewRound(1, decided.addDays(1), ReviewConclusion::Approved)});
        major(QStringLiteral("重3"), {reviewRound(1, {2024, 5, 1}, ReviewConclusion::Problems),
                                     reviewRound(2, {2024, 5, 8}, ReviewConclusion::Approved)});
        const qint64 problems =
            major(QStringLiteral("重4"), {reviewRound(1, {2024, 5, 1}, ReviewConclusion::Problems)});
        const qint64 none = major(QStringLiteral("重5"), {});
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("普1"), CaseKind::Penalty, {2024, 4, 1},
                                  decided, {f.o1, f.o2}));

        const auto warnings =
            evaluateRule(f.db(), QStringLiteral("MAJOR_NO_REVIEW"), ruleContext({2024, 6, 1}));
        QList<qint64> ids;
        for (const auto &w : warnings) {
            ids << w.recordId;
            QCOMPARE(w.due, decided);
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{after, problems, none}));
        // Not decided yet on the as-of date; and another rule year.
        QVERIFY(fired(f.db(), "MAJOR_NO_REVIEW", {2024, 5, 9}).isEmpty());
        QVERIFY(fired(f.db(), "MAJOR_NO_REVIEW", {2025, 3, 1}).isEmpty());
        QCOMPARE(fired(f.db(), "MAJOR_NO_REVIEW", {2025, 3, 1}, 2024).size(), 3);
    }

    void certificateMustBeHeldOnFilingAndDecision()
    {
        Fixture f;
        const QDate decided(2024, 5, 10);
        OfficerSpec lapsed;
        lapsed.n = 3;
        lapsed.name = QStringLiteral("王五");
        lapsed.certNumber = QStringLiteral("ZF3");
        lapsed.certExpires = decided.addDays(-1);
        const qint64 o3 = addOfficer(f.db(), f.agency, lapsed);
        OfficerSpec cancelled = lapsed;
        cancelled.n = 4;
        cancelled.name = QStringLiteral("赵六");
        cancelled.certNumber = QStringLiteral("ZF4");
        cancelled.certExpires = QDate(2027, 12, 31);
        cancelled.certStatus = CertStatus::Cancelled;
        const qint64 o4 = addOfficer(f.db(), f.agency, cancelled);
        OfficerSpec suspended = cancelled;
        suspended.n = 5;
        suspended.name = QStringLiteral("孙七");
        suspended.certNumber = QStringLiteral("ZF5");
        suspended.certStatus = CertStatus::Suspended;
        const qint64 o5 = addOfficer(f.db(), f.agency, suspended);

        const qint64 c1 = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚1"), CaseKind::Penalty,
                                                    {2024, 4, 1}, decided, {f.o1, o3}));
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚2"), CaseKind::Penalty, {2024, 4, 1},
                                  decided.addDays(-1), {f.o1, o3}));
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚3"), CaseKind::Penalty, {2024, 4, 1},
                                  decided, {f.o1, o4}));
        const qint64 c4 = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚4"),
                                                    CaseKind::Penalty, {2024, 4, 1}, decided,
                                                    {o5, f.o2}));

        const auto warnings =
            evaluateRule(f.db(), QStringLiteral("UNCERTIFIED_OFFICER"), ruleContext({2024, 6, 1}));
        QCOMPARE(warnings.size(), 2);
        QHash<qint64, Rules::Warning> byCase;
        for (const auto &w : warnings)
            byCase.insert(w.recordId, w);
        QVERIFY(byCase.contains(c1) && byCase.contains(c4));
        QCOMPARE(byCase.value(c1).due, decided); // expired the day before the decision
        QVERIFY(byCase.value(c1).message.contains(QStringLiteral("王五")));
        QCOMPARE(byCase.value(c4).due, QDate(2024, 4, 1)); // suspended: not held at filing
        QVERIFY(byCase.value(c4).message.contains(QStringLiteral("孙七")));
        // Before the decision, only the filing counts.
        QCOMPARE(fired(f.db(), "UNCERTIFIED_OFFICER", {2024, 5, 9}), QList<qint64>{c4});
    }

    void singleOfficerOnPenaltyAndInspection()
    {
        Fixture f;
        const QDate opened(2024, 4, 1);
        const qint64 p1 = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚1"), CaseKind::Penalty,
                                                    opened, {}, {f.o1}));
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("罚2"), CaseKind::Penalty, opened, {},
                                  {f.o1, f.o2}));
        const qint64 i1 = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("检1"),
                                                    CaseKind::Inspection, opened, {}, {f.o2}));
        const qint64 i0 = saveCase(f.db(), ruleCase(f.agency, QStringLiteral("检0"),
                                                    CaseKind::Inspection, opened));
        saveCase(f.db(), ruleCase(f.agency, QStringLiteral("许1"), CaseKind::Licence, opened, {},
                                  {f.o1}));
        const auto warnings =
            evaluateRule(f.db(), QStringLiteral("SINGLE_OFFICER"), ruleContext({2024, 6, 1}));
        QList<qint64> ids;
        for (const auto &w : warnings)
            ids << w.recordId;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{p1, i1, i0}));
        QCOMPARE(warnings.first().level, Rules::Level::Warning);
        // Filed after the as-of date: not yet a case.
        QVERIFY(fired(f.db(), "SINGLE_OFFICER", {2024, 3, 31}).isEmpty());
    }

    void missingCalendarYearIsReported()
    {
        Fixture f;
        // Shipped data ends with 2026: a 2027 decision, and one of late 2026 whose deadline
        // falls in 2027, cannot be checked; they are not counted as a plain week.
        f.decided(QStringLiteral("罚1"), CaseKind::Penalty, {2027, 1, 11}, {});
        f.decided(QStringLiteral("罚2"), CaseKind::Penalty, {2026, 12, 29}, {});
        f.decided(QStringLiteral("罚3"), CaseKind::Penalty, {2026, 12, 1}, {});
        const QDate asOf(2027, 3, 1);
        const auto missing =
            evaluateRule(f.db(), QStringLiteral("CALENDAR_MISSING"), ruleContext(asOf));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().key, QStringLiteral("2027"));
        QCOMPARE(missing.first().subject, Rules::Subject::Report);
        QCOMPARE(missing.first().level, Rules::Level::Warning);
        QVERIFY(missing.first().message.contains(QStringLiteral("2027")));
        QVERIFY(missing.first().message.contains(QStringLiteral("2 case")));
        const auto overdue = evaluateRule(f.db(), QStringLiteral("PUBLICITY_OVERDUE"), ruleContext(asOf));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().key, QStringLiteral("罚3"));

        // Once the user enters 2027 as complete, the deadlines count and the warning goes.
        {
            Transaction tx(f.db());
            QVERIFY(CalendarRepository(f.db()).setYearComplete(2027, true, QStringLiteral("国办发明电")));
            QVERIFY(tx.commit());
        }
        QVERIFY(evaluateRule(f.db(), QStringLiteral("CALENDAR_MISSING"), ruleContext(asOf)).isEmpty());
        QCOMPARE(fired(f.db(), "PUBLICITY_OVERDUE", asOf).size(), 3);
    }

    void settingsRoundTrip()
    {
        Fixture f;
        Rules::RuleSettings s = Rules::RuleSettings::load(f.db());
        QCOMPARE(s.publicityDaysMain, 7);
        QCOMPARE(s.statutoryDaysFor(CaseKind::Penalty), std::optional<int>(90));
        QVERIFY(!s.statutoryDaysFor(CaseKind::Licence));
        s.publicityDaysMain = 5;
        s.publicityDaysOther = 15;
        s.publicityDueDays = 2;
        s.statutoryDays = {{CaseKind::Licence, 20}};
        {
            Transaction tx(f.db());
            QVERIFY(s.save(f.db()));
            QVERIFY(tx.commit());
        }
        const Rules::RuleSettings back = Rules::RuleSettings::load(f.db());
        QCOMPARE(back.publicityDaysMain, 5);
        QCOMPARE(back.publicityDaysOther, 15);
        QCOMPARE(back.publicityDueDays, 2);
        QCOMPARE(back.statutoryDays, (QMap<CaseKind, int>{{CaseKind::Licence, 20}}));
    }

    void allRulesListsTheCaseRules()
    {
        const QStringList expected = {
            QStringLiteral("MAJOR_NO_REVIEW"), QStringLiteral("PUBLICITY_OVERDUE"),
            QStringLiteral("PUBLICITY_DUE"),   QStringLiteral("CASE_OVERDUE"),
            QStringLiteral("UNCERTIFIED_OFFICER"), QStringLiteral("SINGLE_OFFICER"),
            QStringLiteral("CALENDAR_MISSING")};
        QStringList ids;
        for (const Rules::Rule *r : Rules::allRules())
            ids << r->id();
        // The report and rectification rules follow.
        QCOMPARE(ids.mid(9, expected.size()), expected);
    }
};

QTEST_GUILESS_MAIN(TestRuleCases)
#include "tst_rulecases.moc"
