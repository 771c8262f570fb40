// ActivityRepository on a real SQLite file: save with target agencies, find by id and name,
// the list newest first, ensure() creating an unknown source once, validation and audit.

#include "storage/activityrepository.h"
#include "storage/audittrail.h"
#include "storage/findingrepository.h"
#include "support/testdatabase.h"
#include "tst_supervisionhelpers.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class TestActivityRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveFindAndEditWithTargets()
    {
        Test::TestDatabase t;
        const qint64 a1 = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        const qint64 a2 = Test::addAgency(t.db(), u"清河县交通运输局"_s);
        ActivityRepository repo(t.db());
        SupervisionActivity a;
        a.name = u"  2025年行政执法专项监督  "_s;
        a.kind = SupervisionKind::Special;
        a.supervisingUnit = u"清河县司法局"_s;
        a.startedOn = QDate(2025, 4, 1);
        a.endedOn = QDate(2025, 5, 31);
        a.sourceDate = QDate(2025, 3, 20);
        a.note = u"重点检查涉企执法"_s;
        a.targetAgencyIds = {a2, a1, a2};
        const qint64 id = repo.save(a).value();
        QVERIFY(id > 0);
        QCOMPARE(a.name, u"2025年行政执法专项监督"_s);
        QCOMPARE(a.targetAgencyIds, (QList<qint64>{a1, a2}));

        const SupervisionActivity back = *repo.find(id).value();
        QCOMPARE(back, a);
        QCOMPARE(*repo.findByName(u"2025年行政执法专项监督"_s).value(), a);
        QVERIFY(!repo.findByName(u"没有这个活动"_s).value());
        QVERIFY(!repo.find(999).value());

        a.targetAgencyIds = {a1};
        a.kind = SupervisionKind::Resident;
        QVERIFY(repo.save(a).ok());
        QCOMPARE(repo.find(id).value()->targetAgencyIds, QList<qint64>{a1});
        QCOMPARE(repo.find(id).value()->kind, SupervisionKind::Resident);
        QCOMPARE(t.rowCount(u"supervision_target"_s), 1);

        const auto history =
            AuditTrail(t.db()).history(u"supervision_activity"_s, QString::number(id)).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, AuditEntry::Action::Insert);
        QCOMPARE(history.at(1).before.value(u"kind"_s).toString(), u"special"_s);
        QCOMPARE(history.at(1).after.value(u"kind"_s).toString(), u"resident"_s);
        // Saving again unchanged writes no audit row.
        QVERIFY(repo.save(a).ok());
        QCOMPARE(AuditTrail(t.db())
                     .history(u"supervision_activity"_s, QString::number(id))
                     .value()
                     .size(),
                 2);
    }

    void validationNamesTheField()
    {
        Test::TestDatabase t;
        ActivityRepository repo(t.db());
        SupervisionActivity a;
        auto r = repo.save(a);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().context, u"Name"_s);
        a.name = u"倒置的日期"_s;
        a.startedOn = QDate(2025, 5, 1);
        a.endedOn = QDate(2025, 4, 1);
        r = repo.save(a);
        QVERIFY(!r);
        QCOMPARE(r.error().context, u"End date"_s);
        QCOMPARE(t.rowCount(u"supervision_activity"_s), 0);

        a.endedOn = {};
        a.targetAgencyIds = {4242};
        r = repo.save(a);
        QCOMPARE(r.error().context, u"Supervised bodies"_s);
        QCOMPARE(t.rowCount(u"supervision_activity"_s), 0);
        QCOMPARE(a.id, 0); // the rolled-back insert left no id behind
        a.targetAgencyIds.clear();
        QVERIFY(repo.save(a).ok());
        SupervisionActivity twin;
        twin.name = a.name;
        r = repo.save(twin);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(t.rowCount(u"supervision_activity"_s), 1);
    }

    void listIsNewestFirst()
    {
        Test::TestDatabase t;
        const qint64 old =
            Test::addSupervision(t.db(), u"2023年度执法检查"_s, {}, QDate(2023, 9, 1));
        const qint64 mid =
            Test::addSupervision(t.db(), u"2024年度执法检查"_s, {}, QDate(2024, 9, 1));
        const qint64 agency = Test::addAgency(t.db(), u"清河县应急管理局"_s);
        const qint64 fresh =
            Test::addSupervision(t.db(), u"2025年驻站式监督"_s, {agency}, QDate(2025, 2, 1));
        const QList<SupervisionActivity> all = ActivityRepository(t.db()).list().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, fresh);
        QCOMPARE(all.at(0).targetAgencyIds, QList<qint64>{agency});
        QCOMPARE(all.at(1).id, mid);
        QCOMPARE(all.at(2).id, old);
    }

    void ensureCreatesAnUnknownSourceOnce()
    {
        Test::TestDatabase t;
        ActivityRepository repo(t.db());
        const qint64 id =
            repo.ensure(u"清河县法治政府建设问题整改方案"_s, QDate(2024, 3, 5)).value();
        QCOMPARE(repo.ensure(u"清河县法治政府建设问题整改方案"_s, QDate(2025, 1, 1)).value(), id);
        const SupervisionActivity a = *repo.find(id).value();
        QCOMPARE(a.kind, SupervisionKind::Routine);
        QCOMPARE(a.sourceDate, QDate(2024, 3, 5));
        QCOMPARE(t.rowCount(u"supervision_activity"_s), 1);
        QCOMPARE(Test::auditRows(t.db(), u"supervision_activity"_s), 1);
    }

    void findingsBelongToAnActivityWithASeverity()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        const qint64 activity = Test::addSupervision(t.db(), u"2025年专项监督"_s, {agency});
        FindingRepository repo(t.db());
        Finding f;
        f.agencyId = agency;
        f.foundOn = QDate(2025, 2, 3);
        f.problem = u"未按规定公示行政处罚决定"_s;
        f.activityId = activity;
        f.severity = FindingSeverity::Serious;
        QVERIFY(repo.save(f).ok());
        Finding g = f;
        g.id = 0;
        g.problem = u"执法人员未出示执法证件"_s;
        g.foundOn = QDate(2025, 2, 1);
        g.severity = FindingSeverity::Minor;
        QVERIFY(repo.save(g).ok());
        Finding other = f;
        other.id = 0;
        other.activityId.reset();
        QVERIFY(repo.save(other).ok());

        const QList<Finding> found = repo.listByActivity(activity).value();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).id, g.id);
        QCOMPARE(found.at(0).severity, FindingSeverity::Minor);
        QCOMPARE(found.at(1).severity, FindingSeverity::Serious);
        QCOMPARE(found.at(1).activityId, std::optional<qint64>(activity));
        QCOMPARE(repo.find(other.id).value()->severity, FindingSeverity::Serious);
        QVERIFY(!repo.find(other.id).value()->activityId);
        const auto history =
            AuditTrail(t.db()).history(u"finding"_s, QString::number(f.id)).value();
        QCOMPARE(history.at(0).after.value(u"severity"_s).toString(), u"serious"_s);
        QCOMPARE(history.at(0).after.value(u"activity_id"_s).toInteger(), activity);
    }
};

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "tst_activityrepository.moc"
