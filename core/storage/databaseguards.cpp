// Database::open's guard rails: a file on a network share, a file another Jiandu window holds.

#include "database.h"
#include "databaselock.h"

#include <QCoreApplication>
#include <QSettings>

namespace Jiandu {

Database::NetworkSharePolicy Database::networkSharePolicySetting()
{
    const QString value =
        QSettings().value(QStringLiteral("storage/network_share")).toString().trimmed().toLower();
    return value == u"refuse" ? NetworkSharePolicy::Refuse : NetworkSharePolicy::Warn;
}

VoidResult Database::guardNetworkShare(const QString &path, const Options &options)
{
    const FileSystem::Info fs =
        options.fileSystemProbe ? options.fileSystemProbe(m_path) : FileSystem::probe(m_path);
    if (!fs.network)
        return {};
    const QString type = fs.type.isEmpty() ? QStringLiteral("?") : fs.type;
    const NetworkSharePolicy policy = options.networkShare.value_or(networkSharePolicySetting());
    if (policy == NetworkSharePolicy::Refuse)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate(
                         "Database",
                         "The database is on a network share (%1), where SQLite cannot keep it "
                         "safe, and this computer is set to refuse such files. Copy it to a local "
                         "disk, or ask the administrator to change the setting "
                         "storage/network_share.")
                         .arg(type),
                     path};
    if (options.readOnly) {
        m_warnings << QCoreApplication::translate(
                          "Database",
                          "The database is on a network share (%1), where SQLite is not safe. It "
                          "is open read-only; keep the file on a local disk.")
                          .arg(type);
        return {};
    }
    m_networkShare = true;
    m_warnings << QCoreApplication::translate(
                      "Database",
                      "The database is on a network share (%1), where SQLite's WAL mode is not "
                      "safe. Jiandu uses it in exclusive rollback-journal mode: no other program "
                      "or computer can open it until you close it. Keep the file on a local disk "
                      "and share backups instead.")
                      .arg(type);
    return {};
}

void Database::noteLockHolder()
{
    if (const auto holder = DatabaseLock::holder(m_path))
        m_warnings << QCoreApplication::translate(
                          "Database", "%1 Changes made here are still safe: SQLite keeps writers apart.")
                          .arg(holder->describe());
}

} // namespace Jiandu
