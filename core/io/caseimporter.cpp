// Importer of enforcement cases (执法案件, spec/import-templates.md "cases").
// A row carries the case and the latest legal review; what the template does not hold
// (stages, earlier review rounds, collective discussion, hearing, extensions) is kept from
// the stored case, so re-importing an export changes nothing.

#include "importcontext.h"

#include "storage/agencyrepository.h"
#include "storage/caserepository.h"
#include "storage/officerrepository.h"
#include "util/parsing.h"

#include <QSet>

namespace Jiandu::Io {

namespace {

// Several values per cell (、 ; ， …), each one of the vocabulary.
template<typename E>
bool vocabList(ImportContext &ctx, int row, const QString &key, QList<E> &out)
{
    bool ok = true;
    for (const QString &v : Parse::list(ctx.value(row, key))) {
        const auto parsed = Vocab::parse<E>(v);
        if (!parsed) {
            ctx.error(row, key, QCoreApplication::translate("Io", "\"%1\" is not one of %2").arg(v, Vocab::zhList<E>()));
            ok = false;
        } else if (out.contains(*parsed)) {
            ctx.error(row, key, QCoreApplication::translate("Io", "\"%1\" is given twice").arg(v));
            ok = false;
        } else {
            out.append(*parsed);
        }
    }
    return ok;
}

bool money(ImportContext &ctx, int row, const QString &key, std::optional<qint64> &out)
{
    const QString v = ctx.value(row, key);
    out.reset();
    if (v.isEmpty())
        return true;
    out = Parse::moneyFen(v);
    if (!out || *out < 0) {
        ctx.error(row, key, QCoreApplication::translate("Io", "\"%1\" is not an amount in yuan such as 12500 or 12,500.50").arg(v));
        out.reset();
        return false;
    }
    return true;
}

// 准予变更 and 准予延续 count as 准予许可 (the template says so).
bool licenceResult(ImportContext &ctx, int row, std::optional<LicenceResult> &out)
{
    const QString key = QStringLiteral("licence_result");
    const QString v = ctx.value(row, key);
    if (v == u"准予变更" || v == u"准予延续") {
        out = LicenceResult::Granted;
        return true;
    }
    return Check::vocab(ctx, row, key, false, out);
}

class CaseImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        if (!load(ctx))
            return;
        QHash<QString, int> seen;
        for (const ColumnSpec &s : columnSpecs(Kind::Cases))
            m_columns.insert(s.key);
        for (int row = 0; row < ctx.table.rows.size(); ++row) {
            EnforcementCase c;
            bool ok = readRow(ctx, row, c);
            if (ok)
                ok = ctx.checkDuplicate(seen, c.caseNo, row, QStringLiteral("case_no"));
            if (ok)
                ok = crossCheck(ctx, row, c);
            if (ok)
                m_plan.append({row, c});
        }
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        if (!m_repo) {
            m_repo.emplace(ctx.db);
            // Rebuilding the search index once reads every case; indexing row by row costs
            // per new row: rebuild when the file brings more cases than the table holds.
            if (auto r = m_repo->beginBulkLoad(m_plan.size() > m_existing.size()); !r)
                return r.error();
        }
        CaseRepository &repo = *m_repo;
        auto outcome = writeOne(repo, i);
        if (outcome && i + 1 == m_plan.size()) {
            if (auto r = repo.endBulkLoad(); !r)
                return r.error();
        }
        return outcome;
    }

private:
    Result<Outcome> writeOne(CaseRepository &repo, int i)
    {
        EnforcementCase c = m_plan.at(i).c;
        std::optional<EnforcementCase> stored;
        if (m_existing.contains(c.caseNo)) {
            auto found = repo.find(m_existing.value(c.caseNo));
            if (!found)
                return found.error();
            stored = std::move(found.value());
        }
        if (stored) {
            mergeStored(c, *stored);
            if (CaseRepository::toJson(c) == CaseRepository::toJson(*stored))
                return Outcome::Unchanged;
        }
        auto id = repo.save(c);
        if (!id)
            return id.error();
        return stored ? Outcome::Updated : Outcome::Inserted;
    }

    bool load(ImportContext &ctx)
    {
        auto agencies = AgencyRepository(ctx.db).idsByName();
        auto certs = OfficerRepository(ctx.db).officerIdsByCertNumber();
        auto cases = CaseRepository(ctx.db).idsByCaseNo();
        const Error *failed = !agencies ? &agencies.error() : !certs ? &certs.error() : !cases ? &cases.error() : nullptr;
        if (failed) {
            ctx.report.problems.append({ctx.file, 0, QString(), failed->toString()});
            return false;
        }
        m_agencies = std::move(agencies.value());
        m_certs = std::move(certs.value());
        m_existing = std::move(cases.value());
        return true;
    }

    bool readRow(ImportContext &ctx, int row, EnforcementCase &c)
    {
        bool ok = Check::required(ctx, row, QStringLiteral("case_no"), c.caseNo);
        QString agency;
        if (Check::required(ctx, row, QStringLiteral("agency"), agency)) {
            c.agencyId = m_agencies.value(agency);
            if (c.agencyId == 0) {
                ctx.error(row, QStringLiteral("agency"), QCoreApplication::translate("Io", "no enforcement body is named \"%1\"; import the agencies first").arg(agency));
                ok = false;
            }
        } else {
            ok = false;
        }
        std::optional<CaseKind> kind;
        ok = Check::vocab(ctx, row, QStringLiteral("kind"), true, kind) && ok;
        c.kind = kind.value_or(CaseKind::Other);
        ok = Check::required(ctx, row, QStringLiteral("title"), c.title) && ok;
        c.party = ctx.value(row, QStringLiteral("party"));
        ok = Check::vocab(ctx, row, QStringLiteral("party_kind"), false, c.partyKind) && ok;
        ok = Check::date(ctx, row, QStringLiteral("opened_on"), true, c.openedOn) && ok;
        ok = Check::date(ctx, row, QStringLiteral("decided_on"), false, c.decidedOn) && ok;
        ok = Check::date(ctx, row, QStringLiteral("closed_on"), false, c.closedOn) && ok;
        ok = readOfficers(ctx, row, c) && ok;
        ok = vocabList(ctx, row, QStringLiteral("penalties"), c.penalties) && ok;
        ok = Check::vocab(ctx, row, QStringLiteral("discretion"), false, c.discretion) && ok;
        ok = licenceResult(ctx, row, c.licenceResult) && ok;
        ok = vocabList(ctx, row, QStringLiteral("coercion"), c.coercion) && ok;
        ok = money(ctx, row, QStringLiteral("fine"), c.fineFen) && ok;
        ok = money(ctx, row, QStringLiteral("confiscation"), c.confiscationFen) && ok;
        ok = Check::yesNo(ctx, row, QStringLiteral("major"), c.major) && ok;
        ok = readReview(ctx, row, c) && ok;
        ok = Check::date(ctx, row, QStringLiteral("published_on"), false, c.publishedOn) && ok;
        ok = Check::vocab(ctx, row, QStringLiteral("reconsideration"), false, c.reconsideration) && ok;
        ok = Check::vocab(ctx, row, QStringLiteral("litigation"), false, c.litigation) && ok;
        ok = Check::yesNo(ctx, row, QStringLiteral("transferred"), c.transferred) && ok;
        return ok;
    }

    bool readOfficers(ImportContext &ctx, int row, EnforcementCase &c)
    {
        const QString key = QStringLiteral("officers");
        QStringList unknown;
        for (const QString &cert : Parse::list(ctx.value(row, key))) {
            const qint64 officer = m_certs.value(cert);
            if (officer == 0)
                unknown << cert;
            else
                c.officers.append({officer, cert});
        }
        if (!unknown.isEmpty())
            ctx.error(row, key, QCoreApplication::translate("Io", "no officer holds the certificate %1; import the officers first")
                                    .arg(unknown.join(QStringLiteral("、"))));
        return unknown.isEmpty();
    }

    // The two review columns describe one round; kept as round 1 until merged with the
    // stored rounds in write().
    static bool readReview(ImportContext &ctx, int row, EnforcementCase &c)
    {
        LegalReviewRound r;
        bool ok = Check::date(ctx, row, QStringLiteral("legal_review_on"), false, r.concludedOn);
        ok = Check::vocab(ctx, row, QStringLiteral("legal_review_result"), false, r.conclusion) && ok;
        if (ok && (r.concludedOn.isValid() || r.conclusion))
            c.reviews = {r};
        return ok;
    }

    // The domain's cross-field checks, reported on the column they concern.
    bool crossCheck(ImportContext &ctx, int row, const EnforcementCase &c)
    {
        bool ok = true;
        for (const CaseProblem &p : validateCase(c)) {
            const QString key = m_columns.contains(p.field) ? p.field : QString();
            if (p.severity == CaseProblem::Severity::Warning) {
                ctx.warning(row, key, p.message);
            } else {
                ctx.error(row, key, p.message);
                ok = false;
            }
        }
        return ok;
    }

    // Keeps from the stored case what the template does not carry, and folds the file's
    // review into the stored rounds: the same conclusion changes nothing, a later date
    // after 存在问题 is a new round, anything else corrects the latest round.
    static void mergeStored(EnforcementCase &c, const EnforcementCase &stored)
    {
        c.id = stored.id;
        c.takenDownOn = stored.takenDownOn;
        c.transferredOn = stored.transferredOn;
        c.statutoryDays = stored.statutoryDays;
        c.extensionDays = stored.extensionDays;
        c.extensionApprovedOn = stored.extensionApprovedOn;
        c.extensionApprovedBy = stored.extensionApprovedBy;
        c.hearingRequested = stored.hearingRequested;
        c.hearingHeldOn = stored.hearingHeldOn;
        c.hearingNote = stored.hearingNote;
        c.stages = stored.stages;
        c.discussion = stored.discussion;
        if (c.reviews.isEmpty() || stored.reviews.isEmpty()) {
            if (c.reviews.isEmpty())
                c.reviews = stored.reviews;
            return;
        }
        const LegalReviewRound file = c.reviews.first();
        c.reviews = stored.reviews;
        LegalReviewRound &last = c.reviews.last();
        if (last.concludedOn == file.concludedOn && last.conclusion == file.conclusion)
            return;
        if (last.conclusion == ReviewConclusion::Problems && last.concludedOn.isValid()
            && file.concludedOn > last.concludedOn) {
            LegalReviewRound next = file;
            next.round = last.round + 1;
            c.reviews.append(next);
            return;
        }
        last.concludedOn = file.concludedOn;
        last.conclusion = file.conclusion;
    }

    struct Planned
    {
        int row;
        EnforcementCase c;
    };
    QHash<QString, qint64> m_agencies;
    QHash<QString, qint64> m_certs;
    QHash<QString, qint64> m_existing;
    QSet<QString> m_columns;
    std::optional<CaseRepository> m_repo; // one for all rows: it keeps its prepared statements
    QList<Planned> m_plan;
};
} // namespace

std::unique_ptr<KindImporter> makeCaseImporter()
{
    return std::make_unique<CaseImporter>();
}

} // namespace Jiandu::Io
