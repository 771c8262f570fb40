// Automatic backups: rotation keeps the newest N good automatic backups and never removes a
// manual or pre-migration backup (or another database's); the daily backup runs when the
// newest is a day old; a failed backup leaves the previous good one; the backup on exit writes
// one file; the settings panel lists and checks the backups and asks before a restore.

#include "appcontext.h"
#include "dialoghook.h"
#include "storage/audittrail.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "widgets/backuppanel.h"
#include "workers/autobackup.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>

using namespace Jiandu;

namespace {
void save(Database &db, const Backup::AutoSettings &s)
{
    const auto r = Backup::saveAutoSettings(db, s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
}

QStringList sqliteFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Backup::AutoSettings settingsIn(Test::TestDatabase &t, int keep)
{
    Backup::AutoSettings s = Backup::autoSettings(t.db());
    s.keep = keep;
    return s;
}
} // namespace

class TestAutoBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsHaveDefaultsAndAreStored()
    {
        Test::TestDatabase t;
        Backup::AutoSettings s = Backup::autoSettings(t.db());
        QCOMPARE(QDir::cleanPath(s.folder), QDir::cleanPath(t.filePath(QStringLiteral("backups"))));
        QCOMPARE(s.keep, 30);
        QVERIFY(s.onExit);
        QVERIFY(s.daily);
        s.keep = 5;
        s.daily = false;
        s.folder = t.filePath(QStringLiteral("elsewhere"));
        save(t.db(), s);
        const Backup::AutoSettings again = Backup::autoSettings(t.db());
        QCOMPARE(again.keep, 5);
        QVERIFY(!again.daily);
        QVERIFY(again.onExit);
        QCOMPARE(again.folder, QDir::cleanPath(t.filePath(QStringLiteral("elsewhere"))));
        QCOMPARE(AuditTrail(t.db())
                     .history(QStringLiteral("setting"), QStringLiteral("backup.keep"))
                     .value()
                     .size(),
                 1);
        s.keep = 0;
        QVERIFY(!Backup::saveAutoSettings(t.db(), s).ok());
    }

    void rotationKeepsTheNewestAndNeverManualOnes()
    {
        Test::TestDatabase t;
        const Backup::AutoSettings s = settingsIn(t, 3);
        const auto manual = Backup::makeBackup(t.db(), s, Backup::Kind::Manual);
        QVERIFY(manual.ok());
        // A pre-migration backup (named as Database names them, no manifest) and an automatic
        // backup of another database in the same folder.
        QVERIFY(QFile::copy(manual->file, QDir(s.folder).filePath(QStringLiteral(
                                              "test-v6-before-migration-20240101-000000.sqlite"))));
        QVERIFY(QFile::copy(manual->file, QDir(s.folder).filePath(QStringLiteral(
                                              "other-auto-20200101-000000.sqlite"))));
        QVERIFY(
            QFile::copy(manual->manifest, QDir(s.folder).filePath(QStringLiteral(
                                              "other-auto-20200101-000000.sqlite.manifest.json"))));
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            t.clock().set(t.clock().now().addSecs(3600));
            const auto b = Backup::makeBackup(t.db(), s, Backup::Kind::Automatic);
            QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
            made << QFileInfo(b->file).fileName();
        }
        const QStringList files = sqliteFiles(s.folder);
        for (int i = 0; i < 2; ++i) { // the two oldest automatic backups went, with manifests
            QVERIFY2(!files.contains(made.at(i)), qPrintable(made.at(i)));
            QVERIFY(!QFile::exists(
                QDir(s.folder).filePath(made.at(i) + QStringLiteral(".manifest.json"))));
        }
        for (int i = 2; i < 5; ++i)
            QVERIFY2(files.contains(made.at(i)), qPrintable(made.at(i)));
        QVERIFY(files.contains(QFileInfo(manual->file).fileName()));
        QVERIFY(files.contains(QStringLiteral("test-v6-before-migration-20240101-000000.sqlite")));
        QVERIFY(files.contains(QStringLiteral("other-auto-20200101-000000.sqlite")));
        QCOMPARE(files.size(), 6);

        // Rotating again to 1 removes only automatic backups of this database.
        QCOMPARE(Backup::rotate(s.folder, t.db().path(), 1).size(), 2);
        QCOMPARE(sqliteFiles(s.folder).size(), 4);
        const auto listed = Backup::listBackups(s.folder);
        QCOMPARE(listed.size(), 4);
        int manualKinds = 0;
        for (const auto &b : listed)
            manualKinds += b.kind == Backup::Kind::Manual ? 1 : 0;
        QCOMPARE(manualKinds, 1);
    }

    void dailyBackupRunsWhenADayHasPassed()
    {
        Test::TestDatabase t;
        const QString folder = Backup::autoSettings(t.db()).folder;
        QVERIFY(Backup::dailyDue(folder, t.db().path(), t.clock().now())); // none yet
        Ui::AutoBackup autoBackup(t.db());
        QSignalSpy made(&autoBackup, &Ui::AutoBackup::backupMade);
        QVERIFY(autoBackup.runDailyIfDue());
        autoBackup.wait();
        QCOMPARE(made.size(), 1);
        QCOMPARE(sqliteFiles(folder).size(), 1);
        t.clock().set(t.clock().now().addSecs(23 * 3600));
        QVERIFY(!Backup::dailyDue(folder, t.db().path(), t.clock().now()));
        QVERIFY(!autoBackup.runDailyIfDue());
        t.clock().set(t.clock().now().addSecs(2 * 3600));
        QVERIFY(autoBackup.runDailyIfDue());
        autoBackup.wait();
        QCOMPARE(sqliteFiles(folder).size(), 2);
        // Turned off in the settings: nothing runs however old the newest backup is.
        Backup::AutoSettings s = Backup::autoSettings(t.db());
        s.daily = false;
        save(t.db(), s);
        t.clock().set(t.clock().now().addDays(3));
        QVERIFY(!autoBackup.runDailyIfDue());
    }

    void failedBackupLeavesThePreviousGoodOne()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("某县司法局"));
        for (int i = 1; i <= 200; ++i) {
            Test::OfficerSpec spec;
            spec.n = i;
            Test::addOfficer(t.db(), agency, spec);
        }
        Backup::AutoSettings s = settingsIn(t, 1);
        save(t.db(), s);
        const auto good = Backup::makeBackup(t.db(), s, Backup::Kind::Automatic);
        QVERIFY(good.ok());
        const QByteArray goodBytes = contents(good->file);

        Ui::AutoBackup autoBackup(t.db());
        QSignalSpy failed(&autoBackup, &Ui::AutoBackup::backupFailed);
        t.clock().set(t.clock().now().addDays(2));
        // A full disk: no file of this process may grow past 64 KiB.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QVERIFY(autoBackup.runDailyIfDue());
        autoBackup.wait();
        setrlimit(RLIMIT_FSIZE, &old);

        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not made")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(sqliteFiles(s.folder), QStringList{QFileInfo(good->file).fileName()});
        QCOMPARE(contents(good->file), goodBytes);
        QVERIFY(Backup::verifyFile(good->file).ok());
    }

    void backupOnExitWritesOneFile()
    {
        Test::TestDatabase t;
        const QString folder = Backup::autoSettings(t.db()).folder;
        Ui::AutoBackup autoBackup(t.db());
        QVERIFY(autoBackup.exitEnabled());
        QSignalSpy made(&autoBackup, &Ui::AutoBackup::backupMade);
        const auto b = autoBackup.backupOnExit(nullptr);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        QCOMPARE(made.size(), 1);
        QCOMPARE(sqliteFiles(folder), QStringList{QFileInfo(b->file).fileName()});
        QVERIFY(Backup::verifyFile(b->file).ok());
        QCOMPARE(Backup::listBackups(folder).first().kind, Backup::Kind::Automatic);

        Backup::AutoSettings s = Backup::autoSettings(t.db());
        s.onExit = false;
        save(t.db(), s);
        QVERIFY(!autoBackup.exitEnabled());
    }

    void panelListsChecksAndConfirmsARestore()
    {
        Test::TestDatabase t;
        const Backup::AutoSettings s = Backup::autoSettings(t.db());
        const auto good = Backup::makeBackup(t.db(), s, Backup::Kind::Manual);
        QVERIFY(good.ok());
        // A damaged backup beside it.
        const QString bad = QDir(s.folder).filePath(QStringLiteral("damaged.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();

        Ui::AppContext context(t.db(), t.clock());
        Ui::BackupPanel panel(context);
        QSignalSpy checked(&panel, &Ui::BackupPanel::listChecked);
        panel.show();
        QVERIFY(checked.wait(10000) || checked.size() > 0);
        QTableWidget *table = panel.table();
        QCOMPARE(table->rowCount(), 2);
        QString goodCheck, badCheck;
        for (int row = 0; row < 2; ++row) {
            const QString file = table->item(row, 0)->toolTip();
            const QString check = table->item(row, Ui::BackupPanel::CheckColumn)->text();
            (QFileInfo(file).fileName() == u"damaged.sqlite" ? badCheck : goodCheck) = check;
        }
        QCOMPARE(goodCheck, QStringLiteral("OK"));
        QVERIFY2(badCheck.startsWith(QStringLiteral("Failed")), qPrintable(badCheck));

        // A damaged backup is refused before any question.
        QSignalSpy requested(&panel, &Ui::BackupPanel::restoreRequested);
        Test::answerNextDialog<QMessageBox>([](QMessageBox *box) { box->accept(); });
        QVERIFY(!panel.restoreFrom(bad));
        QCOMPARE(requested.size(), 0);
        // A good one is shown with its audit head and restored only when confirmed.
        Test::answerNextDialog<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->informativeText().contains(QStringLiteral("Audit head")));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!panel.restoreFrom(good->file));
        QCOMPARE(requested.size(), 0);
        Test::answerNextDialog<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(panel.restoreFrom(good->file));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), good->file);
    }
};

QTEST_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
