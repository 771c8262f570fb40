#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString copyFixture(const QString &fixture, const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QFileInfo(fixture).fileName());
    QFile::copy(fixture, target);
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReleasedSchemaUpgrades_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(JIANDU_TEST_DATA_DIR "/schema"));
        const QStringList files =
            dir.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyReleasedSchemaUpgrades()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = copyFixture(fixture, dir);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM officer")), qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM certificate")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM training")), qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(1));
        QSqlQuery fk(db.connection());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());
        const int fixtureVersion =
            QFileInfo(fixture).completeBaseName().section(QLatin1Char('-'), 1).toInt();
        if (fixtureVersion < Database::currentSchemaVersion()) {
            QVERIFY(!db.migrationBackup().isEmpty());
            QVERIFY(QFile::exists(db.migrationBackup()));
        } else {
            QVERIFY(db.migrationBackup().isEmpty());
        }
    }

    void schema4FindingsGainActivityAndSeverity()
    {
        // Migration 0005 on the last schema without it: the findings keep their rows and
        // links, have no activity and are of ordinary severity; the new tables are empty.
        QTemporaryDir dir;
        const QString path =
            copyFixture(QStringLiteral(JIANDU_TEST_DATA_DIR "/schema/schema-4.sqlite"), dir);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        Database &db = *opened.value();
        QVERIFY(db.schemaVersion() >= 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM finding")), qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM finding WHERE severity = "
                                           "'ordinary' AND activity_id IS NULL")),
                 qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT review_problem_id FROM finding WHERE id = 1")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM file_review")), qint64(1));
        for (const char *table : {"supervision_activity", "rectification_task", "task_unit",
                                  "task_event", "supervision_document", "document_number"})
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)),
                     qint64(0));
    }

    void failedMigrationChangesNothingAndKeepsBackup()
    {
        QTemporaryDir dir;
        const QString path =
            copyFixture(QStringLiteral(JIANDU_TEST_DATA_DIR "/schema/schema-1.sqlite"), dir);
        // The built-in migrations plus a broken one after them.
        const QString migrations = dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(migrations);
        QFile::copy(QStringLiteral(":/migrations/0001_roster.sql"),
                    migrations + QStringLiteral("/0001_roster.sql"));
        const int next = Database::currentSchemaVersion() + 1;
        const QString broken =
            migrations + QStringLiteral("/%1_broken.sql").arg(next, 4, 10, QLatin1Char('0'));
        writeFile(broken, "ALTER TABLE officer ADD COLUMN nickname TEXT;\n"
                          "UPDATE officer SET nickname = 'x';\n"
                          "INSERT INTO no_such_table VALUES (1);\n");
        // Fill the versions between 1 and current with the real files.
        QDirIterator it(QStringLiteral(":/migrations"));
        while (it.hasNext()) {
            it.next();
            QFile::copy(it.filePath(), migrations + QLatin1Char('/') + it.fileName());
        }

        Database::Options options;
        options.migrationsDir = migrations;
        auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().toString().contains(QStringLiteral("no_such_table")));

        // The file is still at the current version, without the half-applied column.
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), Database::currentSchemaVersion());
        QSqlQuery q(again.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT nickname FROM officer")));
        // The backup taken before the attempt is there.
        QVERIFY(!Database::newestBackup(dir.filePath(QStringLiteral("backups"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
