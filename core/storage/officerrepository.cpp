#include "officerrepository.h"

#include "audittrail.h"
#include "database.h"
#include "domain/identity.h"
#include "officerrows.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Jiandu {

using OfficerRows::kCertColumns;
using OfficerRows::kOfficerColumns;
using OfficerRows::readCertificate;
using OfficerRows::readOfficer;

namespace {
const QString kOfficer = QStringLiteral("officer");
const QString kCertificate = QStringLiteral("certificate");
} // namespace

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
    q.prepare(QStringLiteral("SELECT ") + kOfficerColumns +
              QStringLiteral(" FROM officer o WHERE o.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kOfficer);
    if (!q.next())
        return std::optional<Officer>();
    Officer o = readOfficer(q);
    // Another agency's officer is not found by an agency-limited account.
    if (!Security::inScope(m_db, o.agencyId))
        return std::optional<Officer>();
    return std::optional<Officer>(std::move(o));
}

Result<std::optional<Officer>> OfficerRepository::findByIdNumber(const QString &idNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kOfficerColumns +
              QStringLiteral(" FROM officer o WHERE o.id_number = ?"));
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
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("OfficerRepository", "The name is required."),
                     QCoreApplication::translate("OfficerRepository", "Name")};
    if (const QString problem = Identity::validateIdNumber(o.idNumber); !problem.isEmpty())
        return Error{Error::Code::Invalid, problem,
                     QCoreApplication::translate("OfficerRepository", "Identity-card number")};
    if (o.agencyId <= 0)
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("OfficerRepository", "Choose the enforcement body."),
            QCoreApplication::translate("OfficerRepository", "Agency")};

    std::optional<Officer> before;
    if (o.id != 0) {
        auto found = find(o.id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{
                Error::Code::NotFound,
                QCoreApplication::translate("OfficerRepository", "The officer no longer exists."),
                o.name};
        before = found.value();
    }

    QSqlQuery q(m_db.connection());
    const QString cols =
        QStringLiteral("name, gender, id_number, agency_id, employment, position, "
                       "category, legal_qualification, legal_reviewer, status, phone");
    if (before)
        q.prepare(
            QStringLiteral("UPDATE officer SET name = ?, gender = ?, id_number = ?, agency_id = ?, "
                           "employment = ?, position = ?, category = ?, legal_qualification = ?, "
                           "legal_reviewer = ?, status = ?, phone = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral("INSERT INTO officer (") + cols +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
            return Error{
                Error::Code::Conflict,
                QCoreApplication::translate(
                    "OfficerRepository", "Another officer already has the identity-card number %1.")
                    .arg(Identity::maskIdNumber(o.idNumber)),
                QCoreApplication::translate("OfficerRepository", "Identity-card number")};
        if (code == QLatin1String("787"))
            return Error{Error::Code::Invalid,
                         QCoreApplication::translate("OfficerRepository",
                                                     "The enforcement body does not exist."),
                         QCoreApplication::translate("OfficerRepository", "Agency")};
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
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("OfficerRepository", "The officer no longer exists."),
            QString::number(id)};
    AuditTrail audit(m_db);
    // Dependent rows are removed by ON DELETE CASCADE; record them so history stays whole.
    auto certs = certificates(id);
    if (!certs)
        return certs.error();
    for (const Certificate &c : certs.value())
        if (auto r =
                audit.record(kCertificate, c.number, AuditEntry::Action::Delete, toJson(c), {});
            !r)
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
    q.prepare(
        QStringLiteral("SELECT ") + kCertColumns +
        QStringLiteral(" FROM certificate WHERE officer_id = ? ORDER BY issued_on DESC, id DESC"));
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
    q.prepare(QStringLiteral("SELECT ") + kCertColumns +
              QStringLiteral(" FROM certificate WHERE number = ?"));
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
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("OfficerRepository", "The certificate number is required."),
            QCoreApplication::translate("OfficerRepository", "Certificate number")};
    if (c.issuedOn.isValid() && c.expiresOn.isValid() && c.expiresOn < c.issuedOn)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("OfficerRepository",
                                                 "The expiry date is before the issue date."),
                     QCoreApplication::translate("OfficerRepository", "Valid until")};

    std::optional<Certificate> before;
    if (c.id != 0) {
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral("SELECT ") + kCertColumns +
                  QStringLiteral(" FROM certificate WHERE id = ?"));
        f.addBindValue(c.id);
        if (!f.exec())
            return sqlError(f, kCertificate);
        if (f.next())
            before = readCertificate(f);
    }
    QSqlQuery q(m_db.connection());
    if (before)
        q.prepare(QStringLiteral(
            "UPDATE certificate SET officer_id = ?, number = ?, issuer = ?, category = ?, "
            "issued_on = ?, expires_on = ?, status = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral(
            "INSERT INTO certificate (officer_id, number, issuer, category, issued_on, "
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
                         QCoreApplication::translate(
                             "OfficerRepository",
                             "The certificate number %1 is already held by another officer.")
                             .arg(c.number),
                         QCoreApplication::translate("OfficerRepository", "Certificate number")};
        return sqlError(q, c.number);
    }
    if (!before)
        c.id = q.lastInsertId().toLongLong();
    AuditTrail audit(m_db);
    auto r = before
                 ? audit.recordChange(kCertificate, before->number, toJson(*before), toJson(c))
                 : audit.record(kCertificate, c.number, AuditEntry::Action::Insert, {}, toJson(c));
    if (!r)
        return r.error();
    return c.id;
}

VoidResult OfficerRepository::removeCertificate(qint64 id)
{
    QSqlQuery f(m_db.connection());
    f.prepare(QStringLiteral("SELECT ") + kCertColumns +
              QStringLiteral(" FROM certificate WHERE id = ?"));
    f.addBindValue(id);
    if (!f.exec())
        return sqlError(f, kCertificate);
    if (!f.next())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("OfficerRepository", "The certificate no longer exists."),
            QString::number(id)};
    const Certificate c = readCertificate(f);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM certificate WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, c.number);
    return AuditTrail(m_db).record(kCertificate, c.number, AuditEntry::Action::Delete, toJson(c),
                                   {});
}

} // namespace Jiandu
