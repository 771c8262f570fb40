#pragma once

// Internal to core/storage: the SQLite and file-system steps shared by backup and restore.

#include "backup.h"

#include <QStringList>

struct sqlite3;

namespace Jiandu::Backup::Detail {

// A raw connection of our own (the backup's destination, a file being checked).
class Connection final
{
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    Connection(const QString &path, Mode mode);
    ~Connection();
    [[nodiscard]] sqlite3 *get() const { return m_db; }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString error() const { return m_error; }
    VoidResult close(); // reports a failing close (an unflushed write)

private:
    sqlite3 *m_db = nullptr;
    bool m_ok = false;
    QString m_error;
};

// What the checks compare between a database and its copy.
struct Snapshot
{
    qint64 applicationId = 0;
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts;
    qint64 auditRecords = 0;
    QString auditHead;
};
Result<Snapshot> snapshot(sqlite3 *db);

// The lines of PRAGMA integrity_check that are not "ok" (the error itself if it fails).
QStringList integrityProblems(sqlite3 *db);

// Copies the whole of `from` into `to` with the online backup API.
VoidResult copy(sqlite3 *from, sqlite3 *to);

Result<QString> sha256Of(const QString &path);
VoidResult syncFile(const QString &path);
void syncFolder(const QString &dir);
// Atomically replaces `target` by `source` (same folder).
VoidResult replace(const QString &source, const QString &target);
// Removes our temporary files: `path` and its -journal, -wal and -shm.
void removeTemporary(const QString &path);

QString manifestPath(const QString &file);
Result<QJsonObject> readManifest(const QString &file); // an empty object when there is none

Error ioError(const QString &message, const QString &context);

} // namespace Jiandu::Backup::Detail
