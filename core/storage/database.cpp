#include "database.h"

#include "databaseguards.h"
#include "migrationhooks.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <map>

inline void initJianduCoreResources()
{
    Q_INIT_RESOURCE(jiandu_core_resources);
}

namespace Jiandu {

namespace {

// Migrations are compiled in as :/migrations/NNNN_name.sql.
const QString kBuiltInMigrations = QStringLiteral(":/migrations");

std::map<int, QString> migrationFiles(const QString &dir)
{
    initJianduCoreResources();
    std::map<int, QString> out;
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})_.*\.sql$)"));
    QDirIterator it(dir, {QStringLiteral("*.sql")}, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const auto m = re.match(it.fileName());
        if (m.hasMatch())
            out.emplace(m.captured(1).toInt(), it.filePath());
    }
    return out;
}

qint64 pragmaInt(QSqlDatabase &db, const char *pragma)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) && q.next()) {
        const qint64 v = q.value(0).toLongLong();
        q.finish();
        return v;
    }
    return -1;
}

QString threadConnectionName(const QString &base)
{
    return base + QLatin1Char('@') +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

} // namespace

Error sqlError(const QSqlQuery &query, const QString &context)
{
    return Error{Error::Code::Sql, query.lastError().text(), context};
}

Error sqlError(const QSqlDatabase &db, const QString &context)
{
    return Error{Error::Code::Sql, db.lastError().text(), context};
}

Database::~Database()
{
    DatabaseGuards::Internal::detach(this);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionName + QLatin1Char('@'))) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

int &Database::transactionDepth()
{
    QMutexLocker lock(&m_mutex);
    return m_transactionDepth[QThread::currentThreadId()];
}

int Database::transactionDepth() const
{
    QMutexLocker lock(&m_mutex);
    return m_transactionDepth.value(QThread::currentThreadId());
}

std::optional<Database::AuditHead> Database::auditHead() const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_auditHeads.constFind(QThread::currentThreadId());
    return it == m_auditHeads.constEnd() ? std::nullopt : std::optional<AuditHead>(*it);
}

void Database::setAuditHead(const AuditHead &head)
{
    QMutexLocker lock(&m_mutex);
    m_auditHeads.insert(QThread::currentThreadId(), head);
}

void Database::forgetAuditHead()
{
    QMutexLocker lock(&m_mutex);
    m_auditHeads.remove(QThread::currentThreadId());
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("jiandu.sqlite"));
}

int Database::currentSchemaVersion()
{
    return latestVersionIn(kBuiltInMigrations);
}

int Database::latestVersionIn(const QString &migrationsDir)
{
    const auto files = migrationFiles(migrationsDir);
    return files.empty() ? 0 : files.rbegin()->first;
}

QString Database::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists() && !options.create)
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate(
                         "Database",
                         "The database file does not exist. Create it with 'jiandu-cli init' or "
                         "choose another file."),
                     path};
    // An empty file is no database: only `create` (init, the GUI's first start) makes one.
    if (!existed && info.exists() && (options.readOnly || !options.create))
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("Database", "The database file is empty."), path};
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Error{
            Error::Code::Io,
            QCoreApplication::translate("Database", "Cannot create the folder for the database."),
            info.absolutePath()};

    std::unique_ptr<Database> self(new Database);
    self->m_path = info.absoluteFilePath();
    self->m_connectionName = QStringLiteral("jiandu-") + QUuid::createUuid().toString(QUuid::Id128);
    self->m_readOnly = options.readOnly;
    self->m_actor = options.actor.isEmpty() ? osUser() : options.actor;
    self->m_clock = options.clock ? options.clock : &Clock::system();
    self->m_migrationsDir =
        options.migrationsDir.isEmpty() ? kBuiltInMigrations : options.migrationsDir;
    self->m_backupDir = options.backupDir.isEmpty()
                            ? QDir(info.absolutePath()).filePath(QStringLiteral("backups"))
                            : options.backupDir;

    auto guards = DatabaseGuards::Internal::check(self->m_path, options.readOnly);
    if (!guards)
        return Error{guards.error().code, guards.error().message, path};
    const bool networkShare = guards->networkShare;
    DatabaseGuards::Internal::attach(self.get(), std::move(guards.value()));

    // Looked at before our own connection can create one: a -wal file left behind means the
    // last session did not close cleanly (or another process has the file open).
    self->m_walLeftOver = QFileInfo::exists(self->m_path + QStringLiteral("-wal"));
    QSqlDatabase db = self->connection();
    if (!db.isOpen())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Database", "Cannot open the database: %1")
                         .arg(db.lastError().text()),
                     path};

    if (existed) {
        if (self->needsIntegrityCheck(options)) {
            if (auto r = self->checkIntegrity(path); !r)
                return r.error();
        }
        const qint64 appId = pragmaInt(db, "application_id");
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const bool hasTables = q.next() && q.value(0).toInt() > 0;
        q.finish();
        if (appId != kApplicationId && (appId != 0 || hasTables))
            return Error{Error::Code::Invalid,
                         QCoreApplication::translate(
                             "Database",
                             "This file is not a Jiandu database (it belongs to another program)."),
                         path};
    }

    self->m_schemaVersion = int(pragmaInt(db, "user_version"));
    const int known = latestVersionIn(self->m_migrationsDir);
    if (self->m_schemaVersion > known && !options.readOnly)
        return Error{Error::Code::TooNew,
                     QCoreApplication::translate(
                         "Database",
                         "This database was written by a newer version of Jiandu (schema %1; this "
                         "version knows schema %2). Update Jiandu to work with it; the file has "
                         "not been changed.")
                         .arg(self->m_schemaVersion)
                         .arg(known),
                     path};

    if (!options.readOnly) {
        // Only now, with the file checked, may it be changed: WAL is persistent in the file.
        // On a network share: a rollback journal (WAL needs memory shared between the
        // processes, which network file systems do not give).
        QSqlQuery wal(db);
        if (!wal.exec(networkShare ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                           : QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(wal, path);
        wal.finish();
        if (auto r = self->migrate(); !r)
            return r.error();
    }
    DatabaseGuards::Internal::finishOpen(self.get(), self->m_path);
    return self;
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName(m_connectionName);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (m_readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
#ifdef Q_OS_UNIX
    else if (DatabaseGuards::Internal::networkShare(this)) {
        // unix-excl: this process's connections share the file, every other process is kept
        // out until the last one closes (PRAGMA locking_mode = EXCLUSIVE would also lock out
        // the worker threads' own connections).
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?vfs=unix-excl"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    }
#endif
    if (db.open()) {
        if (auto r = applyPragmas(db); !r) {
            // Without foreign keys and the busy timeout the connection is not safe to use.
            qWarning("jiandu: %s", qPrintable(r.error().toString()));
            db.close();
        }
    }
    return db;
}

VoidResult Database::applyPragmas(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const QString &p : pragmas)
        if (!q.exec(p))
            return sqlError(q, p);
    if (!m_readOnly)
        q.exec(DatabaseGuards::Internal::networkShare(this)
                   ? QStringLiteral("PRAGMA synchronous = FULL")
                   : QStringLiteral("PRAGMA synchronous = NORMAL"));
    return {};
}

bool Database::needsIntegrityCheck(const Options &options) const
{
    if (options.integrityCheck == IntegrityCheck::Always)
        return true;
    constexpr qint64 kSmallFile = 128LL * 1024 * 1024;
    if (QFileInfo(m_path).size() < kSmallFile || m_walLeftOver)
        return true;
    QSqlDatabase db = connection();
    return pragmaInt(db, "user_version") < latestVersionIn(m_migrationsDir);
}

VoidResult Database::checkIntegrity(const QString &label) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    QStringList problems;
    // Small files get the full check: quick_check skips whether every index matches its
    // table, a damage that would otherwise open unnoticed (tests/core/tst_hostilefiles.cpp).
    constexpr qint64 kFullCheckBelow = 16LL * 1024 * 1024;
    const bool full = QFileInfo(m_path).size() < kFullCheckBelow;
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check")
                     : QStringLiteral("PRAGMA quick_check"))) {
        problems << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
    }
    if (problems.isEmpty())
        return {};
    const QString backup = newestBackup(m_backupDir);
    QString message =
        QCoreApplication::translate(
            "Database", "The database failed its integrity check and has been left untouched "
                        "(%1).")
            .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
    message +=
        QLatin1Char(' ') +
        (backup.isEmpty() ? QCoreApplication::translate("Database", "No backup was found in %1.")
                                .arg(m_backupDir)
                          : QCoreApplication::translate("Database", "The most recent backup is %1.")
                                .arg(backup));
    return Error{Error::Code::Corrupt, message, label};
}

VoidResult Database::execScript(const QString &sql, const QString &context) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    QString statement;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        statement += line + QLatin1Char('\n');
        const QByteArray utf8 = statement.toUtf8();
        if (!sqlite3_complete(utf8.constData()))
            continue;
        const QString s = statement.trimmed();
        statement.clear();
        // A chunk that is only comments is "complete" too; skip it.
        QString code = s;
        code.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
        if (code.trimmed().isEmpty() || code.trimmed() == u";")
            continue;
        if (!q.exec(s))
            return sqlError(q, context + QStringLiteral(": ") + s.left(80));
    }
    if (!statement.trimmed().isEmpty())
        return Error{
            Error::Code::Sql,
            QCoreApplication::translate("Database", "The script ends in an incomplete statement."),
            context};
    return {};
}

VoidResult Database::migrate()
{
    const int target = latestVersionIn(m_migrationsDir);
    if (m_schemaVersion >= target)
        return {};

    // Back up existing data before any migration touches it.
    if (m_schemaVersion > 0) {
        QDir().mkpath(m_backupDir);
        const QString stamp = m_clock->now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString file = QDir(m_backupDir)
                                 .filePath(QFileInfo(m_path).completeBaseName() +
                                           QStringLiteral("-v%1-before-migration-%2.sqlite")
                                               .arg(m_schemaVersion)
                                               .arg(stamp));
        auto backup = backupTo(file);
        if (!backup)
            return Error{Error::Code::Io,
                         QCoreApplication::translate(
                             "Database",
                             "The database was not upgraded because the backup before the upgrade "
                             "failed: %1")
                             .arg(backup.error().toString()),
                         m_path};
        m_migrationBackup = backup.value();
    }

    QSqlDatabase db = connection();
    QSqlQuery q(db);
    for (const auto &[version, file] : migrationFiles(m_migrationsDir)) {
        if (version <= m_schemaVersion)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io,
                         QCoreApplication::translate("Database", "Cannot read migration."), file};
        const QString sql = QString::fromUtf8(f.readAll());
        const QString context =
            QCoreApplication::translate("Database", "Migration to schema %1").arg(version);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(q, context);
        auto r = execScript(sql, context);
        if (r)
            r = afterMigration(*this, version);
        if (r && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            r = sqlError(q, context);
        if (r && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            r = sqlError(q, context);
        if (r && !q.exec(QStringLiteral("COMMIT")))
            r = sqlError(q, context);
        if (!r) {
            q.exec(QStringLiteral("ROLLBACK"));
            return r.error();
        }
        m_schemaVersion = version;
    }
    return {};
}

Result<QString> Database::backupTo(const QString &target) const
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Database", "Cannot create the backup folder."),
                     info.absolutePath()};
    const QString tmp = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(tmp);

    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tmp);
    if (!q.exec()) {
        QFile::remove(tmp);
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Database", "The backup could not be written: %1")
                         .arg(q.lastError().text()),
                     target};
    }

    // Verify the copy before it takes the final name.
    QString problem;
    {
        const QString name =
            QStringLiteral("jiandu-verify-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            copy.setDatabaseName(tmp);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!copy.open()) {
                problem = copy.lastError().text();
            } else {
                QSqlQuery v(copy);
                if (!v.exec(QStringLiteral("PRAGMA quick_check")) || !v.next() ||
                    v.value(0).toString() != u"ok")
                    problem = QCoreApplication::translate("Database",
                                                          "the copy failed its integrity check");
                else if (pragmaInt(copy, "user_version") != m_schemaVersion)
                    problem = QCoreApplication::translate(
                        "Database", "the copy has a different schema version");
                else if (m_schemaVersion > 0 && pragmaInt(copy, "application_id") != kApplicationId)
                    problem = QCoreApplication::translate(
                        "Database", "the copy has a different application id");
            }
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!problem.isEmpty()) {
        QFile::remove(tmp);
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Database", "The backup could not be verified: %1")
                         .arg(problem),
                     target};
    }
    QFile::remove(info.absoluteFilePath());
    if (!QFile::rename(tmp, info.absoluteFilePath())) {
        QFile::remove(tmp);
        return Error{
            Error::Code::Io,
            QCoreApplication::translate("Database", "The backup could not be renamed into place."),
            target};
    }
    return info.absoluteFilePath();
}

QString Database::newestBackup(const QString &backupDir)
{
    const QFileInfoList files =
        QDir(backupDir).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

} // namespace Jiandu
