#include "databaselock.h"

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace Jiandu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseLock", text);
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    return true;
#endif
}

QString localHost()
{
    return QSysInfo::machineHostName();
}

} // namespace

QString DatabaseLock::Holder::describe() const
{
    const QString when = since.isValid()
                             ? since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QStringLiteral("?");
    const QString where = host.isEmpty() ? tr("another computer") : host;
    if (user.isEmpty())
        return tr("The database is already open on %1 (process %2) since %3.")
            .arg(where)
            .arg(pid)
            .arg(when);
    return tr("The database is already open: opened by %1 on %2 since %3.").arg(user, where, when);
}

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
}

DatabaseLock::~DatabaseLock()
{
    unlock();
}

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

QString DatabaseLock::infoPath(const QString &databasePath)
{
    return lockPath(databasePath) + QStringLiteral(".json");
}

bool DatabaseLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void DatabaseLock::unlock()
{
    if (!isLocked())
        return;
    QFile::remove(infoPath(m_databasePath));
    m_lock->unlock();
    m_lock.reset();
}

VoidResult DatabaseLock::tryLock(const QDateTime &now)
{
    if (isLocked())
        return {};
    m_lock = std::make_unique<QLockFile>(lockPath(m_databasePath));
    // Never by age: a PC on the share may hold the file for days. A lock left by a dead
    // process of this host is still taken over (QLockFile checks the pid).
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        const QLockFile::LockError error = m_lock->error();
        m_lock.reset();
        if (error == QLockFile::LockFailedError) {
            const auto h = holder(m_databasePath, false);
            return Error{Error::Code::Conflict,
                         h ? h->describe()
                           : tr("The database is already open in another Jiandu window."),
                         m_databasePath};
        }
        return Error{Error::Code::Io,
                     tr("The lock file beside the database cannot be written (the folder may be "
                        "read-only)."),
                     lockPath(m_databasePath)};
    }
    const QJsonObject info{{QStringLiteral("user"), Database::osUser()},
                           {QStringLiteral("host"), localHost()},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("since"), now.toUTC().toString(Qt::ISODate)}};
    QSaveFile file(infoPath(m_databasePath));
    // Who holds the lock is for the message only: the lock stands without it.
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qWarning("jiandu: %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return {};
}

std::optional<DatabaseLock::Holder> DatabaseLock::holder(const QString &databasePath,
                                                         bool ignoreOwnProcess)
{
    const QString path = lockPath(databasePath);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Holder h;
    QLockFile lock(path);
    if (!lock.getLockInfo(&h.pid, &h.host, &h.app))
        h.pid = 0; // being written or unreadable: somebody holds it, we cannot say who
    const bool thisHost = h.host.isEmpty() || h.host == localHost();
    if (h.pid > 0 && thisHost) {
        if (!processAlive(h.pid))
            return std::nullopt; // stale: the next tryLock() takes it over
        if (ignoreOwnProcess && h.pid == QCoreApplication::applicationPid())
            return std::nullopt;
    }
    QFile infoFile(infoPath(databasePath));
    if (infoFile.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(infoFile.readAll()).object();
        if (h.pid == 0 || o.value(QStringLiteral("pid")).toInteger() == h.pid) {
            h.user = o.value(QStringLiteral("user")).toString();
            if (h.host.isEmpty())
                h.host = o.value(QStringLiteral("host")).toString();
            h.pid = o.value(QStringLiteral("pid")).toInteger(h.pid);
            h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(),
                                            Qt::ISODate);
        }
    }
    if (!h.since.isValid())
        h.since = QFileInfo(path).lastModified().toUTC();
    return h;
}

} // namespace Jiandu
