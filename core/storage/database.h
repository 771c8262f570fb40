#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Jiandu::Security {
struct Session;
}

namespace Jiandu {

// Owns the connection to one Jiandu database file: opens it, checks it, sets the
// pragmas, and brings its schema up to date with numbered migrations, backing the file
// up (and verifying the backup) before the first migration touches existing data.
//
// SQLite-specific work (pragmas, quick_check, VACUUM INTO, sqlite3_complete) stays in this
// class so that a later PostgreSQL backend replaces it, not the repositories.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr qint32 kApplicationId = 0x4A44544C; // "JDTL"

    // When the file's integrity is checked (PRAGMA quick_check) on open.
    enum class IntegrityCheck
    {
        Always, // every open (the GUI's start)
        Auto,   // small files, unclean shutdowns (a -wal file left behind) and files about
                // to be migrated: quick_check reads the whole file (≈ 0.7 s for 500 MB), too
                // slow for every scripted command on a large city's database
    };

    struct Options
    {
        IntegrityCheck integrityCheck = IntegrityCheck::Always;
        bool create = false;          // create the file when missing (init, demo, GUI first start)
        bool readOnly = false;        // open without migrating (a newer file can still be read)
        QString backupDir;            // where pre-migration backups go; default: <db dir>/backups
        QString actor;                // who is recorded in the audit trail; default: the OS user
        const Clock *clock = nullptr; // audit timestamps; default: the system clock
        QString migrationsDir;        // tests only: NNNN_*.sql files instead of the built-in ones
    };

    ~Database();

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }

    // The default database file, in the user's application-data folder.
    static QString defaultPath();
    // The schema version this build writes.
    static int currentSchemaVersion();
    static int latestVersionIn(const QString &migrationsDir);
    // The OS user name, recorded as the actor until accounts exist.
    static QString osUser();

    // The connection for the calling thread (one named connection per thread).
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // Who is logged in (accounts mode, migration 0008); nullptr in single-user mode. Core
    // refuses, at the audit writer, every change the session's role or agency does not
    // allow. Setting a session makes its username the actor; clearing it restores osUser().
    [[nodiscard]] std::shared_ptr<const Security::Session> session() const;
    void setSession(std::shared_ptr<const Security::Session> session);
    [[nodiscard]] const Clock &clock() const { return *m_clock; }
    [[nodiscard]] QString backupDir() const { return m_backupDir; }
    // The backup made before the migrations of this open, if any.
    [[nodiscard]] QString migrationBackup() const { return m_migrationBackup; }

    // A consistent copy of the database, verified (quick_check, application id, version)
    // before it is returned. Fails without leaving a partial file at `target`.
    Result<QString> backupTo(const QString &target) const;
    // The newest file in the backup folder, or empty.
    static QString newestBackup(const QString &backupDir);

    // Runs a script of several statements (migrations). Statement boundaries follow
    // sqlite3_complete(), so triggers with BEGIN … END work.
    VoidResult execScript(const QString &sql, const QString &context) const;

    // Transaction bookkeeping of the calling thread's connection, used by Transaction
    // (nesting becomes savepoints).
    int &transactionDepth();
    [[nodiscard]] int transactionDepth() const;

    // The last audit record of the calling thread's open write transaction (AuditChain
    // appends after it without asking the file). Transaction forgets it when it ends or
    // rolls back to a savepoint, since another writer may append afterwards.
    struct AuditHead
    {
        qint64 id = 0;
        QByteArray hash;
    };
    [[nodiscard]] std::optional<AuditHead> auditHead() const;
    void setAuditHead(const AuditHead &head);
    void forgetAuditHead();

private:
    Database() = default;
    VoidResult checkIntegrity(const QString &label) const;
    bool needsIntegrityCheck(const Options &options) const;
    VoidResult applyPragmas(QSqlDatabase &db) const;
    VoidResult migrate();

    QString m_path;
    QString m_connectionName;
    QString m_backupDir;
    QString m_migrationBackup;
    QString m_migrationsDir;
    QString m_actor;
    const Clock *m_clock = nullptr;
    int m_schemaVersion = 0;
    mutable QHash<Qt::HANDLE, int> m_transactionDepth; // per thread, guarded by m_mutex
    QHash<Qt::HANDLE, AuditHead> m_auditHeads;          // per thread, guarded by m_mutex
    std::shared_ptr<const Security::Session> m_session; // guarded by m_mutex
    mutable QMutex m_mutex;
    bool m_readOnly = false;
    bool m_walLeftOver = false;
};

// Helper for repositories: an Error from a failed query, naming what was attempted.
Error sqlError(const class QSqlQuery &query, const QString &context);
Error sqlError(const QSqlDatabase &db, const QString &context);

} // namespace Jiandu
