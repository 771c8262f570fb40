#include "demo/demodata.h"
#include "storage/auditchain.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;
using Problem = AuditVerification::Problem;

namespace {

// Tampering as someone with the file and the sqlite3 shell would: triggers dropped first.
void tamper(Database &db, const QStringList &statements)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
    for (const QString &s : statements)
        QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
}

QString hashOf(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Ten audit records: agencies 单位1 … 单位10.
void tenRecords(Database &db)
{
    for (int i = 1; i <= 10; ++i)
        Test::addAgency(db, QStringLiteral("单位%1").arg(i));
}

AuditVerification verified(Database &db)
{
    auto v = AuditTrail(db).verify();
    if (!v) {
        qWarning("%s", qPrintable(v.error().toString()));
        return {};
    }
    return v.value();
}

// Moves the records after `after` up by one id, leaving `after + 1` free.
QStringList makeRoomAfter(qint64 after)
{
    return {QStringLiteral("UPDATE audit_log SET id = -id WHERE id > %1").arg(after),
            QStringLiteral("UPDATE audit_log SET id = 1 - id WHERE id < 0")};
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalFormIsFixed()
    {
        // The documented form (auditchain.h), computed independently (Python's hashlib).
        // Never change it: every stored chain depends on it.
        AuditChain::Hasher h;
        const QByteArray after = QStringLiteral(R"({"name":"某县司法局"})").toUtf8();
        const QByteArray key = QStringLiteral("某县司法局").toUtf8();
        const QByteArray hash =
            h.hash(AuditChain::genesis(), 1,
                   {QByteArrayView("2025-03-01T09:00:00.000Z"), QByteArrayView("tester"),
                    QByteArrayView("agency"), QByteArrayView(key), QByteArrayView("insert"),
                    std::nullopt, QByteArrayView(after)});
        QCOMPARE(hash, QByteArrayLiteral(
                           "1fb6064da4abed3bf5ae6f88f44af7e444a37fcd7dcfa91cc3fdae502c1b23b6"));
        // NULL and the empty text differ.
        const QByteArray withEmpty =
            h.hash(AuditChain::genesis(), 1,
                   {QByteArrayView("2025-03-01T09:00:00.000Z"), QByteArrayView("tester"),
                    QByteArrayView("agency"), QByteArrayView(key), QByteArrayView("insert"),
                    QByteArrayView(""), QByteArrayView(after)});
        QVERIFY(withEmpty != hash);
    }

    void chainVerifiesAfterRepositoryWrites()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("某县司法局"));
        Test::OfficerSpec spec;
        spec.certNumber = QStringLiteral("ZF0001");
        const qint64 officer = Test::addOfficer(t.db(), agency, spec);
        Test::addTraining(t.db(), officer, QDate(2024, 5, 1), 8);
        const AuditVerification v = verified(t.db());
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.records, t.rowCount(QStringLiteral("audit_log")));
        QVERIFY(v.records >= 4);
        QCOMPARE(v.headHash, AuditTrail(t.db()).headHash().value());
        QCOMPARE(v.headHash.size(), 64);
        // Each record links to the one before; the first to 64 zeros.
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QString(64, QLatin1Char('0')));
    }

    void rolledBackRecordsLeaveNoHoleInTheChain()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        AuditTrail audit(t.db());
        {
            Transaction tx(t.db());
            QVERIFY(audit.record(QStringLiteral("x"), QStringLiteral("a"),
                                 AuditEntry::Action::Insert, {}, {{QStringLiteral("v"), 1}}));
            tx.rollback();
        }
        {
            Transaction outer(t.db());
            QVERIFY(audit.record(QStringLiteral("x"), QStringLiteral("b"),
                                 AuditEntry::Action::Insert, {}, {{QStringLiteral("v"), 2}}));
            {
                Transaction inner(t.db());
                QVERIFY(audit.record(QStringLiteral("x"), QStringLiteral("c"),
                                     AuditEntry::Action::Insert, {}, {{QStringLiteral("v"), 3}}));
            } // rolled back to its savepoint
            QVERIFY(audit.record(QStringLiteral("x"), QStringLiteral("d"),
                                 AuditEntry::Action::Update, {{QStringLiteral("v"), 3}},
                                 {{QStringLiteral("v"), 4}}));
            QVERIFY(outer.commit());
        }
        {
            Transaction tx(t.db());
            QVERIFY(SettingsRepository(t.db()).setValue(QStringLiteral("office.name"),
                                                        QStringLiteral("某县司法局")));
            QVERIFY(tx.commit());
        }
        const AuditVerification v = verified(t.db());
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.records, qint64(13));
    }

    void chainVerifiesAfterDemo()
    {
        Test::TestDatabase t(QDate(2025, 6, 30));
        Demo::Options o;
        o.today = QDate(2025, 6, 30);
        auto r = Demo::generate(t.db(), o);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const AuditVerification v = verified(t.db());
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.records, t.rowCount(QStringLiteral("audit_log")));
        QVERIFY(v.records > 20000);
    }

    void changedRecordIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        tamper(t.db(), {QStringLiteral("UPDATE audit_log SET after = replace(after, '单位5', "
                                       "'单位X') WHERE id = 5")});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Changed);
        QCOMPARE(v.badId, qint64(5));
        QCOMPARE(v.table, QStringLiteral("agency"));
        QCOMPARE(v.recordKey, QStringLiteral("单位5"));
        QVERIFY(v.message.contains(QStringLiteral("5 (agency, 单位5)")));
        QVERIFY(v.headHash.isEmpty());
    }

    void changedRecordWithRecomputedHashIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        // The forger recomputes record 5's own hash, but record 6 still links to the old one.
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, at, actor, table_name, record_key, "
                                      "action, before, after FROM audit_log WHERE id = 5")));
        QVERIFY(q.next());
        const QByteArray prev = q.value(0).toString().toLatin1();
        const QByteArray at = q.value(1).toString().toUtf8(), actor = q.value(2).toString().toUtf8(),
                         table = q.value(3).toString().toUtf8(), action = q.value(5).toString().toUtf8();
        const QByteArray key = QByteArrayLiteral("单位X");
        const QByteArray after = q.value(7).toString().replace(QStringLiteral("单位5"), QStringLiteral("单位X")).toUtf8();
        q.finish();
        AuditChain::Hasher h;
        const QByteArray forged = h.hash(prev, 5, {at, actor, table, key, action, std::nullopt, after});
        tamper(t.db(), {QStringLiteral("UPDATE audit_log SET record_key = '单位X', after = '%1', "
                                       "hash = '%2' WHERE id = 5")
                            .arg(QString::fromUtf8(after), QString::fromLatin1(forged))});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Changed);
        QCOMPARE(v.badId, qint64(5));
        QCOMPARE(v.recordKey, QStringLiteral("单位X"));
    }

    void deletedRecordIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        tamper(t.db(), {QStringLiteral("DELETE FROM audit_log WHERE id = 5")});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Deleted);
        QCOMPARE(v.badId, qint64(6));
        QVERIFY2(v.message.contains(QStringLiteral("record 5 is missing")), qPrintable(v.message));
        QVERIFY2(v.message.contains(QStringLiteral("6 (agency, 单位6)")), qPrintable(v.message));
    }

    void deletedRunIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        tamper(t.db(), {QStringLiteral("DELETE FROM audit_log WHERE id BETWEEN 3 AND 6")});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Deleted);
        QCOMPARE(v.badId, qint64(7));
        QVERIFY2(v.message.contains(QStringLiteral("3 to 6")), qPrintable(v.message));
    }

    void deletedAndRenumberedIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        tamper(t.db(), {QStringLiteral("DELETE FROM audit_log WHERE id = 5"),
                        QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 5")});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Deleted);
        QCOMPARE(v.badId, qint64(5));
        QCOMPARE(v.recordKey, QStringLiteral("单位6"));
    }

    void insertedRecordIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        const QString prev = hashOf(t.db(), 5);
        QStringList sql = makeRoomAfter(5);
        sql << QStringLiteral("INSERT INTO audit_log (id, at, actor, table_name, record_key, "
                              "action, after, prev_hash, hash) VALUES (6, "
                              "'2025-03-01T09:00:00.000Z', 'x', 'agency', '假单位', 'insert', "
                              "'{}', '%1', '%2')")
                   .arg(prev, QString(64, QLatin1Char('a')));
        tamper(t.db(), sql);
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Inserted);
        QCOMPARE(v.badId, qint64(6));
        QCOMPARE(v.recordKey, QStringLiteral("假单位"));
    }

    void forgedInsertedRecordIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        // A forger who knows the canonical form makes record 6 hash correctly.
        const QByteArray prev = hashOf(t.db(), 5).toLatin1();
        AuditChain::Hasher h;
        const QByteArray forged =
            h.hash(prev, 6, {QByteArrayView("2025-03-01T09:00:00.000Z"), QByteArrayView("x"),
                             QByteArrayView("agency"), QByteArrayView("fake"),
                             QByteArrayView("insert"), std::nullopt, QByteArrayView("{}")});
        QStringList sql = makeRoomAfter(5);
        sql << QStringLiteral("INSERT INTO audit_log (id, at, actor, table_name, record_key, "
                              "action, after, prev_hash, hash) VALUES (6, "
                              "'2025-03-01T09:00:00.000Z', 'x', 'agency', 'fake', 'insert', "
                              "'{}', '%1', '%2')")
                   .arg(QString::fromLatin1(prev), QString::fromLatin1(forged));
        tamper(t.db(), sql);
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Inserted);
        QCOMPARE(v.badId, qint64(6));
        QCOMPARE(v.recordKey, QStringLiteral("fake"));
    }

    void appendedRecordWithoutHashIsNamed()
    {
        Test::TestDatabase t;
        tenRecords(t.db());
        tamper(t.db(), {QStringLiteral(
                           "INSERT INTO audit_log (at, actor, table_name, record_key, action, "
                           "after, prev_hash, hash) VALUES ('2025-03-01T09:00:00.000Z', 'x', "
                           "'agency', 'late', 'insert', '{}', '', '')")});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Inserted);
        QCOMPARE(v.badId, qint64(11));
    }

    void swappedRecordsAreNamed_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::newRow("adjacent") << 4 << 5;
        QTest::newRow("apart") << 4 << 8;
    }

    void swappedRecordsAreNamed()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        Test::TestDatabase t;
        tenRecords(t.db());
        tamper(t.db(), {QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = %1").arg(a),
                        QStringLiteral("UPDATE audit_log SET id = %1 WHERE id = %2").arg(a).arg(b),
                        QStringLiteral("UPDATE audit_log SET id = %1 WHERE id = -1").arg(b)});
        const AuditVerification v = verified(t.db());
        QCOMPARE(v.problem, Problem::Reordered);
        QCOMPARE(v.badId, qint64(a));
        QCOMPARE(v.recordKey, QStringLiteral("单位%1").arg(b));
    }

    void schema4FixtureGetsAValidChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(JIANDU_TEST_DATA_DIR "/schema/schema-4.sqlite"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        Database &db = *opened.value();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(NULLIF(hash, '')) FROM audit_log")));
        QVERIFY(q.next());
        const qint64 records = q.value(0).toLongLong();
        QVERIFY(records > 0);
        QCOMPARE(q.value(1).toLongLong(), records);
        q.finish();
        AuditVerification v = verified(db);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.records, records);
        // The records still cannot be changed, and new ones continue the chain.
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        Test::addAgency(db, QStringLiteral("新单位"));
        v = verified(db);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.records, records + 1);
        // Events that are not record changes are accepted.
        Transaction tx(db);
        QVERIFY(AuditTrail(db).record(QStringLiteral("database"), path, AuditEntry::Action::Backup,
                                      {}, {{QStringLiteral("file"), path}}));
        QVERIFY(tx.commit());
        QCOMPARE(AuditTrail(db).recent(1).value().first().action, AuditEntry::Action::Backup);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
