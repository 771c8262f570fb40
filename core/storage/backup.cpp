// Backup::backupTo and Backup::verifyFile. Restore is in restore.cpp, the SQLite and file
// steps they share in backupfiles.cpp.

#include "backup.h"

#include "auditchain.h"
#include "audittrail.h"
#include "backupfiles.h"
#include "database.h"
#include "sqlitehandle.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUuid>

namespace Jiandu::Backup {

using namespace Detail;

namespace {

// The source's state and the copy, taken in one read transaction of the source connection:
// the counts and the audit head are those of the snapshot the online backup copies, however
// much others write meanwhile (WAL lets them).
Result<Snapshot> copySnapshot(Database &db, const QString &tmp)
{
    sqlite3 *src = Sqlite::handle(db.connection());
    if (!src)
        return ioError(
            QCoreApplication::translate("Backup", "The database connection is not a SQLite one."),
            db.path());
    Connection dest(tmp, Connection::Mode::Create);
    if (!dest.ok())
        return ioError(
            QCoreApplication::translate(
                "Backup", "The backup file cannot be created (is the folder writable?): %1")
                .arg(dest.error()),
            QFileInfo(tmp).absolutePath());
    if (sqlite3_exec(src, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{Error::Code::Sql, Sqlite::message(src), db.path()};
    auto state = snapshot(src);
    VoidResult copied = state ? copy(src, dest.get()) : VoidResult(state.error());
    sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr); // ends the read transaction
    if (!copied)
        return ioError(QCoreApplication::translate("Backup", "The backup could not be written: %1")
                           .arg(copied.error().message),
                       tmp);
    // A backup is one self-contained file, not a WAL database with its side files.
    if (sqlite3_exec(dest.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return ioError(QCoreApplication::translate("Backup", "The backup could not be written: %1")
                           .arg(Sqlite::message(dest.get())),
                       tmp);
    if (auto r = dest.close(); !r)
        return ioError(QCoreApplication::translate("Backup", "The backup could not be written: %1")
                           .arg(r.error().message),
                       tmp);
    return state;
}

// The copy, read back from disk, must hold what the source held.
QString checkCopy(const QString &tmp, const Snapshot &source)
{
    Connection check(tmp, Connection::Mode::ReadOnly);
    if (!check.ok())
        return check.error();
    if (const QStringList problems = integrityProblems(check.get()); !problems.isEmpty())
        return QCoreApplication::translate("Backup", "the copy failed its integrity check (%1)")
            .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
    auto copy = snapshot(check.get());
    if (!copy)
        return copy.error().message;
    if (copy->applicationId != source.applicationId)
        return QCoreApplication::translate("Backup", "the copy has a different application id");
    if (copy->schemaVersion != source.schemaVersion)
        return QCoreApplication::translate("Backup", "the copy has a different schema version");
    for (auto it = source.rowCounts.cbegin(); it != source.rowCounts.cend(); ++it)
        if (copy->rowCounts.value(it.key(), -1) != it.value())
            return QCoreApplication::translate("Backup", "the copy has %1 rows in %2 instead of %3")
                .arg(copy->rowCounts.value(it.key(), -1))
                .arg(it.key())
                .arg(it.value());
    if (copy->auditHead != source.auditHead)
        return QCoreApplication::translate(
            "Backup", "the copy's audit trail ends elsewhere than the database's");
    return {};
}

VoidResult writeManifest(const QString &path, const BackupInfo &info)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(info.toJson()).toJson()) < 0 || !f.flush())
        return ioError(
            QCoreApplication::translate("Backup", "The backup's manifest could not be written: %1")
                .arg(f.errorString()),
            path);
    f.close();
    return syncFile(path);
}

VoidResult recordBackup(Database &db, const BackupInfo &info)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QJsonObject after{{QStringLiteral("file"), info.file},
                      {QStringLiteral("sha256"), info.sha256},
                      {QStringLiteral("bytes"), info.bytes},
                      {QStringLiteral("schema_version"), info.schemaVersion},
                      {QStringLiteral("audit_head"), info.auditHead}};
    if (auto r = AuditTrail(db).record(QStringLiteral("database"), info.file,
                                       AuditEntry::Action::Backup, {}, after);
        !r)
        return r;
    return tx.commit();
}
} // namespace

QJsonObject BackupInfo::toJson() const
{
    QJsonObject counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("jiandu-backup-1")},
        {QStringLiteral("file"), QFileInfo(file).fileName()},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("row_counts"), counts},
        {QStringLiteral("audit_records"), auditRecords},
        {QStringLiteral("audit_head"), auditHead},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("bytes"), bytes},
    };
}

Result<BackupInfo> backupTo(Database &db, const QString &path)
{
    const QFileInfo target(path);
    const QString file = target.absoluteFilePath();
    if (db.transactionDepth() > 0)
        return Error{
            Error::Code::Usage,
            QCoreApplication::translate("Backup", "A backup cannot be made inside a transaction."),
            file};
    if (file == QFileInfo(db.path()).absoluteFilePath())
        return Error{
            Error::Code::Usage,
            QCoreApplication::translate("Backup", "A database cannot be backed up onto itself."),
            file};
    if (!QDir().mkpath(target.absolutePath()))
        return ioError(QCoreApplication::translate("Backup", "Cannot create the backup folder."),
                       target.absolutePath());

    const QString tmp = file + QLatin1Char('.') +
                        QUuid::createUuid().toString(QUuid::Id128).left(8) +
                        QStringLiteral(".part");
    const QString tmpManifest = manifestPath(tmp);
    auto cleanup = qScopeGuard([&] {
        removeTemporary(tmp);
        QFile::remove(tmpManifest);
    });
    const auto fail = [&](const QString &problem) {
        return ioError(QCoreApplication::translate(
                           "Backup", "The backup was not made; any earlier backup at this place is "
                                     "unchanged: %1")
                           .arg(problem),
                       file);
    };

    const QDateTime createdAt = db.clock().now().toUTC();
    auto source = copySnapshot(db, tmp);
    if (!source)
        return fail(source.error().message);
    if (auto r = syncFile(tmp); !r)
        return fail(r.error().message);
    if (const QString problem = checkCopy(tmp, *source); !problem.isEmpty())
        return fail(problem);
    auto sha = sha256Of(tmp);
    if (!sha)
        return fail(sha.error().message);

    BackupInfo info;
    info.file = file;
    info.manifest = manifestPath(file);
    info.createdAt = createdAt;
    info.schemaVersion = source->schemaVersion;
    info.rowCounts = source->rowCounts;
    info.auditRecords = source->auditRecords;
    info.auditHead = source->auditHead;
    info.sha256 = sha.value();
    info.bytes = QFileInfo(tmp).size();
    if (auto r = writeManifest(tmpManifest, info); !r)
        return fail(r.error().message);
    // The file first: a manifest never describes a file that is not there.
    if (auto r = replace(tmp, file); !r)
        return fail(r.error().message);
    if (auto r = replace(tmpManifest, info.manifest); !r)
        return fail(r.error().message);
    syncFolder(target.absolutePath());
    cleanup.dismiss();

    if (db.isReadOnly()) // a file opened only to read (e.g. a newer one) records nothing
        return info;
    if (auto r = recordBackup(db, info); !r)
        return Error{r.error().code,
                     QCoreApplication::translate(
                         "Backup",
                         "The backup was written to %1 but could not be recorded in the audit "
                         "trail: %2")
                         .arg(file, r.error().message),
                     db.path()};
    return info;
}

Result<BackupInfo> verifyFile(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(file).isFile())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("Backup", "The backup file does not exist."),
                     file};
    const auto refuse = [&](Error::Code code, const QString &problem) {
        return Error{code, problem, file};
    };
    Connection c(file, Connection::Mode::ReadOnly);
    if (!c.ok())
        return refuse(Error::Code::Io,
                      QCoreApplication::translate("Backup", "The backup cannot be opened: %1")
                          .arg(c.error()));
    const qint64 appId = Sqlite::scalar(c.get(), "PRAGMA application_id");
    if (appId < 0)
        return refuse(
            Error::Code::Corrupt,
            QCoreApplication::translate("Backup", "The backup is damaged or not a database: %1")
                .arg(Sqlite::message(c.get())));
    if (appId != Database::kApplicationId)
        return refuse(Error::Code::Invalid,
                      QCoreApplication::translate("Backup", "This file is not a Jiandu database."));
    if (const QStringList problems = integrityProblems(c.get()); !problems.isEmpty())
        return refuse(
            Error::Code::Corrupt,
            QCoreApplication::translate("Backup", "The backup failed its integrity check (%1).")
                .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    auto state = snapshot(c.get());
    if (!state)
        return refuse(Error::Code::Corrupt, state.error().message);
    if (state->schemaVersion > Database::currentSchemaVersion())
        return refuse(Error::Code::TooNew,
                      QCoreApplication::translate(
                          "Backup",
                          "The backup was written by a newer version of Jiandu (schema %1; this "
                          "version knows schema %2).")
                          .arg(state->schemaVersion)
                          .arg(Database::currentSchemaVersion()));
    auto chain = AuditChain::verify(c.get());
    if (!chain)
        return refuse(Error::Code::Corrupt, chain.error().message);
    if (!chain->ok() && chain->problem != AuditVerification::Problem::NoChain)
        return refuse(Error::Code::Corrupt, QCoreApplication::translate(
                                                "Backup", "The backup's audit trail is broken: %1")
                                                .arg(chain->message));
    (void)c.close(); // read-only: nothing to flush

    BackupInfo info;
    info.file = file;
    info.schemaVersion = state->schemaVersion;
    info.rowCounts = state->rowCounts;
    info.auditRecords = state->auditRecords;
    info.auditHead = state->auditHead;
    info.bytes = QFileInfo(file).size();
    auto sha = sha256Of(file);
    if (!sha)
        return sha.error();
    info.sha256 = sha.value();
    auto manifest = readManifest(file);
    if (!manifest)
        return manifest.error();
    if (!manifest->isEmpty()) {
        info.manifest = manifestPath(file);
        info.createdAt = QDateTime::fromString(
            manifest->value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        if (manifest->value(QStringLiteral("sha256")).toString() != info.sha256)
            return refuse(Error::Code::Corrupt,
                          QCoreApplication::translate(
                              "Backup",
                              "The backup does not match its manifest: the file was changed after "
                              "the backup was made."));
        if (manifest->value(QStringLiteral("audit_head")).toString() != info.auditHead)
            return refuse(
                Error::Code::Corrupt,
                QCoreApplication::translate(
                    "Backup", "The backup's audit trail does not end where its manifest says."));
    }
    return info;
}

} // namespace Jiandu::Backup
