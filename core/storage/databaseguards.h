#pragma once

#include "filesystemprobe.h"
#include "util/result.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Jiandu {

class Database;

// Database::open's guard rails, configured per process (the GUI, the CLI and tests set them
// before opening; database.h stays as it is):
//  - a database on a network share (SMB, NFS…), where SQLite's WAL mode is not safe, is opened
//    with a rollback journal and kept from other processes (POSIX: the unix-excl VFS), with a
//    warning, or refused (the machine setting storage/network_share = warn | refuse);
//  - a database another Jiandu window holds (DatabaseLock) is noted in the warnings.
namespace DatabaseGuards {

enum class NetworkSharePolicy
{
    Warn,   // open it in exclusive rollback-journal mode and say so (warnings())
    Refuse, // refuse to open it
};

// QSettings `storage/network_share` ("refuse" → Refuse; anything else → Warn).
NetworkSharePolicy networkSharePolicySetting();
// Overrides the machine setting for this process (nullopt: the setting).
void setNetworkSharePolicy(std::optional<NetworkSharePolicy> policy);
// Tests: how file systems are looked at (an empty function: FileSystem::probe()).
void setFileSystemProbe(std::function<FileSystem::Info(const QString &)> probe);
// Whether Database::open also prints its warnings on stderr (default: yes, for the CLI; the
// GUI shows them itself and turns this off).
void setLogWarnings(bool log);

// What the user should be told once about the open of `db` (network share, another window
// holding the file); translated sentences.
QStringList warnings(const Database &db);
// On a network share: rollback journal and (POSIX) no other process may use the file.
bool isOnNetworkShare(const Database &db);

// Used by Database (database.cpp).
namespace Internal {
struct State
{
    bool networkShare = false;
    QStringList warnings;
};
// The network-share check of a file about to be opened: an Error under Refuse.
Result<State> check(const QString &absolutePath, bool readOnly);
void attach(const Database *db, State state);
void detach(const Database *db);
bool networkShare(const Database *db);
// Adds the lock holder's note and prints the warnings when logging is on.
void finishOpen(const Database *db, const QString &absolutePath);
} // namespace Internal

} // namespace DatabaseGuards
} // namespace Jiandu
