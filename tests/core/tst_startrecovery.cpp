// Start-up recovery: a database that fails its check is kept, the newest backup that passes
// its own check is found (newest first, damaged ones skipped), and restoring it puts the good
// data back while the damaged file is kept aside, byte for byte.

#include "storage/audittrail.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

// Overwrites b-tree page headers (the page-type byte and cell pointers).
void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    for (qint64 off = 4096 * 2; off < size; off += 4096 * 3) {
        f.seek(off);
        f.write(QByteArray(64, '\x55'));
    }
}
} // namespace

class TestStartRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedDatabaseIsKeptAndTheNewestGoodBackupRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        FixedClock clock(QDate(2025, 3, 1));
        Database::Options o;
        o.create = true;
        o.clock = &clock;
        o.actor = QStringLiteral("clerk");
        QString older, newer;
        {
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            const qint64 agency = Test::addAgency(*db.value(), QStringLiteral("某县司法局"));
            for (int i = 1; i <= 50; ++i) {
                Test::OfficerSpec spec;
                spec.n = i;
                Test::addOfficer(*db.value(), agency, spec);
            }
            const Backup::AutoSettings s = Backup::autoSettings(*db.value());
            auto first = Backup::makeBackup(*db.value(), s, Backup::Kind::Automatic);
            QVERIFY(first.ok());
            older = first->file;
            for (int i = 51; i <= 120; ++i) {
                Test::OfficerSpec spec;
                spec.n = i;
                Test::addOfficer(*db.value(), agency, spec);
            }
            clock.set(clock.now().addSecs(3600));
            auto second = Backup::makeBackup(*db.value(), s, Backup::Kind::Automatic);
            QVERIFY(second.ok());
            newer = second->file;
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        // The newest backup is damaged too: the older good one is the one offered.
        QFile::remove(newer + QStringLiteral(".manifest.json"));
        damage(newer);
        damage(path);
        const QByteArray damaged = fileBytes(path);
        auto refused = Database::open(path, o);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Corrupt);
        QCOMPARE(fileBytes(path), damaged); // kept as it is

        QStringList rejected;
        const auto good = Backup::newestGood({Backup::defaultFolder(path)}, &rejected);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().toString()));
        QCOMPARE(good->file, older);
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().contains(QFileInfo(newer).fileName()),
                 qPrintable(rejected.first()));

        clock.set(clock.now().addSecs(3600));
        Backup::RestoreOptions ro;
        ro.actor = QStringLiteral("clerk");
        ro.clock = &clock;
        const auto restored = Backup::recoverFrom(good->file, path, ro);
        QVERIFY2(restored.ok(),
                 qPrintable(restored.ok() ? QString() : restored.error().toString()));
        QVERIFY(!restored->keptAside.isEmpty());
        QCOMPARE(fileBytes(restored->keptAside), damaged); // the damaged file still exists
        QVERIFY(restored->keptAside.contains(QStringLiteral(".damaged-")));

        auto reopened = Database::open(path, o);
        QVERIFY2(reopened.ok(),
                 qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
        QCOMPARE(count(*reopened.value(), QStringLiteral("officer")), 50);
        AuditFilter restores;
        restores.action = AuditEntry::Action::Restore;
        const auto events = AuditTrail(*reopened.value()).search(restores, 5).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().recordKey, older);
        QVERIFY(AuditTrail(*reopened.value()).verify().value().ok());
    }

    void noGoodBackupChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("damaged");
        f.close();
        const auto good = Backup::newestGood({Backup::defaultFolder(path)});
        QVERIFY(!good.ok());
        QCOMPARE(good.error().code, Error::Code::NotFound);
        // A backup that fails its check is refused and the damaged file stays in place.
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        QVERIFY(QFile::copy(path, bad));
        QVERIFY(!Backup::recoverFrom(bad, path).ok());
        QCOMPARE(fileBytes(path), QByteArray("damaged"));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStartRecovery)
#include "tst_startrecovery.moc"
