// Review activities and their reproducible sampling (ReviewRepository; score sheets are in
// reviewrepository.cpp, file reviews in reviewfiles.cpp, the expert pool in reviewexperts.cpp).

#include "reviewrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace Jiandu {

using namespace ReviewSql;

namespace {
const QString kActivityTable = QStringLiteral("review_activity");

Error notFound(const QString &what, const QString &key)
{
    return Error{Error::Code::NotFound, what, key};
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}
} // namespace

QJsonObject ReviewRepository::toJson(const ReviewActivity &a)
{
    return {
        {QStringLiteral("name"), a.name},
        {QStringLiteral("year"), a.year},
        {QStringLiteral("kind"), Vocab::code(a.kind)},
        {QStringLiteral("organiser"), a.organiser},
        {QStringLiteral("starts_on"), a.startsOn.toString(Qt::ISODate)},
        {QStringLiteral("ends_on"), a.endsOn.toString(Qt::ISODate)},
        {QStringLiteral("sheet_id"), a.sheetId},
        {QStringLiteral("sample_agencies"), idsJson(a.sampleAgencyIds)},
        {QStringLiteral("sample_year"), a.sampleYear ? QJsonValue(*a.sampleYear) : QJsonValue()},
        {QStringLiteral("sample_count"), a.sampleCount},
        {QStringLiteral("seed"), a.seed ? QString::number(*a.seed) : QString()},
        {QStringLiteral("reviewers"), idsJson(a.reviewerIds)}};
}

Result<std::optional<ReviewActivity>> ReviewRepository::loadActivity(const QString &where,
                                                                     const QVariant &key) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id, name, year, kind, organiser, starts_on, ends_on, "
                                "sheet_id, sample_year, sample_count, seed FROM review_activity "
                                "WHERE ") +
                     where,
                 {key}, kActivityTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReviewActivity>();
    ReviewActivity a;
    a.id = q->value(0).toLongLong();
    a.name = q->value(1).toString();
    a.year = q->value(2).toInt();
    a.kind = Vocab::fromCode<ReviewKind>(q->value(3).toString()).value_or(ReviewKind::Routine);
    a.organiser = q->value(4).toString();
    a.startsOn = Sql::toDate(q->value(5));
    a.endsOn = Sql::toDate(q->value(6));
    a.sheetId = q->value(7).toLongLong();
    a.sampleYear = toOptInt(q->value(8));
    a.sampleCount = q->value(9).toInt();
    bool ok = false;
    const quint64 seed = q->value(10).toString().toULongLong(&ok);
    if (ok)
        a.seed = seed;
    if (VoidResult r = loadActivityLinks(a); !r)
        return r.error();
    return std::optional<ReviewActivity>(a);
}

VoidResult ReviewRepository::loadActivityLinks(ReviewActivity &a) const
{
    auto ag = run(m_db,
                  QStringLiteral("SELECT agency_id FROM review_activity_agency WHERE "
                                 "activity_id = ? ORDER BY agency_id"),
                  {a.id}, a.name);
    if (!ag)
        return ag.error();
    while (ag->next())
        a.sampleAgencyIds.append(ag->value(0).toLongLong());
    auto rv = run(m_db,
                  QStringLiteral("SELECT expert_id FROM review_activity_reviewer WHERE "
                                 "activity_id = ? ORDER BY expert_id"),
                  {a.id}, a.name);
    if (!rv)
        return rv.error();
    while (rv->next())
        a.reviewerIds.append(rv->value(0).toLongLong());
    return {};
}

Result<std::optional<ReviewActivity>> ReviewRepository::activity(qint64 id) const
{
    return loadActivity(QStringLiteral("id = ?"), id);
}

Result<std::optional<ReviewActivity>> ReviewRepository::activityByName(const QString &name) const
{
    return loadActivity(QStringLiteral("name = ?"), name.trimmed());
}

Result<QList<ReviewActivityRow>> ReviewRepository::activities(int offset, int limit) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT a.id, a.name, a.year, a.kind, "
                                "(SELECT count(*) FROM file_review r WHERE r.activity_id = a.id), "
                                "(SELECT count(*) FROM file_review r WHERE r.activity_id = a.id "
                                "AND r.status = 'final') FROM review_activity a "
                                "ORDER BY a.year DESC, a.id DESC LIMIT ? OFFSET ?"),
                 {limit, offset}, kActivityTable);
    if (!q)
        return q.error();
    QList<ReviewActivityRow> out;
    while (q->next())
        out.append(
            {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
             Vocab::fromCode<ReviewKind>(q->value(3).toString()).value_or(ReviewKind::Routine),
             q->value(4).toInt(), q->value(5).toInt()});
    return out;
}

VoidResult ReviewRepository::writeActivityLinks(const ReviewActivity &a)
{
    for (const QString &sql :
         {QStringLiteral("DELETE FROM review_activity_agency WHERE activity_id = ?"),
          QStringLiteral("DELETE FROM review_activity_reviewer WHERE activity_id = ?")})
        if (auto d = run(m_db, sql, {a.id}, a.name); !d)
            return d.error();
    for (qint64 agency : QSet<qint64>(a.sampleAgencyIds.cbegin(), a.sampleAgencyIds.cend()))
        if (auto q = run(m_db, QStringLiteral("INSERT INTO review_activity_agency VALUES (?, ?)"),
                         {a.id, agency}, a.name);
            !q)
            return q.error();
    for (qint64 expert : QSet<qint64>(a.reviewerIds.cbegin(), a.reviewerIds.cend()))
        if (auto q = run(m_db, QStringLiteral("INSERT INTO review_activity_reviewer VALUES (?, ?)"),
                         {a.id, expert}, a.name);
            !q)
            return q.error();
    return {};
}

// Fills in what a save keeps or chooses: a stored activity with files keeps its sheet, seed
// and sampling; a new one gets the sheet in effect and a random seed unless given. Returns
// the stored activity (nullopt for a new one).
Result<std::optional<ReviewActivity>> ReviewRepository::prepareActivity(ReviewActivity &a) const
{
    std::optional<ReviewActivity> before;
    if (a.id > 0) {
        auto found = activity(a.id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(QCoreApplication::translate("Review", "No such review activity."),
                            QString::number(a.id));
        before = found.value();
        auto files = countReviews(a.id);
        if (!files)
            return files.error();
        if (files.value() > 0) { // what was drawn and scored stays explainable
            a.sheetId = before->sheetId;
            a.seed = before->seed;
            a.sampleAgencyIds = before->sampleAgencyIds;
            a.sampleYear = before->sampleYear;
            a.sampleCount = before->sampleCount;
        }
    }
    if (a.sheetId == 0) {
        auto current = currentSheet(a.startsOn.isValid() ? a.startsOn : m_db.clock().today());
        if (!current)
            return current.error();
        if (!current.value())
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("Review", "There is no score sheet."),
                         QCoreApplication::translate("Review", "Score sheet")};
        a.sheetId = current.value()->id;
    }
    if (!a.seed)
        a.seed = QRandomGenerator::global()->generate64();
    return before;
}

Result<qint64> ReviewRepository::saveActivity(ReviewActivity &input)
{
    if (VoidResult v = validateActivity(input); !v)
        return v.error();
    ReviewActivity a = input;
    a.name = a.name.trimmed();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto prepared = prepareActivity(a);
        if (!prepared)
            return prepared.error();
        const std::optional<ReviewActivity> &before = prepared.value();
        const QString sql =
            a.id > 0 ? QStringLiteral("UPDATE review_activity SET name = ?, year = ?, kind = ?, "
                                      "organiser = ?, starts_on = ?, ends_on = ?, sheet_id = ?, "
                                      "sample_year = ?, sample_count = ?, seed = ? WHERE id = ?")
                     : QStringLiteral("INSERT INTO review_activity (name, year, kind, organiser, "
                                      "starts_on, ends_on, sheet_id, sample_year, sample_count, "
                                      "seed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QList<QVariant> binds{a.name,
                              a.year,
                              Vocab::code(a.kind),
                              Sql::text(a.organiser),
                              Sql::date(a.startsOn),
                              Sql::date(a.endsOn),
                              a.sheetId,
                              optInt(a.sampleYear),
                              a.sampleCount,
                              QString::number(*a.seed)};
        if (a.id > 0)
            binds.append(a.id);
        auto q = run(m_db, sql, binds, a.name);
        if (!q) {
            Error e = q.error();
            if (e.message.contains(QStringLiteral("UNIQUE")))
                e = Error{
                    Error::Code::Conflict,
                    QCoreApplication::translate("Review", "A review activity of this name exists."),
                    QCoreApplication::translate("Review", "Name")};
            return e;
        }
        if (a.id == 0)
            a.id = q->lastInsertId().toLongLong();
        if (VoidResult w = writeActivityLinks(a); !w)
            return w.error();
        AuditTrail audit(m_db);
        VoidResult r =
            before
                ? audit.recordChange(kActivityTable, a.name, toJson(*before), toJson(a))
                : audit.record(kActivityTable, a.name, AuditEntry::Action::Insert, {}, toJson(a));
        if (!r)
            return r.error();
        input = a;
        return a.id;
    });
}

VoidResult ReviewRepository::removeActivity(qint64 id)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = activity(id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(QCoreApplication::translate("Review", "No such review activity."),
                            QString::number(id));
        auto reviewIds = run(m_db,
                             QStringLiteral("SELECT id FROM file_review WHERE "
                                            "activity_id = ?"),
                             {id}, kActivityTable);
        if (!reviewIds)
            return reviewIds.error();
        QList<qint64> ids;
        while (reviewIds->next())
            ids.append(reviewIds->value(0).toLongLong());
        for (qint64 r : ids)
            if (VoidResult removed = removeReview(r); !removed)
                return removed;
        if (auto d = run(m_db, QStringLiteral("DELETE FROM review_activity WHERE id = ?"), {id},
                         kActivityTable);
            !d)
            return d.error();
        return AuditTrail(m_db).record(kActivityTable, found.value()->name,
                                       AuditEntry::Action::Delete, toJson(*found.value()), {});
    });
}

Result<QList<qint64>> ReviewRepository::sampleCandidates(const ReviewActivity &a) const
{
    QList<qint64> out;
    if (a.sampleAgencyIds.isEmpty() || !a.sampleYear)
        return out;
    QStringList marks;
    QList<QVariant> binds{*a.sampleYear};
    for (qint64 agency : a.sampleAgencyIds) {
        marks << QStringLiteral("?");
        binds << agency;
    }
    // Only ids are read: a year of a city's cases is some hundred thousand integers.
    auto q = run(m_db,
                 QStringLiteral("SELECT id FROM enforcement_case WHERE report_year = ? AND "
                                "agency_id IN (%1) ORDER BY case_no")
                     .arg(marks.join(QStringLiteral(", "))),
                 binds, a.name);
    if (!q)
        return q.error();
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QList<qint64>> ReviewRepository::drawFiles(qint64 activityId)
{
    return inTransaction<QList<qint64>>(m_db, [&]() -> Result<QList<qint64>> {
        auto found = activity(activityId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(QCoreApplication::translate("Review", "No such review activity."),
                            QString::number(activityId));
        const ReviewActivity &a = *found.value();
        auto candidates = sampleCandidates(a);
        if (!candidates)
            return candidates.error();
        const QList<qint64> drawn =
            drawSample(std::move(candidates.value()), a.sampleCount, a.seed.value_or(0));
        for (qint64 caseId : drawn) {
            auto existing = reviewOf(a.id, caseId);
            if (!existing)
                return existing.error();
            if (existing.value())
                continue;
            FileReview r;
            r.activityId = a.id;
            r.caseId = caseId;
            r.sheetId = a.sheetId;
            if (auto saved = saveReview(r); !saved)
                return saved.error();
        }
        return drawn;
    });
}

} // namespace Jiandu
