// caseDeadlines() (the case view's timeline) and its agreement with the SQL case rules.

#include "tst_rulehelpers.h"

#include "rules/casedeadlines.h"

#include <QRandomGenerator>

using namespace Jiandu;
using namespace Jiandu::Test;
using Kind = Rules::CaseDeadline::Kind;
using State = Rules::CaseDeadline::State;

namespace {
std::optional<Rules::CaseDeadline> deadline(const QList<Rules::CaseDeadline> &all, Kind kind)
{
    for (const auto &d : all)
        if (d.kind == kind)
            return d;
    return std::nullopt;
}

WorkingCalendar shipped()
{
    auto cal = WorkingCalendar::shipped();
    if (!cal)
        qFatal("no shipped calendar");
    return *cal;
}
} // namespace

class TestCaseDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicityOverNationalDay()
    {
        EnforcementCase c = ruleCase(1, QStringLiteral("罚1"), CaseKind::Penalty, {2024, 9, 1},
                                     {2024, 9, 27});
        c.publishedOn = QDate(2024, 10, 12);
        const Rules::RuleSettings s;
        auto d = deadline(Rules::caseDeadlines(c, shipped(), s, {2024, 12, 1}), Kind::Publicity);
        QVERIFY(d);
        QCOMPARE(d->due, QDate(2024, 10, 12));
        QVERIFY(d->workingDays);
        QCOMPARE(d->state, State::Met);
        c.publishedOn = QDate(2024, 10, 14);
        d = deadline(Rules::caseDeadlines(c, shipped(), s, {2024, 12, 1}), Kind::Publicity);
        QCOMPARE(d->state, State::Late);
        // Published after the as-of date: not yet done on it.
        d = deadline(Rules::caseDeadlines(c, shipped(), s, {2024, 10, 12}), Kind::Publicity);
        QCOMPARE(d->state, State::Pending);
    }

    void handlingRunsToTheDecision()
    {
        EnforcementCase c = ruleCase(1, QStringLiteral("罚1"), CaseKind::Penalty, {2024, 1, 1});
        const Rules::RuleSettings s;
        auto d = deadline(Rules::caseDeadlines(c, shipped(), s, {2024, 3, 31}), Kind::Handling);
        QVERIFY(d);
        QCOMPARE(d->due, QDate(2024, 3, 31));
        QCOMPARE(d->stage, std::optional<CaseStage>(CaseStage::Decision));
        QCOMPARE(d->state, State::Pending);
        d = deadline(Rules::caseDeadlines(c, shipped(), s, {2024, 4, 1}), Kind::Handling);
        QCOMPARE(d->state, State::Overdue);
        // Decided in time but closed months later: the period was met.
        c.decidedOn = QDate(2024, 3, 30);
        c.closedOn = QDate(2024, 8, 1);
        d = deadline(Rules::caseDeadlines(c, shipped(), s, {2024, 9, 1}), Kind::Handling);
        QCOMPARE(d->doneOn, QDate(2024, 3, 30));
        QCOMPARE(d->state, State::Met);
    }

    void missingYearIsUnknown()
    {
        EnforcementCase c = ruleCase(1, QStringLiteral("罚1"), CaseKind::Penalty, {2026, 12, 1},
                                     {2026, 12, 29});
        const auto d = deadline(Rules::caseDeadlines(c, shipped(), {}, {2027, 3, 1}), Kind::Publicity);
        QCOMPARE(d->state, State::Unknown);
        QVERIFY(d->problem.contains(QStringLiteral("2027")));
    }

    // The SQL rules and caseDeadlines() find the same cases late or overdue.
    void rulesAgreeWithTimeline()
    {
        TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某市市场监督管理局"));
        QRandomGenerator rng(20241001);
        const QList<CaseKind> kinds = {CaseKind::Penalty, CaseKind::Licence, CaseKind::Inspection,
                                       CaseKind::Coercion};
        QList<EnforcementCase> cases;
        for (int i = 0; i < 240; ++i) {
            const QDate opened = QDate(2024, 1, 1).addDays(rng.bounded(300));
            EnforcementCase c = ruleCase(agency, QStringLiteral("案%1").arg(i),
                                         kinds.at(rng.bounded(kinds.size())), opened);
            if (rng.bounded(4) != 0) {
                c.decidedOn = opened.addDays(rng.bounded(120));
                if (rng.bounded(3) != 0)
                    c.publishedOn = c.decidedOn.addDays(rng.bounded(40));
                c.major = rng.bounded(3) == 0;
                if (c.major && rng.bounded(2) == 0)
                    c.reviews = {reviewRound(1, c.decidedOn.addDays(rng.bounded(5) - 3),
                                             ReviewConclusion::Approved)};
            }
            if (rng.bounded(5) == 0) {
                c.extensionDays = 30;
                c.extensionApprovedOn = opened.addDays(60);
                c.extensionApprovedBy = QStringLiteral("局长");
            }
            c.id = saveCase(t.db(), c);
            cases << c;
        }
        const QDate asOf(2024, 12, 20);
        const auto context = ruleContext(asOf, 2024);
        const WorkingCalendar cal = shipped();
        QList<qint64> publicity;
        QList<qint64> handling;
        QList<qint64> review;
        for (const EnforcementCase &c : cases) {
            if (c.openedOn > asOf)
                continue;
            for (const auto &d : Rules::caseDeadlines(c, cal, context.settings, asOf)) {
                const bool bad = d.state == State::Late || d.state == State::Overdue;
                if (d.kind == Kind::Publicity && bad && c.decidedOn <= asOf)
                    publicity << c.id;
                if (d.kind == Kind::Handling && d.state == State::Overdue)
                    handling << c.id;
                if (d.kind == Kind::LegalReview && bad && c.decidedOn <= asOf)
                    review << c.id;
            }
        }
        QVERIFY(publicity.size() > 10 && handling.size() > 5 && review.size() > 5);
        QCOMPARE(firedIds(t.db(), QStringLiteral("PUBLICITY_OVERDUE"), context), publicity);
        QCOMPARE(firedIds(t.db(), QStringLiteral("CASE_OVERDUE"), context), handling);
        QCOMPARE(firedIds(t.db(), QStringLiteral("MAJOR_NO_REVIEW"), context), review);
    }
};

QTEST_GUILESS_MAIN(TestCaseDeadlines)
#include "tst_casedeadlines.moc"
