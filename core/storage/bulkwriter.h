#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Jiandu {

namespace AuditChain {
class Appender;
}
class CaseRepository;
class Database;
struct EnforcementCase;

// Inserts many new officers, certificates, trainings, assessments and cases fast, for the demo
// dataset (≈ 1.3 million rows at scale 100). The repositories prepare a statement per call
// and look up the "before" row and the officer's key; here each statement is prepared once
// and the caller passes the officer's key. Every insert still writes its audit record, with
// the same JSON as the repositories' toJson(), in the caller's Transaction.
//
// Insert only: updates, deletes and anything a user edits go through the repositories. This
// is the only SQL on those tables outside the repositories, and it exists for speed alone.
class BulkWriter final
{
    Q_DISABLE_COPY_MOVE(BulkWriter)

public:
    explicit BulkWriter(Database &db);
    ~BulkWriter();

    // Each returns the new row's id and sets it in the value. Must run inside a Transaction.
    Result<qint64> addOfficer(Officer &officer);
    Result<qint64> addCertificate(Certificate &certificate);
    // `officerKey`: the officer's identity-card number (the audit record's natural key).
    Result<qint64> addTraining(Training &training, const QString &officerKey);
    Result<qint64> addAssessment(Assessment &assessment, const QString &officerKey);
    // A new enforcement case with its record, through CaseRepository::insert() (the same
    // columns, denormalised fields and audit record as the repository writes).
    Result<qint64> addCase(EnforcementCase &c);
    // Around many addCase() calls into an empty table: the search index is built once at
    // the end instead of row by row (CaseRepository::beginBulkLoad()).
    VoidResult beginCases();
    VoidResult endCases();

private:
    VoidResult audit(const QString &table, const QString &key, const QJsonObject &after);
    QSqlQuery prepared(const QString &sql);

    Database &m_db;
    QSqlQuery m_officer;
    QSqlQuery m_certificate;
    QSqlQuery m_training;
    QSqlQuery m_assessment;
    std::unique_ptr<AuditChain::Appender> m_audit; // hashes in memory: no query per record
    std::unique_ptr<CaseRepository> m_cases;
};

} // namespace Jiandu
