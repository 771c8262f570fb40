#pragma once

// Case-file review (案卷评查, DOMAIN.md §3): versioned score sheets, review activities with
// reproducible sampling, the expert pool, file reviews and their scoring. Plain values;
// ReviewRepository maps them to the tables of migration 0004.

#include "util/result.h"
#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <random>

namespace Jiandu {

enum class ReviewKind
{
    Routine,
    Special,
    Cross,
    ThirdParty
};
enum class SheetSection
{
    Veto,
    Form,
    Content
};
enum class ReviewStatus
{
    Draft,
    Final
};
enum class ReviewGrade
{
    Excellent,
    Pass,
    Fail
};

template <> struct VocabTraits<ReviewKind>
{
    static constexpr auto entries = std::to_array<VocabEntry<ReviewKind>>({
        {ReviewKind::Routine, "routine", "日常", QT_TRANSLATE_NOOP("Vocabulary", "Routine")},
        {ReviewKind::Special, "special", "专项", QT_TRANSLATE_NOOP("Vocabulary", "Special")},
        {ReviewKind::Cross, "cross", "交叉", QT_TRANSLATE_NOOP("Vocabulary", "Cross review")},
        {ReviewKind::ThirdParty, "third_party", "第三方",
         QT_TRANSLATE_NOOP("Vocabulary", "Third party")},
    });
};

template <> struct VocabTraits<SheetSection>
{
    static constexpr auto entries = std::to_array<VocabEntry<SheetSection>>({
        {SheetSection::Veto, "veto", "否决项", QT_TRANSLATE_NOOP("Vocabulary", "Veto item")},
        {SheetSection::Form, "form", "卷面", QT_TRANSLATE_NOOP("Vocabulary", "Form")},
        {SheetSection::Content, "content", "内容", QT_TRANSLATE_NOOP("Vocabulary", "Content")},
    });
};

template <> struct VocabTraits<ReviewStatus>
{
    static constexpr auto entries = std::to_array<VocabEntry<ReviewStatus>>({
        {ReviewStatus::Draft, "draft", "草稿", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
        {ReviewStatus::Final, "final", "定稿", QT_TRANSLATE_NOOP("Vocabulary", "Final")},
    });
};

template <> struct VocabTraits<ReviewGrade>
{
    static constexpr auto entries = std::to_array<VocabEntry<ReviewGrade>>({
        {ReviewGrade::Excellent, "excellent", "优秀", QT_TRANSLATE_NOOP("Vocabulary", "Excellent")},
        {ReviewGrade::Pass, "pass", "合格", QT_TRANSLATE_NOOP("Vocabulary", "Pass")},
        {ReviewGrade::Fail, "fail", "不合格", QT_TRANSLATE_NOOP("Vocabulary", "Fail")},
    });
};

struct SheetItem
{
    SheetSection section = SheetSection::Veto;
    QString title;
    double maxPoints = 0; // scored items only; 0 for veto items
    QString guidance;
    bool operator==(const SheetItem &) const = default;
};

// One version of a score sheet (评分标准). Items are in order; position = index + 1.
struct ReviewSheet
{
    qint64 id = 0;
    QString name;
    QString version;
    QDate effectiveOn;
    QString note;
    QList<SheetItem> items;

    [[nodiscard]] double maxTotal() const;
    [[nodiscard]] QString displayName() const; // "name (version)"
};

// The result of one sheet item in a file review (position: the item's, 1-based).
struct ItemResult
{
    int position = 0;
    bool vetoFailed = false; // veto items
    double deduction = 0;    // scored items, ≥ 0
    QString reason;
    bool operator==(const ItemResult &) const = default;
};

struct ReviewProblem
{
    qint64 id = 0;
    QString description;
    std::optional<int> itemPosition; // the sheet item concerned
    std::optional<qint64> findingId; // read only: the finding raised from it
    bool operator==(const ReviewProblem &) const = default;
};

struct GradeThresholds
{
    double excellent = 90; // 优秀 ≥
    double pass = 70;      // 合格 ≥
};

struct ReviewScore
{
    double total = 0;
    ReviewGrade grade = ReviewGrade::Fail;
    bool vetoed = false; // a veto item failed
    double formPoints = 0;
    double contentPoints = 0;
};

// Any failed veto item: 不合格 with 0 points. Otherwise the sum over scored items of
// max(0, max − deduction), graded by the thresholds. Results for unknown positions count
// for nothing.
ReviewScore scoreReview(const ReviewSheet &sheet, const QList<ItemResult> &results,
                        const GradeThresholds &thresholds);
ReviewGrade gradeFor(double total, const GradeThresholds &thresholds);
// The score of one scored item: max(0, max − deduction).
double itemScore(const SheetItem &item, double deduction);

struct FileReview
{
    qint64 id = 0;
    qint64 activityId = 0;
    qint64 caseId = 0;
    qint64 sheetId = 0;        // the version it is scored with (set when created)
    QList<qint64> reviewerIds; // review_expert ids
    QDate reviewedOn;
    ReviewStatus status = ReviewStatus::Draft;
    QList<ItemResult> results; // only items with a result need be present
    QList<ReviewProblem> problems;
    QString note;
    // Computed by ReviewRepository::saveReview from the results (read back from the row).
    std::optional<double> total;
    std::optional<ReviewGrade> grade;
};

struct ReviewActivity
{
    qint64 id = 0;
    QString name;
    int year = 0;
    ReviewKind kind = ReviewKind::Routine;
    QString organiser;
    QDate startsOn;
    QDate endsOn;
    qint64 sheetId = 0; // 0: the current sheet when created
    // Sampling: cases of these agencies whose report year is sampleYear.
    QList<qint64> sampleAgencyIds;
    std::optional<int> sampleYear;
    int sampleCount = 0;
    std::optional<quint64> seed; // nullopt: a random seed is chosen when created
    QList<qint64> reviewerIds;   // review_expert ids
};

struct ReviewExpert
{
    qint64 id = 0;
    std::optional<qint64> officerId; // an officer of the roster
    QString name;                    // outside experts; officers: read from the roster
    QString organisation;            // officers: their agency (read only)
    QString speciality;
    QString phone; // outside experts; officers: the roster's
    bool active = true;
    [[nodiscard]] QString maskedPhone() const;
};

// Field-named validation (context: the field's translated name).
VoidResult validateSheet(const ReviewSheet &sheet);
VoidResult validateActivity(const ReviewActivity &activity);
VoidResult validateExpert(const ReviewExpert &expert);
VoidResult validateReview(const FileReview &review, const ReviewSheet &sheet);

// Reproducible sampling: the first `count` elements of a Fisher–Yates shuffle of
// `candidates` driven by std::mt19937_64(seed), each index drawn by rejection sampling, so
// the draw is the same on every machine and compiler (std::shuffle and the standard
// distributions are implementation-defined). `count` larger than the candidates: all of
// them, in shuffled order.
QList<qint64> drawSample(QList<qint64> candidates, int count, quint64 seed);
// An unbiased integer in [0, bound) from the generator's output (bound ≥ 1).
quint64 uniformBelow(quint64 bound, std::mt19937_64 &generator);

} // namespace Jiandu
