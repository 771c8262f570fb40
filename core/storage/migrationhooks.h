#pragma once

#include "util/result.h"

namespace Jiandu {

class Database;

// What SQL alone cannot do for a migration, run right after its script inside the same
// transaction (so a failure rolls the migration back, and the verified backup taken before
// the migrations is there). One entry per migration that needs it, in migrationhooks.cpp.
VoidResult afterMigration(Database &db, int version);

} // namespace Jiandu
