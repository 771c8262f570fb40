#pragma once

// Agency-limited reading (access.h): an account limited to one agency sees only that
// agency's records. Every list, count, search and report query narrows the agencies it was
// asked for with these helpers, in one place per query builder; a record read by id that
// belongs to another agency is not found.

#include <QList>
#include <QString>

#include <optional>

namespace Jiandu {
class Database;
}

namespace Jiandu::Security {

// An agency id that matches no record: the scope of a request outside the session's agency.
inline constexpr qint64 kNoAgency = -1;

// The session's agency, or 0 when every agency may be read (no session, or not limited).
qint64 scopeAgency(const Database &db);

// The agencies a query may read. `requested` empty means "every agency". Not limited: the
// request unchanged. Limited: {the session's agency} when the request is empty or contains
// it; otherwise {kNoAgency}, which matches nothing (asking for another agency is not an
// error, it yields nothing).
QList<qint64> scopeAgencies(const Database &db, const QList<qint64> &requested);
// The same for a query that takes at most one agency (nullopt: every agency).
std::optional<qint64> scopeAgency(const Database &db, std::optional<qint64> requested);

// Whether a record of `agencyId` may be read in the session (always when not limited).
bool inScope(const Database &db, qint64 agencyId);

// The SQL condition " AND <column> = <agency>" for an agency-limited session, else empty:
// for statements that read a whole table without an agency filter of their own.
QString scopeCondition(const Database &db, const QString &column);

} // namespace Jiandu::Security
