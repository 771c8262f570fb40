#include "casetypes.h"

#include <QCoreApplication>
#include <QSet>

namespace Jiandu {

namespace {

struct Checker
{
    QList<CaseProblem> problems;
    void error(const char *field, const QString &message)
    {
        problems.append({QString::fromLatin1(field), message, CaseProblem::Severity::Error});
    }
    void warning(const char *field, const QString &message)
    {
        problems.append({QString::fromLatin1(field), message, CaseProblem::Severity::Warning});
    }
    // `later` (named `field`) must not come before `earlier`.
    void order(const char *field, const QDate &later, const QDate &earlier, const QString &message)
    {
        if (later.isValid() && earlier.isValid() && later < earlier)
            error(field, message);
    }
};

void checkBasics(const EnforcementCase &c, Checker &k)
{
    if (c.caseNo.trimmed().isEmpty())
        k.error("case_no", QCoreApplication::translate("CaseValidation", "The case number (案号) is required."));
    if (c.agencyId <= 0)
        k.error("agency", QCoreApplication::translate("CaseValidation", "The enforcement body (执法主体) is required."));
    if (c.title.trimmed().isEmpty())
        k.error("title", QCoreApplication::translate("CaseValidation", "The cause of the case (案由) is required."));
    if (!c.openedOn.isValid())
        k.error("opened_on", QCoreApplication::translate("CaseValidation", "The filing date (立案日期) is required."));
    k.order("decided_on", c.decidedOn, c.openedOn,
            QCoreApplication::translate("CaseValidation", "The decision date (决定日期) is before the filing date (立案日期)."));
    k.order("closed_on", c.closedOn, c.openedOn,
            QCoreApplication::translate("CaseValidation", "The closing date (结案日期) is before the filing date (立案日期)."));
    k.order("closed_on", c.closedOn, c.decidedOn,
            QCoreApplication::translate("CaseValidation", "The closing date (结案日期) is before the decision date (决定日期)."));
    if (c.publishedOn.isValid() && !c.decidedOn.isValid())
        k.error("published_on", QCoreApplication::translate("CaseValidation", "A publicity date (公示日期) needs a decision date (决定日期)."));
    k.order("published_on", c.publishedOn, c.decidedOn,
            QCoreApplication::translate("CaseValidation", "The publicity date (公示日期) is before the decision date (决定日期)."));
    if (c.takenDownOn.isValid() && !c.publishedOn.isValid())
        k.error("taken_down_on", QCoreApplication::translate("CaseValidation", "A take-down date needs a publicity date (公示日期)."));
    k.order("taken_down_on", c.takenDownOn, c.publishedOn,
            QCoreApplication::translate("CaseValidation", "The take-down date is before the publicity date (公示日期)."));
    if ((c.reconsideration || c.litigation) && !c.decidedOn.isValid())
        k.error(c.reconsideration ? "reconsideration" : "litigation",
                QCoreApplication::translate("CaseValidation", "An appeal outcome (复议结果/诉讼结果) needs a decision date (决定日期)."));
}

void checkByKind(const EnforcementCase &c, Checker &k)
{
    const QString kind = Vocab::zh(c.kind);
    if (!c.penalties.isEmpty() && c.kind != CaseKind::Penalty)
        k.error("penalties", QCoreApplication::translate("CaseValidation", "Penalty categories (处罚种类) are only for 行政处罚 cases, not %1.").arg(kind));
    if (c.discretion && c.kind != CaseKind::Penalty)
        k.error("discretion", QCoreApplication::translate("CaseValidation", "The discretion applied (处罚裁量) is only for 行政处罚 cases, not %1.").arg(kind));
    if (c.licenceResult && c.kind != CaseKind::Licence)
        k.error("licence_result", QCoreApplication::translate("CaseValidation", "A licence result (许可结果) is only for 行政许可 cases, not %1.").arg(kind));
    if (!c.coercion.isEmpty() && c.kind != CaseKind::Coercion)
        k.error("coercion", QCoreApplication::translate("CaseValidation", "A coercion kind (强制类别) is only for 行政强制 cases, not %1.").arg(kind));
    if (QSet<PenaltyCategory>(c.penalties.begin(), c.penalties.end()).size() != c.penalties.size())
        k.error("penalties", QCoreApplication::translate("CaseValidation", "A penalty category (处罚种类) is listed twice."));
    if (QSet<CoercionKind>(c.coercion.begin(), c.coercion.end()).size() != c.coercion.size())
        k.error("coercion", QCoreApplication::translate("CaseValidation", "A coercion kind (强制类别) is listed twice."));
    if (c.discretion == Discretion::Exempt && !c.penalties.isEmpty())
        k.error("discretion", QCoreApplication::translate("CaseValidation", "不予处罚 cannot go with penalty categories (处罚种类)."));
    if (c.fineFen && *c.fineFen < 0)
        k.error("fine", QCoreApplication::translate("CaseValidation", "The fine (罚款金额) cannot be negative."));
    if (c.confiscationFen && *c.confiscationFen < 0)
        k.error("confiscation", QCoreApplication::translate("CaseValidation", "The confiscated amount (没收金额) cannot be negative."));
    QSet<qint64> officers;
    for (const CaseOfficer &o : c.officers)
        officers.insert(o.officerId);
    if (officers.size() != c.officers.size())
        k.error("officers", QCoreApplication::translate("CaseValidation", "An officer (承办人员) is named twice."));
    if (c.statutoryDays && *c.statutoryDays <= 0)
        k.error("statutory_days", QCoreApplication::translate("CaseValidation", "The statutory handling period must be at least one day."));
    if (c.extensionDays < 0)
        k.error("extension_days", QCoreApplication::translate("CaseValidation", "The extension cannot be negative."));
    if (c.extensionDays > 0 && !c.extensionApprovedOn.isValid())
        k.error("extension_days", QCoreApplication::translate("CaseValidation", "An extension of the handling period needs the date it was approved."));
}

void checkReviews(const EnforcementCase &c, Checker &k)
{
    for (int i = 0; i < c.reviews.size(); ++i) {
        const LegalReviewRound &r = c.reviews.at(i);
        const QString n = QString::number(i + 1);
        if (r.round != i + 1)
            k.error("reviews", QCoreApplication::translate("CaseValidation", "Legal review rounds must be numbered 1, 2, … in order; round %1 is numbered %2.").arg(n).arg(r.round));
        k.order("reviews", r.concludedOn, r.submittedOn,
                QCoreApplication::translate("CaseValidation", "Legal review round %1 concludes before it was submitted.").arg(n));
        if (r.conclusion.has_value() != r.concludedOn.isValid())
            k.error("legal_review_result", QCoreApplication::translate("CaseValidation", "Legal review round %1 needs both a conclusion (法制审核结论) and its date (法制审核日期).").arg(n));
        if (i + 1 < c.reviews.size() && r.conclusion != ReviewConclusion::Problems)
            k.error("reviews", QCoreApplication::translate("CaseValidation", "A new legal review round follows only a round that found problems (存在问题); round %1 did not.").arg(n));
        if (i > 0)
            k.order("reviews", r.submittedOn.isValid() ? r.submittedOn : r.concludedOn, c.reviews.at(i - 1).concludedOn,
                    QCoreApplication::translate("CaseValidation", "Legal review round %1 starts before the previous round concluded.").arg(n));
    }
    if (c.major && c.decidedOn.isValid() && !c.approvedBy(c.decidedOn))
        k.warning("legal_review_result", QCoreApplication::translate("CaseValidation", "A major decision (重大执法决定) was made without a legal review concluding 同意 on or before the decision date."));
}

void checkRecord(const EnforcementCase &c, Checker &k)
{
    QSet<CaseStage> seen;
    for (const CaseStageRecord &s : c.stages) {
        const QString stage = Vocab::zh(s.stage);
        if (seen.contains(s.stage))
            k.error("stages", QCoreApplication::translate("CaseValidation", "The stage %1 is recorded twice.").arg(stage));
        seen.insert(s.stage);
        if (!s.date.isValid())
            k.error("stages", QCoreApplication::translate("CaseValidation", "The stage %1 needs a date.").arg(stage));
        k.order("stages", s.date, c.openedOn,
                QCoreApplication::translate("CaseValidation", "The stage %1 is dated before the filing date (立案日期).").arg(stage));
    }
    if (c.discussion) {
        if (!c.discussion->heldOn.isValid())
            k.error("discussion", QCoreApplication::translate("CaseValidation", "The collective discussion (集体讨论) needs its date."));
        for (const DiscussionOpinion &o : c.discussion->opinions)
            if (o.participant.trimmed().isEmpty())
                k.error("discussion", QCoreApplication::translate("CaseValidation", "Each opinion in the collective discussion needs the participant's name."));
    }
    k.order("hearing", c.hearingHeldOn, c.openedOn,
            QCoreApplication::translate("CaseValidation", "The hearing (听证) is dated before the filing date (立案日期)."));
}
} // namespace

std::optional<PenaltyCategory> heaviestPenalty(const QList<PenaltyCategory> &penalties)
{
    std::optional<PenaltyCategory> best;
    for (PenaltyCategory p : penalties) {
        if (p == PenaltyCategory::Other)
            continue;
        if (!best || int(p) > int(*best))
            best = p;
    }
    if (!best && penalties.contains(PenaltyCategory::Other))
        return PenaltyCategory::Other;
    return best;
}

QList<CaseProblem> validateCase(const EnforcementCase &c)
{
    Checker k;
    checkBasics(c, k);
    checkByKind(c, k);
    checkReviews(c, k);
    checkRecord(c, k);
    return k.problems;
}

} // namespace Jiandu
