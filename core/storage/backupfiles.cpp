#include "backupfiles.h"

#include "auditchain.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Jiandu::Backup::Detail {

Error ioError(const QString &message, const QString &context)
{
    return Error{Error::Code::Io, message, context};
}

Connection::Connection(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_READONLY;
    if (mode == Mode::ReadWrite)
        flags = SQLITE_OPEN_READWRITE;
    else if (mode == Mode::Create)
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    m_ok = rc == SQLITE_OK;
    if (!m_ok)
        m_error = Sqlite::message(m_db);
    else
        sqlite3_busy_timeout(m_db, 5000);
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

VoidResult Connection::close()
{
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK) {
        const QString message = Sqlite::message(m_db);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return ioError(message, {});
    }
    m_db = nullptr;
    return {};
}

Result<Snapshot> snapshot(sqlite3 *db)
{
    Snapshot s;
    s.applicationId = Sqlite::scalar(db, "PRAGMA application_id");
    s.schemaVersion = int(Sqlite::scalar(db, "PRAGMA user_version"));
    // Ordinary tables only: virtual tables' shadow tables follow their content tables.
    Sqlite::Statement tables(db, "SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                 "AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!tables.ok())
        return Error{Error::Code::Sql, Sqlite::message(db), {}};
    while (tables.step() == SQLITE_ROW) {
        const QString name = tables.string(0);
        QByteArray sql = "SELECT count(*) FROM \"";
        sql += name.toUtf8().replace('"', "\"\"");
        sql += '"';
        const qint64 n = Sqlite::scalar(db, sql.constData());
        if (n < 0)
            return Error{Error::Code::Sql, Sqlite::message(db), name};
        s.rowCounts.insert(name, n);
    }
    s.auditRecords = s.rowCounts.value(QStringLiteral("audit_log"));
    auto head = AuditChain::head(db);
    if (!head)
        return head.error();
    s.auditHead = head.value();
    return s;
}

QStringList integrityProblems(sqlite3 *db)
{
    QStringList problems;
    Sqlite::Statement s(db, "PRAGMA integrity_check");
    if (!s.ok())
        return {Sqlite::message(db)};
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        const QString line = s.string(0);
        if (line != u"ok")
            problems << line;
    }
    if (rc != SQLITE_DONE)
        problems << Sqlite::message(db);
    return problems;
}

VoidResult copy(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return ioError(Sqlite::message(to), {});
    int rc = SQLITE_OK;
    int waited = 0;
    do {
        rc = sqlite3_backup_step(b, 4096);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < 10000) {
            sqlite3_sleep(50);
            waited += 50;
        }
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < 10000));
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return ioError(QString::fromUtf8(sqlite3_errstr(rc)) + QStringLiteral(": ") +
                           Sqlite::message(to),
                       {});
    return {};
}

Result<QString> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ioError(f.errorString(), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return ioError(f.errorString(), path);
    return QString::fromLatin1(hash.result().toHex());
}

VoidResult syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return ioError(f.errorString(), path);
#ifdef Q_OS_WIN
    const bool ok = _commit(f.handle()) == 0;
#else
    const bool ok = ::fsync(f.handle()) == 0;
#endif
    if (!ok)
        return ioError(QCoreApplication::translate("Backup", "The file could not be flushed to disk."),
                       path);
    return {};
}

void syncFolder(const QString &dir)
{
#ifndef Q_OS_WIN
    // A rename is durable once the folder is flushed; best effort.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

VoidResult replace(const QString &source, const QString &target)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(source).toStdString(),
                            QFile::encodeName(target).toStdString(), ec);
    if (ec)
        return ioError(QString::fromLocal8Bit(ec.message().c_str()), target);
    return {};
}

void removeTemporary(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

QString manifestPath(const QString &file)
{
    return file + QStringLiteral(".manifest.json");
}

Result<QJsonObject> readManifest(const QString &file)
{
    QFile f(manifestPath(file));
    if (!f.exists())
        return QJsonObject();
    if (!f.open(QIODevice::ReadOnly))
        return ioError(f.errorString(), f.fileName());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Error::Code::Corrupt,
                     QCoreApplication::translate("Backup", "The backup's manifest cannot be read: %1")
                         .arg(error.errorString()),
                     f.fileName()};
    return doc.object();
}

} // namespace Jiandu::Backup::Detail
