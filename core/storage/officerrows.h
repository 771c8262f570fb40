#pragma once

// Row mapping shared by officerrepository.cpp (writes, lookups) and officerqueries.cpp (the
// roster list and printed-roster queries). Internal to core/storage.

#include "domain/types.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace Jiandu::OfficerRows {

inline const QString kOfficerColumns = QStringLiteral(
    "o.id, o.name, o.gender, o.id_number, o.agency_id, o.employment, o.position, o.category, "
    "o.legal_qualification, o.legal_reviewer, o.status, o.phone");

inline Officer readOfficer(const QSqlQuery &q, int base = 0)
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

inline const QString kCertColumns = QStringLiteral(
    "id, officer_id, number, issuer, category, issued_on, expires_on, status");

inline Certificate readCertificate(const QSqlQuery &q)
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

} // namespace Jiandu::OfficerRows
