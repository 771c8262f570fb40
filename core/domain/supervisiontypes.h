#pragma once

// Supervision and rectification (监督与整改, DOMAIN.md §4): supervision activities, findings,
// rectification tasks with their progress and workflow, supervision documents (监督文书).
// Plain values; the repositories in core/storage map them to the tables of migration 0005.

#include "vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jiandu {

enum class SupervisionKind
{
    Routine,
    Special,
    Resident,
    CaseReview,
    Complaint,
    Inspection,
    Campaign
};
enum class FindingSeverity
{
    Minor,
    Ordinary,
    Serious
};
// 未启动 → 整改中 → 已完成(待核验) → 已销号; 已完成 may go back to 整改中 with a reason.
enum class TaskStatus
{
    NotStarted,
    InProgress,
    Completed,
    SignedOff
};
enum class TaskEventKind
{
    Status,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRefused
};
enum class DocumentKind
{
    Notice,
    Opinion,
    Recommendation,
    Decision,
    RectificationNotice,
    UrgingLetter
};
// 草稿 → 已签发 → 已送达 → 已回复
enum class DocumentStatus
{
    Draft,
    Issued,
    Served,
    Replied
};

// As JD_VOCAB of vocabulary.h (undefined there after use).
#define JD_SUPERVISION_VOCAB(E, ...)                                                            \
    template <> struct VocabTraits<E>                                                           \
    {                                                                                           \
        static constexpr auto entries = std::to_array<VocabEntry<E>>({__VA_ARGS__});            \
    };

JD_SUPERVISION_VOCAB(SupervisionKind,
         {SupervisionKind::Routine, "routine", "日常监督", QT_TRANSLATE_NOOP("Vocabulary", "Routine supervision")},
         {SupervisionKind::Special, "special", "专项监督", QT_TRANSLATE_NOOP("Vocabulary", "Special supervision")},
         {SupervisionKind::Resident, "resident", "驻站式监督", QT_TRANSLATE_NOOP("Vocabulary", "Resident supervision")},
         {SupervisionKind::CaseReview, "case_review", "案卷评查", QT_TRANSLATE_NOOP("Vocabulary", "Case-file review")},
         {SupervisionKind::Complaint, "complaint", "投诉举报核查", QT_TRANSLATE_NOOP("Vocabulary", "Complaint verification")},
         {SupervisionKind::Inspection, "inspection", "执法检查", QT_TRANSLATE_NOOP("Vocabulary", "Enforcement inspection")},
         {SupervisionKind::Campaign, "campaign", "专项整治", QT_TRANSLATE_NOOP("Vocabulary", "Special campaign")})
JD_SUPERVISION_VOCAB(FindingSeverity,
         {FindingSeverity::Minor, "minor", "轻微", QT_TRANSLATE_NOOP("Vocabulary", "Minor")},
         {FindingSeverity::Ordinary, "ordinary", "一般", QT_TRANSLATE_NOOP("Vocabulary", "Ordinary")},
         {FindingSeverity::Serious, "serious", "严重", QT_TRANSLATE_NOOP("Vocabulary", "Serious")})
JD_SUPERVISION_VOCAB(TaskStatus,
         {TaskStatus::NotStarted, "not_started", "未启动", QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
         {TaskStatus::InProgress, "in_progress", "整改中", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
         {TaskStatus::Completed, "completed", "已完成", QT_TRANSLATE_NOOP("Vocabulary", "Completed (to verify)")},
         {TaskStatus::SignedOff, "signed_off", "已销号", QT_TRANSLATE_NOOP("Vocabulary", "Signed off")})
JD_SUPERVISION_VOCAB(TaskEventKind,
         {TaskEventKind::Status, "status", "状态变更", QT_TRANSLATE_NOOP("Vocabulary", "Status change")},
         {TaskEventKind::ExtensionRequested, "extension_requested", "申请延期", QT_TRANSLATE_NOOP("Vocabulary", "Extension requested")},
         {TaskEventKind::ExtensionApproved, "extension_approved", "批准延期", QT_TRANSLATE_NOOP("Vocabulary", "Extension approved")},
         {TaskEventKind::ExtensionRefused, "extension_refused", "不予延期", QT_TRANSLATE_NOOP("Vocabulary", "Extension refused")})
JD_SUPERVISION_VOCAB(DocumentKind,
         {DocumentKind::Notice, "notice", "行政执法监督通知书", QT_TRANSLATE_NOOP("Vocabulary", "Supervision notice")},
         {DocumentKind::Opinion, "opinion", "行政执法监督意见书", QT_TRANSLATE_NOOP("Vocabulary", "Supervision opinion")},
         {DocumentKind::Recommendation, "recommendation", "行政执法监督建议书", QT_TRANSLATE_NOOP("Vocabulary", "Supervision recommendation")},
         {DocumentKind::Decision, "decision", "行政执法监督决定书", QT_TRANSLATE_NOOP("Vocabulary", "Supervision decision")},
         {DocumentKind::RectificationNotice, "rectification_notice", "整改通知书", QT_TRANSLATE_NOOP("Vocabulary", "Rectification notice")},
         {DocumentKind::UrgingLetter, "urging_letter", "督办函", QT_TRANSLATE_NOOP("Vocabulary", "Supervision-and-urging letter")})
JD_SUPERVISION_VOCAB(DocumentStatus,
         {DocumentStatus::Draft, "draft", "草稿", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
         {DocumentStatus::Issued, "issued", "已签发", QT_TRANSLATE_NOOP("Vocabulary", "Issued")},
         {DocumentStatus::Served, "served", "已送达", QT_TRANSLATE_NOOP("Vocabulary", "Served")},
         {DocumentStatus::Replied, "replied", "已回复", QT_TRANSLATE_NOOP("Vocabulary", "Replied")})

#undef JD_SUPERVISION_VOCAB

// A supervision activity, or any other source of tasks (a rectification plan, a notice).
// `name` is unique: imported tasks name their source by it.
struct SupervisionActivity
{
    qint64 id = 0;
    QString name;
    SupervisionKind kind = SupervisionKind::Routine;
    QString supervisingUnit;
    QDate startedOn;
    QDate endedOn;
    QDate sourceDate; // the year month-only deadlines ("12月底") belong to
    QString note;
    QList<qint64> targetAgencyIds;
    bool operator==(const SupervisionActivity &) const = default;
};

// A unit named by a task, as written ("局机关各科室"), linked when it names a known agency or
// one of its sections.
struct TaskUnit
{
    QString name;
    std::optional<qint64> agencyId;
    std::optional<qint64> sectionId;
    bool operator==(const TaskUnit &) const = default;
};

// The deadline as written and as understood (spec/import-templates.md "tasks").
struct TaskDeadline
{
    QString text;              // exactly as written
    std::optional<QDate> date; // understood, or set by hand when `manual`
    bool openEnded = false;    // 长期坚持, 持续推进, 持续开展…
    bool understood = true;    // false: flagged, a person must set the date
    bool manual = false;       // the date was set by hand
    bool operator==(const TaskDeadline &) const = default;
};

struct RectificationTask
{
    qint64 id = 0;
    qint64 activityId = 0;
    QString seq; // as printed
    int position = 0;
    std::optional<qint64> findingId;
    QString problem;
    QString measures;
    std::optional<TaskUnit> leadUnit;
    QList<TaskUnit> responsibleUnits;
    QString owner;
    TaskDeadline deadline;
    TaskStatus status = TaskStatus::NotStarted;
    QDate completedOn;
    QDate closedOn; // 销号日期
    QString progress;
    QString remark;
    bool operator==(const RectificationTask &) const = default;
};

struct TaskProgress
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate reportedOn;
    QString done;
    int percent = 0;
    QString remaining;
    QDate expectedOn;
    bool operator==(const TaskProgress &) const = default;
};

struct TaskEvent
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDateTime at; // UTC
    QDate onDate;
    QString actor;
    TaskEventKind kind = TaskEventKind::Status;
    std::optional<TaskStatus> fromStatus;
    std::optional<TaskStatus> toStatus;
    QDate deadlineOn;
    QString reason;
};

struct SupervisionDocument
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::Notice;
    DocumentStatus status = DocumentStatus::Draft;
    int year = 0; // issuing number parts, set when issued
    int seq = 0;
    QString number; // 清司监通〔2025〕3号; empty while a draft
    QString title;
    QString recipient;
    std::optional<qint64> recipientAgencyId;
    QString body; // paragraphs separated by "\n"
    QString issuer;
    std::optional<qint64> activityId;
    std::optional<qint64> findingId;
    QDate draftedOn;
    QDate issuedOn;
    QDate servedOn;
    QDate replyDueOn;
    QDate repliedOn;
    QString replyNote;
    QList<qint64> taskIds; // the attached task list, in order
    bool operator==(const SupervisionDocument &) const = default;
};

} // namespace Jiandu
