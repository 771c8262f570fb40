#include "dbcheck.h"

#include "auditchain.h"
#include "backupfiles.h"
#include "database.h"
#include "sqlitehandle.h"

#include <QCoreApplication>

namespace Jiandu {

Result<DatabaseCheck> checkDatabase(Database &db)
{
    sqlite3 *h = Sqlite::handle(db.connection());
    if (!h)
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Database", "Cannot open the database."),
                     db.path()};
    DatabaseCheck check;
    check.integrity = Backup::Detail::integrityProblems(h);
    Sqlite::Statement fk(h, "PRAGMA foreign_key_check");
    if (!fk.ok())
        return Error{Error::Code::Sql, Sqlite::message(h), QStringLiteral("foreign_key_check")};
    int rc = SQLITE_ROW;
    while ((rc = fk.step()) == SQLITE_ROW)
        check.foreignKeys << QCoreApplication::translate(
                                 "Database", "%1 row %2 refers to a missing %3 row")
                                 .arg(fk.string(0))
                                 .arg(fk.int64(1))
                                 .arg(fk.string(2));
    if (rc != SQLITE_DONE)
        return Error{Error::Code::Sql, Sqlite::message(h), QStringLiteral("foreign_key_check")};
    auto audit = AuditChain::verify(h);
    if (!audit)
        return audit.error();
    check.audit = audit.value();
    return check;
}

} // namespace Jiandu
