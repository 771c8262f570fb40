// The cases table in the layout of spec/import-templates.md, so an export imports again
// unchanged: several officers (by 执法证号) and penalties per cell joined with 、, money in
// yuan with two decimals, the legal review as its latest round.

#include "caseexporter.h"

#include "columns.h"
#include "storage/agencyrepository.h"
#include "storage/caserepository.h"
#include "util/format.h"

namespace Jiandu::Io {

namespace {
constexpr int kPage = 2000;
const QString kJoin = QStringLiteral("、");

template<typename E>
QVariant zhOrNull(const std::optional<E> &v)
{
    return v ? QVariant(Vocab::zh(*v)) : QVariant();
}

template<typename E>
QVariant zhJoined(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << Vocab::zh(v);
    return out.isEmpty() ? QVariant() : QVariant(out.join(kJoin));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant yuanOrNull(const std::optional<qint64> &fen)
{
    return fen ? QVariant(Format::yuan(*fen)) : QVariant();
}

QVariantList caseRow(const EnforcementCase &c, const QString &agencyName)
{
    QStringList officers;
    for (const CaseOfficer &o : c.officers)
        officers << o.certNumber;
    const LegalReviewRound *review = c.latestReview();
    return {c.caseNo, agencyName, Vocab::zh(c.kind), c.title, textOrNull(c.party), zhOrNull(c.partyKind),
            c.openedOn, dateOrNull(c.decidedOn), dateOrNull(c.closedOn),
            officers.isEmpty() ? QVariant() : QVariant(officers.join(kJoin)), zhJoined(c.penalties),
            zhOrNull(c.discretion), zhOrNull(c.licenceResult), zhJoined(c.coercion), yuanOrNull(c.fineFen),
            yuanOrNull(c.confiscationFen), c.major, review ? dateOrNull(review->concludedOn) : QVariant(),
            review ? zhOrNull(review->conclusion) : QVariant(), dateOrNull(c.publishedOn),
            zhOrNull(c.reconsideration), zhOrNull(c.litigation), c.transferred};
}
} // namespace

Result<ExportTable> exportCases(Database &db, const ExportOptions &options)
{
    ExportTable t;
    t.sheetName = kindName(Kind::Cases);
    for (const ColumnSpec &c : columnSpecs(Kind::Cases)) {
        t.headers << c.zh;
        t.keys << c.key;
    }
    auto agencies = AgencyRepository(db).all();
    if (!agencies)
        return agencies.error();
    QHash<qint64, QString> agencyNames;
    for (const Agency &a : agencies.value())
        agencyNames.insert(a.id, a.name);
    CaseRepository repo(db);
    CaseQuery query;
    query.agencyIds = options.agencyIds;
    // Keyset pages, so a large export never re-reads skipped rows.
    for (;;) {
        auto page = repo.list(query, 0, kPage);
        if (!page)
            return page.error();
        for (const CaseRow &row : page.value()) {
            auto c = repo.find(row.id);
            if (!c)
                return c.error();
            if (c.value())
                t.rows.append(caseRow(*c.value(), agencyNames.value(row.agencyId)));
        }
        if (page->size() < kPage)
            return t;
        query.afterOpenedOn = page->last().openedOn;
        query.afterId = page->last().id;
    }
}

} // namespace Jiandu::Io
