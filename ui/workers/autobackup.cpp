#include "autobackup.h"

#include "storage/database.h"
#include "workers/backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <optional>

namespace Jiandu::Ui {

namespace {
constexpr int kCheckEveryMs = 60 * 60 * 1000;

// The folder is remembered per user too: a damaged database cannot tell where its backups
// went (start-up recovery looks there as well as in <db dir>/backups).
void rememberFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("backup/lastFolder"), folder);
}
} // namespace

AutoBackup::AutoBackup(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_task(new BackgroundTask(db, this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::runDailyIfDue);
}

AutoBackup::~AutoBackup() = default;

void AutoBackup::start()
{
    runDailyIfDue();
    m_timer->start();
}

bool AutoBackup::runDailyIfDue()
{
    if (m_db.isReadOnly() || m_task->isRunning())
        return false;
    const Backup::AutoSettings settings = Backup::autoSettings(m_db);
    if (!settings.daily || !Backup::dailyDue(settings.folder, m_db.path(), m_db.clock().now()))
        return false;
    return startBackup(Backup::Kind::Automatic);
}

bool AutoBackup::startBackup(Backup::Kind kind)
{
    if (m_task->isRunning())
        return false;
    const Backup::AutoSettings settings = Backup::autoSettings(m_db);
    rememberFolder(settings.folder);
    Database &db = m_db;
    return m_task->start<Result<Backup::BackupInfo>>(
        [&db, settings, kind] { return Backup::makeBackup(db, settings, kind); },
        [this](const Result<Backup::BackupInfo> &result) { finish(result); });
}

bool AutoBackup::isRunning() const
{
    return m_task->isRunning();
}

void AutoBackup::wait()
{
    while (m_task->isRunning()) {
        m_task->wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

bool AutoBackup::exitEnabled() const
{
    return !m_db.isReadOnly() && Backup::autoSettings(m_db).onExit;
}

Result<Backup::BackupInfo> AutoBackup::backupOnExit(QWidget *parent)
{
    wait(); // a daily backup still running finishes first
    QProgressDialog progress(tr("Backing up the database before closing…"), QString(), 0, 0,
                             parent);
    progress.setObjectName(QStringLiteral("exitBackupProgress"));
    progress.setWindowTitle(tr("Jiandu"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setCancelButton(nullptr);
    const Backup::AutoSettings settings = Backup::autoSettings(m_db);
    rememberFolder(settings.folder);
    auto outcome = std::make_shared<std::optional<Result<Backup::BackupInfo>>>();
    QEventLoop loop;
    Database &db = m_db;
    m_task->start<Result<Backup::BackupInfo>>(
        [&db, settings] { return Backup::makeBackup(db, settings, Backup::Kind::Automatic); },
        [outcome, &loop](const Result<Backup::BackupInfo> &result) {
            *outcome = result;
            loop.quit();
        });
    if (m_task->isRunning())
        loop.exec();
    progress.close();
    if (!*outcome)
        return Error{Error::Code::Io, tr("The backup on exit did not run."), db.path()};
    finish(**outcome);
    return **outcome;
}

void AutoBackup::finish(const Result<Backup::BackupInfo> &result)
{
    if (result)
        Q_EMIT backupMade(result->file);
    else
        Q_EMIT backupFailed(result.error().toString());
}

} // namespace Jiandu::Ui
