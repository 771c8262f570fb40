// backup, restore and verify end to end (spec/cli.md): exit codes, files, what is printed.

#include "storage/database.h"
#include "support/clirunner.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using Test::runCli;

namespace {
// A small database written through the repositories (faster than a demo).
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    Database::Options o;
    o.create = true;
    auto db = Database::open(path, o);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    const qint64 agency = Test::addAgency(*db.value(), QStringLiteral("某县司法局"));
    for (int i = 1; i <= 20; ++i) {
        Test::OfficerSpec spec;
        spec.n = i;
        Test::addOfficer(*db.value(), agency, spec);
    }
    return path;
}

QStringList en(QStringList args)
{
    return args << QStringLiteral("--lang") << QStringLiteral("en");
}
} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyGoodDatabase()
    {
        QTemporaryDir dir;
        const QString db = makeDatabase(dir);
        const auto r = runCli(en({QStringLiteral("verify"), QStringLiteral("--db"), db}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("OK")), qPrintable(r.out + r.err));
        const auto json = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("audit")).toObject().value(QStringLiteral("records")).toInt(), 21);
    }

    void verifyNamesTheFirstBadRecord()
    {
        QTemporaryDir dir;
        const QString db = makeDatabase(dir);
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 7")));
        }
        const auto r = runCli(en({QStringLiteral("verify"), QStringLiteral("--db"), db}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("7 (officer, ")), qPrintable(r.out));
        const auto json = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject audit = QJsonDocument::fromJson(json.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("audit"))
                                      .toObject();
        QCOMPARE(audit.value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
        QCOMPARE(audit.value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(audit.value(QStringLiteral("table")).toString(), QStringLiteral("officer"));
    }

    void verifyMissingOrForeignFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
        QCOMPARE(runCli({QStringLiteral("verify"), QStringLiteral("--db"), missing}).exitCode, 3);
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(runCli({QStringLiteral("verify"), QStringLiteral("extra")}).exitCode, 2);
    }

    void backupAndRestore()
    {
        QTemporaryDir dir;
        const QString db = makeDatabase(dir);
        const QString file = dir.filePath(QStringLiteral("backups/nightly.sqlite"));
        const auto b = runCli(
            en({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), file}));
        QCOMPARE(b.exitCode, 0);
        QVERIFY2(b.out.contains(file), qPrintable(b.out + b.err));
        QVERIFY(QFile::exists(file));
        QVERIFY(QFile::exists(file + QStringLiteral(".manifest.json")));

        // Overwriting with the JSON form prints the manifest.
        const auto json = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db,
                                  QStringLiteral("--out"), file, QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject m = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(m.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("officer")).toInt(), 20);

        const auto r = runCli(en({QStringLiteral("restore"), file, QStringLiteral("--db"), db}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(".before-restore-")), qPrintable(r.out + r.err));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("live.sqlite.before-restore-*.sqlite")}).size(), 1);
        QCOMPARE(runCli({QStringLiteral("verify"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    void backupAndRestoreErrors()
    {
        QTemporaryDir dir;
        const QString db = makeDatabase(dir);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("restore"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("restore"), dir.filePath(QStringLiteral("none.sqlite")),
                         QStringLiteral("--db"), db})
                     .exitCode,
                 3);
        // Onto itself, into a folder that cannot be made.
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), db})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), db + QStringLiteral("/sub/b.sqlite")})
                     .exitCode,
                 3);

        // A damaged backup is refused and the database is not touched.
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QFile live(db);
        QVERIFY(live.open(QIODevice::ReadOnly));
        const QByteArray before = live.readAll();
        live.close();
        const auto r = runCli({QStringLiteral("restore"), bad, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(bad));
        QVERIFY(live.open(QIODevice::ReadOnly));
        QCOMPARE(live.readAll(), before);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
