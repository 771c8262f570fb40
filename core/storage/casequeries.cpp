// CaseRepository: the case list (filtered, paged, keyset-ready) and bulk lookups.

#include "caserepository.h"

#include "security/agencyscope.h"

#include "caserows.h"
#include "database.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace Jiandu {

namespace {
const QString kList = QStringLiteral("case list");

// The trigram tokenizer indexes runs of three characters: shorter terms match nothing.
constexpr int kTrigram = 3;

// `text` as one FTS5 string (a phrase): inside double quotes, a quote doubled. Nothing in it
// is then FTS5 syntax (AND, *, ^, column filters).
QString ftsPhrase(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// A term the index finds in at least this many cases is common: the newest page of it is
// found sooner by walking the list order and testing each row than by sorting every match.
constexpr int kCommonTerm = 4000;

bool indexable(const QString &text)
{
    return text.toUcs4().size() >= kTrigram;
}

// The search condition: the FTS5 index for three characters or more, else a substring scan.
// LIKE folds ASCII case as the trigram tokenizer does, so both are case-insensitive for Latin.
void addSearch(const QString &text, bool scan, QStringList &parts, QList<QVariant> &binds)
{
    if (indexable(text) && !scan) {
        parts << QStringLiteral("c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)");
        binds << ftsPhrase(text);
        return;
    }
    parts << QStringLiteral("(c.case_no LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\' "
                            "OR c.party LIKE ? ESCAPE '\\')");
    const QString pattern = QLatin1Char('%') + Sql::likeEscape(text) + QLatin1Char('%');
    binds << pattern << pattern << pattern;
}

void addStatus(CaseStatus status, QStringList &parts)
{
    // `closed_on IS NULL` written out so the partial index case_open can serve it.
    switch (status) {
    case CaseStatus::Open:
        parts << QStringLiteral("c.closed_on IS NULL AND c.decided_on IS NULL");
        break;
    case CaseStatus::Decided:
        parts << QStringLiteral("c.closed_on IS NULL AND c.decided_on IS NOT NULL");
        break;
    case CaseStatus::Closed:
        parts << QStringLiteral("c.closed_on IS NOT NULL");
        break;
    }
}

// Many ids (the cases with warnings) go in as one JSON array: one bind value, however long,
// instead of an IN list of thousands of parameters.
QString idsJson(const QList<qint64> &ids)
{
    QStringList items;
    items.reserve(ids.size());
    for (qint64 id : ids)
        items << QString::number(id);
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

enum class Use
{
    List,     // the page; a search term through the FTS index
    ListScan, // the page; a common search term tested row by row in list order
    Count
};

// The WHERE clause of `query` and its bind values, in order.
QString whereClause(const CaseQuery &query, Use use, QList<QVariant> &binds)
{
    QStringList parts;
    if (!query.agencyIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : query.agencyIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        parts << QStringLiteral("c.agency_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (query.kind) {
        parts << QStringLiteral("c.kind = ?");
        binds << Vocab::code(*query.kind);
    }
    if (query.year) {
        // The list walks case_opened (or case_kind_opened) backwards from the year's end and
        // stops after one page: the unary + keeps the planner off case_report, whose rows
        // would all be read and sorted. The range is implied (decided on or after filing).
        if (use != Use::Count) {
            parts << QStringLiteral("+c.report_year = ? AND c.opened_on < ?");
            binds << *query.year << Sql::date(QDate(*query.year + 1, 1, 1));
        } else {
            parts << QStringLiteral("c.report_year = ?");
            binds << *query.year;
        }
    }
    if (query.openedFrom.isValid()) {
        parts << QStringLiteral("c.opened_on >= ?");
        binds << Sql::date(query.openedFrom);
    }
    if (query.openedBefore.isValid()) {
        parts << QStringLiteral("c.opened_on < ?");
        binds << Sql::date(query.openedBefore);
    }
    if (query.decided)
        parts << (*query.decided ? QStringLiteral("c.decided_on IS NOT NULL")
                                 : QStringLiteral("c.decided_on IS NULL"));
    if (query.status)
        addStatus(*query.status, parts);
    if (!query.text.trimmed().isEmpty())
        addSearch(query.text.trimmed(), use == Use::ListScan, parts, binds);
    if (query.onlyIds) {
        parts << QStringLiteral("c.id IN (SELECT value FROM json_each(?))");
        binds << idsJson(*query.onlyIds);
    }
    if (query.afterOpenedOn.isValid() && use != Use::Count) {
        parts << QStringLiteral("(c.opened_on, c.id) < (?, ?)");
        binds << Sql::date(query.afterOpenedOn) << query.afterId;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// The statement of the list's page (limit and offset bound last) or of the count.
QString statement(const CaseQuery &query, Use use, QList<QVariant> &binds)
{
    const QString where = whereClause(query, use, binds);
    if (use == Use::Count)
        return QStringLiteral("SELECT count(*) FROM enforcement_case c") + where;
    // The page's ids first, from an index alone where the filters allow (the list indexes
    // hold opened_on and id), then only those rows are read.
    return QStringLiteral("SELECT e.id, e.case_no, e.agency_id, a.name, e.kind, e.title, e.party, "
                          "e.opened_on, e.decided_on, e.closed_on, e.major FROM "
                          "(SELECT c.id, c.opened_on FROM enforcement_case c") +
           where +
           QStringLiteral(" ORDER BY c.opened_on DESC, c.id DESC LIMIT ? OFFSET ?) p "
                          "JOIN enforcement_case e ON e.id = p.id "
                          "LEFT JOIN agency a ON a.id = e.agency_id "
                          "ORDER BY p.opened_on DESC, p.id DESC");
}

CaseRow rowFrom(const QSqlQuery &q)
{
    CaseRow r;
    r.id = q.value(0).toLongLong();
    r.caseNo = q.value(1).toString();
    r.agencyId = q.value(2).toLongLong();
    r.agencyName = q.value(3).toString();
    r.kind = Vocab::fromCode<CaseKind>(q.value(4).toString()).value_or(CaseKind::Other);
    r.title = q.value(5).toString();
    r.party = q.value(6).toString();
    r.openedOn = Sql::toDate(q.value(7));
    r.decidedOn = Sql::toDate(q.value(8));
    r.closedOn = Sql::toDate(q.value(9));
    r.major = q.value(10).toBool();
    return r;
}
} // namespace

// How to read the page: a search term in many cases (probed through the index, which stops
// at kCommonTerm) is tested row by row along the list order, which then stops after a page;
// a rarer term takes its matches from the index and sorts them.
static Result<Use> listUse(Database &db, const CaseQuery &query)
{
    const QString text = query.text.trimmed();
    if (!indexable(text))
        return Use::List;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM case_fts "
                             "WHERE case_fts MATCH ? LIMIT ?)"));
    q.addBindValue(ftsPhrase(text));
    q.addBindValue(kCommonTerm);
    if (!q.exec() || !q.next())
        return sqlError(q, kList);
    return q.value(0).toInt() >= kCommonTerm ? Use::ListScan : Use::List;
}

namespace {
// The query narrowed to the agency of an agency-limited session.
CaseQuery scoped(const Database &db, CaseQuery query)
{
    query.agencyIds = Security::scopeAgencies(db, query.agencyIds);
    return query;
}
} // namespace

Result<QList<CaseRow>> CaseRepository::list(const CaseQuery &requested, int offset, int limit) const
{
    const CaseQuery query = scoped(m_db, requested);
    const auto use = listUse(m_db, query);
    if (!use)
        return use.error();
    QList<QVariant> binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(statement(query, use.value(), binds));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, kList);
    QList<CaseRow> out;
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

Result<qint64> CaseRepository::count(const CaseQuery &requested) const
{
    const CaseQuery query = scoped(m_db, requested);
    QList<QVariant> binds;
    QSqlQuery q(m_db.connection());
    q.prepare(statement(query, Use::Count, binds));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, kList);
    return q.value(0).toLongLong();
}

Result<QStringList> CaseRepository::explain(const CaseQuery &requested, bool forCount) const
{
    const CaseQuery query = scoped(m_db, requested);
    const auto use = forCount ? Result<Use>(Use::Count) : listUse(m_db, query);
    if (!use)
        return use.error();
    QList<QVariant> binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement(query, use.value(), binds));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!forCount) {
        q.addBindValue(200);
        q.addBindValue(0);
    }
    if (!q.exec())
        return sqlError(q, kList);
    QStringList out;
    while (q.next())
        out << q.value(3).toString();
    return out;
}

Result<QHash<QString, qint64>> CaseRepository::idsByCaseNo() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT case_no, id FROM enforcement_case")))
        return sqlError(q, kList);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

} // namespace Jiandu
