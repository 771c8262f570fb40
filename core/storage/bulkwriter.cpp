#include "bulkwriter.h"

#include "auditchain.h"
#include "audittrail.h"
#include "caserepository.h"
#include "database.h"
#include "domain/identity.h"
#include "officerrepository.h"
#include "sqlhelpers.h"
#include "trainingrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Jiandu {

BulkWriter::BulkWriter(Database &db)
    : m_db(db),
      m_officer(prepared(QStringLiteral(
          "INSERT INTO officer (name, gender, id_number, agency_id, employment, position, category, "
          "legal_qualification, legal_reviewer, status, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_certificate(prepared(QStringLiteral(
          "INSERT INTO certificate (officer_id, number, issuer, category, issued_on, expires_on, status) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)"))),
      m_training(prepared(QStringLiteral(
          "INSERT INTO training (officer_id, date, title, kind, hours, minutes, organizer, mode) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_assessment(prepared(QStringLiteral(
          "INSERT INTO assessment (officer_id, year, result) VALUES (?, ?, ?)"))),
      m_audit(std::make_unique<AuditChain::Appender>(db))
{
}

BulkWriter::~BulkWriter() = default;

QSqlQuery BulkWriter::prepared(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql); // a failure shows in exec(), with the driver's message
    return q;
}

VoidResult BulkWriter::audit(const QString &table, const QString &key, const QJsonObject &after)
{
    Q_ASSERT_X(m_db.transactionDepth() > 0, "BulkWriter", "writes run inside a Transaction");
    return m_audit->append(table, key, QStringLiteral("insert"), QByteArray(),
                           QJsonDocument(after).toJson(QJsonDocument::Compact));
}

Result<qint64> BulkWriter::addOfficer(Officer &o)
{
    o.idNumber = Identity::normaliseIdNumber(o.idNumber);
    if (const QString problem = Identity::validateIdNumber(o.idNumber); !problem.isEmpty())
        return Error{Error::Code::Invalid, problem, o.name};
    if (o.name.trimmed().isEmpty() || o.agencyId <= 0)
        return Error{Error::Code::Invalid, QCoreApplication::translate("BulkWriter", "An officer needs a name and an agency."), o.idNumber};
    QSqlQuery &q = m_officer;
    q.bindValue(0, o.name);
    q.bindValue(1, o.gender ? QVariant(Vocab::code(*o.gender)) : QVariant());
    q.bindValue(2, o.idNumber);
    q.bindValue(3, o.agencyId);
    q.bindValue(4, Vocab::code(o.employment));
    q.bindValue(5, Sql::text(o.position));
    q.bindValue(6, Sql::text(o.category));
    q.bindValue(7, o.legalQualification ? 1 : 0);
    q.bindValue(8, o.legalReviewer ? 1 : 0);
    q.bindValue(9, Vocab::code(o.status));
    q.bindValue(10, Sql::text(o.phone));
    if (!q.exec())
        return sqlError(q, o.name);
    o.id = q.lastInsertId().toLongLong();
    if (auto r = audit(QStringLiteral("officer"), o.idNumber, OfficerRepository::toJson(o)); !r)
        return r.error();
    return o.id;
}

Result<qint64> BulkWriter::addCertificate(Certificate &c)
{
    QSqlQuery &q = m_certificate;
    q.bindValue(0, c.officerId);
    q.bindValue(1, c.number);
    q.bindValue(2, Sql::text(c.issuer));
    q.bindValue(3, Sql::text(c.category));
    q.bindValue(4, Sql::date(c.issuedOn));
    q.bindValue(5, Sql::date(c.expiresOn));
    q.bindValue(6, Vocab::code(c.status));
    if (!q.exec())
        return sqlError(q, c.number);
    c.id = q.lastInsertId().toLongLong();
    if (auto r = audit(QStringLiteral("certificate"), c.number, OfficerRepository::toJson(c)); !r)
        return r.error();
    return c.id;
}

Result<qint64> BulkWriter::addTraining(Training &t, const QString &officerKey)
{
    QSqlQuery &q = m_training;
    q.bindValue(0, t.officerId);
    q.bindValue(1, Sql::date(t.date));
    q.bindValue(2, t.title);
    q.bindValue(3, t.kind ? QVariant(Vocab::code(*t.kind)) : QVariant());
    q.bindValue(4, Sql::opt(t.hours));
    q.bindValue(5, Sql::opt(t.minutes));
    q.bindValue(6, Sql::text(t.organizer));
    q.bindValue(7, t.mode ? QVariant(Vocab::code(*t.mode)) : QVariant());
    if (!q.exec())
        return sqlError(q, t.title);
    t.id = q.lastInsertId().toLongLong();
    // The same natural key as TrainingRepository: 身份证号|date|title.
    const QString key = officerKey + QLatin1Char('|') + t.date.toString(Qt::ISODate) + QLatin1Char('|') + t.title;
    if (auto r = audit(QStringLiteral("training"), key, TrainingRepository::toJson(t)); !r)
        return r.error();
    return t.id;
}

Result<qint64> BulkWriter::addAssessment(Assessment &a, const QString &officerKey)
{
    QSqlQuery &q = m_assessment;
    q.bindValue(0, a.officerId);
    q.bindValue(1, a.year);
    q.bindValue(2, Vocab::code(a.result));
    if (!q.exec())
        return sqlError(q, QString::number(a.year));
    a.id = q.lastInsertId().toLongLong();
    const QString key = officerKey + QLatin1Char('|') + QString::number(a.year);
    if (auto r = audit(QStringLiteral("assessment"), key, TrainingRepository::toJson(a)); !r)
        return r.error();
    return a.id;
}

Result<qint64> BulkWriter::addCase(EnforcementCase &c)
{
    if (!m_cases)
        m_cases = std::make_unique<CaseRepository>(m_db);
    return m_cases->insert(c);
}

VoidResult BulkWriter::beginCases()
{
    if (!m_cases)
        m_cases = std::make_unique<CaseRepository>(m_db);
    return m_cases->beginBulkLoad(true);
}

VoidResult BulkWriter::endCases()
{
    return m_cases ? m_cases->endBulkLoad() : VoidResult{};
}

} // namespace Jiandu
