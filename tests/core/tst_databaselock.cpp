// Guard rails (issue 6, part 5): the DatabaseLock beside a database file tells a second
// window who holds the file and since when; a lock left by a dead process of this host is
// taken over, one from another host is not; Database::open (hence the CLI, which does not take
// the lock) notes who holds it. A real second process (jiandu-faultworker lock) holds it.

#include "storage/database.h"
#include "storage/databaseguards.h"
#include "storage/databaselock.h"
#include "support/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

void createDatabase(const QString &path)
{
    Database::Options options;
    options.create = true;
    if (!Database::open(path, options))
        qFatal("cannot create %s", qPrintable(path));
}

bool startHolder(QProcess &p, const QString &path)
{
    p.start(QStringLiteral(JIANDU_FAULT_WORKER), {u"lock"_s, path});
    if (!p.waitForStarted(10000))
        return false;
    QByteArray out;
    while (!out.contains('\n') && p.waitForReadyRead(10000))
        out += p.readAllStandardOutput();
    return out.startsWith("LOCKED");
}

} // namespace

class TestDatabaseLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondLockerIsToldWhoAndSinceWhen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"office.sqlite"_s);
        DatabaseLock first(db);
        QVERIFY(first.tryLock(QDateTime(QDate(2026, 12, 4), QTime(9, 12), Qt::UTC)));
        QVERIFY(first.isLocked());
        QVERIFY(QFile::exists(DatabaseLock::lockPath(db)));
        QVERIFY(QFile::exists(DatabaseLock::infoPath(db)));

        DatabaseLock second(db);
        const VoidResult r = second.tryLock();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(r.error().message,
                 u"The database is already open: opened by %1 on %2 since 2026-12-04 09:12."_s
                     .arg(Database::osUser(), QSysInfo::machineHostName()));
        QVERIFY(!second.isLocked());

        const auto holder = DatabaseLock::holder(db, false);
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(holder->since, QDateTime(QDate(2026, 12, 4), QTime(9, 12), Qt::UTC));
        // This process's own lock is nobody else's.
        QVERIFY(!DatabaseLock::holder(db));

        first.unlock();
        QVERIFY(!QFile::exists(DatabaseLock::lockPath(db)));
        QVERIFY(!QFile::exists(DatabaseLock::infoPath(db)));
        QVERIFY(second.tryLock());
    }

    void aLockFromAnotherComputerIsNeverTakenOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"office.sqlite"_s);
        // As QLockFile on PC-01 wrote it: pid, application, host; the file is days old.
        QFile lock(DatabaseLock::lockPath(db));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\njiandu\nPC-01\n");
        lock.flush();
        QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3),
                                 QFileDevice::FileModificationTime));
        lock.close();
        QFile info(DatabaseLock::infoPath(db));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write(QJsonDocument(QJsonObject{{u"user"_s, u"张三"_s},
                                             {u"host"_s, u"PC-01"_s},
                                             {u"pid"_s, 4242},
                                             {u"since"_s, u"2026-12-04T09:12:00Z"_s}})
                       .toJson());
        info.close();

        DatabaseLock mine(db);
        const VoidResult r = mine.tryLock();
        QVERIFY(!r);
        QCOMPARE(r.error().message,
                 u"The database is already open: opened by 张三 on PC-01 since 2026-12-04 09:12."_s);
        const auto holder = DatabaseLock::holder(db);
        QVERIFY(holder);
        QCOMPARE(holder->host, u"PC-01"_s);
        QCOMPARE(holder->pid, 4242);
        QVERIFY(QFile::exists(DatabaseLock::lockPath(db)));
    }

    void anotherProcessHoldsItUntilItDies()
    {
#ifndef Q_OS_UNIX
        QSKIP("Kills the holder with SIGKILL: POSIX only.");
#else
        QTemporaryDir dir;
        const QString db = dir.filePath(u"office.sqlite"_s);
        createDatabase(db);
        QProcess holderProcess;
        QVERIFY(startHolder(holderProcess, db));

        DatabaseLock mine(db);
        VoidResult r = mine.tryLock();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY2(r.error().message.contains(QSysInfo::machineHostName()),
                 qPrintable(r.error().message));
        const auto holder = DatabaseLock::holder(db);
        QVERIFY(holder);
        QCOMPARE(holder->pid, holderProcess.processId());

        // Database::open (the CLI's way in) says who holds the file, and still opens it.
        DatabaseGuards::setLogWarnings(false);
        auto opened = Database::open(db);
        DatabaseGuards::setLogWarnings(true);
        QVERIFY(opened);
        QCOMPARE(DatabaseGuards::warnings(*opened.value()).size(), 1);
        QVERIFY2(DatabaseGuards::warnings(*opened.value()).first().startsWith(holder->describe()),
                 qPrintable(DatabaseGuards::warnings(*opened.value()).first()));
        opened.value().reset();

        // The CLI prints that note on stderr and does its work.
        const Test::CliRun cli = Test::runCli({u"verify"_s, u"--db"_s, db, u"--lang"_s, u"en"_s});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.err.contains(u"The database is already open"_s), qPrintable(cli.err));

        // A holder killed outright leaves its lock behind: stale on this host, taken over.
        ::kill(pid_t(holderProcess.processId()), SIGKILL);
        QVERIFY(holderProcess.waitForFinished(10000));
        QVERIFY(QFile::exists(DatabaseLock::lockPath(db)));
        QVERIFY(!DatabaseLock::holder(db));
        r = mine.tryLock();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(DatabaseLock::holder(db, false)->pid, QCoreApplication::applicationPid());
        QCOMPARE(DatabaseLock::holder(db, false)->user, Database::osUser());
#endif
    }

    void aFolderWhereNoLockCanBeWrittenIsAnIoError()
    {
        QTemporaryDir dir;
        // A path under a regular file: no lock file can be made there, even by root.
        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        DatabaseLock lock(dir.filePath(u"plain/office.sqlite"_s));
        const VoidResult r = lock.tryLock();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY(r.error().context.endsWith(u"office.sqlite.lock"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
