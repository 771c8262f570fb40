#include "findingrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Jiandu {

using namespace ReviewSql;

namespace {
const QString kTable = QStringLiteral("finding");
const QString kSelect = QStringLiteral("SELECT id, agency_id, found_on, problem, category, "
                                       "source, case_id, review_problem_id, activity_id, "
                                       "severity FROM finding ");

Finding findingFrom(const QSqlQuery &q)
{
    return Finding{q.value(0).toLongLong(),
                   q.value(1).toLongLong(),
                   Sql::toDate(q.value(2)),
                   q.value(3).toString(),
                   q.value(4).toString(),
                   q.value(5).toString(),
                   Sql::toOptId(q.value(6)),
                   Sql::toOptId(q.value(7)),
                   Sql::toOptId(q.value(8)),
                   Vocab::fromCode<FindingSeverity>(q.value(9).toString())
                       .value_or(FindingSeverity::Ordinary)};
}

QJsonObject toJson(const Finding &f)
{
    QJsonObject o{{QStringLiteral("agency_id"), f.agencyId},
                  {QStringLiteral("found_on"), f.foundOn.toString(Qt::ISODate)},
                  {QStringLiteral("problem"), f.problem},
                  {QStringLiteral("category"), f.category},
                  {QStringLiteral("source"), f.source},
                  {QStringLiteral("severity"), Vocab::code(f.severity)}};
    if (f.caseId)
        o.insert(QStringLiteral("case_id"), *f.caseId);
    if (f.reviewProblemId)
        o.insert(QStringLiteral("review_problem_id"), *f.reviewProblemId);
    if (f.activityId)
        o.insert(QStringLiteral("activity_id"), *f.activityId);
    return o;
}

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message, QCoreApplication::translate("Finding", field)};
}
} // namespace

Result<std::optional<Finding>> FindingRepository::load(const QString &where, qint64 key) const
{
    auto q = run(m_db, kSelect + where, {key}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Finding>();
    Finding f = findingFrom(*q);
    if (!Security::inScope(m_db, f.agencyId))
        return std::optional<Finding>(); // another agency's: not found
    return std::optional<Finding>(std::move(f));
}

Result<std::optional<Finding>> FindingRepository::find(qint64 id) const
{
    return load(QStringLiteral("WHERE id = ?"), id);
}

Result<std::optional<Finding>> FindingRepository::findByReviewProblem(qint64 problemId) const
{
    return load(QStringLiteral("WHERE review_problem_id = ?"), problemId);
}

Result<QList<Finding>> FindingRepository::list(int offset, int limit) const
{
    // An agency-limited account lists its agency's findings only.
    const QString scope = Security::scopeCondition(m_db, QStringLiteral("agency_id"));
    auto q = run(m_db,
                 kSelect + QStringLiteral("WHERE 1") + scope +
                     QStringLiteral(" ORDER BY found_on DESC, id DESC LIMIT ? OFFSET ?"),
                 {limit, offset}, kTable);
    if (!q)
        return q.error();
    QList<Finding> out;
    while (q->next())
        out.append(findingFrom(*q));
    return out;
}

Result<QList<Finding>> FindingRepository::listByActivity(qint64 activityId) const
{
    auto q = run(m_db,
                 kSelect + QStringLiteral("WHERE activity_id = ?") +
                     Security::scopeCondition(m_db, QStringLiteral("agency_id")) +
                     QStringLiteral(" ORDER BY found_on, id"),
                 {activityId}, kTable);
    if (!q)
        return q.error();
    QList<Finding> out;
    while (q->next())
        out.append(findingFrom(*q));
    return out;
}

Result<qint64> FindingRepository::save(Finding &f)
{
    if (f.agencyId <= 0)
        return invalid(QCoreApplication::translate("Finding", "A finding needs the enforcement "
                                                              "body concerned."),
                       QT_TRANSLATE_NOOP("Finding", "Enforcement body"));
    if (!f.foundOn.isValid())
        return invalid(QCoreApplication::translate("Finding", "A finding needs the date found."),
                       QT_TRANSLATE_NOOP("Finding", "Date found"));
    if (f.problem.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Finding", "A finding needs the problem."),
                       QT_TRANSLATE_NOOP("Finding", "Problem"));
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        std::optional<Finding> before;
        if (f.id > 0) {
            auto found = find(f.id);
            if (!found)
                return found.error();
            before = found.value();
        }
        const QString sql =
            before ? QStringLiteral("UPDATE finding SET agency_id = ?, found_on = ?, problem = ?, "
                                    "category = ?, source = ?, case_id = ?, "
                                    "review_problem_id = ?, activity_id = ?, severity = ? "
                                    "WHERE id = ?")
                   : QStringLiteral("INSERT INTO finding (agency_id, found_on, problem, "
                                    "category, source, case_id, review_problem_id, "
                                    "activity_id, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QList<QVariant> binds{f.agencyId,
                              Sql::date(f.foundOn),
                              f.problem.trimmed(),
                              Sql::text(f.category),
                              Sql::text(f.source),
                              optId(f.caseId),
                              optId(f.reviewProblemId),
                              optId(f.activityId),
                              Vocab::code(f.severity)};
        if (before)
            binds << f.id;
        auto q = run(m_db, sql, binds, kTable);
        if (!q)
            return q.error();
        if (!before)
            f.id = q->lastInsertId().toLongLong();
        AuditTrail audit(m_db);
        const QString key = QString::number(f.id);
        VoidResult a = before
                           ? audit.recordChange(kTable, key, toJson(*before), toJson(f))
                           : audit.record(kTable, key, AuditEntry::Action::Insert, {}, toJson(f));
        if (!a)
            return a.error();
        return f.id;
    });
}

Result<qint64> FindingRepository::raiseFromProblem(qint64 problemId, const QString &category,
                                                   const QDate &foundOn)
{
    auto existing = findByReviewProblem(problemId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return existing.value()->id;
    auto q = run(m_db,
                 QStringLiteral("SELECT c.agency_id, c.id, p.description, r.reviewed_on, a.name "
                                "FROM review_problem p JOIN file_review r ON r.id = p.review_id "
                                "JOIN enforcement_case c ON c.id = r.case_id "
                                "JOIN review_activity a ON a.id = r.activity_id WHERE p.id = ?"),
                 {problemId}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("Finding", "No such problem of a file review."),
                     QString::number(problemId)};
    Finding f;
    f.agencyId = q->value(0).toLongLong();
    f.caseId = q->value(1).toLongLong();
    f.problem = q->value(2).toString();
    f.category = category.trimmed();
    f.foundOn = foundOn.isValid() ? foundOn : Sql::toDate(q->value(3));
    if (!f.foundOn.isValid())
        f.foundOn = m_db.clock().today();
    // Stored data, not UI text: the source reads the same in every language.
    f.source = QStringLiteral("案卷评查：%1").arg(q->value(4).toString());
    f.reviewProblemId = problemId;
    return save(f);
}

} // namespace Jiandu
