#include "officerrepository.h"

#include "audittrail.h"
#include "database.h"
#include "domain/identity.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Jiandu {

namespace {
const QString kOfficer = QStringLiteral("officer");
const QString kCertificate = QStringLiteral("certificate");


const QString kOfficerColumns = QStringLiteral(
    "o.id, o.name, o.gender, o.id_number, o.agency_id, o.employment, o.position, o.category, "
    "o.legal_qualification, o.legal_reviewer, o.status, o.phone");

Officer readOfficer(const QSqlQuery &q, int base = 0)
{
    Officer o;
    o.id = q.value(base + 0).toLongLong();
    o.name = q.value(base + 1).toString();
    if (!q.value(base + 2).isNull())
        o.gender = Vocab::fromCode<Gender>(q.value(base + 2).toString());
    o.idNumber = q.value(base + 3).toString();
    o.agencyId = q.value(base + 4).toLongLong();
    o.employment = Vocab::fromCode<Employment>(q.value(base + 5).toString()).value_or(Employment::Establishment);
    o.position = q.value(base + 6).toString();
    o.category = q.value(base + 7).toString();
    o.legalQualification = q.value(base + 8).toBool();
    o.legalReviewer = q.value(base + 9).toBool();
    o.status = Vocab::fromCode<OfficerStatus>(q.value(base + 10).toString()).value_or(OfficerStatus::Active);
    o.phone = q.value(base + 11).toString();
    return o;
}

const QString kCertColumns = QStringLiteral(
    "id, officer_id, number, issuer, category, issued_on, expires_on, status");

Certificate readCertificate(const QSqlQuery &q)
{
    Certificate c;
    c.id = q.value(0).toLongLong();
    c.officerId = q.value(1).toLongLong();
    c.number = q.value(2).toString();
    c.issuer = q.value(3).toString();
    c.category = q.value(4).toString();
    c.issuedOn = Sql::toDate(q.value(5));
    c.expiresOn = Sql::toDate(q.value(6));
    c.status = Vocab::fromCode<CertStatus>(q.value(7).toString()).value_or(CertStatus::Valid);
    return c;
}

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
               "  CASE WHEN max(CASE WHEN c.status = 'valid' THEN coalesce(c.expires_on, '9999-12-31') END) <= %3"
               "  THEN 'expiring' ELSE 'valid' END"
               " WHEN (SELECT n.status = 'valid' AND n.expires_on < %2 FROM certificate n"
               "       WHERE n.officer_id = o.id ORDER BY n.issued_on DESC, n.id DESC LIMIT 1) THEN 'expired'"
               " ELSE 'none' END FROM certificate c WHERE c.officer_id = o.id)")
        .arg(validOnSql(QStringLiteral("c"), d), d, quoted(expiringUntil));
}

QString trainingHoursExpression(int year)
{
    return QStringLiteral("(SELECT coalesce(sum(coalesce(t.hours, t.minutes / 45.0)), 0) FROM training t"
                          " WHERE t.officer_id = o.id AND t.date BETWEEN '%1-01-01' AND '%1-12-31'"
                          " AND coalesce(t.kind, '') <> 'political')")
        .arg(year, 4, 10, QLatin1Char('0'));
}

struct Built
{
    QString sql;
    QVariantList binds;
};

Built buildListSql(const OfficerQuery &query, bool countOnly)
{
    const QDate asOf = query.asOf.isValid() ? query.asOf : QDate::currentDate();
    const int year = query.year > 0 ? query.year : asOf.year();
    const QString d = quoted(asOf);

    Built b;
    QStringList where;
    if (!query.search.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + Sql::likeEscape(query.search.trimmed()) + QLatin1Char('%');
        where << QStringLiteral("(o.name LIKE ? ESCAPE '\\' OR o.id_number = ? OR EXISTS (SELECT 1 FROM "
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

    QString inner = QStringLiteral("SELECT ") + kOfficerColumns
                    + QStringLiteral(", a.name AS agency_name, c.number AS cert_number, "
                                     "c.expires_on AS cert_expires_on, ")
                    + certStateExpression(asOf, asOf.addDays(query.expiringDays))
                    + QStringLiteral(" AS cert_state, ") + trainingHoursExpression(year)
                    + QStringLiteral(" AS training_hours FROM officer o JOIN agency a ON a.id = o.agency_id"
                                     " LEFT JOIN certificate c ON c.id = (SELECT p.id FROM certificate p"
                                     " WHERE p.officer_id = o.id ORDER BY ")
                    + validOnSql(QStringLiteral("p"), d)
                    + QStringLiteral(" DESC, coalesce(p.expires_on, '9999-12-31') DESC, p.issued_on DESC, "
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
    const QString filtered = QStringLiteral("SELECT %1 FROM (") + inner + QStringLiteral(") r")
                             + (outer.isEmpty() ? QString() : QStringLiteral(" WHERE ") + outer.join(QStringLiteral(" AND ")));
    if (countOnly) {
        b.sql = filtered.arg(QStringLiteral("count(*)"));
        return b;
    }
    QString order;
    switch (query.sort) {
    case OfficerQuery::Sort::Name: order = QStringLiteral("r.name"); break;
    case OfficerQuery::Sort::Agency: order = QStringLiteral("r.agency_name"); break;
    case OfficerQuery::Sort::CertNumber: order = QStringLiteral("r.cert_number"); break;
    case OfficerQuery::Sort::CertExpiry: order = QStringLiteral("r.cert_expires_on"); break;
    case OfficerQuery::Sort::Status: order = QStringLiteral("r.status"); break;
    case OfficerQuery::Sort::TrainingHours: order = QStringLiteral("r.training_hours"); break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    b.sql = filtered.arg(QStringLiteral("*")) + QStringLiteral(" ORDER BY ") + order + dir
            + QStringLiteral(", r.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
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

QJsonObject OfficerRepository::toJson(const Officer &o)
{
    return QJsonObject{
        {QStringLiteral("name"), o.name},
        {QStringLiteral("gender"), o.gender ? Vocab::code(*o.gender) : QString()},
        {QStringLiteral("id_number"), o.idNumber},
        {QStringLiteral("agency_id"), o.agencyId},
        {QStringLiteral("employment"), Vocab::code(o.employment)},
        {QStringLiteral("position"), o.position},
        {QStringLiteral("category"), o.category},
        {QStringLiteral("legal_qualification"), o.legalQualification},
        {QStringLiteral("legal_reviewer"), o.legalReviewer},
        {QStringLiteral("status"), Vocab::code(o.status)},
        {QStringLiteral("phone"), o.phone},
    };
}

QJsonObject OfficerRepository::toJson(const Certificate &c)
{
    return QJsonObject{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("officer_id"), c.officerId},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("issued_on"), c.issuedOn.toString(Qt::ISODate)},
        {QStringLiteral("expires_on"), c.expiresOn.toString(Qt::ISODate)},
        {QStringLiteral("status"), Vocab::code(c.status)},
    };
}

Result<std::optional<Officer>> OfficerRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kOfficerColumns + QStringLiteral(" FROM officer o WHERE o.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kOfficer);
    if (!q.next())
        return std::optional<Officer>();
    return std::optional<Officer>(readOfficer(q));
}

Result<std::optional<Officer>> OfficerRepository::findByIdNumber(const QString &idNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kOfficerColumns + QStringLiteral(" FROM officer o WHERE o.id_number = ?"));
    q.addBindValue(Identity::normaliseIdNumber(idNumber));
    if (!q.exec())
        return sqlError(q, kOfficer);
    if (!q.next())
        return std::optional<Officer>();
    return std::optional<Officer>(readOfficer(q));
}

Result<QHash<QString, qint64>> OfficerRepository::idsByIdNumber() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id_number, id FROM officer")))
        return sqlError(q, kOfficer);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QHash<QString, qint64>> OfficerRepository::officerIdsByCertNumber() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number, officer_id FROM certificate")))
        return sqlError(q, kCertificate);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<qint64> OfficerRepository::save(Officer &o)
{
    o.name = o.name.trimmed();
    o.idNumber = Identity::normaliseIdNumber(o.idNumber);
    o.phone = o.phone.trimmed();
    if (o.name.isEmpty())
        return Error{Error::Code::Invalid, QCoreApplication::translate("OfficerRepository", "The name is required."), QCoreApplication::translate("OfficerRepository", "Name")};
    if (const QString problem = Identity::validateIdNumber(o.idNumber); !problem.isEmpty())
        return Error{Error::Code::Invalid, problem, QCoreApplication::translate("OfficerRepository", "Identity-card number")};
    if (o.agencyId <= 0)
        return Error{Error::Code::Invalid, QCoreApplication::translate("OfficerRepository", "Choose the enforcement body."), QCoreApplication::translate("OfficerRepository", "Agency")};

    std::optional<Officer> before;
    if (o.id != 0) {
        auto found = find(o.id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{Error::Code::NotFound, QCoreApplication::translate("OfficerRepository", "The officer no longer exists."), o.name};
        before = found.value();
    }

    QSqlQuery q(m_db.connection());
    const QString cols = QStringLiteral("name, gender, id_number, agency_id, employment, position, "
                                        "category, legal_qualification, legal_reviewer, status, phone");
    if (before)
        q.prepare(QStringLiteral("UPDATE officer SET name = ?, gender = ?, id_number = ?, agency_id = ?, "
                                 "employment = ?, position = ?, category = ?, legal_qualification = ?, "
                                 "legal_reviewer = ?, status = ?, phone = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral("INSERT INTO officer (") + cols
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(o.name);
    q.addBindValue(o.gender ? QVariant(Vocab::code(*o.gender)) : QVariant());
    q.addBindValue(o.idNumber);
    q.addBindValue(o.agencyId);
    q.addBindValue(Vocab::code(o.employment));
    q.addBindValue(Sql::text(o.position.trimmed()));
    q.addBindValue(Sql::text(o.category.trimmed()));
    q.addBindValue(o.legalQualification ? 1 : 0);
    q.addBindValue(o.legalReviewer ? 1 : 0);
    q.addBindValue(Vocab::code(o.status));
    q.addBindValue(Sql::text(o.phone));
    if (before)
        q.addBindValue(o.id);
    if (!q.exec()) {
        const QString code = q.lastError().nativeErrorCode();
        if (code == QLatin1String("2067"))
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("OfficerRepository", "Another officer already has the identity-card number %1.")
                             .arg(Identity::maskIdNumber(o.idNumber)),
                         QCoreApplication::translate("OfficerRepository", "Identity-card number")};
        if (code == QLatin1String("787"))
            return Error{Error::Code::Invalid, QCoreApplication::translate("OfficerRepository", "The enforcement body does not exist."), QCoreApplication::translate("OfficerRepository", "Agency")};
        return sqlError(q, o.name);
    }
    if (!before)
        o.id = q.lastInsertId().toLongLong();

    AuditTrail audit(m_db);
    const QString key = before ? before->idNumber : o.idNumber;
    auto r = before ? audit.recordChange(kOfficer, key, toJson(*before), toJson(o))
                    : audit.record(kOfficer, key, AuditEntry::Action::Insert, {}, toJson(o));
    if (!r)
        return r.error();
    return o.id;
}

VoidResult OfficerRepository::remove(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("OfficerRepository", "The officer no longer exists."), QString::number(id)};
    AuditTrail audit(m_db);
    // Dependent rows are removed by ON DELETE CASCADE; record them so history stays whole.
    auto certs = certificates(id);
    if (!certs)
        return certs.error();
    for (const Certificate &c : certs.value())
        if (auto r = audit.record(kCertificate, c.number, AuditEntry::Action::Delete, toJson(c), {}); !r)
            return r;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM officer WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, found.value()->name);
    return audit.record(kOfficer, found.value()->idNumber, AuditEntry::Action::Delete,
                        toJson(*found.value()), {});
}

Result<QList<Certificate>> OfficerRepository::certificates(qint64 officerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kCertColumns
              + QStringLiteral(" FROM certificate WHERE officer_id = ? ORDER BY issued_on DESC, id DESC"));
    q.addBindValue(officerId);
    if (!q.exec())
        return sqlError(q, kCertificate);
    QList<Certificate> out;
    while (q.next())
        out.append(readCertificate(q));
    return out;
}

Result<std::optional<Certificate>> OfficerRepository::findCertificate(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kCertColumns + QStringLiteral(" FROM certificate WHERE number = ?"));
    q.addBindValue(number.trimmed());
    if (!q.exec())
        return sqlError(q, kCertificate);
    if (!q.next())
        return std::optional<Certificate>();
    return std::optional<Certificate>(readCertificate(q));
}

Result<qint64> OfficerRepository::saveCertificate(Certificate &c)
{
    c.number = c.number.trimmed();
    if (c.number.isEmpty())
        return Error{Error::Code::Invalid, QCoreApplication::translate("OfficerRepository", "The certificate number is required."), QCoreApplication::translate("OfficerRepository", "Certificate number")};
    if (c.issuedOn.isValid() && c.expiresOn.isValid() && c.expiresOn < c.issuedOn)
        return Error{Error::Code::Invalid, QCoreApplication::translate("OfficerRepository", "The expiry date is before the issue date."), QCoreApplication::translate("OfficerRepository", "Valid until")};

    std::optional<Certificate> before;
    if (c.id != 0) {
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral("SELECT ") + kCertColumns + QStringLiteral(" FROM certificate WHERE id = ?"));
        f.addBindValue(c.id);
        if (!f.exec())
            return sqlError(f, kCertificate);
        if (f.next())
            before = readCertificate(f);
    }
    QSqlQuery q(m_db.connection());
    if (before)
        q.prepare(QStringLiteral("UPDATE certificate SET officer_id = ?, number = ?, issuer = ?, category = ?, "
                                 "issued_on = ?, expires_on = ?, status = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral("INSERT INTO certificate (officer_id, number, issuer, category, issued_on, "
                                 "expires_on, status) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.officerId);
    q.addBindValue(c.number);
    q.addBindValue(Sql::text(c.issuer.trimmed()));
    q.addBindValue(Sql::text(c.category.trimmed()));
    q.addBindValue(Sql::date(c.issuedOn));
    q.addBindValue(Sql::date(c.expiresOn));
    q.addBindValue(Vocab::code(c.status));
    if (before)
        q.addBindValue(c.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("OfficerRepository", "The certificate number %1 is already held by another officer.").arg(c.number),
                         QCoreApplication::translate("OfficerRepository", "Certificate number")};
        return sqlError(q, c.number);
    }
    if (!before)
        c.id = q.lastInsertId().toLongLong();
    AuditTrail audit(m_db);
    auto r = before ? audit.recordChange(kCertificate, before->number, toJson(*before), toJson(c))
                    : audit.record(kCertificate, c.number, AuditEntry::Action::Insert, {}, toJson(c));
    if (!r)
        return r.error();
    return c.id;
}

VoidResult OfficerRepository::removeCertificate(qint64 id)
{
    QSqlQuery f(m_db.connection());
    f.prepare(QStringLiteral("SELECT ") + kCertColumns + QStringLiteral(" FROM certificate WHERE id = ?"));
    f.addBindValue(id);
    if (!f.exec())
        return sqlError(f, kCertificate);
    if (!f.next())
        return Error{Error::Code::NotFound, QCoreApplication::translate("OfficerRepository", "The certificate no longer exists."), QString::number(id)};
    const Certificate c = readCertificate(f);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM certificate WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, c.number);
    return AuditTrail(m_db).record(kCertificate, c.number, AuditEntry::Action::Delete, toJson(c), {});
}

Result<QList<OfficerRow>> OfficerRepository::list(const OfficerQuery &query, int offset, int limit) const
{
    Built b = buildListSql(query, false);
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
        row.certState = Vocab::fromCode<CertState>(q.value(15).toString()).value_or(CertState::None);
        row.trainingHours = q.value(16).toDouble();
        out.append(row);
    }
    return out;
}

Result<int> OfficerRepository::count(const OfficerQuery &query) const
{
    Built b = buildListSql(query, true);
    QSqlQuery q(m_db.connection());
    q.prepare(b.sql);
    for (const QVariant &v : b.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, kOfficer);
    return q.value(0).toInt();
}

Result<QList<RosterEntry>> OfficerRepository::rosterEntries(const QDate &asOf,
                                                             const QList<qint64> &agencyIds,
                                                             const RosterEntry *after, int limit) const
{
    QString sql = QStringLiteral(
                      "SELECT o.id, o.name, a.name, c.number,"
                      " CASE WHEN c.category <> '' THEN c.category ELSE o.category END,"
                      " c.issuer, c.expires_on"
                      " FROM officer o JOIN agency a ON a.id = o.agency_id"
                      " JOIN certificate c ON c.id = (SELECT p.id FROM certificate p"
                      " WHERE p.officer_id = o.id AND ")
                  + validOnSql(QStringLiteral("p"), quoted(asOf))
                  + QStringLiteral(" ORDER BY coalesce(p.expires_on, '9999-12-31') DESC, p.id DESC LIMIT 1)"
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
    if (!q.exec(QStringLiteral("SELECT agency_id, count(*) FROM officer GROUP BY agency_id")))
        return sqlError(q, kOfficer);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

} // namespace Jiandu
