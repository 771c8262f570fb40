#include "domain/identity.h"
#include "storage/audittrail.h"
#include "storage/officerrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QtTest>

using namespace Jiandu;
using Test::OfficerSpec;

class TestOfficerRepository : public QObject
{
    Q_OBJECT

    static OfficerQuery query(const QDate &asOf)
    {
        OfficerQuery q;
        q.asOf = asOf;
        return q;
    }

    static CertState stateOf(Database &db, qint64 officerId, const QDate &asOf)
    {
        auto rows = OfficerRepository(db).list(query(asOf), 0, 1000);
        for (const OfficerRow &r : rows.value())
            if (r.officer.id == officerId)
                return r.certState;
        qFatal("officer not listed");
    }

private Q_SLOTS:
    void validatesBeforeWriting()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县市场监督管理局"));
        Transaction tx(t.db());
        OfficerRepository repo(t.db());
        Officer o;
        o.name = QStringLiteral("李四");
        o.idNumber = QStringLiteral("110105194912310021"); // wrong check digit
        o.agencyId = agency;
        auto r = repo.save(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(r.error().message.contains(QStringLiteral("check digit")));
        o.idNumber = Test::idNumber(1);
        o.name = QStringLiteral("  ");
        QVERIFY(!repo.save(o).ok());
        o.name = QStringLiteral("李四");
        o.agencyId = 999;
        r = repo.save(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(t.rowCount(QStringLiteral("officer")), 0);
    }

    void duplicateIdentityNumberIsAConflictWithMaskedNumber()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县市场监督管理局"));
        Test::addOfficer(t.db(), agency, OfficerSpec{});
        Transaction tx(t.db());
        Officer o;
        o.name = QStringLiteral("王五");
        o.idNumber = Test::idNumber(1);
        o.agencyId = agency;
        auto r = OfficerRepository(t.db()).save(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(r.error().message.contains(Identity::maskIdNumber(o.idNumber)));
        QVERIFY(!r.error().message.contains(o.idNumber));
    }

    void certificateHistoryIsKeptAndAudited()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县交通运输局"));
        OfficerSpec spec;
        spec.certNumber = QStringLiteral("A001");
        spec.certIssued = QDate(2018, 1, 1);
        spec.certExpires = QDate(2022, 12, 31);
        const qint64 id = Test::addOfficer(t.db(), agency, spec);
        {
            Transaction tx(t.db());
            Certificate renewed;
            renewed.officerId = id;
            renewed.number = QStringLiteral("A002");
            renewed.issuedOn = QDate(2023, 1, 1);
            renewed.expiresOn = QDate(2027, 12, 31);
            QVERIFY(OfficerRepository(t.db()).saveCertificate(renewed).ok());
            QVERIFY(tx.commit().ok());
        }
        auto certs = OfficerRepository(t.db()).certificates(id);
        QCOMPARE(certs->size(), 2);
        QCOMPARE(certs->first().number, QStringLiteral("A002")); // newest first
        auto history =
            AuditTrail(t.db()).history(QStringLiteral("certificate"), QStringLiteral("A001"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().after.value(QStringLiteral("expires_on")).toString(),
                 QStringLiteral("2022-12-31"));
        // The list shows the valid one.
        auto rows = OfficerRepository(t.db()).list(query(QDate(2025, 3, 1)), 0, 10);
        QCOMPARE(rows->first().certNumber, QStringLiteral("A002"));
        QCOMPARE(rows->first().certState, CertState::Valid);
    }

    void certStateBoundaries()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县应急管理局"));
        const QDate asOf(2025, 3, 1);
        auto officer = [&](int n, QDate issued, QDate expires,
                           CertStatus status = CertStatus::Valid) {
            OfficerSpec s;
            s.n = n;
            s.certNumber = QStringLiteral("C%1").arg(n);
            s.certIssued = issued;
            s.certExpires = expires;
            s.certStatus = status;
            return Test::addOfficer(t.db(), agency, s);
        };
        const qint64 expiresToday = officer(1, QDate(2020, 1, 1), asOf);
        const qint64 expires30 = officer(2, QDate(2020, 1, 1), asOf.addDays(30));
        const qint64 expires31 = officer(3, QDate(2020, 1, 1), asOf.addDays(31));
        const qint64 expiredYesterday = officer(4, QDate(2020, 1, 1), asOf.addDays(-1));
        const qint64 notYetInForce = officer(5, asOf.addDays(1), QDate(2030, 1, 1));
        const qint64 suspended =
            officer(6, QDate(2020, 1, 1), QDate(2030, 1, 1), CertStatus::Suspended);
        const qint64 neverExpires = officer(7, QDate(2020, 1, 1), QDate());
        OfficerSpec none;
        none.n = 8;
        const qint64 noCert = Test::addOfficer(t.db(), agency, none);

        QCOMPARE(stateOf(t.db(), expiresToday, asOf), CertState::Expiring);
        QCOMPARE(stateOf(t.db(), expires30, asOf), CertState::Expiring);
        QCOMPARE(stateOf(t.db(), expires31, asOf), CertState::Valid);
        QCOMPARE(stateOf(t.db(), expiredYesterday, asOf), CertState::Expired);
        QCOMPARE(stateOf(t.db(), notYetInForce, asOf), CertState::None);
        QCOMPARE(stateOf(t.db(), suspended, asOf), CertState::None);
        QCOMPARE(stateOf(t.db(), neverExpires, asOf), CertState::Valid);
        QCOMPARE(stateOf(t.db(), noCert, asOf), CertState::None);

        // A renewal not yet in force: the old one is still "expiring" only if no later one exists.
        {
            Transaction tx(t.db());
            Certificate renewal;
            renewal.officerId = expires30;
            renewal.number = QStringLiteral("C2-new");
            renewal.issuedOn = asOf.addDays(31);
            renewal.expiresOn = QDate(2031, 1, 1);
            QVERIFY(OfficerRepository(t.db()).saveCertificate(renewal).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(stateOf(t.db(), expires30, asOf), CertState::Valid);
    }

    void listFiltersSearchAndSorts()
    {
        Test::TestDatabase t;
        const qint64 a1 = Test::addAgency(t.db(), QStringLiteral("清河县市场监督管理局"));
        const qint64 a2 = Test::addAgency(t.db(), QStringLiteral("清河县农业农村局"));
        OfficerSpec s;
        s.name = QStringLiteral("赵一");
        s.n = 1;
        s.certNumber = QStringLiteral("QH-0001");
        const qint64 zhao = Test::addOfficer(t.db(), a1, s);
        s = OfficerSpec{};
        s.name = QStringLiteral("钱二");
        s.n = 2;
        s.status = OfficerStatus::Retired;
        Test::addOfficer(t.db(), a2, s);
        s = OfficerSpec{};
        s.name = QStringLiteral("孙三");
        s.n = 3;
        s.certNumber = QStringLiteral("QH-0003");
        const qint64 sun = Test::addOfficer(t.db(), a2, s);
        Test::addTraining(t.db(), zhao, QDate(2025, 2, 1), 60);
        Test::addTraining(t.db(), sun, QDate(2025, 2, 1), 59.5);
        Test::addTraining(t.db(), sun, QDate(2025, 2, 2), 10, TrainingKind::Political);

        OfficerRepository repo(t.db());
        OfficerQuery q = query(QDate(2025, 3, 1));
        QCOMPARE(repo.count(q).value(), 3);
        q.search = QStringLiteral("0003");
        QCOMPARE(repo.count(q).value(), 1);
        q.search = QStringLiteral("赵");
        QCOMPARE(repo.list(q, 0, 10)->first().officer.id, zhao);
        q.search = Test::idNumber(3); // a full identity number finds its officer
        QCOMPARE(repo.list(q, 0, 10)->first().officer.id, sun);
        q.search = QStringLiteral("%"); // LIKE wildcards are literal
        QCOMPARE(repo.count(q).value(), 0);
        q.search.clear();
        q.agencyIds = {a2};
        QCOMPARE(repo.count(q).value(), 2);
        q.status = OfficerStatus::Active;
        QCOMPARE(repo.count(q).value(), 1);
        q = query(QDate(2025, 3, 1));
        q.trainingShortOnly = true; // 钱二 0 h, 孙三 59.5 h (political does not count)
        QCOMPARE(repo.count(q).value(), 2);
        q = query(QDate(2025, 3, 1));
        q.certState = CertState::None;
        QCOMPARE(repo.count(q).value(), 1);
        q = query(QDate(2025, 3, 1));
        q.sort = OfficerQuery::Sort::TrainingHours;
        q.descending = true;
        auto rows = repo.list(q, 0, 10);
        QCOMPARE(rows->first().officer.id, zhao);
        QCOMPARE(rows->at(1).trainingHours, 59.5);
        // Paging.
        QCOMPARE(repo.list(q, 1, 1)->size(), 1);
        QCOMPARE(repo.list(q, 1, 1)->first().officer.id, sun);
    }

    void removeRecordsDependentsInAudit()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县卫生健康局"));
        OfficerSpec s;
        s.certNumber = QStringLiteral("W-1");
        const qint64 id = Test::addOfficer(t.db(), agency, s);
        {
            Transaction tx(t.db());
            QVERIFY(OfficerRepository(t.db()).remove(id).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(t.rowCount(QStringLiteral("officer")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("certificate")), 0);
        auto officerHistory =
            AuditTrail(t.db()).history(QStringLiteral("officer"), Test::idNumber(1));
        QCOMPARE(officerHistory->size(), 2);
        QCOMPARE(officerHistory->last().action, AuditEntry::Action::Delete);
        QCOMPARE(officerHistory->last().before.value(QStringLiteral("name")).toString(),
                 QStringLiteral("张三"));
        auto certHistory =
            AuditTrail(t.db()).history(QStringLiteral("certificate"), QStringLiteral("W-1"));
        QCOMPARE(certHistory->size(), 2);
    }

    void trainingsAndAssessmentsAreAudited()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县文化和旅游局"));
        const qint64 id = Test::addOfficer(t.db(), agency, OfficerSpec{});
        Test::addTraining(t.db(), id, QDate(2025, 1, 5), 4, TrainingKind::LawUpdate,
                          QStringLiteral("新法解读"));
        Test::addAssessment(t.db(), id, 2024, AssessmentResult::Excellent);
        const QString key = Test::idNumber(1) + QStringLiteral("|2025-01-05|新法解读");
        QCOMPARE(AuditTrail(t.db()).history(QStringLiteral("training"), key)->size(), 1);
        QCOMPARE(
            AuditTrail(t.db())
                .history(QStringLiteral("assessment"), Test::idNumber(1) + QStringLiteral("|2024"))
                ->size(),
            1);

        Transaction tx(t.db());
        Training dup;
        dup.officerId = id;
        dup.date = QDate(2025, 1, 5);
        dup.title = QStringLiteral("新法解读");
        dup.minutes = 90;
        auto r = TrainingRepository(t.db()).saveTraining(dup);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        Training noHours;
        noHours.officerId = id;
        noHours.date = QDate(2025, 1, 6);
        noHours.title = QStringLiteral("x");
        QVERIFY(!TrainingRepository(t.db()).saveTraining(noHours).ok());
        Training minutes;
        minutes.minutes = 90;
        QCOMPARE(minutes.classHours(), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestOfficerRepository)
#include "tst_officerrepository.moc"
