// The expert pool (评查专家库) of ReviewRepository.

#include "reviewrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "sqlhelpers.h"

#include <QCoreApplication>

namespace Jiandu {

using namespace ReviewSql;

namespace {
const QString kExpertTable = QStringLiteral("review_expert");

// Officers' names, phones and agencies come from the roster, so they stay current.
const QString kExpertSelect = QStringLiteral(
    "SELECT e.id, e.officer_id, coalesce(o.name, e.name), "
    "CASE WHEN o.id IS NULL THEN e.organisation ELSE a.name END, e.speciality, "
    "coalesce(o.phone, e.phone), e.active FROM review_expert e "
    "LEFT JOIN officer o ON o.id = e.officer_id LEFT JOIN agency a ON a.id = o.agency_id ");

ReviewExpert expertFrom(const QSqlQuery &q)
{
    ReviewExpert e;
    e.id = q.value(0).toLongLong();
    e.officerId = Sql::toOptId(q.value(1));
    e.name = q.value(2).toString();
    e.organisation = q.value(3).toString();
    e.speciality = q.value(4).toString();
    e.phone = q.value(5).toString();
    e.active = q.value(6).toBool();
    return e;
}

QJsonObject expertJson(const ReviewExpert &e)
{
    QJsonObject o{{QStringLiteral("name"), e.name},
                  {QStringLiteral("organisation"), e.organisation},
                  {QStringLiteral("speciality"), e.speciality},
                  {QStringLiteral("active"), e.active}};
    if (e.officerId)
        o.insert(QStringLiteral("officer_id"), *e.officerId);
    else
        o.insert(QStringLiteral("phone"), e.maskedPhone()); // the audit shows no full phone
    return o;
}

Error missing(const char *what, qint64 id)
{
    return Error{Error::Code::NotFound, QCoreApplication::translate("Review", what),
                 QString::number(id)};
}
} // namespace

Result<std::optional<ReviewExpert>> ReviewRepository::expert(qint64 id) const
{
    auto q = run(m_db, kExpertSelect + QStringLiteral("WHERE e.id = ?"), {id}, kExpertTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReviewExpert>();
    return std::optional<ReviewExpert>(expertFrom(*q));
}

Result<QList<ReviewExpert>> ReviewRepository::experts(int offset, int limit) const
{
    auto q = run(m_db,
                 kExpertSelect + QStringLiteral("ORDER BY coalesce(o.name, e.name), e.id "
                                                "LIMIT ? OFFSET ?"),
                 {limit, offset}, kExpertTable);
    if (!q)
        return q.error();
    QList<ReviewExpert> out;
    while (q->next())
        out.append(expertFrom(*q));
    return out;
}

Result<qint64> ReviewRepository::saveExpert(ReviewExpert &input)
{
    if (VoidResult v = validateExpert(input); !v)
        return v.error();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        std::optional<ReviewExpert> before;
        if (input.id > 0) {
            auto found = expert(input.id);
            if (!found)
                return found.error();
            if (!found.value())
                return missing(QT_TRANSLATE_NOOP("Review", "No such expert."), input.id);
            before = found.value();
        }
        const bool officer = input.officerId.has_value();
        const QString sql =
            input.id > 0 ? QStringLiteral("UPDATE review_expert SET officer_id = ?, name = ?, "
                                          "organisation = ?, speciality = ?, phone = ?, "
                                          "active = ? WHERE id = ?")
                         : QStringLiteral("INSERT INTO review_expert (officer_id, name, "
                                          "organisation, speciality, phone, active) "
                                          "VALUES (?, ?, ?, ?, ?, ?)");
        QList<QVariant> binds{optId(input.officerId),
                              Sql::text(officer ? QString() : input.name.trimmed()),
                              Sql::text(officer ? QString() : input.organisation.trimmed()),
                              Sql::text(input.speciality.trimmed()),
                              Sql::text(officer ? QString() : input.phone.trimmed()),
                              input.active ? 1 : 0};
        if (input.id > 0)
            binds.append(input.id);
        auto q = run(m_db, sql, binds, kExpertTable);
        if (!q) {
            Error e = q.error();
            if (e.message.contains(QStringLiteral("UNIQUE")))
                e = Error{
                    Error::Code::Conflict,
                    QCoreApplication::translate("Review", "The officer is already in the pool."),
                    QCoreApplication::translate("Review", "Officer")};
            return e;
        }
        const qint64 id = input.id > 0 ? input.id : q->lastInsertId().toLongLong();
        auto after = expert(id);
        if (!after || !after.value())
            return after ? missing(QT_TRANSLATE_NOOP("Review", "No such expert."), id)
                         : after.error();
        AuditTrail audit(m_db);
        const QString key = QString::number(id);
        VoidResult r = before ? audit.recordChange(kExpertTable, key, expertJson(*before),
                                                   expertJson(*after.value()))
                              : audit.record(kExpertTable, key, AuditEntry::Action::Insert, {},
                                             expertJson(*after.value()));
        if (!r)
            return r.error();
        input = *after.value();
        return id;
    });
}

VoidResult ReviewRepository::removeExpert(qint64 id)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = expert(id);
        if (!found)
            return found.error();
        if (!found.value())
            return missing(QT_TRANSLATE_NOOP("Review", "No such expert."), id);
        auto used = run(m_db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM review_activity_reviewer "
                                       "WHERE expert_id = ?) OR EXISTS (SELECT 1 FROM "
                                       "file_review_reviewer WHERE expert_id = ?)"),
                        {id, id}, kExpertTable);
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toBool())
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate(
                             "Review", "The expert is named in a review: mark the expert "
                                       "inactive instead."),
                         found.value()->name};
        if (auto d = run(m_db, QStringLiteral("DELETE FROM review_expert WHERE id = ?"), {id},
                         kExpertTable);
            !d)
            return d.error();
        return AuditTrail(m_db).record(kExpertTable, QString::number(id),
                                       AuditEntry::Action::Delete, expertJson(*found.value()), {});
    });
}

} // namespace Jiandu
