#pragma once

#include "storage/autobackup.h"

#include <QObject>

class QTimer;
class QWidget;

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

class BackgroundTask;

// Automatic backups of the open database (issue 6, part 4): once a day — at start-up when
// the newest automatic backup is more than a day old, then checked every hour — off the GUI
// thread, and on exit behind a small progress dialog. Settings: Backup::autoSettings. Each
// is made by Backup::makeBackup (checked before it takes its name; rotation keeps the newest
// good ones). A failure is announced by backupFailed (the application shows a warning); the
// previous good backups stay.
class AutoBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoBackup)

public:
    explicit AutoBackup(Database &db, QObject *parent = nullptr);
    ~AutoBackup() override;

    // Starts the daily schedule: a backup now if one is due, then a check every hour.
    void start();
    // Starts the daily backup off the GUI thread when it is due and enabled. False when
    // nothing was started.
    bool runDailyIfDue();
    // Starts a backup of `kind` off the GUI thread. False when one is running already.
    bool startBackup(Backup::Kind kind);
    [[nodiscard]] bool isRunning() const;
    // Blocks until a running backup has ended and its signal was emitted (tests, exit).
    void wait();

    // The backup on exit (call only when exitEnabled()): on a worker thread behind a small
    // progress dialog, blocking until it has ended. Emits backupMade or backupFailed too.
    Result<Backup::BackupInfo> backupOnExit(QWidget *parent);
    [[nodiscard]] bool exitEnabled() const;

Q_SIGNALS:
    void backupMade(const QString &file);
    void backupFailed(const QString &message);

private:
    void finish(const Result<Backup::BackupInfo> &result);

    Database &m_db;
    BackgroundTask *m_task;
    QTimer *m_timer;
};

} // namespace Jiandu::Ui
