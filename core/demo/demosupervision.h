#pragma once

// The supervision and rectification of one demo county (监督与整改, DOMAIN.md §4): a special
// campaign modelled on seed 001's rectification plan (findings, a task list with real-style
// problems, measures, units and deadline phrases, in every status of the flow, with progress
// reports, a return, extensions approved and pending, a deadline not understood, some
// overdue), a smaller resident supervision (驻站式监督), and supervision documents in every
// status, issued through DocumentRepository so their numbers are real. Everything goes
// through the repositories (audited), relative to `today`, deterministic.

#include "demoplan.h"
#include "domain/supervisiontypes.h"
#include "util/result.h"

namespace Jiandu {
class Database;
}

namespace Jiandu::Demo {

struct SupervisionSummary
{
    int activities = 0;
    int findings = 0;
    int tasks = 0;
    int documents = 0;
};

// `agencyIds`: the county's agencies as written, by index into plan.agencies.
VoidResult writeSupervision(Database &db, const CountyPlan &plan, const QList<qint64> &agencyIds,
                            const QDate &today, SupervisionSummary &summary);

namespace SupervisionTables {

// How a demo task moves through the flow by `today`.
enum class Scenario
{
    NotStarted,        // deadline ahead
    NotStartedOverdue, // TASK_OVERDUE
    InProgress,        // with progress reports, deadline ahead
    InProgressDueSoon, // TASK_DUE_SOON
    InProgressOverdue, // TASK_OVERDUE
    Completed,         // waiting for sign-off
    SignedOff,
    Returned,          // completed, sent back to 整改中 with a reason
    ExtensionApproved, // the deadline moved by an approved extension
    ExtensionPending,  // overdue, a request waiting for a decision
    Undated,           // the deadline text is not understood (TASK_UNDATED)
    OpenEnded,         // 长期坚持 / 持续推进
    DateAndOpen,       // "…前完成并持续开展"
};

// The deadline as the plan writes it, relative to the source date and today.
enum class Due
{
    MonthEnd2,  // the end of the second month after the source date (past by today)
    MonthEnd7,  // the end of the seventh month after the source date (ahead)
    MonthEnd7AndOpen, // "YYYY年M月底前完成并持续开展" with that month
    InFiveDays, // a day five days after today ("M月D日前")
    DaysAgo3,   // a day three days before today
    Text,       // `text` as is
};

struct TaskTemplate
{
    int agency;           // index into Tables::agencies()
    const char *category; // of the finding
    FindingSeverity severity;
    const char *problem;
    const char *measures;
    const char *lead;        // as written; %1: the agency's name
    const char *responsible; // as written, several joined with 、; %1: the agency's name
    Scenario scenario;
    Due due;
    const char *text = ""; // Due::Text
};

const QList<TaskTemplate> &campaignTasks();
const QList<TaskTemplate> &residentTasks();
// The agency index of the resident supervision's target.
int residentAgency();

} // namespace SupervisionTables

} // namespace Jiandu::Demo
