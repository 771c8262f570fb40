#pragma once

// Closed vocabularies of the domain. Each value has a stored code (what the database
// holds), a canonical Chinese label (what import templates and printed documents use)
// and an English source string that the UI translates. Files may use any of the three.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Jiandu {

template<typename E>
struct VocabEntry
{
    E value;
    const char *code;
    const char *zh;
    const char *en; // translation source, context "Vocabulary"
};

template<typename E>
struct VocabTraits; // specialised below: static constexpr std::array entries

enum class AgencyKind { Administrative, Township, Authorised, Entrusted };
enum class AgencyLevel { City, County, Township };
enum class Gender { Male, Female };
enum class Employment { Establishment, CivilServantManaged, PublicInstitution, Contract, Temporary, Seconded, Probation };
enum class OfficerStatus { Active, OffPost, Transferred, Retired };
enum class CertStatus { Valid, Suspended, Withdrawn, Cancelled };
enum class CertState { Valid, Expiring, Expired, None };
enum class TrainingKind { PublicLaw, SpecialistLaw, Skills, LawUpdate, Political };
enum class TrainingMode { Online, Offline };
enum class AssessmentResult { Excellent, Competent, Basic, Incompetent };

// Enforcement cases (DOMAIN.md §3, spec/import-templates.md "cases").
enum class CaseKind { Penalty, Licence, Coercion, Inspection, Expropriation, Confirmation, Benefit, Adjudication, Other };
// In the order of spec/annual-report.md: lightest first, 行政拘留 heaviest; 其他 counts only
// when no named category applies (see heaviestPenalty() in casetypes.h).
enum class PenaltyCategory {
    Warning, Criticism, Fine, ConfiscateIncome, ConfiscateProperty, SuspendLicence, Downgrade,
    RestrictBusiness, SuspendBusiness, Close, RestrictPractice, RevokeLicence, Detention, Other
};
enum class Discretion { Lenient, Ordinary, Severe, Mitigated, Exempt };
enum class LicenceResult { Granted, Refused, NotAccepted, Revoked };
// Measures (查封 … 其他强制措施), executions (加处罚款 … 其他强制执行), court application.
enum class CoercionKind {
    Seal, Seize, Freeze, OtherMeasure, LatePayment, Transfer, Auction, Restore, Substitute,
    OtherExecution, CourtApplication
};
enum class ReviewConclusion { Approved, Problems };
enum class ReconsiderationOutcome { Upheld, Dismissed, Revoked, Changed, Illegal, Ordered, Terminated };
enum class LitigationOutcome { Upheld, Dismissed, Revoked, Changed, Illegal, Ordered, Withdrawn };
enum class PartyKind { Person, LegalPerson, Organisation };
enum class CaseStage { Filing, Investigation, Notice, Hearing, LegalReview, Discussion, Decision, Service, Execution, Closing };

#define JD_VOCAB(E, ...)                                                                        \
    template<>                                                                                  \
    struct VocabTraits<E>                                                                       \
    {                                                                                           \
        static constexpr auto entries = std::to_array<VocabEntry<E>>({__VA_ARGS__});            \
    };

JD_VOCAB(AgencyKind,
         {AgencyKind::Administrative, "administrative", "行政机关", QT_TRANSLATE_NOOP("Vocabulary", "Administrative organ")},
         {AgencyKind::Township, "township", "街镇", QT_TRANSLATE_NOOP("Vocabulary", "Township or street")},
         {AgencyKind::Authorised, "authorised", "授权组织", QT_TRANSLATE_NOOP("Vocabulary", "Organisation authorised by law")},
         {AgencyKind::Entrusted, "entrusted", "受委托组织", QT_TRANSLATE_NOOP("Vocabulary", "Entrusted organisation")})
JD_VOCAB(AgencyLevel,
         {AgencyLevel::City, "city", "市级", QT_TRANSLATE_NOOP("Vocabulary", "City level")},
         {AgencyLevel::County, "county", "县级", QT_TRANSLATE_NOOP("Vocabulary", "County level")},
         {AgencyLevel::Township, "township", "乡镇级", QT_TRANSLATE_NOOP("Vocabulary", "Township level")})
JD_VOCAB(Gender,
         {Gender::Male, "male", "男", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
         {Gender::Female, "female", "女", QT_TRANSLATE_NOOP("Vocabulary", "Female")})
JD_VOCAB(Employment,
         {Employment::Establishment, "establishment", "在编", QT_TRANSLATE_NOOP("Vocabulary", "Civil-service establishment")},
         {Employment::CivilServantManaged, "civil_managed", "参公", QT_TRANSLATE_NOOP("Vocabulary", "Managed as civil servant")},
         {Employment::PublicInstitution, "institution", "事业编", QT_TRANSLATE_NOOP("Vocabulary", "Public-institution establishment")},
         {Employment::Contract, "contract", "合同工", QT_TRANSLATE_NOOP("Vocabulary", "Contract staff")},
         {Employment::Temporary, "temporary", "临时工", QT_TRANSLATE_NOOP("Vocabulary", "Temporary staff")},
         {Employment::Seconded, "seconded", "借调", QT_TRANSLATE_NOOP("Vocabulary", "Seconded")},
         {Employment::Probation, "probation", "试用期", QT_TRANSLATE_NOOP("Vocabulary", "On probation")})
JD_VOCAB(OfficerStatus,
         {OfficerStatus::Active, "active", "在岗", QT_TRANSLATE_NOOP("Vocabulary", "In post")},
         {OfficerStatus::OffPost, "off_post", "离岗", QT_TRANSLATE_NOOP("Vocabulary", "Off post")},
         {OfficerStatus::Transferred, "transferred", "调离", QT_TRANSLATE_NOOP("Vocabulary", "Transferred out")},
         {OfficerStatus::Retired, "retired", "退休", QT_TRANSLATE_NOOP("Vocabulary", "Retired")})
JD_VOCAB(CertStatus,
         {CertStatus::Valid, "valid", "有效", QT_TRANSLATE_NOOP("Vocabulary", "Valid")},
         {CertStatus::Suspended, "suspended", "暂扣", QT_TRANSLATE_NOOP("Vocabulary", "Suspended")},
         {CertStatus::Withdrawn, "withdrawn", "收回", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")},
         {CertStatus::Cancelled, "cancelled", "注销", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")})
JD_VOCAB(CertState,
         {CertState::Valid, "valid", "有效", QT_TRANSLATE_NOOP("Vocabulary", "Certificate valid")},
         {CertState::Expiring, "expiring", "即将到期", QT_TRANSLATE_NOOP("Vocabulary", "Expiring soon")},
         {CertState::Expired, "expired", "已过期", QT_TRANSLATE_NOOP("Vocabulary", "Expired")},
         {CertState::None, "none", "无有效证件", QT_TRANSLATE_NOOP("Vocabulary", "No valid certificate")})
JD_VOCAB(TrainingKind,
         {TrainingKind::PublicLaw, "public_law", "公共法律知识", QT_TRANSLATE_NOOP("Vocabulary", "Public legal knowledge")},
         {TrainingKind::SpecialistLaw, "specialist_law", "专业法律知识", QT_TRANSLATE_NOOP("Vocabulary", "Specialist legal knowledge")},
         {TrainingKind::Skills, "skills", "执法技能", QT_TRANSLATE_NOOP("Vocabulary", "Enforcement skills")},
         {TrainingKind::LawUpdate, "law_update", "法律知识更新", QT_TRANSLATE_NOOP("Vocabulary", "Law update")},
         {TrainingKind::Political, "political", "政治理论", QT_TRANSLATE_NOOP("Vocabulary", "Political theory")})
JD_VOCAB(TrainingMode,
         {TrainingMode::Online, "online", "线上", QT_TRANSLATE_NOOP("Vocabulary", "Online")},
         {TrainingMode::Offline, "offline", "线下", QT_TRANSLATE_NOOP("Vocabulary", "In person")})
JD_VOCAB(AssessmentResult,
         {AssessmentResult::Excellent, "excellent", "优秀", QT_TRANSLATE_NOOP("Vocabulary", "Excellent")},
         {AssessmentResult::Competent, "competent", "合格", QT_TRANSLATE_NOOP("Vocabulary", "Competent")},
         {AssessmentResult::Basic, "basic", "基本合格", QT_TRANSLATE_NOOP("Vocabulary", "Basically competent")},
         {AssessmentResult::Incompetent, "incompetent", "不合格", QT_TRANSLATE_NOOP("Vocabulary", "Incompetent")})

JD_VOCAB(CaseKind,
         {CaseKind::Penalty, "penalty", "行政处罚", QT_TRANSLATE_NOOP("Vocabulary", "Administrative penalty")},
         {CaseKind::Licence, "licence", "行政许可", QT_TRANSLATE_NOOP("Vocabulary", "Administrative licence")},
         {CaseKind::Coercion, "coercion", "行政强制", QT_TRANSLATE_NOOP("Vocabulary", "Administrative coercion")},
         {CaseKind::Inspection, "inspection", "行政检查", QT_TRANSLATE_NOOP("Vocabulary", "Administrative inspection")},
         {CaseKind::Expropriation, "expropriation", "行政征收征用", QT_TRANSLATE_NOOP("Vocabulary", "Expropriation or requisition")},
         {CaseKind::Confirmation, "confirmation", "行政确认", QT_TRANSLATE_NOOP("Vocabulary", "Administrative confirmation")},
         {CaseKind::Benefit, "benefit", "行政给付", QT_TRANSLATE_NOOP("Vocabulary", "Administrative benefit")},
         {CaseKind::Adjudication, "adjudication", "行政裁决", QT_TRANSLATE_NOOP("Vocabulary", "Administrative adjudication")},
         {CaseKind::Other, "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other enforcement")})
JD_VOCAB(PenaltyCategory,
         {PenaltyCategory::Warning, "warning", "警告", QT_TRANSLATE_NOOP("Vocabulary", "Warning")},
         {PenaltyCategory::Criticism, "criticism", "通报批评", QT_TRANSLATE_NOOP("Vocabulary", "Public criticism")},
         {PenaltyCategory::Fine, "fine", "罚款", QT_TRANSLATE_NOOP("Vocabulary", "Fine")},
         {PenaltyCategory::ConfiscateIncome, "confiscate_income", "没收违法所得", QT_TRANSLATE_NOOP("Vocabulary", "Confiscation of illegal income")},
         {PenaltyCategory::ConfiscateProperty, "confiscate_property", "没收非法财物", QT_TRANSLATE_NOOP("Vocabulary", "Confiscation of illegal property")},
         {PenaltyCategory::SuspendLicence, "suspend_licence", "暂扣许可证件", QT_TRANSLATE_NOOP("Vocabulary", "Suspension of a licence")},
         {PenaltyCategory::Downgrade, "downgrade", "降低资质等级", QT_TRANSLATE_NOOP("Vocabulary", "Lowering of qualification grade")},
         {PenaltyCategory::RestrictBusiness, "restrict_business", "限制开展生产经营活动", QT_TRANSLATE_NOOP("Vocabulary", "Restriction of business activities")},
         {PenaltyCategory::SuspendBusiness, "suspend_business", "责令停产停业", QT_TRANSLATE_NOOP("Vocabulary", "Order to suspend production or business")},
         {PenaltyCategory::Close, "close", "责令关闭", QT_TRANSLATE_NOOP("Vocabulary", "Order to close")},
         {PenaltyCategory::RestrictPractice, "restrict_practice", "限制从业", QT_TRANSLATE_NOOP("Vocabulary", "Restriction from practice")},
         {PenaltyCategory::RevokeLicence, "revoke_licence", "吊销许可证件", QT_TRANSLATE_NOOP("Vocabulary", "Revocation of a licence")},
         {PenaltyCategory::Detention, "detention", "行政拘留", QT_TRANSLATE_NOOP("Vocabulary", "Administrative detention")},
         {PenaltyCategory::Other, "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other penalty")})
JD_VOCAB(Discretion,
         {Discretion::Lenient, "lenient", "从轻", QT_TRANSLATE_NOOP("Vocabulary", "Lighter penalty")},
         {Discretion::Ordinary, "ordinary", "一般", QT_TRANSLATE_NOOP("Vocabulary", "Ordinary penalty")},
         {Discretion::Severe, "severe", "从重", QT_TRANSLATE_NOOP("Vocabulary", "Heavier penalty")},
         {Discretion::Mitigated, "mitigated", "减轻处罚", QT_TRANSLATE_NOOP("Vocabulary", "Mitigated penalty")},
         {Discretion::Exempt, "exempt", "不予处罚", QT_TRANSLATE_NOOP("Vocabulary", "No penalty imposed")})
JD_VOCAB(LicenceResult,
         {LicenceResult::Granted, "granted", "准予许可", QT_TRANSLATE_NOOP("Vocabulary", "Licence granted")},
         {LicenceResult::Refused, "refused", "不予许可", QT_TRANSLATE_NOOP("Vocabulary", "Licence refused")},
         {LicenceResult::NotAccepted, "not_accepted", "不予受理", QT_TRANSLATE_NOOP("Vocabulary", "Application not accepted")},
         {LicenceResult::Revoked, "revoked", "撤销许可", QT_TRANSLATE_NOOP("Vocabulary", "Licence revoked")})
JD_VOCAB(CoercionKind,
         {CoercionKind::Seal, "seal", "查封", QT_TRANSLATE_NOOP("Vocabulary", "Sealing up")},
         {CoercionKind::Seize, "seize", "扣押", QT_TRANSLATE_NOOP("Vocabulary", "Seizure")},
         {CoercionKind::Freeze, "freeze", "冻结", QT_TRANSLATE_NOOP("Vocabulary", "Freezing")},
         {CoercionKind::OtherMeasure, "other_measure", "其他强制措施", QT_TRANSLATE_NOOP("Vocabulary", "Other coercive measure")},
         {CoercionKind::LatePayment, "late_payment", "加处罚款或滞纳金", QT_TRANSLATE_NOOP("Vocabulary", "Additional fine or late fee")},
         {CoercionKind::Transfer, "transfer", "划拨", QT_TRANSLATE_NOOP("Vocabulary", "Transfer of funds")},
         {CoercionKind::Auction, "auction", "拍卖或依法处理", QT_TRANSLATE_NOOP("Vocabulary", "Auction or disposal by law")},
         {CoercionKind::Restore, "restore", "排除妨碍恢复原状", QT_TRANSLATE_NOOP("Vocabulary", "Removal of obstruction and restoration")},
         {CoercionKind::Substitute, "substitute", "代履行", QT_TRANSLATE_NOOP("Vocabulary", "Performance by substitute")},
         {CoercionKind::OtherExecution, "other_execution", "其他强制执行", QT_TRANSLATE_NOOP("Vocabulary", "Other compulsory execution")},
         {CoercionKind::CourtApplication, "court", "申请法院强制执行", QT_TRANSLATE_NOOP("Vocabulary", "Application to court for execution")})
JD_VOCAB(ReviewConclusion,
         {ReviewConclusion::Approved, "approved", "同意", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
         {ReviewConclusion::Problems, "problems", "存在问题", QT_TRANSLATE_NOOP("Vocabulary", "Problems found")})
JD_VOCAB(ReconsiderationOutcome,
         {ReconsiderationOutcome::Upheld, "upheld", "维持", QT_TRANSLATE_NOOP("Vocabulary", "Upheld")},
         {ReconsiderationOutcome::Dismissed, "dismissed", "驳回", QT_TRANSLATE_NOOP("Vocabulary", "Application dismissed")},
         {ReconsiderationOutcome::Revoked, "revoked", "撤销", QT_TRANSLATE_NOOP("Vocabulary", "Revoked")},
         {ReconsiderationOutcome::Changed, "changed", "变更", QT_TRANSLATE_NOOP("Vocabulary", "Changed")},
         {ReconsiderationOutcome::Illegal, "illegal", "确认违法", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed illegal")},
         {ReconsiderationOutcome::Ordered, "ordered", "责令履行", QT_TRANSLATE_NOOP("Vocabulary", "Ordered to perform")},
         {ReconsiderationOutcome::Terminated, "terminated", "终止", QT_TRANSLATE_NOOP("Vocabulary", "Terminated")})
JD_VOCAB(LitigationOutcome,
         {LitigationOutcome::Upheld, "upheld", "维持", QT_TRANSLATE_NOOP("Vocabulary", "Upheld")},
         {LitigationOutcome::Dismissed, "dismissed", "驳回诉讼请求", QT_TRANSLATE_NOOP("Vocabulary", "Claim dismissed")},
         {LitigationOutcome::Revoked, "revoked", "撤销", QT_TRANSLATE_NOOP("Vocabulary", "Revoked")},
         {LitigationOutcome::Changed, "changed", "变更", QT_TRANSLATE_NOOP("Vocabulary", "Changed")},
         {LitigationOutcome::Illegal, "illegal", "确认违法", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed illegal")},
         {LitigationOutcome::Ordered, "ordered", "责令履行", QT_TRANSLATE_NOOP("Vocabulary", "Ordered to perform")},
         {LitigationOutcome::Withdrawn, "withdrawn", "撤诉", QT_TRANSLATE_NOOP("Vocabulary", "Suit withdrawn")})
JD_VOCAB(PartyKind,
         {PartyKind::Person, "person", "自然人", QT_TRANSLATE_NOOP("Vocabulary", "Natural person")},
         {PartyKind::LegalPerson, "legal_person", "法人", QT_TRANSLATE_NOOP("Vocabulary", "Legal person")},
         {PartyKind::Organisation, "organisation", "其他组织", QT_TRANSLATE_NOOP("Vocabulary", "Other organisation")})
JD_VOCAB(CaseStage,
         {CaseStage::Filing, "filing", "立案", QT_TRANSLATE_NOOP("Vocabulary", "Filing")},
         {CaseStage::Investigation, "investigation", "调查取证", QT_TRANSLATE_NOOP("Vocabulary", "Investigation and evidence")},
         {CaseStage::Notice, "notice", "告知", QT_TRANSLATE_NOOP("Vocabulary", "Notice of rights")},
         {CaseStage::Hearing, "hearing", "听证", QT_TRANSLATE_NOOP("Vocabulary", "Hearing")},
         {CaseStage::LegalReview, "legal_review", "法制审核", QT_TRANSLATE_NOOP("Vocabulary", "Legal review")},
         {CaseStage::Discussion, "discussion", "集体讨论", QT_TRANSLATE_NOOP("Vocabulary", "Collective discussion")},
         {CaseStage::Decision, "decision", "决定", QT_TRANSLATE_NOOP("Vocabulary", "Decision")},
         {CaseStage::Service, "service", "送达", QT_TRANSLATE_NOOP("Vocabulary", "Service")},
         {CaseStage::Execution, "execution", "执行", QT_TRANSLATE_NOOP("Vocabulary", "Execution")},
         {CaseStage::Closing, "closing", "结案", QT_TRANSLATE_NOOP("Vocabulary", "Closing")})
#undef JD_VOCAB

namespace Vocab {

template<typename E>
const VocabEntry<E> *entry(E value)
{
    for (const auto &e : VocabTraits<E>::entries)
        if (e.value == value)
            return &e;
    return nullptr;
}

// The code stored in the database.
template<typename E>
QString code(E value)
{
    const auto *e = entry(value);
    return e ? QString::fromLatin1(e->code) : QString();
}

// The canonical Chinese label used in import templates, exports and printed documents.
template<typename E>
QString zh(E value)
{
    const auto *e = entry(value);
    return e ? QString::fromUtf8(e->zh) : QString();
}

// The label shown in the UI, in the user's language.
template<typename E>
QString label(E value)
{
    const auto *e = entry(value);
    return e ? QCoreApplication::translate("Vocabulary", e->en) : QString();
}

template<typename E>
std::optional<E> fromCode(const QString &code)
{
    for (const auto &e : VocabTraits<E>::entries)
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

// Accepts the Chinese label, the stored code or the English name (any case), trimmed.
template<typename E>
std::optional<E> parse(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &e : VocabTraits<E>::entries) {
        if (t == QString::fromUtf8(e.zh) || t.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(e.en), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    return std::nullopt;
}

template<typename E>
QList<E> all()
{
    QList<E> out;
    for (const auto &e : VocabTraits<E>::entries)
        out.append(e.value);
    return out;
}

// "有效, 暂扣, 收回, 注销" — for error messages that list the accepted values.
template<typename E>
QString zhList()
{
    QStringList out;
    for (const auto &e : VocabTraits<E>::entries)
        out.append(QString::fromUtf8(e.zh));
    return out.join(QStringLiteral("、"));
}

} // namespace Vocab
} // namespace Jiandu
