#include "reportrepository.h"

#include "audittrail.h"
#include "database.h"
#include "report/annualreport.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Jiandu {

namespace {

const QString kTable = QStringLiteral("annual_report_final");
const QString kColumns =
    QStringLiteral("id, year, scope_agency_id, scope_name, sequence, as_of, finalised_at, actor, "
                   "json_sha256, json");
// The scope condition: NULL for the region compares through COALESCE (as the unique index).
const QString kScopeWhere =
    QStringLiteral(" WHERE year = ? AND COALESCE(scope_agency_id, 0) = COALESCE(?, 0)");

FinalisedReport fromRow(const QSqlQuery &q)
{
    FinalisedReport r;
    r.id = q.value(0).toLongLong();
    r.year = q.value(1).toInt();
    r.agencyId = Sql::toOptId(q.value(2));
    r.scope = q.value(3).toString();
    r.sequence = q.value(4).toInt();
    r.asOf = Sql::toDate(q.value(5));
    r.finalisedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    r.actor = q.value(7).toString();
    r.jsonSha256 = q.value(8).toString();
    r.json = q.value(9).toString();
    return r;
}

// What the audit trail records: everything but the JSON itself (its hash identifies it).
QJsonObject auditJson(const FinalisedReport &r)
{
    return {{QStringLiteral("year"), r.year},
            {QStringLiteral("scope_agency_id"),
             r.agencyId ? QJsonValue(double(*r.agencyId)) : QJsonValue()},
            {QStringLiteral("scope_name"), r.scope},
            {QStringLiteral("sequence"), r.sequence},
            {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
            {QStringLiteral("finalised_at"), r.finalisedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("json_sha256"), r.jsonSha256}};
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QCoreApplication::translate("ReportRepository", "(missing)");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void walk(const QString &path, const QJsonValue &a, const QJsonValue &b,
          QList<ReportDifference> &out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys())
            if (!oa.contains(k))
                keys << k;
        for (const QString &k : keys)
            walk(path.isEmpty() ? k : path + QLatin1Char('.') + k, oa.value(k), ob.value(k), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < std::max(aa.size(), ab.size()); ++i)
            walk(path + QStringLiteral("[%1]").arg(i),
                 i < aa.size() ? aa.at(i) : QJsonValue(QJsonValue::Undefined),
                 i < ab.size() ? ab.at(i) : QJsonValue(QJsonValue::Undefined), out);
        return;
    }
    if (a != b || a.type() != b.type())
        out.append({path, jsonText(a), jsonText(b)});
}

Result<QJsonObject> parse(const QString &json, const QString &which)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("ReportRepository", "The report's JSON cannot be read: %1.")
                .arg(doc.isObject() || error.error != QJsonParseError::NoError
                         ? error.errorString()
                         : QCoreApplication::translate("ReportRepository", "not an object")),
            which};
    return doc.object();
}

} // namespace

QString ReportRepository::sha256(const QString &json)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(json.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<FinalisedReport> ReportRepository::finalise(const AnnualReport &report, const QString &json)
{
    if (auto parsed = parse(json, kTable); !parsed)
        return parsed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    FinalisedReport r;
    r.year = report.year;
    r.agencyId = report.agencyId;
    r.scope = report.scope;
    r.asOf = report.asOf.isValid() ? report.asOf : QDate(report.year, 12, 31);
    r.finalisedAt = m_db.clock().now().toUTC();
    r.actor = m_db.actor();
    r.json = json;
    r.jsonSha256 = sha256(json);
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM ") + kTable +
                  kScopeWhere);
        q.addBindValue(r.year);
        q.addBindValue(Sql::opt(r.agencyId));
        if (!q.exec() || !q.next())
            return sqlError(q, kTable);
        r.sequence = q.value(0).toInt();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO ") + kTable +
              QStringLiteral(" (year, scope_agency_id, scope_name, sequence, as_of, finalised_at,"
                             " actor, json_sha256, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.year);
    q.addBindValue(Sql::opt(r.agencyId));
    q.addBindValue(Sql::text(r.scope));
    q.addBindValue(r.sequence);
    q.addBindValue(Sql::date(r.asOf));
    q.addBindValue(r.finalisedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(Sql::text(r.actor));
    q.addBindValue(r.jsonSha256);
    q.addBindValue(r.json);
    if (!q.exec())
        return sqlError(q, kTable);
    r.id = q.lastInsertId().toLongLong();
    if (auto audited = AuditTrail(m_db).record(kTable, QString::number(r.id),
                                               AuditEntry::Action::Insert, {}, auditJson(r));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return r;
}

Result<std::optional<FinalisedReport>>
ReportRepository::latest(int year, std::optional<qint64> agencyId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ") + kTable +
              kScopeWhere + QStringLiteral(" ORDER BY sequence DESC LIMIT 1"));
    q.addBindValue(year);
    q.addBindValue(Sql::opt(agencyId));
    if (!q.exec())
        return sqlError(q, kTable);
    if (!q.next())
        return std::optional<FinalisedReport>();
    return std::optional<FinalisedReport>(fromRow(q));
}

Result<QList<FinalisedReport>> ReportRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ") + kTable +
                QStringLiteral(" ORDER BY year DESC, scope_agency_id IS NOT NULL, scope_name,"
                               " sequence DESC")))
        return sqlError(q, kTable);
    QList<FinalisedReport> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<ReportDifference>> ReportRepository::compare(const QString &finalisedJson,
                                                          const QString &recomputedJson)
{
    auto a = parse(finalisedJson, QCoreApplication::translate("ReportRepository", "finalised"));
    if (!a)
        return a.error();
    auto b = parse(recomputedJson, QCoreApplication::translate("ReportRepository", "recomputed"));
    if (!b)
        return b.error();
    QList<ReportDifference> out;
    walk({}, a.value(), b.value(), out);
    return out;
}

} // namespace Jiandu
