// The read side of the officer aggregate: the roster list (filters, sort, paging, computed
// certificate state and training hours) and the printed roster's rows. The SQL expressions
// here are shared with the warning rules through certStateSql()/trainingHoursSql().

#include "officerrepository.h"

#include "database.h"
#include "domain/identity.h"
#include "officerrows.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace Jiandu {

using OfficerRows::kOfficerColumns;
using OfficerRows::readOfficer;

namespace {
const QString kOfficer = QStringLiteral("officer");

QString quoted(const QDate &d)
{
    // ISO dates from QDate contain only digits and '-': safe as literals.
    return QLatin1Char('\'') + d.toString(Qt::ISODate) + QLatin1Char('\'');
}

// Expression: the certificate valid on :asOf.
QString validOnSql(const QString &alias, const QString &asOf)
{
    return QStringLiteral("(%1.status = 'valid' AND (%1.issued_on IS NULL OR %1.issued_on <= %2) "
                          "AND (%1.expires_on IS NULL OR %1.expires_on >= %2))")
        .arg(alias, asOf);
}

QString certStateExpression(const QDate &asOf, const QDate &expiringUntil)
{
    const QString d = quoted(asOf);
    return QStringLiteral(
               "(SELECT CASE"
               " WHEN max(CASE WHEN %1 THEN 1 END) = 1 THEN"
               "  CASE WHEN max(CASE WHEN c.status = 'valid' THEN coalesce(c.expires_on, "
               "'9999-12-31') END) <= %3"
               "  THEN 'expiring' ELSE 'valid' END"
               " WHEN (SELECT n.status = 'valid' AND n.expires_on < %2 FROM certificate n"
               "       WHERE n.officer_id = o.id ORDER BY n.issued_on DESC, n.id DESC LIMIT 1) "
               "THEN 'expired'"
               " ELSE 'none' END FROM certificate c WHERE c.officer_id = o.id)")
        .arg(validOnSql(QStringLiteral("c"), d), d, quoted(expiringUntil));
}

QString trainingHoursExpression(int year)
{
    return QStringLiteral(
               "(SELECT coalesce(sum(coalesce(t.hours, t.minutes / 45.0)), 0) FROM training t"
               " WHERE t.officer_id = o.id AND t.date BETWEEN '%1-01-01' AND '%1-12-31'"
               " AND coalesce(t.kind, '') <> 'political')")
        .arg(year, 4, 10, QLatin1Char('0'));
}

struct Built
{
    QString sql;
    QVariantList binds;
};

Built buildListSql(const Database &db, OfficerQuery query, bool countOnly)
{
    query.agencyIds = Security::scopeAgencies(db, query.agencyIds);
    const QDate asOf = query.asOf.isValid() ? query.asOf : QDate::currentDate();
    const int year = query.year > 0 ? query.year : asOf.year();
    const QString d = quoted(asOf);

    Built b;
    QStringList where;
    if (!query.search.trimmed().isEmpty()) {
        const QString like =
            QLatin1Char('%') + Sql::likeEscape(query.search.trimmed()) + QLatin1Char('%');
        where << QStringLiteral(
            "(o.name LIKE ? ESCAPE '\\' OR o.id_number = ? OR EXISTS (SELECT 1 FROM "
            "certificate s WHERE s.officer_id = o.id AND s.number LIKE ? ESCAPE '\\'))");
        b.binds << like << Identity::normaliseIdNumber(query.search) << like;
    }
    if (!query.agencyIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.agencyIds)
            ids << QString::number(id);
        where << QStringLiteral("o.agency_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (query.status) {
        where << QStringLiteral("o.status = ?");
        b.binds << Vocab::code(*query.status);
    }

    QString inner =
        QStringLiteral("SELECT ") + kOfficerColumns +
        QStringLiteral(", a.name AS agency_name, c.number AS cert_number, "
                       "c.expires_on AS cert_expires_on, ") +
        certStateExpression(asOf, asOf.addDays(query.expiringDays)) +
        QStringLiteral(" AS cert_state, ") + trainingHoursExpression(year) +
        QStringLiteral(" AS training_hours FROM officer o JOIN agency a ON a.id = o.agency_id"
                       " LEFT JOIN certificate c ON c.id = (SELECT p.id FROM certificate p"
                       " WHERE p.officer_id = o.id ORDER BY ") +
        validOnSql(QStringLiteral("p"), d) +
        QStringLiteral(" DESC, coalesce(p.expires_on, '9999-12-31') DESC, p.issued_on DESC, "
                       "p.id DESC LIMIT 1)");
    if (!where.isEmpty())
        inner += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    QStringList outer;
    if (query.certState) {
        outer << QStringLiteral("r.cert_state = ?");
        b.binds << Vocab::code(*query.certState);
    }
    if (query.trainingShortOnly) {
        // Same tolerance as TRAINING_SHORT: 90 × 30 minutes must count as 60 hours.
        outer << QStringLiteral("r.training_hours + 1e-9 < ?");
        b.binds << query.trainingMinimum;
    }
    const QString filtered =
        QStringLiteral("SELECT %1 FROM (") + inner + QStringLiteral(") r") +
        (outer.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + outer.join(QStringLiteral(" AND ")));
    if (countOnly) {
        b.sql = filtered.arg(QStringLiteral("count(*)"));
        return b;
    }
    QString order;
    switch (query.sort) {
    case OfficerQuery::Sort::Name:
        order = QStringLiteral("r.name");
        break;
    case OfficerQuery::Sort::Agency:
        order = QStringLiteral("r.agency_name");
        break;
    case OfficerQuery::Sort::CertNumber:
        order = QStringLiteral("r.cert_number");
        break;
    case OfficerQuery::Sort::CertExpiry:
        order = QStringLiteral("r.cert_expires_on");
        break;
    case OfficerQuery::Sort::Status:
        order = QStringLiteral("r.status");
        break;
    case OfficerQuery::Sort::TrainingHours:
        order = QStringLiteral("r.training_hours");
        break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    b.sql = filtered.arg(QStringLiteral("*")) + QStringLiteral(" ORDER BY ") + order + dir +
            QStringLiteral(", r.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
    return b;
}

} // namespace

QString OfficerRepository::certStateSql(const QDate &asOf, const QDate &expiringUntil)
{
    return certStateExpression(asOf, expiringUntil);
}

QString OfficerRepository::trainingHoursSql(int year)
{
    return trainingHoursExpression(year);
}

Result<QList<OfficerRow>> OfficerRepository::list(const OfficerQuery &query, int offset,
                                                  int limit) const
{
    Built b = buildListSql(m_db, query, false);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(b.sql);
    for (const QVariant &v : b.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, kOfficer);
    QList<OfficerRow> out;
    while (q.next()) {
        OfficerRow row;
        row.officer = readOfficer(q);
        row.agencyName = q.value(12).toString();
        row.certNumber = q.value(13).toString();
        row.certExpiresOn = Sql::toDate(q.value(14));
        row.certState =
            Vocab::fromCode<CertState>(q.value(15).toString()).value_or(CertState::None);
        row.trainingHours = q.value(16).toDouble();
        out.append(row);
    }
    return out;
}

Result<int> OfficerRepository::count(const OfficerQuery &query) const
{
    Built b = buildListSql(m_db, query, true);
    QSqlQuery q(m_db.connection());
    q.prepare(b.sql);
    for (const QVariant &v : b.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, kOfficer);
    return q.value(0).toInt();
}

Result<QList<RosterEntry>> OfficerRepository::rosterEntries(const QDate &asOf,
                                                            const QList<qint64> &requested,
                                                            const RosterEntry *after,
                                                            int limit) const
{
    const QList<qint64> agencyIds = Security::scopeAgencies(m_db, requested);
    QString sql =
        QStringLiteral("SELECT o.id, o.name, a.name, c.number,"
                       " CASE WHEN c.category <> '' THEN c.category ELSE o.category END,"
                       " c.issuer, c.expires_on"
                       " FROM officer o JOIN agency a ON a.id = o.agency_id"
                       " JOIN certificate c ON c.id = (SELECT p.id FROM certificate p"
                       " WHERE p.officer_id = o.id AND ") +
        validOnSql(QStringLiteral("p"), quoted(asOf)) +
        QStringLiteral(" ORDER BY coalesce(p.expires_on, '9999-12-31') DESC, p.id DESC LIMIT 1)"
                       " WHERE o.status = ?");
    if (!agencyIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : agencyIds)
            ids << QString::number(id);
        sql += QStringLiteral(" AND o.agency_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (after)
        sql += QStringLiteral(" AND (a.name, o.name, o.id) > (?, ?, ?)");
    sql += QStringLiteral(" ORDER BY a.name, o.name, o.id LIMIT ?");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(Vocab::code(OfficerStatus::Active));
    if (after) {
        q.addBindValue(after->agencyName);
        q.addBindValue(after->name);
        q.addBindValue(after->officerId);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, kOfficer);
    QList<RosterEntry> out;
    while (q.next()) {
        RosterEntry e;
        e.officerId = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.agencyName = q.value(2).toString();
        e.certNumber = q.value(3).toString();
        e.category = q.value(4).toString();
        e.issuer = q.value(5).toString();
        e.expiresOn = Sql::toDate(q.value(6));
        out.append(e);
    }
    return out;
}

Result<QHash<qint64, int>> OfficerRepository::countsByAgency() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT agency_id, count(*) FROM officer WHERE 1") +
                Security::scopeCondition(m_db, QStringLiteral("agency_id")) +
                QStringLiteral(" GROUP BY agency_id")))
        return sqlError(q, kOfficer);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

} // namespace Jiandu
