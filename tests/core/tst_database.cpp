#include "storage/agencyrepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;

namespace {
qint64 pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsWithPragmasAndVersion()
    {
        Test::TestDatabase t;
        QCOMPARE(t->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        QCOMPARE(pragma(t.db(), "application_id"), qint64(Database::kApplicationId));
        QCOMPARE(pragma(t.db(), "user_version"), qint64(Database::currentSchemaVersion()));
        QCOMPARE(pragma(t.db(), "foreign_keys"), qint64(1));
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void missingFileIsNotCreatedUnlessAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            Database::Options o;
            o.create = true;
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const QByteArray before = fileBytes(path);
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::TooNew);
        QVERIFY(r.error().message.contains(QStringLiteral("999")));
        QCOMPARE(fileBytes(path), before);
        // It can still be read.
        Database::Options ro;
        ro.readOnly = true;
        QVERIFY(Database::open(path, ro).ok());
    }

    void refusesForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t(x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
    }

    void refusesCorruptFileAndNamesBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Database::Options o;
            o.create = true;
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QVERIFY(
                db.value()->backupTo(dir.filePath(QStringLiteral("backups/c-good.sqlite"))).ok());
            QSqlQuery q(db.value()->connection());
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            // Enough pages that damage lands inside the b-trees.
            q.exec(QStringLiteral("CREATE TABLE junk(x)"));
            for (int i = 0; i < 200; ++i)
                q.exec(QStringLiteral("INSERT INTO junk VALUES (randomblob(900))"));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            // Overwrite b-tree page headers (the page-type byte and cell pointers).
            for (qint64 off = 4096 * 2; off < size; off += 4096 * 3) {
                f.seek(off);
                f.write(QByteArray(64, '\x55'));
            }
        }
        const QByteArray damaged = fileBytes(path);
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
        QVERIFY2(r.error().message.contains(QStringLiteral("c-good.sqlite")),
                 qPrintable(r.error().message));
        QCOMPARE(fileBytes(path), damaged);
    }

    void migratesOldFixtureAfterBackup()
    {
        // A schema-0 file created by an earlier build is only an empty Jiandu file; the
        // real fixture of each released schema is in tests/data/ (tst_migrations).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        {
            Database::Options o;
            o.create = true;
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QVERIFY(db.value()->migrationBackup().isEmpty()); // nothing to back up when new
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        Test::TestDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            Agency a;
            a.name = QStringLiteral("某县市场监督管理局");
            auto r = AgencyRepository(t.db()).save(a);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        }
        QCOMPARE(t.rowCount(QStringLiteral("agency")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), 0);
        {
            Transaction tx(t.db());
            Agency a;
            a.name = QStringLiteral("某县市场监督管理局");
            QVERIFY(AgencyRepository(t.db()).save(a).ok());
            {
                Transaction inner(t.db()); // a savepoint
                Agency b;
                b.name = QStringLiteral("某县生态环境分局");
                QVERIFY(AgencyRepository(t.db()).save(b).ok());
            } // inner rolled back
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(t.rowCount(QStringLiteral("agency")), 1);
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), 1);
    }

    void auditRowsCannotBeChanged()
    {
        Test::TestDatabase t;
        {
            Transaction tx(t.db());
            Agency a;
            a.name = QStringLiteral("某县交通运输局");
            QVERIFY(AgencyRepository(t.db()).save(a).ok());
            QVERIFY(tx.commit().ok());
        }
        QSqlQuery q(t->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("cannot be changed")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), 1);
    }

    void auditRecordsWhoWhenWhatBeforeAfter()
    {
        Test::TestDatabase t(QDate(2025, 3, 1));
        Agency a;
        a.name = QStringLiteral("某县农业农村局");
        {
            Transaction tx(t.db());
            QVERIFY(AgencyRepository(t.db()).save(a).ok());
            QVERIFY(tx.commit().ok());
        }
        a.shortName = QStringLiteral("农业局");
        {
            Transaction tx(t.db());
            QVERIFY(AgencyRepository(t.db()).save(a).ok());
            QVERIFY(tx.commit().ok());
        }
        { // saving unchanged data records nothing
            Transaction tx(t.db());
            QVERIFY(AgencyRepository(t.db()).save(a).ok());
            QVERIFY(tx.commit().ok());
        }
        auto history = AuditTrail(t.db()).history(QStringLiteral("agency"), a.name);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        const AuditEntry &update = history->at(1);
        QCOMPARE(update.actor, QStringLiteral("tester"));
        QCOMPARE(update.at.date(), QDate(2025, 3, 1));
        QCOMPARE(update.action, AuditEntry::Action::Update);
        QCOMPARE(update.before.value(QStringLiteral("short_name")).toString(), QString());
        QCOMPARE(update.after.value(QStringLiteral("short_name")).toString(),
                 QStringLiteral("农业局"));
    }

    void backupIsVerifiedCopy()
    {
        Test::TestDatabase t;
        {
            Transaction tx(t.db());
            Agency a;
            a.name = QStringLiteral("某县应急管理局");
            QVERIFY(AgencyRepository(t.db()).save(a).ok());
            QVERIFY(tx.commit().ok());
        }
        auto b = t->backupTo(t.filePath(QStringLiteral("b/copy.sqlite")));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral("b/copy.sqlite.part"))));
        Database::Options ro;
        ro.readOnly = true;
        auto copy = Database::open(b.value(), ro);
        QVERIFY(copy.ok());
        QSqlQuery q(copy.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM agency")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("某县应急管理局"));
        // An unwritable target fails cleanly.
        QVERIFY(!t->backupTo(QStringLiteral("/proc/jiandu/x.sqlite")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
