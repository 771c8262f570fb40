#pragma once

// Automatic backups (on exit and once a day), the backups of a folder, their rotation, and
// the newest good backup a damaged database can be restored from. Every backup is made by
// Backup::backupTo (temporary file, flush, check, rename); a failed one changes nothing.

#include "backup.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Jiandu {

class Database;

namespace Backup {

// The office settings of automatic backups (table `setting`).
struct AutoSettings
{
    QString folder;     // backup.folder; default <database folder>/backups
    int keep = 30;      // backup.keep: automatic backups kept (manual ones are never removed)
    bool onExit = true; // backup.on_exit
    bool daily = true;  // backup.daily

    static QString folderKey();
    static QString keepKey();
    static QString onExitKey();
    static QString dailyKey();
};

AutoSettings autoSettings(Database &db);
// Writes the settings in one audited transaction.
VoidResult saveAutoSettings(Database &db, const AutoSettings &settings);
QString defaultFolder(const QString &databasePath);

enum class Kind
{
    Automatic,    // <name>-auto-<yyyyMMdd-HHmmss>.sqlite: rotated
    Manual,       // made by hand (立即备份, jiandu-cli backup): never removed
    PreMigration, // <name>-vN-before-migration-<time>.sqlite (Database): never removed
};

// A backup file as listed from its folder (nothing is checked: see verifyFile).
struct ListedBackup
{
    QString file;
    Kind kind = Kind::Manual;
    QDateTime createdAt; // from the manifest, else the file's modification time (UTC)
    qint64 bytes = 0;
    bool hasManifest = false;
    QString auditHead;        // from the manifest
    qint64 auditRecords = -1; // from the manifest; -1: unknown
};

// The *.sqlite files of `folder`, newest first.
QList<ListedBackup> listBackups(const QString &folder);

// Where the next backup of `db` goes: <folder>/<name>-auto-<time>.sqlite (or -manual-),
// never an existing file.
QString nextBackupPath(const QString &folder, const QString &databasePath, Kind kind,
                       const QDateTime &now);

// A backup of `db` into the settings' folder. An automatic one then rotates the folder; a
// failed one removes nothing, so the previous good backups stay.
Result<BackupInfo> makeBackup(Database &db, const AutoSettings &settings, Kind kind);

// Removes the automatic backups of the database named `databasePath` beyond the newest
// `keep` that have a manifest (backupTo writes it only after the check passed), with their
// manifests. Manual and pre-migration backups, files of other databases and files without a
// manifest are never removed. Returns the files removed.
QStringList rotate(const QString &folder, const QString &databasePath, int keep);

// Whether the daily backup is due: no automatic backup of this database in `folder` was made
// within the last 24 hours before `now`.
bool dailyDue(const QString &folder, const QString &databasePath, const QDateTime &now);

// The newest backup in `folders` that passes verifyFile, checking the newest first (the first
// one that passes ends the search). `rejected` receives "file: problem" for those that failed.
// NotFound when none passes.
Result<BackupInfo> newestGood(const QStringList &folders, QStringList *rejected = nullptr);

// Start-up recovery of a database that failed its check: the damaged file (with its -wal and
// -shm) is renamed aside, unchanged, to `<db>.damaged-<time>.sqlite` (never deleted), then
// `backup` is restored (verified first) into `databasePath`. On failure the damaged file is
// put back where it was. RestoreInfo::keptAside names the damaged file.
Result<RestoreInfo> recoverFrom(const QString &backup, const QString &databasePath,
                                const RestoreOptions &options = {});

} // namespace Backup

} // namespace Jiandu
