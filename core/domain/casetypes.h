#pragma once

// Enforcement cases (行政执法案件, DOMAIN.md §3): the case and its full-process record.
// Plain values; CaseRepository maps them to the tables of migration 0003.

#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Jiandu {

// An officer named on the case (承办人员), identified by the certificate used.
struct CaseOfficer
{
    qint64 officerId = 0;
    QString certNumber;   // 执法证号 as used on the case
    bool operator==(const CaseOfficer &) const = default;
};

// One step of the full-process record (全过程记录).
struct CaseStageRecord
{
    CaseStage stage = CaseStage::Filing;
    QDate date;
    QString note;
    bool audioVideo = false;   // recorded on audio/video (全程音像记录)
    bool operator==(const CaseStageRecord &) const = default;
};

// One round of legal review (法制审核). A round concluding 存在问题 sends the case back;
// the next round follows. Rounds are numbered 1, 2, … in order.
struct LegalReviewRound
{
    int round = 1;
    QString reviewer;
    QDate submittedOn;
    QDate concludedOn;
    std::optional<ReviewConclusion> conclusion;   // none while the review is pending
    QString note;
    bool operator==(const LegalReviewRound &) const = default;
};

struct DiscussionOpinion
{
    QString participant;
    QString opinion;
    bool operator==(const DiscussionOpinion &) const = default;
};

// Collective discussion (集体讨论) of a major or complex case, with each participant's opinion.
struct CollectiveDiscussion
{
    QDate heldOn;
    QString conclusion;
    QList<DiscussionOpinion> opinions;
    bool operator==(const CollectiveDiscussion &) const = default;
};

struct EnforcementCase
{
    qint64 id = 0;
    QString caseNo;                       // 案号, unique
    qint64 agencyId = 0;
    CaseKind kind = CaseKind::Penalty;
    QString title;                        // 案由
    QString party;                        // 当事人
    std::optional<PartyKind> partyKind;
    QDate openedOn;                       // 立案日期
    QDate decidedOn;                      // 决定日期
    QDate closedOn;                       // 结案日期
    QList<CaseOfficer> officers;
    QList<PenaltyCategory> penalties;     // 行政处罚 only
    std::optional<Discretion> discretion; // 行政处罚 only
    std::optional<LicenceResult> licenceResult; // 行政许可 only
    QList<CoercionKind> coercion;         // 行政强制 only
    std::optional<qint64> fineFen;
    std::optional<qint64> confiscationFen;
    bool major = false;                   // 重大执法决定
    QDate publishedOn;                    // 公示日期
    QDate takenDownOn;                    // withdrawn from publicity after revocation
    std::optional<ReconsiderationOutcome> reconsideration;
    std::optional<LitigationOutcome> litigation;
    bool transferred = false;             // 移送司法
    QDate transferredOn;
    // Statutory handling period in days; nullopt: the setting for the kind applies.
    std::optional<int> statutoryDays;
    int extensionDays = 0;                // approved extension (延期), added to the period
    QDate extensionApprovedOn;
    QString extensionApprovedBy;
    bool hearingRequested = false;        // 听证
    QDate hearingHeldOn;
    QString hearingNote;
    QList<CaseStageRecord> stages;        // in process order
    QList<LegalReviewRound> reviews;      // round 1 first
    std::optional<CollectiveDiscussion> discussion;

    bool operator==(const EnforcementCase &) const = default;

    // The last round's conclusion and its date (法制审核结论/日期 of the template).
    [[nodiscard]] const LegalReviewRound *latestReview() const
    {
        return reviews.isEmpty() ? nullptr : &reviews.constLast();
    }
    // A round concluding 同意 on or before `day` (a major decision needs one by its date).
    [[nodiscard]] bool approvedBy(const QDate &day) const
    {
        for (const LegalReviewRound &r : reviews)
            if (r.conclusion == ReviewConclusion::Approved && r.concludedOn.isValid() && r.concludedOn <= day)
                return true;
        return false;
    }
};

// The category a decision with several penalties counts under in the annual report: the
// heaviest named one; 其他 only when no named category applies. nullopt for none.
std::optional<PenaltyCategory> heaviestPenalty(const QList<PenaltyCategory> &penalties);

// One problem with a case. `field` is the template key of the field (e.g. "decided_on",
// "penalties"; "reviews", "stages" for the record parts); the message names it in words.
struct CaseProblem
{
    enum class Severity { Error, Warning };
    QString field;
    QString message;
    Severity severity = Severity::Error;
};

// Checks a case before it is saved. Errors block the save; warnings do not:
// a major decision recorded without an approving legal review is stored (historic data
// must be recordable) and reported, and the MAJOR_NO_REVIEW rule flags it.
QList<CaseProblem> validateCase(const EnforcementCase &c);

} // namespace Jiandu
