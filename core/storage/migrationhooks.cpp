#include "migrationhooks.h"

#include "auditchain.h"

#include <map>

namespace Jiandu {

namespace {
using Hook = VoidResult (*)(Database &);

// "After migration N, run this function."
const std::map<int, Hook> &hooks()
{
    static const std::map<int, Hook> table = {
        {7, &AuditChain::fillExisting}, // the hash chain over the records written before 0007
    };
    return table;
}
} // namespace

VoidResult afterMigration(Database &db, int version)
{
    const auto it = hooks().find(version);
    return it == hooks().end() ? VoidResult{} : it->second(db);
}

} // namespace Jiandu
