// CaseRepository: the case list (filtered, paged, keyset-ready) and bulk lookups.

#include "caserepository.h"

#include "caserows.h"
#include "database.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace Jiandu {

namespace {
const QString kList = QStringLiteral("case list");

// The WHERE clause of `query` and its bind values, in order.
QString whereClause(const CaseQuery &query, QList<QVariant> &binds)
{
    QStringList parts;
    if (!query.agencyIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : query.agencyIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        parts << QStringLiteral("c.agency_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (query.kind) {
        parts << QStringLiteral("c.kind = ?");
        binds << Vocab::code(*query.kind);
    }
    if (query.year) {
        parts << QStringLiteral("c.report_year = ?");
        binds << *query.year;
    }
    if (query.decided)
        parts << (*query.decided ? QStringLiteral("c.decided_on IS NOT NULL") : QStringLiteral("c.decided_on IS NULL"));
    if (query.afterOpenedOn.isValid()) {
        parts << QStringLiteral("(c.opened_on, c.id) < (?, ?)");
        binds << Sql::date(query.afterOpenedOn) << query.afterId;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<CaseRow>> CaseRepository::list(const CaseQuery &query, int offset, int limit) const
{
    QList<QVariant> binds;
    const QString where = whereClause(query, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.case_no, c.agency_id, a.name, c.kind, c.title, c.party, c.opened_on, "
                             "c.decided_on, c.closed_on, c.major FROM enforcement_case c "
                             "LEFT JOIN agency a ON a.id = c.agency_id")
              + where + QStringLiteral(" ORDER BY c.opened_on DESC, c.id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, kList);
    QList<CaseRow> out;
    while (q.next()) {
        CaseRow r;
        r.id = q.value(0).toLongLong();
        r.caseNo = q.value(1).toString();
        r.agencyId = q.value(2).toLongLong();
        r.agencyName = q.value(3).toString();
        r.kind = Vocab::fromCode<CaseKind>(q.value(4).toString()).value_or(CaseKind::Other);
        r.title = q.value(5).toString();
        r.party = q.value(6).toString();
        r.openedOn = Sql::toDate(q.value(7));
        r.decidedOn = Sql::toDate(q.value(8));
        r.closedOn = Sql::toDate(q.value(9));
        r.major = q.value(10).toBool();
        out.append(r);
    }
    return out;
}

Result<qint64> CaseRepository::count(const CaseQuery &query) const
{
    QList<QVariant> binds;
    const QString where = whereClause(query, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM enforcement_case c") + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, kList);
    return q.value(0).toLongLong();
}

Result<QHash<QString, qint64>> CaseRepository::idsByCaseNo() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT case_no, id FROM enforcement_case")))
        return sqlError(q, kList);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

} // namespace Jiandu
