// File reviews of ReviewRepository: results, reviewers and problems, scored on save.

#include "reviewrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Jiandu {

using namespace ReviewSql;

namespace {
const QString kReviewTable = QStringLiteral("file_review");

Error missing(const char *what, qint64 id)
{
    return Error{Error::Code::NotFound, QCoreApplication::translate("Review", what),
                 QString::number(id)};
}

const QString kReviewSelect =
    QStringLiteral("SELECT id, activity_id, case_id, sheet_id, reviewed_on, status, total, "
                   "grade, note FROM file_review WHERE ");

QString reviewKey(Database &db, qint64 activityId, qint64 caseId)
{
    auto q = run(db,
                 QStringLiteral("SELECT (SELECT name FROM review_activity WHERE id = ?), "
                                "(SELECT case_no FROM enforcement_case WHERE id = ?)"),
                 {activityId, caseId}, kReviewTable);
    if (!q || !q->next())
        return QStringLiteral("%1/%2").arg(activityId).arg(caseId);
    return q->value(0).toString() + QLatin1Char('/') + q->value(1).toString();
}
} // namespace

QJsonObject ReviewRepository::toJson(const FileReview &r)
{
    QJsonArray results, problems;
    for (const ItemResult &i : r.results) {
        QJsonObject o{{QStringLiteral("item"), i.position}};
        if (i.vetoFailed)
            o.insert(QStringLiteral("veto_failed"), true);
        if (i.deduction > 0)
            o.insert(QStringLiteral("deduction"), i.deduction);
        if (!i.reason.isEmpty())
            o.insert(QStringLiteral("reason"), i.reason);
        results.append(o);
    }
    for (const ReviewProblem &p : r.problems)
        problems.append(QJsonObject{
            {QStringLiteral("description"), p.description},
            {QStringLiteral("item"), p.itemPosition ? QJsonValue(*p.itemPosition) : QJsonValue()}});
    QJsonArray reviewers;
    for (qint64 id : r.reviewerIds)
        reviewers.append(id);
    return {{QStringLiteral("sheet_id"), r.sheetId},
            {QStringLiteral("reviewed_on"), r.reviewedOn.toString(Qt::ISODate)},
            {QStringLiteral("status"), Vocab::code(r.status)},
            {QStringLiteral("total"), r.total ? QJsonValue(*r.total) : QJsonValue()},
            {QStringLiteral("grade"), r.grade ? Vocab::code(*r.grade) : QString()},
            {QStringLiteral("reviewers"), reviewers},
            {QStringLiteral("results"), results},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("note"), r.note}};
}

Result<std::optional<FileReview>> ReviewRepository::loadReview(const QString &where,
                                                               const QList<QVariant> &binds) const
{
    auto q = run(m_db, kReviewSelect + where, binds, kReviewTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<FileReview>();
    FileReview r;
    r.id = q->value(0).toLongLong();
    r.activityId = q->value(1).toLongLong();
    r.caseId = q->value(2).toLongLong();
    r.sheetId = q->value(3).toLongLong();
    r.reviewedOn = Sql::toDate(q->value(4));
    r.status = Vocab::fromCode<ReviewStatus>(q->value(5).toString()).value_or(ReviewStatus::Draft);
    r.total = toOptDouble(q->value(6));
    if (!q->value(7).isNull())
        r.grade = Vocab::fromCode<ReviewGrade>(q->value(7).toString());
    r.note = q->value(8).toString();
    // An agency-limited account finds only the reviews of its agency's cases.
    if (const qint64 own = Security::scopeAgency(m_db); own != 0) {
        auto agency =
            run(m_db, QStringLiteral("SELECT agency_id FROM enforcement_case WHERE id = ?"),
                {r.caseId}, kReviewTable);
        if (!agency)
            return agency.error();
        if (!agency->next() || agency->value(0).toLongLong() != own)
            return std::optional<FileReview>();
    }
    if (VoidResult parts = loadReviewParts(r); !parts)
        return parts.error();
    return std::optional<FileReview>(r);
}

VoidResult ReviewRepository::loadReviewParts(FileReview &r) const
{
    const QString key = QString::number(r.id);
    auto rv = run(m_db,
                  QStringLiteral("SELECT expert_id FROM file_review_reviewer WHERE "
                                 "review_id = ? ORDER BY position"),
                  {r.id}, key);
    if (!rv)
        return rv.error();
    while (rv->next())
        r.reviewerIds.append(rv->value(0).toLongLong());
    auto items = run(m_db,
                     QStringLiteral("SELECT position, veto_failed, deduction, reason FROM "
                                    "file_review_item WHERE review_id = ? ORDER BY "
                                    "position"),
                     {r.id}, key);
    if (!items)
        return items.error();
    while (items->next())
        r.results.append({items->value(0).toInt(), items->value(1).toBool(),
                          items->value(2).toDouble(), items->value(3).toString()});
    auto problems = run(m_db,
                        QStringLiteral("SELECT p.id, p.description, p.item_position, f.id FROM "
                                       "review_problem p LEFT JOIN finding f ON "
                                       "f.review_problem_id = p.id WHERE p.review_id = ? "
                                       "ORDER BY p.position"),
                        {r.id}, key);
    if (!problems)
        return problems.error();
    while (problems->next())
        r.problems.append({problems->value(0).toLongLong(), problems->value(1).toString(),
                           toOptInt(problems->value(2)), Sql::toOptId(problems->value(3))});
    return {};
}

Result<std::optional<FileReview>> ReviewRepository::review(qint64 id) const
{
    return loadReview(QStringLiteral("id = ?"), {id});
}

Result<std::optional<FileReview>> ReviewRepository::reviewOf(qint64 activityId, qint64 caseId) const
{
    return loadReview(QStringLiteral("activity_id = ? AND case_id = ?"), {activityId, caseId});
}

Result<std::optional<FileReview>> ReviewRepository::latestReviewOfCase(qint64 caseId) const
{
    return loadReview(QStringLiteral("case_id = ? ORDER BY coalesce(reviewed_on, '') DESC, "
                                     "id DESC LIMIT 1"),
                      {caseId});
}

Result<QList<FileReviewRow>> ReviewRepository::reviews(qint64 activityId, int offset,
                                                       int limit) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT r.id, r.case_id, c.case_no, c.title, a.name, r.status, "
                                "r.total, r.grade FROM file_review r JOIN enforcement_case c "
                                "ON c.id = r.case_id JOIN agency a ON a.id = c.agency_id "
                                "WHERE r.activity_id = ?") +
                     Security::scopeCondition(m_db, QStringLiteral("c.agency_id")) +
                     QStringLiteral(" ORDER BY c.case_no LIMIT ? OFFSET ?"),
                 {activityId, limit, offset}, kReviewTable);
    if (!q)
        return q.error();
    QList<FileReviewRow> out;
    while (q->next()) {
        FileReviewRow row{
            q->value(0).toLongLong(),
            q->value(1).toLongLong(),
            q->value(2).toString(),
            q->value(3).toString(),
            q->value(4).toString(),
            Vocab::fromCode<ReviewStatus>(q->value(5).toString()).value_or(ReviewStatus::Draft),
            toOptDouble(q->value(6)),
            std::nullopt};
        if (!q->value(7).isNull())
            row.grade = Vocab::fromCode<ReviewGrade>(q->value(7).toString());
        out.append(row);
    }
    return out;
}

Result<qint64> ReviewRepository::countReviews(qint64 activityId) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT count(*) FROM file_review r JOIN enforcement_case c ON "
                                "c.id = r.case_id WHERE r.activity_id = ?") +
                     Security::scopeCondition(m_db, QStringLiteral("c.agency_id")),
                 {activityId}, kReviewTable);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

// What a save does not take from the caller: a stored review keeps its activity, case and
// sheet version; a new one takes its activity's sheet. Then validated and scored. Returns
// the stored review (nullopt for a new one).
Result<std::optional<FileReview>> ReviewRepository::prepareReview(FileReview &r) const
{
    std::optional<FileReview> before;
    if (r.id > 0) {
        auto found = review(r.id);
        if (!found)
            return found.error();
        if (!found.value())
            return missing(QT_TRANSLATE_NOOP("Review", "No such file review."), r.id);
        before = found.value();
        r.activityId = before->activityId;
        r.caseId = before->caseId;
        r.sheetId = before->sheetId;
    } else if (r.sheetId == 0) {
        auto a = activity(r.activityId);
        if (!a)
            return a.error();
        if (!a.value())
            return missing(QT_TRANSLATE_NOOP("Review", "No such review activity."), r.activityId);
        r.sheetId = a.value()->sheetId;
    }
    auto sheetFound = sheet(r.sheetId);
    if (!sheetFound)
        return sheetFound.error();
    if (!sheetFound.value())
        return missing(QT_TRANSLATE_NOOP("Review", "No such score sheet."), r.sheetId);
    if (VoidResult v = validateReview(r, *sheetFound.value()); !v)
        return v.error();
    // A draft nothing has been entered in has no score yet (not 100 points).
    if (r.results.isEmpty() && r.status == ReviewStatus::Draft) {
        r.total.reset();
        r.grade.reset();
    } else {
        const ReviewScore s = scoreReview(*sheetFound.value(), r.results, thresholds());
        r.total = s.total;
        r.grade = s.grade;
    }
    return before;
}

Result<qint64> ReviewRepository::saveReview(FileReview &input)
{
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        FileReview r = input;
        auto before = prepareReview(r);
        if (!before)
            return before.error();
        const bool update = before.value().has_value();
        const QString key = reviewKey(m_db, r.activityId, r.caseId);
        const QString sql =
            update ? QStringLiteral("UPDATE file_review SET reviewed_on = ?, status = ?, "
                                    "total = ?, grade = ?, note = ? WHERE id = ?")
                   : QStringLiteral("INSERT INTO file_review (reviewed_on, status, total, "
                                    "grade, note, activity_id, case_id, sheet_id) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        QList<QVariant> binds{Sql::date(r.reviewedOn), Vocab::code(r.status),
                              r.total ? QVariant(*r.total) : QVariant(),
                              r.grade ? QVariant(Vocab::code(*r.grade)) : QVariant(),
                              Sql::text(r.note)};
        if (update)
            binds << r.id;
        else
            binds << r.activityId << r.caseId << r.sheetId;
        auto q = run(m_db, sql, binds, key);
        if (!q)
            return q.error().message.contains(QStringLiteral("UNIQUE"))
                       ? Error{Error::Code::Conflict,
                               QCoreApplication::translate(
                                   "Review",
                                   "The case already has a file review in this activity."),
                               key}
                       : q.error();
        if (!update)
            r.id = q->lastInsertId().toLongLong();
        if (VoidResult w = writeReviewParts(r); !w)
            return w.error();
        AuditTrail audit(m_db);
        VoidResult a =
            update ? audit.recordChange(kReviewTable, key, toJson(*before.value()), toJson(r))
                   : audit.record(kReviewTable, key, AuditEntry::Action::Insert, {}, toJson(r));
        if (!a)
            return a.error();
        input = r;
        return r.id;
    });
}

VoidResult ReviewRepository::writeReviewParts(FileReview &r)
{
    const QString key = QString::number(r.id);
    for (const QString &sql :
         {QStringLiteral("DELETE FROM file_review_reviewer WHERE review_id = ?"),
          QStringLiteral("DELETE FROM file_review_item WHERE review_id = ?"),
          // Kept problems move out of the way of the new positions (UNIQUE per review).
          QStringLiteral("UPDATE review_problem SET position = -position WHERE review_id = ?")})
        if (auto d = run(m_db, sql, {r.id}, key); !d)
            return d.error();
    QList<qint64> seen;
    for (qint64 expertId : r.reviewerIds)
        if (!seen.contains(expertId))
            seen.append(expertId);
    r.reviewerIds = seen;
    for (qsizetype i = 0; i < r.reviewerIds.size(); ++i)
        if (auto q = run(m_db, QStringLiteral("INSERT INTO file_review_reviewer VALUES (?, ?, ?)"),
                         {r.id, int(i + 1), r.reviewerIds.at(i)}, key);
            !q)
            return q.error();
    for (const ItemResult &i : r.results)
        if (auto q = run(m_db,
                         QStringLiteral("INSERT INTO file_review_item (review_id, position, "
                                        "veto_failed, deduction, reason) VALUES (?, ?, ?, ?, ?)"),
                         {r.id, i.position, i.vetoFailed ? 1 : 0, i.deduction, Sql::text(i.reason)},
                         key);
            !q)
            return q.error();
    return writeProblems(r);
}

// Problems keep their ids, so a finding raised from one stays linked to it.
VoidResult ReviewRepository::writeProblems(FileReview &r)
{
    const QString key = QString::number(r.id);
    auto existing =
        run(m_db, QStringLiteral("SELECT id FROM review_problem WHERE review_id = ?"), {r.id}, key);
    if (!existing)
        return existing.error();
    QSet<qint64> stale;
    while (existing->next())
        stale.insert(existing->value(0).toLongLong());
    for (qsizetype i = 0; i < r.problems.size(); ++i) {
        ReviewProblem &p = r.problems[i];
        const QList<QVariant> values{int(i + 1), optInt(p.itemPosition), p.description.trimmed()};
        if (p.id > 0 && stale.remove(p.id)) {
            if (auto q = run(m_db,
                             QStringLiteral("UPDATE review_problem SET position = ?, "
                                            "item_position = ?, description = ? WHERE id = ?"),
                             values + QList<QVariant>{p.id}, key);
                !q)
                return q.error();
            continue;
        }
        auto q = run(m_db,
                     QStringLiteral("INSERT INTO review_problem (position, item_position, "
                                    "description, review_id) VALUES (?, ?, ?, ?)"),
                     values + QList<QVariant>{r.id}, key);
        if (!q)
            return q.error();
        p.id = q->lastInsertId().toLongLong();
        p.findingId.reset();
    }
    for (qint64 id : stale)
        if (auto d =
                run(m_db, QStringLiteral("DELETE FROM review_problem WHERE id = ?"), {id}, key);
            !d)
            return d.error();
    return {};
}

VoidResult ReviewRepository::removeReview(qint64 id)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = review(id);
        if (!found)
            return found.error();
        if (!found.value())
            return missing(QT_TRANSLATE_NOOP("Review", "No such file review."), id);
        const QString key = reviewKey(m_db, found.value()->activityId, found.value()->caseId);
        if (auto d = run(m_db, QStringLiteral("DELETE FROM file_review WHERE id = ?"), {id}, key);
            !d)
            return d.error();
        return AuditTrail(m_db).record(kReviewTable, key, AuditEntry::Action::Delete,
                                       toJson(*found.value()), {});
    });
}

} // namespace Jiandu
