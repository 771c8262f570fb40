#include "storage/audittrail.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "support/fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace Jiandu;

namespace {

struct Db
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2025, 3, 1)};
    std::unique_ptr<Database> db;

    QString path() const { return dir.filePath(QStringLiteral("live.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }

    void open()
    {
        Database::Options o;
        o.create = true;
        o.actor = QStringLiteral("tester");
        o.clock = &clock;
        auto opened = Database::open(path(), o);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        db = std::move(opened.value());
    }
    void close() { db.reset(); }
    qint64 count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 countIn(const QString &file, const QString &table)
{
    Database::Options o;
    o.readOnly = true;
    auto opened = Database::open(file, o);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.part*"), QStringLiteral("*-journal")},
                               QDir::Files);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupOfLiveDatabaseWhileAnotherConnectionWrites()
    {
        Db t;
        t.open();
        const qint64 agency = Test::addAgency(*t.db, QStringLiteral("某县司法局"));
        for (int i = 1; i <= 300; ++i) {
            Test::OfficerSpec spec;
            spec.n = i;
            Test::addOfficer(*t.db, agency, spec);
        }
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::thread writer([&] {
            Database::Options o;
            o.actor = QStringLiteral("writer");
            auto other = Database::open(t.path(), o);
            if (!other)
                return;
            while (!stop) {
                Test::addAgency(*other.value(), QStringLiteral("单位%1").arg(written.load()));
                ++written;
            }
        });
        while (written < 5)
            QThread::msleep(5);
        QList<Backup::BackupInfo> made;
        for (int i = 0; i < 5; ++i) {
            auto b = Backup::backupTo(*t.db, t.file(QStringLiteral("b%1.sqlite").arg(i)));
            QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
            made << b.value();
        }
        stop = true;
        writer.join();
        QVERIFY(written > 5);
        for (const Backup::BackupInfo &b : made) {
            auto checked = Backup::verifyFile(b.file);
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().toString()));
            QCOMPARE(checked->rowCounts, b.rowCounts);
            QCOMPARE(checked->auditHead, b.auditHead);
            QCOMPARE(checked->rowCounts.value(QStringLiteral("officer")), qint64(300));
        }
        QVERIFY(leftovers(t.dir.path()).isEmpty());
        auto v = AuditTrail(*t.db).verify();
        QVERIFY(v.ok() && v->ok());
    }

    void manifestDescribesTheBackup()
    {
        Db t;
        t.open();
        Test::addAgency(*t.db, QStringLiteral("某县司法局"));
        const QString head = AuditTrail(*t.db).headHash().value();
        const qint64 records = t.count(QStringLiteral("audit_log"));
        const QString file = t.file(QStringLiteral("backups/b.sqlite"));
        auto b = Backup::backupTo(*t.db, file);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        QCOMPARE(b->manifest, file + QStringLiteral(".manifest.json"));
        const QJsonObject m = QJsonDocument::fromJson(contents(b->manifest)).object();
        QCOMPARE(m.value(QStringLiteral("format")).toString(), QStringLiteral("jiandu-backup-1"));
        QCOMPARE(m.value(QStringLiteral("file")).toString(), QStringLiteral("b.sqlite"));
        QCOMPARE(m.value(QStringLiteral("created_at")).toString(),
                 t.clock.now().toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(m.value(QStringLiteral("schema_version")).toInt(),
                 Database::currentSchemaVersion());
        QCOMPARE(m.value(QStringLiteral("audit_head")).toString(), head);
        QCOMPARE(m.value(QStringLiteral("audit_records")).toInteger(), records);
        const QJsonObject counts = m.value(QStringLiteral("row_counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("agency")).toInteger(), qint64(1));
        QCOMPARE(counts.value(QStringLiteral("audit_log")).toInteger(), records);
        QVERIFY(!counts.contains(QStringLiteral("case_fts_data"))); // shadow tables left out
        QCOMPARE(m.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(contents(file), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(m.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
        // A self-contained file, and the backup is in the database's audit trail.
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        const auto last = AuditTrail(*t.db).recent(1).value().first();
        QCOMPARE(last.action, AuditEntry::Action::Backup);
        QCOMPARE(last.recordKey, file);
        QCOMPARE(last.after.value(QStringLiteral("audit_head")).toString(), head);
        auto v = AuditTrail(*t.db).verify();
        QVERIFY(v.ok() && v->ok());
    }

    void failedBackupLeavesTheOldOneUntouched()
    {
        Db t;
        t.open();
        const qint64 agency = Test::addAgency(*t.db, QStringLiteral("某县司法局"));
        for (int i = 1; i <= 200; ++i) {
            Test::OfficerSpec spec;
            spec.n = i;
            Test::addOfficer(*t.db, agency, spec);
        }
        const QString file = t.file(QStringLiteral("backups/b.sqlite"));
        QVERIFY(Backup::backupTo(*t.db, file).ok());
        const QByteArray good = contents(file);
        const QByteArray goodManifest = contents(file + QStringLiteral(".manifest.json"));
        const qint64 records = t.count(QStringLiteral("audit_log"));

        // A full disk: no file of this process may grow past 64 KiB.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto failed = Backup::backupTo(*t.db, file);
        setrlimit(RLIMIT_FSIZE, &old);

        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::Io);
        QVERIFY2(failed.error().message.contains(QStringLiteral("not made")),
                 qPrintable(failed.error().message));
        QCOMPARE(contents(file), good);
        QCOMPARE(contents(file + QStringLiteral(".manifest.json")), goodManifest);
        QVERIFY(leftovers(t.file(QStringLiteral("backups"))).isEmpty());
        QCOMPARE(t.count(QStringLiteral("audit_log")), records); // no backup recorded
    }

    void backupToReadOnlyFolderFailsClearly()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; the full-disk test covers the failure");
        Db t;
        t.open();
        Test::addAgency(*t.db, QStringLiteral("某县司法局"));
        const QString folder = t.file(QStringLiteral("backups"));
        const QString file = folder + QStringLiteral("/b.sqlite");
        QVERIFY(Backup::backupTo(*t.db, file).ok());
        const QByteArray good = contents(file);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        auto failed = Backup::backupTo(*t.db, file);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("writable")),
                 qPrintable(failed.error().message));
        QCOMPARE(contents(file), good);
        QVERIFY(leftovers(folder).isEmpty());
    }

    void restoreKeepsThePreviousFileAside()
    {
        Db t;
        t.open();
        Test::addAgency(*t.db, QStringLiteral("甲"));
        const QString backup = t.file(QStringLiteral("b.sqlite"));
        QVERIFY(Backup::backupTo(*t.db, backup).ok());
        Test::addAgency(*t.db, QStringLiteral("乙")); // after the backup
        t.close();

        Backup::RestoreOptions o;
        o.actor = QStringLiteral("restorer");
        o.clock = &t.clock;
        auto r = Backup::restore(backup, t.path(), o);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->keptAside, t.path() + QStringLiteral(".before-restore-20250301-090000.sqlite"));
        QCOMPARE(countIn(r->keptAside, QStringLiteral("agency")), qint64(2));

        t.open();
        QCOMPARE(t.count(QStringLiteral("agency")), qint64(1));
        const auto last = AuditTrail(*t.db).recent(1).value().first();
        QCOMPARE(last.action, AuditEntry::Action::Restore);
        QCOMPARE(last.actor, QStringLiteral("restorer"));
        QCOMPARE(last.after.value(QStringLiteral("kept_aside")).toString(), r->keptAside);
        auto v = AuditTrail(*t.db).verify();
        QVERIFY2(v.ok() && v->ok(), qPrintable(v->message));
        t.close();

        // A second restore in the same second keeps the first aside file too.
        auto again = Backup::restore(backup, t.path(), o);
        QVERIFY(again.ok());
        QVERIFY(again->keptAside != r->keptAside);
        QVERIFY(QFileInfo::exists(r->keptAside));
    }

    void corruptBackupIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("bytes flipped") << QStringLiteral("flip");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("not a database") << QStringLiteral("garbage");
        QTest::newRow("audit trail tampered") << QStringLiteral("tamper");
    }

    void corruptBackupIsRefusedAndNothingChanges()
    {
        QFETCH(QString, damage);
        Db t;
        t.open();
        const qint64 agency = Test::addAgency(*t.db, QStringLiteral("甲"));
        for (int i = 1; i <= 100; ++i) {
            Test::OfficerSpec spec;
            spec.n = i;
            Test::addOfficer(*t.db, agency, spec);
        }
        const QString backup = t.file(QStringLiteral("b.sqlite"));
        QVERIFY(Backup::backupTo(*t.db, backup).ok());
        t.close();
        if (damage == u"tamper") {
            QFile::remove(backup + QStringLiteral(".manifest.json")); // the forger drops it too
            Database::Options o;
            auto b = Database::open(backup, o);
            QVERIFY(b.ok());
            QSqlQuery q(b.value()->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 3")));
        } else {
            QByteArray bytes = contents(backup);
            if (damage == u"flip")
                for (qsizetype i = 4096 * 3; i < 4096 * 3 + 512; ++i)
                    bytes[i] = char(~bytes[i]);
            else if (damage == u"truncate")
                bytes.truncate(bytes.size() / 2);
            else
                bytes = QByteArray(8192, 'x');
            QFile f(backup);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        const QByteArray before = contents(t.path());
        auto r = Backup::restore(backup, t.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("nothing was changed")),
                 qPrintable(r.error().message));
        QCOMPARE(contents(t.path()), before);
        QVERIFY(QDir(t.dir.path())
                    .entryList({QStringLiteral("*before-restore*")}, QDir::Files)
                    .isEmpty());
    }

    void olderBackupIsRestoredAndUpgraded()
    {
        Db t;
        t.open();
        Test::addAgency(*t.db, QStringLiteral("甲"));
        t.close();
        const QString old = t.file(QStringLiteral("schema-4.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(JIANDU_TEST_DATA_DIR "/schema/schema-4.sqlite"), old));
        QFile(old).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto r = Backup::restore(old, t.path());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->backup.schemaVersion, 4);
        t.open();
        QCOMPARE(t.db->schemaVersion(), Database::currentSchemaVersion());
        auto v = AuditTrail(*t.db).verify();
        QVERIFY2(v.ok() && v->ok(), qPrintable(v->message));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
