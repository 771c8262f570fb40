#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Jiandu {

// Who has a database file open in the desktop application: a lock beside the file
// (`<db>.lock`, a QLockFile: pid, host and application name) and, beside it, who took it and
// when (`<db>.lock.json`: OS user, host, pid, since, UTC). A second instance, on this PC or
// another one through a shared folder, reads it to tell the user who holds the file. A lock
// left by a process that died on this host is stale and taken over; a lock from another host
// is never judged by its age (that PC may be running for days).
//
// SQLite's own locking keeps concurrent writes safe; this lock only stops two people from
// editing the same office file unaware of each other. The CLI does not take it.
class DatabaseLock final
{
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    struct Holder
    {
        QString user;    // OS user
        QString host;    // host name
        qint64 pid = 0;
        QDateTime since; // UTC
        QString app;     // application name as QLockFile records it

        // "Opened by 张三 on PC-01 since 2026-12-04 09:12." (local time, translated)
        [[nodiscard]] QString describe() const;
    };

    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock(); // releases the lock

    // Takes the lock (taking over a stale one). On failure an Error with the holder's
    // description (Code::Conflict) or why the lock file could not be written (Code::Io).
    VoidResult tryLock(const QDateTime &now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] bool isLocked() const;
    void unlock();

    // Who holds the lock of `databasePath` now; nullopt when nobody does (no lock file, or a
    // stale one). `ignoreOwnProcess`: this process's own lock counts as nobody.
    static std::optional<Holder> holder(const QString &databasePath, bool ignoreOwnProcess = true);

    static QString lockPath(const QString &databasePath);
    static QString infoPath(const QString &databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Jiandu
