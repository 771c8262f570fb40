// Database::open's guard rails: a file on a network share, a file another Jiandu window holds.

#include "databaseguards.h"

#include "database.h"
#include "databaselock.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>

namespace Jiandu::DatabaseGuards {

namespace {

struct Config
{
    QMutex mutex;
    std::optional<NetworkSharePolicy> policy;
    std::function<FileSystem::Info(const QString &)> probe;
    bool logWarnings = true;
    QHash<const Database *, Internal::State> states;
};

Config &config()
{
    static Config c;
    return c;
}

} // namespace

NetworkSharePolicy networkSharePolicySetting()
{
    const QString value =
        QSettings().value(QStringLiteral("storage/network_share")).toString().trimmed().toLower();
    return value == u"refuse" ? NetworkSharePolicy::Refuse : NetworkSharePolicy::Warn;
}

void setNetworkSharePolicy(std::optional<NetworkSharePolicy> policy)
{
    QMutexLocker lock(&config().mutex);
    config().policy = policy;
}

void setFileSystemProbe(std::function<FileSystem::Info(const QString &)> probe)
{
    QMutexLocker lock(&config().mutex);
    config().probe = std::move(probe);
}

void setLogWarnings(bool log)
{
    QMutexLocker lock(&config().mutex);
    config().logWarnings = log;
}

QStringList warnings(const Database &db)
{
    QMutexLocker lock(&config().mutex);
    return config().states.value(&db).warnings;
}

bool isOnNetworkShare(const Database &db)
{
    return Internal::networkShare(&db);
}

namespace Internal {

Result<State> check(const QString &absolutePath, bool readOnly)
{
    std::function<FileSystem::Info(const QString &)> probe;
    std::optional<NetworkSharePolicy> policy;
    {
        QMutexLocker lock(&config().mutex);
        probe = config().probe;
        policy = config().policy;
    }
    const FileSystem::Info fs = probe ? probe(absolutePath) : FileSystem::probe(absolutePath);
    State state;
    if (!fs.network)
        return state;
    const QString type = fs.type.isEmpty() ? QStringLiteral("?") : fs.type;
    if (policy.value_or(networkSharePolicySetting()) == NetworkSharePolicy::Refuse)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate(
                         "Database",
                         "The database is on a network share (%1), where SQLite cannot keep it "
                         "safe, and this computer is set to refuse such files. Copy it to a local "
                         "disk, or ask the administrator to change the setting "
                         "storage/network_share.")
                         .arg(type),
                     absolutePath};
    if (readOnly) {
        state.warnings << QCoreApplication::translate(
                              "Database",
                              "The database is on a network share (%1), where SQLite is not safe. "
                              "It is open read-only; keep the file on a local disk.")
                              .arg(type);
        return state;
    }
    state.networkShare = true;
    state.warnings << QCoreApplication::translate(
                          "Database",
                          "The database is on a network share (%1), where SQLite's WAL mode is "
                          "not safe. Jiandu uses it in exclusive rollback-journal mode: no other "
                          "program or computer can open it until you close it. Keep the file on "
                          "a local disk and share backups instead.")
                          .arg(type);
    return state;
}

void attach(const Database *db, State state)
{
    QMutexLocker lock(&config().mutex);
    config().states.insert(db, std::move(state));
}

void detach(const Database *db)
{
    QMutexLocker lock(&config().mutex);
    config().states.remove(db);
}

bool networkShare(const Database *db)
{
    QMutexLocker lock(&config().mutex);
    return config().states.value(db).networkShare;
}

void finishOpen(const Database *db, const QString &absolutePath)
{
    const auto holder = DatabaseLock::holder(absolutePath);
    QMutexLocker lock(&config().mutex);
    State &state = config().states[db];
    if (holder)
        state.warnings << QCoreApplication::translate(
                              "Database",
                              "%1 Changes made here are still safe: SQLite keeps writers apart.")
                              .arg(holder->describe());
    if (config().logWarnings)
        for (const QString &warning : std::as_const(state.warnings))
            qWarning("%s", qUtf8Printable(warning));
}

} // namespace Internal
} // namespace Jiandu::DatabaseGuards
