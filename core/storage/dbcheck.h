#pragma once

#include "audittrail.h"
#include "util/result.h"

#include <QStringList>

namespace Jiandu {

class Database;

// What `jiandu-cli verify` reports: SQLite's full integrity check, the foreign-key check and
// the audit trail's hash chain.
struct DatabaseCheck
{
    QStringList integrity;   // PRAGMA integrity_check lines other than "ok"
    QStringList foreignKeys; // one line per row whose parent is missing
    AuditVerification audit;

    [[nodiscard]] bool ok() const
    {
        return integrity.isEmpty() && foreignKeys.isEmpty() &&
               (audit.ok() || audit.problem == AuditVerification::Problem::NoChain);
    }
};

// Reads the whole file; changes nothing. An Error only when the file cannot be read.
Result<DatabaseCheck> checkDatabase(Database &db);

} // namespace Jiandu
