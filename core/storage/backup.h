#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Jiandu {

class Database;

// Online backups and restores of a Jiandu database file. SQLite's online backup API copies
// a consistent snapshot while others keep working; every copy is checked before it takes
// its final name, and a restore keeps the file it replaces.
namespace Backup {

// What a backup holds; also its manifest (`<file>.manifest.json`).
struct BackupInfo
{
    QString file;                  // absolute path of the backup
    QString manifest;              // absolute path of its manifest (empty if it has none)
    QDateTime createdAt;           // UTC
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts; // table → rows
    qint64 auditRecords = 0;
    QString auditHead;             // hash of the last audit record (empty: none, or no chain)
    QString sha256;                // of the file, hex
    qint64 bytes = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

struct RestoreInfo
{
    QString database;  // the file restored into
    BackupInfo backup; // what was restored
    QString keptAside; // the file it replaced, kept as <db>.before-restore-<time>.sqlite
};

struct RestoreOptions
{
    QString actor;                // recorded in the audit trail; default: the OS user
    const Clock *clock = nullptr; // default: the system clock
};

// A consistent copy of `db` at `path`: copied with the online backup API to a temporary file
// beside it, flushed to disk, checked (integrity_check, application id, schema version, the
// row count of every table and the audit head equal to the source's at the moment of the
// copy), then renamed into place with its manifest. On any failure an existing file at
// `path` is left as it was and no temporary file remains. Recorded in db's audit trail.
// Not inside a Transaction of the calling thread.
Result<BackupInfo> backupTo(Database &db, const QString &path);

// Checks a backup file without changing it: a Jiandu database (application id), not newer
// than this build, integrity_check, an unbroken audit chain, and its manifest (when there is
// one) matching the file. Returns what it holds.
Result<BackupInfo> verifyFile(const QString &path);

// Replaces the database at `to` with the backup `from`, after verifyFile(from). The current
// file (when there is one) is first copied aside as `<to>.before-restore-<time>.sqlite`; it is
// never deleted. The restored file is then opened (and upgraded if it is older) and the
// restore is recorded in its audit trail. Nothing else may be writing to `to` meanwhile.
Result<RestoreInfo> restore(const QString &from, const QString &to,
                            const RestoreOptions &options = {});

} // namespace Backup

} // namespace Jiandu
