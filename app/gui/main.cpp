// jiandu: the desktop application. Opens the database (the default one in the user's
// application-data folder, or --db PATH), loads the demo dataset into an empty database so
// a newcomer sees a living office, and shows the main window.

#include "appcontext.h"
#include "demo/demodata.h"
#include "dialogs/lockeddatabase.h"
#include "mainwindow.h"
#include "security/idlelock.h"
#include "security/sessionflow.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/databaseguards.h"
#include "storage/databaselock.h"
#include "storage/officerrepository.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "workers/autobackup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QThread>

#include <atomic>
#include <optional>

using namespace Jiandu;

namespace {

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QCoreApplication::translate("Main", "unknown");
}

// Where the backups of `path` may be: the default folder and the one the automatic backups
// used last (a damaged database cannot say where its backup.folder setting pointed).
QStringList backupFolders(const QString &path)
{
    QStringList folders{Backup::defaultFolder(path)};
    const QString last = QSettings().value(QStringLiteral("backup/lastFolder")).toString();
    if (!last.isEmpty())
        folders << last;
    return folders;
}

// A database that failed its check at start-up: it is kept, and the newest backup that passes
// its own check is offered. True when that backup was restored (the damaged file kept aside).
bool offerRecovery(const QString &path, const Error &error)
{
    QStringList rejected;
    const auto good = Backup::newestGood(backupFolders(path), &rejected);
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Main", "Jiandu"),
                    QCoreApplication::translate("Main", "The database failed its check."));
    box.setDetailedText(
        QDir::toNativeSeparators(path) + QLatin1Char('\n') + error.message +
        (rejected.isEmpty()
             ? QString()
             : QLatin1Char('\n') +
                   QCoreApplication::translate("Main", "Backups that failed their check:") +
                   QLatin1Char('\n') + rejected.join(QLatin1Char('\n'))));
    if (!good) {
        box.setInformativeText(QCoreApplication::translate(
            "Main",
            "No backup that passes its check was found. The file is left as it is; quit and "
            "ask for help, or restore a backup with jiandu-cli restore."));
        box.exec();
        return false;
    }
    box.setInformativeText(
        QCoreApplication::translate(
            "Main",
            "The file is kept as it is. The newest good backup is %1 (made %2, %3 audit records, "
            "audit head %4). Restore it? The damaged file is kept aside, never deleted.")
            .arg(QDir::toNativeSeparators(good->file), localTime(good->createdAt))
            .arg(good->auditRecords)
            .arg(good->auditHead.isEmpty() ? QStringLiteral("—") : good->auditHead.left(16)));
    QPushButton *restore = box.addButton(QCoreApplication::translate("Main", "Restore this backup"),
                                         QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("Main", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const auto restored = Backup::recoverFrom(good->file, path);
    if (!restored) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Main", "Jiandu"),
            QCoreApplication::translate("Main", "The backup could not be restored: %1")
                .arg(restored.error().toString()));
        return false;
    }
    QMessageBox::information(
        nullptr, QCoreApplication::translate("Main", "Jiandu"),
        QCoreApplication::translate("Main",
                                    "The backup was restored. The damaged database was kept as %1.")
            .arg(QDir::toNativeSeparators(restored->keptAside)));
    return true;
}

std::unique_ptr<Database> openDatabase(const QString &path, bool readOnly)
{
    Database::Options options;
    options.create = !readOnly;
    options.readOnly = readOnly;
    auto opened = Database::open(path, options);
    if (opened)
        return std::move(opened.value());
    if (opened.error().code == Error::Code::Corrupt) {
        if (!offerRecovery(path, opened.error()))
            return nullptr;
        opened = Database::open(path, options);
        if (opened)
            return std::move(opened.value());
    }
    const Error &error = opened.error();
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Main", "Jiandu"),
                    QCoreApplication::translate("Main", "The database cannot be opened."));
    box.setInformativeText(error.message);
    box.setDetailedText(QDir::toNativeSeparators(path));
    box.exec();
    return nullptr;
}

// 设置 → 从备份恢复…: the database is closed by now; restore, say where the old file went,
// and start afresh on the restored file.
void restoreAndRestart(const QString &backup, const QString &path, const QString &actor)
{
    Backup::RestoreOptions options;
    options.actor = actor;
    const auto restored = Backup::restore(backup, path, options);
    if (!restored) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Main", "Jiandu"),
            QCoreApplication::translate("Main", "The backup could not be restored: %1")
                .arg(restored.error().toString()));
    } else {
        QMessageBox::information(
            nullptr, QCoreApplication::translate("Main", "Jiandu"),
            QCoreApplication::translate(
                "Main", "The database was restored from %1. The previous database was kept as %2.")
                .arg(QDir::toNativeSeparators(restored->backup.file),
                     QDir::toNativeSeparators(restored->keptAside)));
    }
    if (!QProcess::startDetached(QApplication::applicationFilePath(),
                                 {QStringLiteral("--db"), path}))
        QMessageBox::warning(
            nullptr, QCoreApplication::translate("Main", "Jiandu"),
            QCoreApplication::translate("Main", "Jiandu could not be restarted on %1.").arg(path));
}

bool isEmpty(Database &db)
{
    auto count = OfficerRepository(db).count(OfficerQuery{});
    return count && count.value() == 0;
}

// Generates the demo county on a worker thread behind a progress dialog.
void loadDemo(Database &db, const QDate &today)
{
    QProgressDialog progress(QCoreApplication::translate(
                                 "Main", "Preparing a demonstration county for the first start…"),
                             QCoreApplication::translate("Main", "Skip"), 0, 0);
    progress.setWindowTitle(QCoreApplication::translate("Main", "Jiandu"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });

    std::optional<Result<Demo::Summary>> result;
    Demo::Options options;
    options.scale = 1;
    options.today = today;
    options.progress = [&](int done, int total) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, done, total] {
                progress.setMaximum(total);
                progress.setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelled.load();
    };
    QEventLoop loop;
    QThread *worker = QThread::create([&] { result = Demo::generate(db, options); });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    progress.show();
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();
    if (result && !*result && !cancelled)
        QMessageBox::warning(
            nullptr, QCoreApplication::translate("Main", "Jiandu"),
            QCoreApplication::translate("Main", "The demonstration data could not be created: %1")
                .arg(result->error().toString()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Jiandu"));
    QApplication::setApplicationName(QStringLiteral("Jiandu"));
    QApplication::setApplicationVersion(QStringLiteral(JIANDU_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
    I18n::install(
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Main", "Administrative law-enforcement supervision ledger"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("Main", "Open the database at PATH."),
        QCoreApplication::translate("Main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    // The demo county is for a newcomer's first start on the default database only: a file
    // an office creates for its own records (--db, 打开数据库…) stays empty.
    const bool firstStart = !parser.isSet(dbOption) && !QFileInfo::exists(path);
    DatabaseGuards::setLogWarnings(false); // shown in a box below, once
    // A second window (this PC or another one on a shared folder) is told who holds the file.
    DatabaseLock lock(path);
    bool readOnly = false;
    if (VoidResult locked = lock.tryLock(); !locked) {
        if (!Ui::askOpenReadOnly(locked.error()))
            return 4;
        readOnly = true;
    }
    std::unique_ptr<Database> db = openDatabase(path, readOnly);
    if (!db)
        return 3;
    if (!readOnly) // read-only: who holds the file was just said
        Ui::showOpenWarnings(DatabaseGuards::warnings(*db));
    const Clock &clock = Clock::system();
    if (firstStart && !readOnly && isEmpty(*db))
        loadDemo(*db, clock.today());

    QString pendingRestore; // 从备份恢复…: restored once the window and the database are closed
    QString actor;
    int code = 0;
    {
        Ui::AppContext context(*db, clock);
        // Accounts on: nothing of the data shows before a login (and a forced password change).
        if (!Ui::SessionFlow::login(context))
            return 0;
        Ui::MainWindow window(context);
        Ui::AutoBackup autoBackup(*db);
        window.restoreWindowState();
        Ui::IdleLock idleLock(context);
        // 注销 (File menu or the idle lock): the window goes away until the next login, or the
        // application ends when the user quits at the login.
        QObject::connect(&context, &Ui::AppContext::loggedOut, &window, [&] {
            window.hide();
            QApplication::setQuitOnLastWindowClosed(false); // the hidden window is not closed
            const bool again = Ui::SessionFlow::login(context);
            QApplication::setQuitOnLastWindowClosed(true);
            if (!again) {
                QApplication::quit();
                return;
            }
            context.notifyDataChanged(QString()); // lists re-read in the new account's scope
            window.show();
        });
        // Another database: start afresh on it, so nothing of this one lingers in memory.
        QObject::connect(
            &window, &Ui::MainWindow::openDatabaseRequested, &app, [&](const QString &other) {
                lock.unlock(); // the new process may open this same file
                if (QProcess::startDetached(QApplication::applicationFilePath(),
                                            {QStringLiteral("--db"), other})) {
                    window.close();
                    return;
                }
                if (!readOnly && !lock.tryLock())
                    qWarning("jiandu: the lock of %s could not be taken again", qPrintable(path));
                QMessageBox::warning(
                    &window, QCoreApplication::translate("Main", "Jiandu"),
                    QCoreApplication::translate("Main", "Jiandu could not be restarted on %1.")
                        .arg(other));
            });
        QObject::connect(&window, &Ui::MainWindow::restoreRequested, &app,
                         [&](const QString &backup) {
                             pendingRestore = backup;
                             actor = db->actor(); // the account that asked for it
                             window.close();
                         });
        QObject::connect(
            &autoBackup, &Ui::AutoBackup::backupFailed, &window, [&window](const QString &message) {
                QMessageBox::warning(
                    &window, QCoreApplication::translate("Main", "Automatic backup failed"),
                    QCoreApplication::translate("Main", "The automatic backup failed; the earlier "
                                                        "backups are unchanged.\n\n%1")
                        .arg(message));
            });
        window.show();
        autoBackup.start();
        code = QApplication::exec();
        // The exit backup's failure is shown once, below, not by the window's warning.
        QObject::disconnect(&autoBackup, &Ui::AutoBackup::backupFailed, &window, nullptr);
        if (pendingRestore.isEmpty() && autoBackup.exitEnabled()) {
            const auto made = autoBackup.backupOnExit(nullptr);
            if (!made)
                QMessageBox::warning(
                    nullptr, QCoreApplication::translate("Main", "Automatic backup failed"),
                    QCoreApplication::translate(
                        "Main", "The backup on exit failed; the earlier backups are "
                                "unchanged.\n\n%1")
                        .arg(made.error().toString()));
        } else {
            autoBackup.wait();
        }
    }
    if (!pendingRestore.isEmpty()) {
        db.reset(); // every connection closed before the file is replaced
        lock.unlock(); // the restarted process takes it
        restoreAndRestart(pendingRestore, path, actor);
    }
    return code;
}
