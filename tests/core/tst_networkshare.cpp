// Guard rails (issue 6, part 5): a database on a network share. The file-system probe is
// injected (DatabaseGuards::setFileSystemProbe) or forced with the documented test hook
// JIANDU_ASSUME_NETWORK_SHARE=1. Policy "warn": the file opens in rollback-journal mode, kept
// from every other process (unix-excl), with one warning; policy "refuse" (the machine setting
// storage/network_share) refuses it and leaves it untouched.

#include "storage/database.h"
#include "storage/databaseguards.h"
#include "storage/filesystemprobe.h"
#include "storage/transaction.h"
#include "support/clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

FileSystem::Info cifs(const QString &)
{
    return FileSystem::Info{true, u"cifs"_s};
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0).toString();
}

QString createLocal(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"office.sqlite"_s);
    Database::Options options;
    options.create = true;
    if (!Database::open(path, options))
        qFatal("cannot create the database");
    return path;
}

} // namespace

class TestNetworkShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a throw-away place
        QCoreApplication::setOrganizationName(u"JianduTest"_s);
        QCoreApplication::setApplicationName(u"tst_networkshare"_s);
        QSettings().remove(u"storage/network_share"_s);
        DatabaseGuards::setLogWarnings(false);
    }

    void cleanup()
    {
        DatabaseGuards::setFileSystemProbe({});
        DatabaseGuards::setNetworkSharePolicy(std::nullopt);
        DatabaseGuards::setLogWarnings(false);
    }

    void aLocalFolderIsNotANetworkShare()
    {
        QTemporaryDir dir;
        QVERIFY(!FileSystem::probe(dir.path()).network);
        QVERIFY(!FileSystem::probe(dir.filePath(u"not/yet/there.sqlite"_s)).network);
        qputenv("JIANDU_ASSUME_NETWORK_SHARE", "1");
        const FileSystem::Info forced = FileSystem::probe(dir.path());
        qunsetenv("JIANDU_ASSUME_NETWORK_SHARE");
        QVERIFY(forced.network);
        QCOMPARE(forced.type, u"test"_s);
    }

    void warnOpensInExclusiveRollbackMode()
    {
        QTemporaryDir dir;
        const QString path = createLocal(dir);
        Database::Options options;
        DatabaseGuards::setFileSystemProbe(cifs);
        DatabaseGuards::setNetworkSharePolicy(DatabaseGuards::NetworkSharePolicy::Warn);
        auto opened = Database::open(path, options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Database &db = *opened.value();
        QVERIFY(DatabaseGuards::isOnNetworkShare(db));
        QCOMPARE(DatabaseGuards::warnings(db).size(), 1);
        QVERIFY2(DatabaseGuards::warnings(db).first().contains(u"network share (cifs)"_s),
                 qPrintable(DatabaseGuards::warnings(db).first()));
        QCOMPARE(pragma(db, u"journal_mode"_s), u"delete"_s);
        QCOMPARE(pragma(db, u"synchronous"_s), u"2"_s); // FULL
        // Writes work; another thread (the GUI's workers) still reads through its connection.
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"INSERT INTO setting(key, value) VALUES ('fault.test', '1')"_s),
                 qPrintable(q.lastError().text()));
        QThread *worker = QThread::create([&db] {
            QSqlQuery w(db.connection());
            if (!w.exec(u"SELECT count(*) FROM sqlite_master"_s) || !w.next())
                qFatal("a worker thread cannot read the file");
        });
        worker->start();
        QVERIFY(worker->wait(20000));
        delete worker;
        QVERIFY(!QFile::exists(path + u"-wal"_s));

#ifdef Q_OS_UNIX
        // Another process is kept out while this one has the file open.
        const Test::CliRun cli = Test::runCli({u"verify"_s, u"--db"_s, path, u"--lang"_s, u"en"_s});
        QVERIFY2(cli.exitCode != 0 && cli.exitCode != -1, qPrintable(cli.out + cli.err));
        QVERIFY2(cli.err.contains(u"locked"_s), qPrintable(cli.err));
#endif
        opened.value().reset();
        // Closed: a local open goes back to WAL.
        DatabaseGuards::setFileSystemProbe({});
        Database::Options local;
        auto again = Database::open(path, local);
        QVERIFY(again);
        QCOMPARE(pragma(*again.value(), u"journal_mode"_s), u"wal"_s);
    }

    void refuseLeavesTheFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = createLocal(dir);
        const QByteArray before = digest(path);
        Database::Options options;
        DatabaseGuards::setFileSystemProbe(cifs);
        DatabaseGuards::setNetworkSharePolicy(DatabaseGuards::NetworkSharePolicy::Refuse);
        auto opened = Database::open(path, options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Invalid);
        QVERIFY2(opened.error().message.contains(u"network share (cifs)"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(opened.error().context, path);
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void theMachineSettingRefuses()
    {
        QTemporaryDir dir;
        const QString path = createLocal(dir);
        Database::Options options;
        DatabaseGuards::setFileSystemProbe(cifs);
        QCOMPARE(DatabaseGuards::networkSharePolicySetting(), DatabaseGuards::NetworkSharePolicy::Warn);
        QVERIFY(Database::open(path, options));
        QSettings().setValue(u"storage/network_share"_s, u"refuse"_s);
        QCOMPARE(DatabaseGuards::networkSharePolicySetting(),
                 DatabaseGuards::NetworkSharePolicy::Refuse);
        auto refused = Database::open(path, options);
        QSettings().remove(u"storage/network_share"_s);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"storage/network_share"_s));
    }

    void theCliPrintsTheWarning()
    {
        QTemporaryDir dir;
        const QString path = createLocal(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JIANDU_ASSUME_NETWORK_SHARE"_s, u"1"_s);
        const Test::CliRun cli =
            Test::runCli({u"verify"_s, u"--db"_s, path, u"--lang"_s, u"en"_s}, env);
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.err.contains(u"network share (test)"_s), qPrintable(cli.err));
    }
};

QTEST_GUILESS_MAIN(TestNetworkShare)
#include "tst_networkshare.moc"
