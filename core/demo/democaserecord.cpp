// The record of a demo case once its outcome is known: legal review rounds and collective
// discussion, publicity in working days, appeals, and the full-process stages.

#include "democases.h"

#include "calendar/workingcalendar.h"
#include "democasetables.h"

#include <algorithm>

namespace Jiandu::Demo {

// Legal review (法制审核): every major decision (some sent back once with 存在问题, a few
// reviewed late or never), and a quarter of the ordinary penalty decisions.
void CasePlanner::makeReview(EnforcementCase &c, const AgencyPeople &people)
{
    const bool ordinary = c.kind == CaseKind::Penalty && !c.major && percent() < 25;
    if (!c.decidedOn.isValid() || !(c.major || ordinary))
        return;
    const int r = percent();
    const QDate decided = c.decidedOn;
    LegalReviewRound first{1, people.reviewer, {}, {}, ReviewConclusion::Approved, {}};
    if (c.major && r < 2) {
        // never reviewed: MAJOR_NO_REVIEW
    } else if (c.major && r < 4) { // approved only after the decision: MAJOR_NO_REVIEW
        first.submittedOn = decided;
        first.concludedOn = decided.addDays(between(1, 5));
        if (first.concludedOn > m_today)
            first.concludedOn = first.submittedOn;
        c.reviews << first;
    } else if (c.major && r < 19 && c.openedOn.daysTo(decided) >= 20) { // sent back once
        first.submittedOn = decided.addDays(-between(15, 19));
        first.concludedOn = first.submittedOn.addDays(between(1, 3));
        first.conclusion = ReviewConclusion::Problems;
        first.note = QStringLiteral("证据不够充分，退回承办机构补充调查");
        LegalReviewRound second{2, people.reviewer, first.concludedOn.addDays(between(4, 8)), {},
                                ReviewConclusion::Approved, QStringLiteral("已补正，同意")};
        second.concludedOn = std::min(second.submittedOn.addDays(between(1, 3)), decided.addDays(-1));
        c.reviews << first << second;
    } else {
        first.submittedOn = std::max(c.openedOn, decided.addDays(-between(4, 10)));
        first.concludedOn = std::min(first.submittedOn.addDays(between(1, 3)), decided);
        c.reviews << first;
    }
    if (!c.major)
        return;
    CollectiveDiscussion d;
    d.heldOn = decided.addDays(-between(0, 2));
    if (!c.reviews.isEmpty())
        d.heldOn = std::max(c.reviews.constLast().concludedOn, d.heldOn);
    d.heldOn = std::min(d.heldOn, decided);
    d.conclusion = QStringLiteral("同意作出%1决定").arg(Vocab::zh(c.kind));
    const int n = between(3, 4);
    for (int i = 0; i < n; ++i)
        d.opinions.append({people.leaders.at(i), CaseTables::opinion(m_rng)});
    c.discussion = d;
    if (c.hearingRequested)
        c.hearingHeldOn = std::max(c.openedOn, decided.addDays(-between(20, 30)));
}

// 事后公开: 行政许可 and 行政处罚 within 7 working days of the decision, others within 20;
// a few late, a very few never, and the newest decisions still pending.
void CasePlanner::makePublicity(EnforcementCase &c)
{
    if (!c.decidedOn.isValid())
        return;
    const int limit = c.kind == CaseKind::Penalty || c.kind == CaseKind::Licence ? 7 : 20;
    const int r = percent();
    if (r == 0 && m_rng.bounded(2) == 0)
        return; // never published
    const int n = r < 97 ? between(1, limit) : limit + between(1, 10);
    const QDate published = addWorkingDays(c.decidedOn, n);
    if (published.isValid() && published <= m_today)
        c.publishedOn = published;
}

void CasePlanner::makeAppeals(EnforcementCase &c)
{
    if (!c.decidedOn.isValid() || c.decidedOn.daysTo(m_today) < 90
        || (c.kind != CaseKind::Penalty && c.kind != CaseKind::Coercion && c.kind != CaseKind::Licence))
        return;
    const int r = static_cast<int>(m_rng.bounded(1000));
    bool revoked = false;
    if (r < 15) {
        using O = ReconsiderationOutcome;
        c.reconsideration = CaseTables::weighted<O>(m_rng, {{O::Upheld, 55}, {O::Dismissed, 15}, {O::Revoked, 12}, {O::Changed, 6},
                                                {O::Illegal, 4}, {O::Ordered, 3}, {O::Terminated, 5}});
        revoked = c.reconsideration == O::Revoked;
    }
    if (r >= 10 && r < 21) { // some go on to court after reconsideration, others go directly
        using O = LitigationOutcome;
        c.litigation = CaseTables::weighted<O>(m_rng, {{O::Upheld, 45}, {O::Dismissed, 25}, {O::Revoked, 10}, {O::Changed, 3},
                                           {O::Illegal, 5}, {O::Ordered, 2}, {O::Withdrawn, 10}});
        revoked = revoked || c.litigation == O::Revoked;
    }
    if (revoked && c.publishedOn.isValid()) // a revoked decision is taken down
        c.takenDownOn = std::min(m_today, c.publishedOn.addDays(between(60, 150)));
}

// The full-process record, in order, each stage on or after the one before.
void CasePlanner::makeStages(EnforcementCase &c)
{
    QDate at = c.openedOn;
    auto add = [&](CaseStage s, QDate d, bool av) {
        if (!d.isValid())
            return;
        d = std::max(d, at);
        if (d > m_today)
            return;
        at = d;
        c.stages.append({s, d, QString(), av});
    };
    const bool onSite = c.kind == CaseKind::Penalty || c.kind == CaseKind::Coercion || c.kind == CaseKind::Inspection;
    add(CaseStage::Filing, c.openedOn, false);
    const QDate end = c.decidedOn.isValid() ? c.decidedOn : c.closedOn.isValid() ? c.closedOn : m_today;
    add(CaseStage::Investigation, std::min(end, c.openedOn.addDays(between(0, 5))), onSite && percent() < 85);
    if (!c.decidedOn.isValid())
        return add(CaseStage::Closing, c.closedOn, false);
    if (c.kind == CaseKind::Penalty) { // 告知 comes before the hearing and the review
        const QDate next = c.hearingHeldOn.isValid() ? c.hearingHeldOn
                           : c.reviews.isEmpty()     ? c.decidedOn
                                                     : c.reviews.constFirst().submittedOn;
        add(CaseStage::Notice, std::max(c.openedOn, next.addDays(-between(3, 8))), false);
    }
    if (c.hearingHeldOn.isValid())
        add(CaseStage::Hearing, c.hearingHeldOn, true);
    if (!c.reviews.isEmpty() && c.reviews.constLast().concludedOn <= c.decidedOn)
        add(CaseStage::LegalReview, c.reviews.constLast().concludedOn, false);
    if (c.discussion)
        add(CaseStage::Discussion, c.discussion->heldOn, false);
    add(CaseStage::Decision, c.decidedOn, false);
    if (c.kind == CaseKind::Penalty || c.kind == CaseKind::Licence || c.kind == CaseKind::Coercion)
        add(CaseStage::Service, c.decidedOn.addDays(percent() < 2 ? between(8, 15) : between(0, 5)),
            c.kind == CaseKind::Coercion);
    if (c.fineFen || c.kind == CaseKind::Coercion)
        add(CaseStage::Execution, c.closedOn.isValid() ? c.closedOn : c.decidedOn.addDays(between(10, 30)),
            c.kind == CaseKind::Coercion);
    if (c.closedOn.isValid())
        add(CaseStage::Closing, c.closedOn, false);
}

} // namespace Jiandu::Demo
