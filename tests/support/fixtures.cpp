#include "fixtures.h"

#include "domain/identity.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"

#include <QtGlobal>

namespace Jiandu::Test {

namespace {
template<typename R>
void require(const R &r, const char *what)
{
    if (!r)
        qFatal("fixture %s failed: %s", what, qPrintable(r.error().toString()));
}
} // namespace

QString idNumber(int n, const QDate &birth)
{
    return Identity::composeIdNumber(QStringLiteral("110101"), birth, n);
}

qint64 addAgency(Database &db, const QString &name, AgencyKind kind, const QString &parent)
{
    Transaction tx(db);
    Agency a;
    a.name = name;
    a.kind = kind;
    a.parentName = parent;
    auto id = AgencyRepository(db).save(a);
    require(id, "addAgency");
    require(tx.commit(), "commit");
    return id.value();
}

qint64 addOfficer(Database &db, qint64 agencyId, const OfficerSpec &spec)
{
    Transaction tx(db);
    Officer o;
    o.name = spec.name;
    o.idNumber = idNumber(spec.n);
    o.agencyId = agencyId;
    o.employment = spec.employment;
    o.status = spec.status;
    o.legalReviewer = spec.legalReviewer;
    OfficerRepository repo(db);
    auto id = repo.save(o);
    require(id, "addOfficer");
    if (!spec.certNumber.isEmpty()) {
        Certificate c;
        c.officerId = id.value();
        c.number = spec.certNumber;
        c.issuedOn = spec.certIssued;
        c.expiresOn = spec.certExpires;
        c.status = spec.certStatus;
        require(repo.saveCertificate(c), "addCertificate");
    }
    require(tx.commit(), "commit");
    return id.value();
}

OfficerSpec numberedOfficer(int i)
{
    OfficerSpec spec;
    spec.name = QStringLiteral("人员%1").arg(i, 3, 10, QLatin1Char('0'));
    spec.n = i;
    spec.status = i % 3 == 0 ? OfficerStatus::Retired : OfficerStatus::Active;
    spec.certNumber = QStringLiteral("ZF%1").arg(i, 5, 10, QLatin1Char('0'));
    if (i % 5 == 0)
        spec.certExpires = QDate(2024, 12, 31);
    return spec;
}

void addTraining(Database &db, qint64 officerId, const QDate &date, double hours, TrainingKind kind,
                 const QString &title)
{
    Transaction tx(db);
    Training t;
    t.officerId = officerId;
    t.date = date;
    t.title = title.isEmpty() ? QStringLiteral("培训%1").arg(date.toString(Qt::ISODate)) : title;
    t.kind = kind;
    t.hours = hours;
    require(TrainingRepository(db).saveTraining(t), "addTraining");
    require(tx.commit(), "commit");
}

void addAssessment(Database &db, qint64 officerId, int year, AssessmentResult result)
{
    Transaction tx(db);
    Assessment a;
    a.officerId = officerId;
    a.year = year;
    a.result = result;
    require(TrainingRepository(db).saveAssessment(a), "addAssessment");
    require(tx.commit(), "commit");
}

} // namespace Jiandu::Test
