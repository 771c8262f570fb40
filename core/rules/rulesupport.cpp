#include "rulesupport.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Rules::Detail {

QString FixedRule::title() const
{
    return QCoreApplication::translate("Rules", m_title);
}

Result<QList<Warning>> FixedRule::run(Database &db, const QString &sql, const QVariantList &binds,
                                      const Fill &fill) const
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, id());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, id());
    QList<Warning> out;
    while (q.next()) {
        Warning w;
        w.rule = id();
        w.level = m_level;
        w.subject = m_subject;
        fill(q, w);
        out.append(std::move(w));
    }
    return out;
}

QString fillOfficer(const QSqlQuery &q, Warning &w)
{
    w.recordId = q.value(0).toLongLong();
    w.key = q.value(1).toString();
    w.agency = q.value(3).toString();
    return q.value(2).toString();
}

QString officerSelect(const QString &extraColumns)
{
    QString sql = QStringLiteral("SELECT o.id, o.id_number, o.name, a.name");
    if (!extraColumns.isEmpty())
        sql += QStringLiteral(", ") + extraColumns;
    return sql + QStringLiteral(" FROM officer o JOIN agency a ON a.id = o.agency_id");
}

QString sqlDate(const QDate &date)
{
    return QLatin1Char('\'') + date.toString(Qt::ISODate) + QLatin1Char('\'');
}

QString validOnSql(const QString &alias, const QString &day)
{
    return QStringLiteral("(%1.status = 'valid' AND (%1.issued_on IS NULL OR %1.issued_on <= %2)"
                          " AND (%1.expires_on IS NULL OR %1.expires_on >= %2))")
        .arg(alias, day);
}

} // namespace Jiandu::Rules::Detail
