#pragma once

// What the audit viewer shows of an audit record, and the export of a filtered trail.
// The queries themselves are AuditTrail::search / count (auditsearch.cpp).

#include "audittrail.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Jiandu {

class Database;

namespace AuditView {

// The translated name of an action ("Insert", "Export", "Failed login"...).
QString actionLabel(AuditEntry::Action action);
QList<AuditEntry::Action> allActions();

// The translated kind of record of a table_name ("officer" → "Officer"); unknown tables are
// shown as they are stored.
QString tableLabel(const QString &table);
// The table names the viewer offers as record kinds, in display order.
QStringList knownTables();

// Identity-card and phone numbers masked (Identity::maskIdNumber / maskPhone): in a record
// key every 15- or 18-character identity number is masked (officers, trainings and
// assessments are keyed by it); in JSON every field whose name holds "id_number" or "phone".
QString maskKey(const QString &key);
QJsonObject maskJson(const QJsonObject &object);

// One field of a record before → after, masked, as text (compact JSON for objects/arrays).
struct FieldChange
{
    QString field;
    QString before; // empty when the field was absent (insert, an event's details)
    QString after;  // empty when absent (delete)
};
QList<FieldChange> fieldChanges(const AuditEntry &entry);

// Writes the entries matching `filter`, newest first, to a CSV file (UTF-8 with BOM and CRLF,
// so Excel opens it; written through QSaveFile: a failed write leaves no file), masked as in
// the viewer, with the columns id, time (UTC, ISO 8601), actor, action, kind of record,
// record key, before, after. Read page by page (constant memory). `progress(rows)` may stop
// the export by returning false. The export is recorded in the trail (an Export event, key
// "audit_log", with the file name, the rows and the filter). Returns the rows written.
Result<qint64> exportCsv(Database &db, const AuditFilter &filter, const QString &path,
                         const std::function<bool(qint64)> &progress = {});

// The filter as JSON (the details of an Export event).
QJsonObject filterJson(const AuditFilter &filter);

} // namespace AuditView

} // namespace Jiandu
