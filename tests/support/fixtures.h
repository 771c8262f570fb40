#pragma once

// Builders for test data, written through the real repositories.

#include "domain/types.h"

#include <QDate>
#include <QString>

namespace Jiandu {
class Database;
}

namespace Jiandu::Test {

// A valid identity-card number, distinct per `n`.
QString idNumber(int n, const QDate &birth = QDate(1985, 6, 15));

// Inserts (in its own transaction) and returns the id; aborts the test on failure.
qint64 addAgency(Database &db, const QString &name, AgencyKind kind = AgencyKind::Administrative,
                 const QString &parent = QStringLiteral("某县人民政府"));

struct OfficerSpec
{
    QString name = QStringLiteral("张三");
    int n = 1;                       // identity-number seed
    Employment employment = Employment::Establishment;
    OfficerStatus status = OfficerStatus::Active;
    bool legalReviewer = false;
    QString certNumber;              // empty: no certificate
    QDate certIssued = QDate(2022, 1, 1);
    QDate certExpires = QDate(2027, 12, 31);
    CertStatus certStatus = CertStatus::Valid;
};
qint64 addOfficer(Database &db, qint64 agencyId, const OfficerSpec &spec);

// The i-th officer of a large list (UI tests): 人员001…, every 3rd retired, every 5th with a
// certificate that expired on 2024-12-31, certificate numbers ZF00001….
OfficerSpec numberedOfficer(int i);

void addTraining(Database &db, qint64 officerId, const QDate &date, double hours,
                 TrainingKind kind = TrainingKind::PublicLaw, const QString &title = {});
void addAssessment(Database &db, qint64 officerId, int year, AssessmentResult result);

} // namespace Jiandu::Test
