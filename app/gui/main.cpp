// jiandu: the desktop application. Opens the database (the default one in the user's
// application-data folder, or --db PATH), loads the demo dataset into an empty database so
// a newcomer sees a living office, and shows the main window.

#include "appcontext.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "security/idlelock.h"
#include "security/sessionflow.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "util/clock.h"
#include "util/i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>

#include <atomic>
#include <optional>

using namespace Jiandu;

namespace {

std::unique_ptr<Database> openDatabase(const QString &path)
{
    Database::Options options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (opened)
        return std::move(opened.value());
    const Error &error = opened.error();
    QString text = error.message;
    if (error.code == Error::Code::Corrupt) {
        const QString backup = Database::newestBackup(
            QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("backups")));
        if (!backup.isEmpty() && !text.contains(backup))
            text +=
                QLatin1Char('\n') + QCoreApplication::translate("Main", "The last backup is %1.")
                                        .arg(QDir::toNativeSeparators(backup));
    }
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Main", "Jiandu"),
                    QCoreApplication::translate("Main", "The database cannot be opened."));
    box.setInformativeText(text);
    box.setDetailedText(QDir::toNativeSeparators(path));
    box.exec();
    return nullptr;
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
    std::unique_ptr<Database> db = openDatabase(path);
    if (!db)
        return 3;
    const Clock &clock = Clock::system();
    if (firstStart && isEmpty(*db))
        loadDemo(*db, clock.today());

    Ui::AppContext context(*db, clock);
    // Accounts on: nothing of the data shows before a login (and a forced password change).
    if (!Ui::SessionFlow::login(context))
        return 0;
    Ui::MainWindow window(context);
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
            if (QProcess::startDetached(QApplication::applicationFilePath(),
                                        {QStringLiteral("--db"), other}))
                window.close();
            else
                QMessageBox::warning(
                    &window, QCoreApplication::translate("Main", "Jiandu"),
                    QCoreApplication::translate("Main", "Jiandu could not be restarted on %1.")
                        .arg(other));
        });
    window.show();
    return QApplication::exec();
}
