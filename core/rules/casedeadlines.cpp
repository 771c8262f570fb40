#include "casedeadlines.h"

#include <QCoreApplication>

namespace Jiandu::Rules {

namespace {

// Judged as things stood on `asOf`: something done after it was not done yet.
CaseDeadline::State stateOf(const QDate &due, const QDate &doneOn, const QDate &asOf)
{
    if (doneOn.isValid() && doneOn <= asOf)
        return doneOn <= due ? CaseDeadline::State::Met : CaseDeadline::State::Late;
    return asOf > due ? CaseDeadline::State::Overdue : CaseDeadline::State::Pending;
}

QDate stageDate(const EnforcementCase &c, CaseStage stage)
{
    for (const CaseStageRecord &s : c.stages)
        if (s.stage == stage)
            return s.date;
    return {};
}

} // namespace

QString CaseDeadline::label() const
{
    switch (kind) {
    case Kind::LegalReview:
        return QCoreApplication::translate("CaseDeadline", "Legal review before the decision");
    case Kind::Service:
        return QCoreApplication::translate("CaseDeadline", "Service of the decision");
    case Kind::Publicity:
        return QCoreApplication::translate("CaseDeadline", "Publicity of the decision");
    case Kind::Handling:
        return QCoreApplication::translate("CaseDeadline", "Statutory handling period");
    }
    return {};
}

QString CaseDeadline::stateLabel() const
{
    switch (state) {
    case State::Met:
        return QCoreApplication::translate("CaseDeadline", "Met");
    case State::Late:
        return QCoreApplication::translate("CaseDeadline", "Late");
    case State::Pending:
        return QCoreApplication::translate("CaseDeadline", "Pending");
    case State::Overdue:
        return QCoreApplication::translate("CaseDeadline", "Overdue");
    case State::Unknown:
        return QCoreApplication::translate("CaseDeadline", "Unknown");
    }
    return {};
}

QList<CaseDeadline> caseDeadlines(const EnforcementCase &c, const WorkingCalendar &calendar,
                                  const RuleSettings &settings, const QDate &asOf)
{
    QList<CaseDeadline> out;
    const bool decided = c.decidedOn.isValid();

    // A major decision needs a review concluding 同意 by the decision date (MAJOR_NO_REVIEW).
    if (c.major && decided) {
        CaseDeadline d;
        d.kind = CaseDeadline::Kind::LegalReview;
        d.stage = CaseStage::LegalReview;
        d.due = c.decidedOn;
        for (const LegalReviewRound &r : c.reviews) {
            if (r.conclusion == ReviewConclusion::Approved && r.concludedOn.isValid()
                && (!d.doneOn.isValid() || r.concludedOn < d.doneOn))
                d.doneOn = r.concludedOn;
        }
        // Undone by the decision date is overdue at once: the decision was made without it.
        d.state = stateOf(d.due, d.doneOn, asOf > d.due ? asOf : d.due.addDays(1));
        out.append(d);
    }

    if (c.kind == CaseKind::Penalty && decided) {
        CaseDeadline d;
        d.kind = CaseDeadline::Kind::Service;
        d.stage = CaseStage::Service;
        d.due = c.decidedOn.addDays(7);
        d.doneOn = stageDate(c, CaseStage::Service);
        d.state = stateOf(d.due, d.doneOn, asOf);
        out.append(d);
    }

    if (decided) {
        CaseDeadline d;
        d.kind = CaseDeadline::Kind::Publicity;
        d.workingDays = true;
        d.doneOn = c.publishedOn;
        const Result<QDate> due = calendar.addWorkingDays(c.decidedOn, settings.publicityDays(c.kind));
        if (due) {
            d.due = *due;
            d.state = stateOf(d.due, d.doneOn, asOf);
        } else {
            d.state = CaseDeadline::State::Unknown;
            d.problem = due.error().message;
        }
        out.append(d);
    }

    const std::optional<int> days = c.statutoryDays ? c.statutoryDays : settings.statutoryDaysFor(c.kind);
    if (days && c.openedOn.isValid()) {
        CaseDeadline d;
        // 行政处罚法 art. 60: the period runs to the decision; a case closed without one
        // (撤销立案, 终止调查) ends it by closing.
        d.kind = CaseDeadline::Kind::Handling;
        d.stage = CaseStage::Decision;
        d.due = c.openedOn.addDays(*days + c.extensionDays);
        d.doneOn = c.decidedOn.isValid() ? c.decidedOn : c.closedOn;
        d.state = stateOf(d.due, d.doneOn, asOf);
        out.append(d);
    }
    return out;
}

} // namespace Jiandu::Rules
