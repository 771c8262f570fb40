#pragma once

// Shared by the account commands (cmd_accounts.cpp, cmd_user.cpp, cmd_passwd.cpp).

#include "storage/database.h"
#include "util/result.h"

#include <functional>

namespace Jiandu::Cli {

// One change of accounts in its own Transaction, committed when `write` succeeds.
VoidResult inTransaction(Database &db, const std::function<VoidResult()> &write);

} // namespace Jiandu::Cli
