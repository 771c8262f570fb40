// CaseRepository: the case aggregate (find, save, remove). The list is in casequeries.cpp,
// the parts (officers, penalties, stages, reviews…) in caseparts.cpp.

#include "caserepository.h"

#include "auditchain.h"
#include "audittrail.h"
#include "caserows.h"
#include "database.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Jiandu {

CaseRepository::CaseRepository(Database &db) : m_db(db) {}
CaseRepository::~CaseRepository() = default;

namespace {
const QString kTable = QStringLiteral("enforcement_case");
const QString kColumns = QStringLiteral(
    "id, case_no, agency_id, kind, title, party, party_kind, opened_on, decided_on, closed_on, "
    "discretion, licence_result, fine_fen, confiscation_fen, major, published_on, taken_down_on, "
    "reconsideration, litigation, transferred, transferred_on, statutory_days, extension_days, "
    "extension_approved_on, extension_approved_by, hearing_requested, hearing_held_on, hearing_note");

EnforcementCase readCase(const QSqlQuery &q)
{
    using namespace CaseRows;
    EnforcementCase c;
    c.id = q.value(0).toLongLong();
    c.caseNo = q.value(1).toString();
    c.agencyId = q.value(2).toLongLong();
    c.kind = Vocab::fromCode<CaseKind>(q.value(3).toString()).value_or(CaseKind::Other);
    c.title = q.value(4).toString();
    c.party = q.value(5).toString();
    c.partyKind = fromCode<PartyKind>(q.value(6));
    c.openedOn = Sql::toDate(q.value(7));
    c.decidedOn = Sql::toDate(q.value(8));
    c.closedOn = Sql::toDate(q.value(9));
    c.discretion = fromCode<Discretion>(q.value(10));
    c.licenceResult = fromCode<LicenceResult>(q.value(11));
    c.fineFen = optInt(q.value(12));
    c.confiscationFen = optInt(q.value(13));
    c.major = q.value(14).toBool();
    c.publishedOn = Sql::toDate(q.value(15));
    c.takenDownOn = Sql::toDate(q.value(16));
    c.reconsideration = fromCode<ReconsiderationOutcome>(q.value(17));
    c.litigation = fromCode<LitigationOutcome>(q.value(18));
    c.transferred = q.value(19).toBool();
    c.transferredOn = Sql::toDate(q.value(20));
    if (!q.value(21).isNull())
        c.statutoryDays = q.value(21).toInt();
    c.extensionDays = q.value(22).toInt();
    c.extensionApprovedOn = Sql::toDate(q.value(23));
    c.extensionApprovedBy = q.value(24).toString();
    c.hearingRequested = q.value(25).toBool();
    c.hearingHeldOn = Sql::toDate(q.value(26));
    c.hearingNote = q.value(27).toString();
    return c;
}

// The first date a review round concluded 同意 (denormalised for the report's index).
QDate reviewApprovedOn(const EnforcementCase &c)
{
    QDate first;
    for (const LegalReviewRound &r : c.reviews)
        if (r.conclusion == ReviewConclusion::Approved && r.concludedOn.isValid()
            && (!first.isValid() || r.concludedOn < first))
            first = r.concludedOn;
    return first;
}

void normalise(EnforcementCase &c)
{
    c.caseNo = c.caseNo.trimmed();
    c.title = c.title.trimmed();
    c.party = c.party.trimmed();
    c.extensionApprovedBy = c.extensionApprovedBy.trimmed();
}
} // namespace

Result<std::optional<EnforcementCase>> CaseRepository::load(const QString &where, const QVariant &key) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM enforcement_case WHERE ") + where);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, kTable);
    if (!q.next()) {
        q.finish();
        return std::optional<EnforcementCase>();
    }
    EnforcementCase c = readCase(q);
    q.finish();
    // Another agency's case is not found by an agency-limited account.
    if (!Security::inScope(m_db, c.agencyId))
        return std::optional<EnforcementCase>();
    if (auto r = loadParts(c); !r)
        return r.error();
    return std::optional<EnforcementCase>(std::move(c));
}

Result<std::optional<EnforcementCase>> CaseRepository::find(qint64 id) const
{
    return load(QStringLiteral("id = ?"), id);
}

Result<std::optional<EnforcementCase>> CaseRepository::findByCaseNo(const QString &caseNo) const
{
    return load(QStringLiteral("case_no = ?"), caseNo.trimmed());
}

namespace {
const QString kAssign = QStringLiteral(
    "case_no = ?, agency_id = ?, kind = ?, title = ?, party = ?, party_kind = ?, opened_on = ?, "
    "decided_on = ?, closed_on = ?, discretion = ?, licence_result = ?, fine_fen = ?, "
    "confiscation_fen = ?, major = ?, published_on = ?, taken_down_on = ?, reconsideration = ?, "
    "litigation = ?, transferred = ?, transferred_on = ?, statutory_days = ?, extension_days = ?, "
    "extension_approved_on = ?, extension_approved_by = ?, hearing_requested = ?, "
    "hearing_held_on = ?, hearing_note = ?, heaviest_penalty = ?, review_approved_on = ?, "
    "report_year = ?");

const QString &updateSql()
{
    static const QString sql = QStringLiteral("UPDATE enforcement_case SET ") + kAssign + QStringLiteral(" WHERE id = ?");
    return sql;
}

const QString &insertSql()
{
    static const QString sql = []() -> QString {
        QString columns = kAssign;
        columns.remove(QStringLiteral(" = ?"));
        return QStringLiteral("INSERT INTO enforcement_case (") + columns + QStringLiteral(") VALUES (?")
               + QStringLiteral(", ?").repeated(29) + QStringLiteral(")");
    }();
    return sql;
}
} // namespace

VoidResult CaseRepository::writeRow(EnforcementCase &c, bool update)
{
    using namespace CaseRows;
    QSqlQuery &q = prepared(update ? updateSql() : insertSql());
    const QVariant values[] = {
        c.caseNo, c.agencyId, Vocab::code(c.kind), c.title, Sql::text(c.party), code(c.partyKind),
        Sql::date(c.openedOn), Sql::date(c.decidedOn), Sql::date(c.closedOn), code(c.discretion),
        code(c.licenceResult), Sql::opt(c.fineFen), Sql::opt(c.confiscationFen), int(c.major),
        Sql::date(c.publishedOn), Sql::date(c.takenDownOn), code(c.reconsideration),
        code(c.litigation), int(c.transferred), Sql::date(c.transferredOn), Sql::opt(c.statutoryDays),
        c.extensionDays, Sql::date(c.extensionApprovedOn), Sql::text(c.extensionApprovedBy),
        int(c.hearingRequested), Sql::date(c.hearingHeldOn), Sql::text(c.hearingNote),
        code(heaviestPenalty(c.penalties)), Sql::date(reviewApprovedOn(c)), reportYear(c)};
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (update)
        q.bindValue(i, c.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("CaseRepository", "Another case already has the case number %1.").arg(c.caseNo),
                         QCoreApplication::translate("CaseRepository", "Case number")};
        return sqlError(q, c.caseNo);
    }
    if (!update)
        c.id = q.lastInsertId().toLongLong();
    return {};
}

Result<qint64> CaseRepository::insert(EnforcementCase &c)
{
    Q_ASSERT_X(m_db.transactionDepth() > 0, "CaseRepository::insert", "writes run inside a Transaction");
    normalise(c);
    for (const CaseProblem &p : validateCase(c))
        if (p.severity == CaseProblem::Severity::Error)
            return Error{Error::Code::Invalid, p.message, p.field};
    c.id = 0;
    if (auto r = writeRow(c, false); !r)
        return r.error();
    if (auto r = writeParts(c, false); !r)
        return r.error();
    // As AuditTrail::record() writes an insert, with the statement kept for a bulk of them.
    if (!m_audit)
        m_audit = std::make_unique<AuditChain::Appender>(m_db);
    if (auto r = m_audit->append(kTable, c.caseNo, QStringLiteral("insert"), QByteArray(),
                                 CaseRows::auditJson(c));
        !r)
        return r.error();
    return c.id;
}

Result<qint64> CaseRepository::save(EnforcementCase &c)
{
    if (c.id == 0)
        return insert(c);
    normalise(c);
    for (const CaseProblem &p : validateCase(c))
        if (p.severity == CaseProblem::Severity::Error)
            return Error{Error::Code::Invalid, p.message, p.field};
    auto found = find(c.id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("CaseRepository", "The case no longer exists."), c.caseNo};
    const EnforcementCase &before = *found.value();
    if (auto r = writeRow(c, true); !r)
        return r.error();
    if (auto r = writeParts(c, true); !r)
        return r.error();
    if (auto r = AuditTrail(m_db).recordChange(kTable, c.caseNo, toJson(before), toJson(c)); !r)
        return r.error();
    return c.id;
}

VoidResult CaseRepository::beginBulkLoad(bool deferSearchIndex)
{
    QSqlQuery q(m_db.connection());
    if (m_cacheSize.isNull() && q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_cacheSize = q.value(0);
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB; only a hint
    }
    if (!deferSearchIndex || !m_suspendedTrigger.isEmpty())
        return {};
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'case_fts_insert'")))
        return sqlError(q, QStringLiteral("case_fts"));
    if (!q.next())
        return {}; // already dropped by somebody else: nothing to restore
    m_suspendedTrigger = q.value(0).toString();
    q.finish();
    if (!q.exec(QStringLiteral("DROP TRIGGER case_fts_insert")))
        return sqlError(q, QStringLiteral("case_fts"));
    return {};
}

VoidResult CaseRepository::endBulkLoad()
{
    QSqlQuery q(m_db.connection());
    if (!m_cacheSize.isNull()) {
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
        m_cacheSize.clear();
    }
    if (m_suspendedTrigger.isEmpty())
        return {};
    if (!q.exec(m_suspendedTrigger))
        return sqlError(q, QStringLiteral("case_fts"));
    // External content: 'rebuild' reads every case row again (TOOLCHAIN.md: 14 s for 2 M).
    if (!q.exec(QStringLiteral("INSERT INTO case_fts (case_fts) VALUES ('rebuild')")))
        return sqlError(q, QStringLiteral("case_fts"));
    m_suspendedTrigger.clear();
    return {};
}

VoidResult CaseRepository::remove(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("CaseRepository", "The case no longer exists."), QString::number(id)};
    const EnforcementCase &c = *found.value();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM enforcement_case WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, c.caseNo);
    return AuditTrail(m_db).record(kTable, c.caseNo, AuditEntry::Action::Delete, toJson(c), {});
}

} // namespace Jiandu
