#include "agencyrepository.h"

#include "audittrail.h"
#include "database.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Jiandu {

namespace {
const QString kTable = QStringLiteral("agency");
const QString kSelect =
    QStringLiteral("SELECT id, name, short_name, kind, parent_name, parent_id, level FROM agency ");

Agency readAgency(const QSqlQuery &q)
{
    Agency a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.shortName = q.value(2).toString();
    a.kind =
        Vocab::fromCode<AgencyKind>(q.value(3).toString()).value_or(AgencyKind::Administrative);
    a.parentName = q.value(4).toString();
    a.parentId = Sql::toOptId(q.value(5));
    if (!q.value(6).isNull())
        a.level = Vocab::fromCode<AgencyLevel>(q.value(6).toString());
    return a;
}
} // namespace

QJsonObject AgencyRepository::toJson(const Agency &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("short_name"), a.shortName},
                  {QStringLiteral("kind"), Vocab::code(a.kind)},
                  {QStringLiteral("parent"), a.parentName}};
    if (a.level)
        o.insert(QStringLiteral("level"), Vocab::code(*a.level));
    return o;
}

Result<QList<Agency>> AgencyRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral("ORDER BY parent_name, name")))
        return sqlError(q, kTable);
    QList<Agency> out;
    while (q.next())
        out.append(readAgency(q));
    return out;
}

Result<std::optional<Agency>> AgencyRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kTable);
    if (!q.next())
        return std::optional<Agency>();
    return std::optional<Agency>(readAgency(q));
}

Result<std::optional<Agency>> AgencyRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(q, kTable);
    if (!q.next())
        return std::optional<Agency>();
    return std::optional<Agency>(readAgency(q));
}

Result<QHash<QString, qint64>> AgencyRepository::idsByName() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, id FROM agency")))
        return sqlError(q, kTable);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<qint64> AgencyRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM agency")) || !q.next())
        return sqlError(q, kTable);
    return q.value(0).toLongLong();
}

Result<qint64> AgencyRepository::save(Agency &a)
{
    a.name = a.name.trimmed();
    a.parentName = a.parentName.trimmed();
    if (a.name.isEmpty())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("AgencyRepository", "The name is required."),
                     QCoreApplication::translate("AgencyRepository", "Name")};
    if (a.parentName == a.name)
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("AgencyRepository", "An agency cannot be its own parent."),
            a.name};
    a.parentId.reset();
    if (!a.parentName.isEmpty()) {
        auto parent = findByName(a.parentName);
        if (!parent)
            return parent.error();
        if (parent.value())
            a.parentId = parent.value()->id;
    }

    std::optional<Agency> before;
    if (a.id != 0) {
        auto found = find(a.id);
        if (!found)
            return found.error();
        before = found.value();
    }

    QSqlQuery q(m_db.connection());
    if (before) {
        q.prepare(QStringLiteral("UPDATE agency SET name = ?, short_name = ?, kind = ?, "
                                 "parent_name = ?, parent_id = ?, level = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO agency (name, short_name, kind, parent_name, "
                                 "parent_id, level) VALUES (?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(a.name);
    q.addBindValue(Sql::text(a.shortName.trimmed()));
    q.addBindValue(Vocab::code(a.kind));
    q.addBindValue(Sql::text(a.parentName));
    q.addBindValue(Sql::opt(a.parentId));
    q.addBindValue(a.level ? QVariant(Vocab::code(*a.level)) : QVariant());
    if (before)
        q.addBindValue(a.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("AgencyRepository",
                                                     "Another agency already has this name."),
                         a.name};
        return sqlError(q, a.name);
    }
    if (!before)
        a.id = q.lastInsertId().toLongLong();

    // Children that named this agency before it existed now link to it.
    QSqlQuery link(m_db.connection());
    link.prepare(
        QStringLiteral("UPDATE agency SET parent_id = ? WHERE parent_name = ? AND id <> ?"));
    link.addBindValue(a.id);
    link.addBindValue(a.name);
    link.addBindValue(a.id);
    if (!link.exec())
        return sqlError(link, a.name);

    AuditTrail audit(m_db);
    auto r = before ? audit.recordChange(kTable, a.name, toJson(*before), toJson(a))
                    : audit.record(kTable, a.name, AuditEntry::Action::Insert, {}, toJson(a));
    if (!r)
        return r.error();
    return a.id;
}

VoidResult AgencyRepository::remove(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("AgencyRepository", "No such agency."),
                     QString::number(id)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM agency WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("AgencyRepository",
                                                 "The agency still has officers and cannot be "
                                                 "deleted."),
                     found.value()->name};
    return AuditTrail(m_db).record(kTable, found.value()->name, AuditEntry::Action::Delete,
                                   toJson(*found.value()), {});
}

Result<QList<Section>> AgencyRepository::sections(qint64 agencyId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, agency_id, name FROM section WHERE agency_id = ? ORDER BY name"));
    q.addBindValue(agencyId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("section"));
    QList<Section> out;
    while (q.next())
        out.append(
            Section{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

Result<qint64> AgencyRepository::addSection(qint64 agencyId, const QString &name)
{
    auto agency = find(agencyId);
    if (!agency)
        return agency.error();
    if (!agency.value())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("AgencyRepository", "No such agency."),
                     QString::number(agencyId)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO section (agency_id, name) VALUES (?, ?)"));
    q.addBindValue(agencyId);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(q, name);
    const qint64 id = q.lastInsertId().toLongLong();
    const QString key = agency.value()->name + QLatin1Char('/') + name.trimmed();
    if (auto r =
            AuditTrail(m_db).record(QStringLiteral("section"), key, AuditEntry::Action::Insert, {},
                                    {{QStringLiteral("agency"), agency.value()->name},
                                     {QStringLiteral("name"), name.trimmed()}});
        !r)
        return r.error();
    return id;
}

} // namespace Jiandu
