// Backup::restore: verify the backup, keep the current file aside, copy the backup in, and
// record the restore in the restored database's audit trail.

#include "audittrail.h"
#include "backup.h"
#include "backupfiles.h"
#include "database.h"
#include "sqlitehandle.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Jiandu::Backup {

using namespace Detail;

namespace {

QString asidePath(const QString &to, const Clock &clock)
{
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = to + QStringLiteral(".before-restore-") + stamp + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = to + QStringLiteral(".before-restore-%1-%2.sqlite").arg(stamp).arg(n);
    return path;
}

// A consistent copy of the current database (with what its WAL holds) through the online
// backup API; false when the file cannot be read as a database.
bool copyAsideConsistent(const QString &to, const QString &aside)
{
    Connection current(to, Connection::Mode::ReadWrite);
    Connection out(aside, Connection::Mode::Create);
    bool ok = current.ok() && out.ok() && copy(current.get(), out.get()).ok() &&
              sqlite3_exec(out.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) ==
                  SQLITE_OK &&
              out.close().ok();
    if (!ok)
        removeTemporary(aside);
    return ok && syncFile(aside).ok();
}

// The bytes of a file that SQLite cannot read (a damaged database), with its WAL.
VoidResult copyAsideBytes(const QString &to, const QString &aside)
{
    for (const char *suffix : {"", "-wal"}) {
        const QString from = to + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::copy(from, aside + QLatin1String(suffix)))
            return ioError(QCoreApplication::translate(
                               "Backup",
                               "The current database could not be kept aside; nothing was "
                               "restored."),
                           aside);
        if (auto r = syncFile(aside + QLatin1String(suffix)); !r)
            return r;
    }
    return {};
}

// The backup written over the current file in place: one write transaction, which other
// connections see whole or not at all.
VoidResult copyIn(const QString &from, const QString &to)
{
    Connection source(from, Connection::Mode::ReadOnly);
    Connection dest(to, Connection::Mode::Create);
    if (!source.ok())
        return ioError(source.error(), from);
    if (!dest.ok())
        return ioError(dest.error(), to);
    if (auto r = copy(source.get(), dest.get()); !r)
        return ioError(r.error().message, to);
    return dest.close();
}

// When the current file is not a readable database: a fresh copy beside it replaces it
// (its bytes and WAL are already kept aside).
VoidResult replaceWhole(const QString &from, const QString &to)
{
    const QString tmp = to + QStringLiteral(".restore.part");
    removeTemporary(tmp);
    VoidResult r = copyIn(from, tmp);
    if (r)
        r = syncFile(tmp);
    if (r) {
        QFile::remove(to + QStringLiteral("-wal")); // kept aside with the file
        QFile::remove(to + QStringLiteral("-shm")); // an index of that WAL, no data
        r = replace(tmp, to);
    }
    removeTemporary(tmp);
    syncFolder(QFileInfo(to).absolutePath());
    return r;
}

VoidResult recordRestore(const QString &to, const RestoreInfo &info, const RestoreOptions &options)
{
    Database::Options open;
    open.actor = options.actor;
    open.clock = options.clock;
    auto db = Database::open(to, open);
    if (!db)
        return db.error();
    Transaction tx(*db.value());
    if (!tx.isActive())
        return tx.beginError();
    QJsonObject after{{QStringLiteral("from"), info.backup.file},
                      {QStringLiteral("sha256"), info.backup.sha256},
                      {QStringLiteral("schema_version"), info.backup.schemaVersion},
                      {QStringLiteral("audit_head"), info.backup.auditHead},
                      {QStringLiteral("kept_aside"), info.keptAside}};
    if (auto r = AuditTrail(*db.value())
                     .record(QStringLiteral("database"), info.backup.file,
                             AuditEntry::Action::Restore, {}, after);
        !r)
        return r;
    return tx.commit();
}
} // namespace

Result<RestoreInfo> restore(const QString &fromPath, const QString &toPath,
                            const RestoreOptions &options)
{
    const QString from = QFileInfo(fromPath).absoluteFilePath();
    const QString to = QFileInfo(toPath).absoluteFilePath();
    if (from == to)
        return Error{
            Error::Code::Usage,
            QCoreApplication::translate("Backup", "A database cannot be restored from itself."),
            to};
    auto checked = verifyFile(from);
    if (!checked)
        return Error{checked.error().code,
                     QCoreApplication::translate(
                         "Backup", "The backup was not restored; nothing was changed. %1")
                         .arg(checked.error().message),
                     from};

    RestoreInfo info;
    info.database = to;
    info.backup = checked.value();
    bool currentReadable = true;
    if (QFileInfo(to).exists() && QFileInfo(to).size() > 0) {
        info.keptAside = asidePath(to, options.clock ? *options.clock : Clock::system());
        currentReadable = copyAsideConsistent(to, info.keptAside);
        if (!currentReadable) {
            if (auto r = copyAsideBytes(to, info.keptAside); !r)
                return r.error();
        }
    } else if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
        return ioError(
            QCoreApplication::translate("Backup", "Cannot create the folder for the database."),
            QFileInfo(to).absolutePath());
    }

    VoidResult copied = currentReadable ? copyIn(from, to) : replaceWhole(from, to);
    if (!copied)
        return ioError(
            QCoreApplication::translate(
                "Backup", "The backup could not be restored; the database is unchanged%1: %2")
                .arg(info.keptAside.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("Backup", " (a copy of it was kept as %1)")
                               .arg(info.keptAside),
                     copied.error().message),
            to);
    if (auto r = recordRestore(to, info, options); !r)
        return Error{r.error().code,
                     QCoreApplication::translate(
                         "Backup",
                         "The backup was restored into %1 but the restore could not be recorded "
                         "in its audit trail: %2")
                         .arg(to, r.error().message),
                     to};
    return info;
}

} // namespace Jiandu::Backup
