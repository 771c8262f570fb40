#pragma once

#include "domain/supervisiontypes.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Jiandu {

class Database;

// A problem found by supervision (监督发现问题, table `finding` of migrations 0004 and 0005).
// Its rectification is tracked by the tasks raised from it (TaskRepository).
struct Finding
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QDate foundOn;
    QString problem;
    QString category;
    QString source; // e.g. "案卷评查：2025年度案卷评查"
    std::optional<qint64> caseId;
    std::optional<qint64> reviewProblemId; // the file-review problem it was raised from
    std::optional<qint64> activityId;      // the supervision activity that found it
    FindingSeverity severity = FindingSeverity::Ordinary;
};

// Owns the SQL of findings. Each write runs in its own Transaction with its audit record.
class FindingRepository final
{
public:
    explicit FindingRepository(Database &db) : m_db(db) {}

    Result<std::optional<Finding>> find(qint64 id) const;
    Result<std::optional<Finding>> findByReviewProblem(qint64 reviewProblemId) const;
    // Newest first.
    Result<QList<Finding>> list(int offset, int limit) const;
    // The findings of a supervision activity, oldest first (found_on, then id).
    Result<QList<Finding>> listByActivity(qint64 activityId) const;
    Result<qint64> save(Finding &finding);

    // Raises a finding from a problem of a file review: the agency and case are the
    // reviewed case's, the source names the activity, the date is `foundOn` (default: the
    // review's date, else today). A problem raises one finding: raising it again returns
    // the existing finding's id.
    Result<qint64> raiseFromProblem(qint64 reviewProblemId, const QString &category = {},
                                    const QDate &foundOn = {});

private:
    Result<std::optional<Finding>> load(const QString &where, qint64 key) const;

    Database &m_db;
};

} // namespace Jiandu
