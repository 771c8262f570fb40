// Importer and exporter of supervision findings (监督发现问题). The spec has no template for
// them; this one follows the others (io/README.md "findings"):
//   来源 (source, the supervision activity, created when unknown), 执法主体 (agency, a known
//   body), 发现日期 (found_on), 问题 (problem), 类别 (category), 严重程度 (severity: 轻微, 一般,
//   严重; default 一般), 案号 (case_no, a known case).
// Key: 来源 + 执法主体 + 问题. Only findings of a supervision activity are exported (those
// raised from a file review carry no activity and are listed with their review).

#include "importcontext.h"
#include "taskexporter.h"

#include "columns.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "storage/caserepository.h"
#include "storage/findingrepository.h"

namespace Jiandu::Io {

namespace {

const QString kSource = QStringLiteral("source");
const QString kAgency = QStringLiteral("agency");
const QString kProblem = QStringLiteral("problem");

QString findingKey(qint64 agencyId, const QString &problem)
{
    return QString::number(agencyId) + QLatin1Char('\n') + problem;
}

class FindingImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        auto agencies = AgencyRepository(ctx.db).idsByName();
        auto cases = CaseRepository(ctx.db).idsByCaseNo();
        if (!agencies || !cases) {
            ctx.report.problems.append({ctx.file, 0, QString(), (agencies ? cases.error() : agencies.error()).toString()});
            return;
        }
        m_agencies = std::move(agencies.value());
        m_cases = std::move(cases.value());
        QHash<QString, int> seen;
        for (int row = 0; row < ctx.table.rows.size(); ++row) {
            Planned p;
            p.row = row;
            if (readRow(ctx, row, p)
                && ctx.checkDuplicate(seen, p.source + QLatin1Char('\n') + findingKey(p.finding.agencyId, p.finding.problem), row, kProblem)
                && loadSource(ctx, p.source)) {
                const Source &s = m_sources.value(p.source);
                if (const auto it = s.stored.constFind(findingKey(p.finding.agencyId, p.finding.problem)); it != s.stored.constEnd())
                    p.stored = it.value();
                m_plan.append(p);
            }
        }
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        Planned p = m_plan.at(i);
        Finding &f = p.finding;
        if (p.stored) {
            const Finding &s = *p.stored;
            if (s.foundOn == f.foundOn && s.category == f.category && s.severity == f.severity && s.caseId == f.caseId)
                return Outcome::Unchanged;
            Finding updated = s;
            updated.foundOn = f.foundOn;
            updated.category = f.category;
            updated.severity = f.severity;
            updated.caseId = f.caseId;
            if (auto saved = FindingRepository(ctx.db).save(updated); !saved)
                return saved.error();
            return Outcome::Updated;
        }
        Source &source = m_sources[p.source];
        if (source.activityId == 0) {
            auto id = ActivityRepository(ctx.db).ensure(p.source, QDate());
            if (!id)
                return id.error();
            source.activityId = id.value();
        }
        f.activityId = source.activityId;
        f.source = p.source;
        if (auto saved = FindingRepository(ctx.db).save(f); !saved)
            return saved.error();
        return Outcome::Inserted;
    }

private:
    struct Source
    {
        qint64 activityId = 0; // 0: created on the first write
        QHash<QString, Finding> stored; // by findingKey
    };
    struct Planned
    {
        int row = 0;
        QString source;
        Finding finding;
        std::optional<Finding> stored;
    };

    bool readRow(ImportContext &ctx, int row, Planned &p)
    {
        bool ok = Check::required(ctx, row, kSource, p.source);
        QString agency;
        if (Check::required(ctx, row, kAgency, agency)) {
            p.finding.agencyId = m_agencies.value(agency);
            if (p.finding.agencyId == 0) {
                ctx.error(row, kAgency, QCoreApplication::translate("Io", "no enforcement body is named \"%1\"; import the agencies first").arg(agency));
                ok = false;
            }
        } else {
            ok = false;
        }
        ok = Check::date(ctx, row, QStringLiteral("found_on"), true, p.finding.foundOn) && ok;
        ok = Check::required(ctx, row, kProblem, p.finding.problem) && ok;
        p.finding.category = ctx.value(row, QStringLiteral("category"));
        std::optional<FindingSeverity> severity;
        ok = Check::vocab(ctx, row, QStringLiteral("severity"), false, severity) && ok;
        p.finding.severity = severity.value_or(FindingSeverity::Ordinary);
        const QString caseNo = ctx.value(row, QStringLiteral("case_no"));
        if (!caseNo.isEmpty()) {
            if (const qint64 id = m_cases.value(caseNo); id != 0) {
                p.finding.caseId = id;
            } else {
                ctx.error(row, QStringLiteral("case_no"), QCoreApplication::translate("Io", "no case has the number %1; import the cases first").arg(caseNo));
                ok = false;
            }
        }
        return ok;
    }

    bool loadSource(ImportContext &ctx, const QString &name)
    {
        if (m_sources.contains(name))
            return true;
        Source s;
        auto activity = ActivityRepository(ctx.db).findByName(name);
        if (!activity) {
            ctx.report.problems.append({ctx.file, 0, QString(), activity.error().toString()});
            return false;
        }
        if (activity.value()) {
            s.activityId = activity.value()->id;
            auto findings = FindingRepository(ctx.db).listByActivity(s.activityId);
            if (!findings) {
                ctx.report.problems.append({ctx.file, 0, QString(), findings.error().toString()});
                return false;
            }
            for (const Finding &f : findings.value())
                s.stored.insert(findingKey(f.agencyId, f.problem), f);
        }
        m_sources.insert(name, s);
        return true;
    }

    QHash<QString, qint64> m_agencies;
    QHash<QString, qint64> m_cases;
    QHash<QString, Source> m_sources;
    QList<Planned> m_plan;
};
} // namespace

std::unique_ptr<KindImporter> makeFindingImporter()
{
    return std::make_unique<FindingImporter>();
}

Result<ExportTable> exportFindings(Database &db, const ExportOptions &options)
{
    ExportTable t;
    t.sheetName = kindName(Kind::Findings);
    for (const ColumnSpec &c : columnSpecs(Kind::Findings)) {
        t.headers << c.zh;
        t.keys << c.key;
    }
    auto activities = ActivityRepository(db).list();
    auto agencies = AgencyRepository(db).all();
    auto cases = CaseRepository(db).idsByCaseNo();
    if (!activities || !agencies || !cases)
        return !activities ? activities.error() : !agencies ? agencies.error() : cases.error();
    QHash<qint64, QString> agencyNames;
    for (const Agency &a : agencies.value())
        agencyNames.insert(a.id, a.name);
    QHash<qint64, QString> caseNumbers;
    for (auto it = cases->constBegin(); it != cases->constEnd(); ++it)
        caseNumbers.insert(it.value(), it.key());
    FindingRepository repo(db);
    // Oldest activity first, like a ledger.
    for (auto a = activities->crbegin(); a != activities->crend(); ++a) {
        if (!options.activityIds.isEmpty() && !options.activityIds.contains(a->id))
            continue;
        auto findings = repo.listByActivity(a->id);
        if (!findings)
            return findings.error();
        for (const Finding &f : findings.value()) {
            if (!options.agencyIds.isEmpty() && !options.agencyIds.contains(f.agencyId))
                continue;
            t.rows.append({a->name, agencyNames.value(f.agencyId), f.foundOn, f.problem,
                           f.category.isEmpty() ? QVariant() : QVariant(f.category), Vocab::zh(f.severity),
                           f.caseId ? QVariant(caseNumbers.value(*f.caseId)) : QVariant()});
        }
    }
    return t;
}

} // namespace Jiandu::Io
