#include "importcontext.h"

#include "storage/agencyrepository.h"

namespace Jiandu::Io {

namespace {
const QString kName = QStringLiteral("name");

class AgencyImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        QHash<QString, int> seen;
        for (int row = 0; row < ctx.table.rows.size(); ++row) {
            Agency a;
            bool ok = Check::required(ctx, row, kName, a.name);
            if (ok)
                ok = ctx.checkDuplicate(seen, a.name, row, kName);
            a.shortName = ctx.value(row, QStringLiteral("short_name"));
            a.parentName = ctx.value(row, QStringLiteral("parent"));
            std::optional<AgencyKind> kind;
            ok = Check::vocab(ctx, row, QStringLiteral("kind"), true, kind) && ok;
            ok = Check::vocab(ctx, row, QStringLiteral("level"), false, a.level) && ok;
            if (!a.parentName.isEmpty() && a.parentName == a.name) {
                ctx.error(row, QStringLiteral("parent"), QCoreApplication::translate("Io", "an agency cannot be its own parent"));
                ok = false;
            }
            if (ok) {
                a.kind = *kind;
                m_plan.append({row, a});
            }
        }
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        AgencyRepository repo(ctx.db);
        if (!m_loaded) {
            auto all = repo.all();
            if (!all)
                return all.error();
            for (const Agency &a : all.value())
                m_existing.insert(a.name, a);
            m_loaded = true;
        }
        Agency a = m_plan.at(i).agency;
        const auto it = m_existing.constFind(a.name);
        if (it != m_existing.constEnd()) {
            a.id = it->id;
            if (AgencyRepository::toJson(*it) == AgencyRepository::toJson(a))
                return Outcome::Unchanged;
        }
        auto id = repo.save(a);
        if (!id)
            return id.error();
        return it != m_existing.constEnd() ? Outcome::Updated : Outcome::Inserted;
    }

private:
    struct Planned
    {
        int row;
        Agency agency;
    };
    QList<Planned> m_plan;
    QHash<QString, Agency> m_existing;
    bool m_loaded = false;
};
} // namespace

std::unique_ptr<KindImporter> makeAgencyImporter()
{
    return std::make_unique<AgencyImporter>();
}

} // namespace Jiandu::Io
