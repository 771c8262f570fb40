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
