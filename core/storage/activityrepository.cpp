#include "activityrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Jiandu {

using namespace ReviewSql;

namespace {
const QString kTable = QStringLiteral("supervision_activity");
const QString kSelect = QStringLiteral("SELECT id, name, kind, supervising_unit, started_on, "
                                       "ended_on, source_date, note FROM supervision_activity ");

SupervisionActivity activityFrom(const QSqlQuery &q)
{
    SupervisionActivity a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.kind =
        Vocab::fromCode<SupervisionKind>(q.value(2).toString()).value_or(SupervisionKind::Routine);
    a.supervisingUnit = q.value(3).toString();
    a.startedOn = Sql::toDate(q.value(4));
    a.endedOn = Sql::toDate(q.value(5));
    a.sourceDate = Sql::toDate(q.value(6));
    a.note = q.value(7).toString();
    return a;
}

QJsonObject toJson(const SupervisionActivity &a)
{
    QJsonArray targets;
    for (qint64 id : a.targetAgencyIds)
        targets.append(id);
    return QJsonObject{{QStringLiteral("name"), a.name},
                       {QStringLiteral("kind"), Vocab::code(a.kind)},
                       {QStringLiteral("supervising_unit"), a.supervisingUnit},
                       {QStringLiteral("started_on"), a.startedOn.toString(Qt::ISODate)},
                       {QStringLiteral("ended_on"), a.endedOn.toString(Qt::ISODate)},
                       {QStringLiteral("source_date"), a.sourceDate.toString(Qt::ISODate)},
                       {QStringLiteral("note"), a.note},
                       {QStringLiteral("targets"), targets}};
}

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message,
                 QCoreApplication::translate("ActivityRepository", field)};
}

VoidResult validate(const SupervisionActivity &a)
{
    if (a.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ActivityRepository",
                                                   "A supervision activity needs a name."),
                       QT_TRANSLATE_NOOP("ActivityRepository", "Name"));
    if (a.startedOn.isValid() && a.endedOn.isValid() && a.endedOn < a.startedOn)
        return invalid(QCoreApplication::translate("ActivityRepository",
                                                   "The activity cannot end before it starts."),
                       QT_TRANSLATE_NOOP("ActivityRepository", "End date"));
    return {};
}
} // namespace

Result<std::optional<SupervisionActivity>> ActivityRepository::find(qint64 id) const
{
    auto q = run(m_db, kSelect + QStringLiteral("WHERE id = ?"), {id}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SupervisionActivity>();
    SupervisionActivity a = activityFrom(*q);
    auto t = run(m_db,
                 QStringLiteral("SELECT agency_id FROM supervision_target WHERE activity_id = ? "
                                "ORDER BY agency_id"),
                 {id}, kTable);
    if (!t)
        return t.error();
    while (t->next())
        a.targetAgencyIds.append(t->value(0).toLongLong());
    return std::optional<SupervisionActivity>(std::move(a));
}

Result<std::optional<SupervisionActivity>> ActivityRepository::findByName(const QString &name) const
{
    auto q = run(m_db, QStringLiteral("SELECT id FROM supervision_activity WHERE name = ?"),
                 {name.trimmed()}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SupervisionActivity>();
    return find(q->value(0).toLongLong());
}

Result<QList<SupervisionActivity>> ActivityRepository::list() const
{
    auto q = run(m_db,
                 kSelect + QStringLiteral("ORDER BY coalesce(started_on, source_date) DESC, "
                                          "id DESC"),
                 {}, kTable);
    if (!q)
        return q.error();
    QList<SupervisionActivity> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), out.size());
        out.append(activityFrom(*q));
    }
    auto t = run(m_db,
                 QStringLiteral("SELECT activity_id, agency_id FROM supervision_target "
                                "ORDER BY activity_id, agency_id"),
                 {}, kTable);
    if (!t)
        return t.error();
    while (t->next()) {
        const auto it = index.constFind(t->value(0).toLongLong());
        if (it != index.cend())
            out[*it].targetAgencyIds.append(t->value(1).toLongLong());
    }
    return out;
}

Result<qint64> ActivityRepository::save(SupervisionActivity &a)
{
    if (VoidResult v = validate(a); !v)
        return v.error();
    a.name = a.name.trimmed();
    std::sort(a.targetAgencyIds.begin(), a.targetAgencyIds.end());
    a.targetAgencyIds.erase(std::unique(a.targetAgencyIds.begin(), a.targetAgencyIds.end()),
                            a.targetAgencyIds.end());
    const qint64 givenId = a.id;
    Result<qint64> saved = inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto clash = run(m_db,
                         QStringLiteral("SELECT id FROM supervision_activity WHERE name = ? "
                                        "AND id <> ?"),
                         {a.name, a.id}, kTable);
        if (!clash)
            return clash.error();
        if (clash->next())
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("ActivityRepository",
                                                     "Another supervision activity already has "
                                                     "this name."),
                         a.name};
        std::optional<SupervisionActivity> before;
        if (a.id > 0) {
            auto found = find(a.id);
            if (!found)
                return found.error();
            if (!found.value())
                return Error{Error::Code::NotFound,
                             QCoreApplication::translate("ActivityRepository",
                                                         "No such supervision activity."),
                             QString::number(a.id)};
            before = found.value();
        }
        const QString sql =
            before ? QStringLiteral("UPDATE supervision_activity SET name = ?, kind = ?, "
                                    "supervising_unit = ?, started_on = ?, ended_on = ?, "
                                    "source_date = ?, note = ? WHERE id = ?")
                   : QStringLiteral("INSERT INTO supervision_activity (name, kind, "
                                    "supervising_unit, started_on, ended_on, source_date, note) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)");
        QList<QVariant> binds{a.name,
                              Vocab::code(a.kind),
                              Sql::text(a.supervisingUnit.trimmed()),
                              Sql::date(a.startedOn),
                              Sql::date(a.endedOn),
                              Sql::date(a.sourceDate),
                              Sql::text(a.note)};
        if (before)
            binds << a.id;
        auto q = run(m_db, sql, binds, kTable);
        if (!q)
            return q.error();
        if (!before)
            a.id = q->lastInsertId().toLongLong();
        auto del = run(m_db, QStringLiteral("DELETE FROM supervision_target WHERE activity_id = ?"),
                       {a.id}, kTable);
        if (!del)
            return del.error();
        for (qint64 agency : std::as_const(a.targetAgencyIds)) {
            auto known =
                run(m_db, QStringLiteral("SELECT 1 FROM agency WHERE id = ?"), {agency}, kTable);
            if (!known)
                return known.error();
            if (!known->next())
                return invalid(QCoreApplication::translate("ActivityRepository",
                                                           "A supervised body does not exist."),
                               QT_TRANSLATE_NOOP("ActivityRepository", "Supervised bodies"));
            auto ins = run(m_db,
                           QStringLiteral("INSERT INTO supervision_target (activity_id, agency_id) "
                                          "VALUES (?, ?)"),
                           {a.id, agency}, kTable);
            if (!ins)
                return ins.error();
        }
        AuditTrail audit(m_db);
        const QString key = QString::number(a.id);
        VoidResult r = before
                           ? audit.recordChange(kTable, key, toJson(*before), toJson(a))
                           : audit.record(kTable, key, AuditEntry::Action::Insert, {}, toJson(a));
        if (!r)
            return r.error();
        return a.id;
    });
    if (!saved)
        a.id = givenId; // a rolled-back insert leaves no id behind
    return saved;
}

Result<qint64> ActivityRepository::ensure(const QString &name, const QDate &sourceDate)
{
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto found = findByName(name);
        if (!found)
            return found.error();
        if (found.value())
            return found.value()->id;
        SupervisionActivity a;
        a.name = name;
        a.sourceDate = sourceDate;
        return save(a);
    });
}

} // namespace Jiandu
