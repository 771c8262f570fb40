#pragma once

// The deadlines of one case's process (DOMAIN.md §3, §6), for the case view's timeline.
// The case rules (caserules.cpp) test the same deadlines in SQL over all cases; a test
// checks that both agree.

#include "calendar/workingcalendar.h"
#include "domain/casetypes.h"
#include "rules/warning.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Jiandu::Rules {

struct CaseDeadline
{
    enum class Kind
    {
        LegalReview, // a major decision: a review concluding 同意 on or before the decision
        Service,     // 行政处罚: the decision served within 7 days (行政处罚法 art. 61)
        Publicity,   // published within 7 / 20 working days of the decision
        Handling     // closed within the statutory handling period (+ approved extension)
    };
    enum class State
    {
        Met,     // done on or before the deadline
        Late,    // done after the deadline
        Pending, // not done, deadline not passed
        Overdue, // not done, deadline passed
        Unknown  // the deadline cannot be computed (e.g. no calendar data): see `problem`
    };

    Kind kind = Kind::Handling;
    std::optional<CaseStage> stage; // the stage of the timeline it belongs to, if any
    QDate due;                      // the last day allowed (invalid when Unknown)
    QDate doneOn;                   // when it was done (invalid while not done)
    bool workingDays = false;       // counted in working days (else calendar days)
    State state = State::Pending;
    QString problem;                // translated; why the state is Unknown

    [[nodiscard]] QString label() const;      // translated, e.g. "公示期限"
    [[nodiscard]] QString stateLabel() const; // translated
};

// The deadlines that apply to `c` as of `asOf`, in process order. None before the case has
// what they count from (no decision: no publicity deadline yet).
QList<CaseDeadline> caseDeadlines(const EnforcementCase &c, const WorkingCalendar &calendar,
                                  const RuleSettings &settings, const QDate &asOf);

} // namespace Jiandu::Rules
