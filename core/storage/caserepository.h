#pragma once

#include "domain/casetypes.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace Jiandu {

class Database;
namespace AuditChain {
class Appender;
}

// Where a case is in its life: 办理中 (no decision), 已决定 (decided, not closed), 已结案.
enum class CaseStatus { Open, Decided, Closed };

// Filters of the case list. Empty / nullopt: no filter.
struct CaseQuery
{
    QList<qint64> agencyIds;
    std::optional<CaseKind> kind;
    // The year the case counts in (spec/annual-report.md): its decision's, else its filing's.
    std::optional<int> year;
    std::optional<bool> decided;   // true: has a decision date; false: undecided
    std::optional<CaseStatus> status;
    // Filed (opened_on) on or after openedFrom and before openedBefore; invalid: no bound.
    QDate openedFrom;
    QDate openedBefore;
    // Search over 案号, 案由 and 当事人: a substring, case-insensitive. Three characters or
    // more use the FTS5 trigram index; shorter terms fall back to a substring scan (LIKE).
    QString text;
    // Only these cases (e.g. the ids of cases with warnings); nullopt: no restriction.
    std::optional<QList<qint64>> onlyIds;
    // Keyset paging: rows strictly after this (opened_on, id) in the list order.
    QDate afterOpenedOn;
    qint64 afterId = 0;
};

// One row of the case list (what the page shows; the whole case via find()).
struct CaseRow
{
    qint64 id = 0;
    QString caseNo;
    qint64 agencyId = 0;
    QString agencyName;
    CaseKind kind = CaseKind::Penalty;
    QString title;
    QString party;
    QDate openedOn;
    QDate decidedOn;
    QDate closedOn;
    bool major = false;
};

// Owns the SQL of enforcement cases and their record (officers, penalties, coercion,
// stages, legal-review rounds, collective discussion). Writes must run inside the
// caller's Transaction; each writes one audit record for the whole case (key: 案号).
// An instance keeps its prepared statements: reuse one for a bulk import. Use it on the
// thread that created it (the connection is per thread).
class CaseRepository final
{
public:
    explicit CaseRepository(Database &db);
    ~CaseRepository();

    Result<std::optional<EnforcementCase>> find(qint64 id) const;
    Result<std::optional<EnforcementCase>> findByCaseNo(const QString &caseNo) const;
    // 案号 -> id of every case, for bulk imports.
    Result<QHash<QString, qint64>> idsByCaseNo() const;

    // Inserts (id 0) or replaces the whole aggregate. Refuses a case with validation
    // errors (the first one, naming its field, is returned); warnings do not block.
    Result<qint64> save(EnforcementCase &c);
    // Inserts a new case (id 0) without first looking for a stored one: the bulk path of
    // imports and the demo, for callers that know the 案号 is new. Validated, written and
    // audited exactly as save() inserts; the audit statement is prepared once.
    Result<qint64> insert(EnforcementCase &c);
    VoidResult remove(qint64 id);

    // SQLite, for loading many cases at once inside the caller's Transaction: a larger page
    // cache while loading (the case indexes take random inserts), and with
    // `deferSearchIndex` no search indexing per row but one rebuild of the index in
    // endBulkLoad() (cheaper when the table was empty or small). Rolled back with the
    // Transaction when it fails; endBulkLoad() without a begin does nothing.
    VoidResult beginBulkLoad(bool deferSearchIndex);
    VoidResult endBulkLoad();

    // The list order: opened_on DESC, id DESC. `offset` for simple paging; for deep pages
    // set query.afterOpenedOn/afterId to the last row seen and offset 0.
    Result<QList<CaseRow>> list(const CaseQuery &query, int offset, int limit) const;
    Result<qint64> count(const CaseQuery &query) const;
    // The EXPLAIN QUERY PLAN lines of the list's first page (or of the count), for the
    // tests and benchmarks that check which index each filter uses.
    Result<QStringList> explain(const CaseQuery &query, bool forCount) const;

    // The audit form of a case: codes, ISO dates, officers by certificate number.
    static QJsonObject toJson(const EnforcementCase &c);

private:
    Result<std::optional<EnforcementCase>> load(const QString &where, const QVariant &key) const;
    VoidResult loadParts(EnforcementCase &c) const;
    VoidResult writeRow(EnforcementCase &c, bool update);
    VoidResult writeParts(const EnforcementCase &c, bool update);
    // `sql` prepared once per instance (a statement reused is reset, not re-parsed).
    QSqlQuery &prepared(const QString &sql) const;

    Database &m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_suspendedTrigger; // the CREATE TRIGGER statement dropped by beginBulkLoad()
    QVariant m_cacheSize;       // PRAGMA cache_size before beginBulkLoad()
    std::unique_ptr<AuditChain::Appender> m_audit; // for insert(); kept for bulks of them
};

} // namespace Jiandu
