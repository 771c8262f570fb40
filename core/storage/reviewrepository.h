#pragma once

#include "domain/reviewtypes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Jiandu {

class Database;

// One row of an activity's list of file reviews.
struct FileReviewRow
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNo;
    QString caseTitle;
    QString agencyName;
    ReviewStatus status = ReviewStatus::Draft;
    std::optional<double> total;
    std::optional<ReviewGrade> grade;
};

// One row of the list of activities.
struct ReviewActivityRow
{
    qint64 id = 0;
    QString name;
    int year = 0;
    ReviewKind kind = ReviewKind::Routine;
    int files = 0;      // file reviews in the activity
    int finalFiles = 0; // of which final
};

// Owns the SQL of case-file review (migration 0004): score sheet versions, activities and
// their sampling, the expert pool, file reviews with item results and problems. Each write
// runs in its own Transaction (a savepoint inside the caller's) with its audit record.
class ReviewRepository final
{
public:
    // Settings keys of the grade thresholds (优秀 ≥ 90, 合格 ≥ 70 by default).
    static const QString kExcellentKey; // "review/grade_excellent"
    static const QString kPassKey;      // "review/grade_pass"

    explicit ReviewRepository(Database &db) : m_db(db) {}

    [[nodiscard]] GradeThresholds thresholds() const;

    // --- score sheets
    Result<QList<ReviewSheet>> sheets() const; // every version, newest effective first
    Result<std::optional<ReviewSheet>> sheet(qint64 id) const;
    // The version in effect on `asOf`: the latest effective date ≤ asOf (then the highest
    // id); when none is effective yet, the earliest version.
    Result<std::optional<ReviewSheet>> currentSheet(const QDate &asOf) const;
    // Whether a file review or an activity uses the version (it can then not be edited).
    Result<bool> sheetInUse(qint64 id) const;
    // Inserts (id 0) or updates the version. A version in use is never changed: the edit is
    // saved as a new version (sheet.id becomes the new id), which needs its own version label.
    Result<qint64> saveSheet(ReviewSheet &sheet);
    VoidResult removeSheet(qint64 id); // refused when in use

    // --- activities
    Result<std::optional<ReviewActivity>> activity(qint64 id) const;
    Result<std::optional<ReviewActivity>> activityByName(const QString &name) const;
    Result<QList<ReviewActivityRow>> activities(int offset, int limit) const; // newest first
    // Inserts or updates. A new activity gets the current sheet (if sheetId is 0) and a seed
    // from QRandomGenerator unless one is given. The sheet, the seed and the sampling of an
    // activity that has file reviews are not changed (its draw can always be repeated).
    Result<qint64> saveActivity(ReviewActivity &activity);
    VoidResult removeActivity(qint64 id); // with its file reviews
    // The candidates of the activity's sampling: case ids of the chosen agencies and report
    // year, by 案号 (a machine-independent order).
    Result<QList<qint64>> sampleCandidates(const ReviewActivity &activity) const;
    // Draws the activity's files (drawSample over sampleCandidates with its seed) and creates
    // a draft file review for each drawn case that has none in the activity yet. Returns the
    // drawn case ids in drawn order.
    Result<QList<qint64>> drawFiles(qint64 activityId);

    // --- expert pool
    Result<std::optional<ReviewExpert>> expert(qint64 id) const;
    Result<QList<ReviewExpert>> experts(int offset, int limit) const; // by name
    Result<qint64> saveExpert(ReviewExpert &expert);
    VoidResult removeExpert(qint64 id); // refused while an activity or review names the expert

    // --- file reviews
    Result<std::optional<FileReview>> review(qint64 id) const;
    Result<std::optional<FileReview>> reviewOf(qint64 activityId, qint64 caseId) const;
    Result<std::optional<FileReview>> latestReviewOfCase(qint64 caseId) const;
    Result<QList<FileReviewRow>> reviews(qint64 activityId, int offset, int limit) const;
    Result<qint64> countReviews(qint64 activityId) const;
    // Inserts or updates the review with its results, reviewers and problems, computing the
    // total and grade with the review's sheet version (a new review takes the activity's).
    // Problems keep their ids (and so their findings) when they are kept.
    Result<qint64> saveReview(FileReview &review);
    VoidResult removeReview(qint64 id);

    static QJsonObject toJson(const ReviewSheet &sheet);
    static QJsonObject toJson(const ReviewActivity &activity);
    static QJsonObject toJson(const FileReview &review);

private:
    VoidResult writeSheetItems(const ReviewSheet &sheet);
    Result<std::optional<ReviewActivity>> prepareActivity(ReviewActivity &activity) const;
    VoidResult writeActivityLinks(const ReviewActivity &activity);
    VoidResult loadActivityLinks(ReviewActivity &activity) const;
    Result<std::optional<FileReview>> prepareReview(FileReview &review) const;
    VoidResult writeReviewParts(FileReview &review);
    VoidResult loadReviewParts(FileReview &review) const;
    Result<std::optional<FileReview>> loadReview(const QString &where,
                                                 const QList<QVariant> &binds) const;
    Result<std::optional<ReviewActivity>> loadActivity(const QString &where,
                                                       const QVariant &key) const;
    VoidResult writeProblems(FileReview &review);

    Database &m_db;
};

} // namespace Jiandu
