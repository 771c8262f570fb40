#pragma once

// Exports and prints are audited (issue 6): after a document was written or printed, an
// Export (a file) or Print (a printer) event with what was output.

#include "storage/audittrail.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace Jiandu::Documents {

// Records `action` with key `what` (e.g. "roster", "ledger", a document number) and details
// {file name (when there is a file), pages, ...`details`} when `pages` succeeded; returns
// `pages`, or the error of the audit record.
Result<int> audited(Database &db, Result<int> pages, AuditEntry::Action action, const QString &what,
                    const QString &file, QJsonObject details = {});

} // namespace Jiandu::Documents
