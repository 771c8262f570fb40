// Importers of the officers' records: trainings (培训记录) and assessments (年度考核).

#include "importcontext.h"

#include "storage/trainingrepository.h"
#include "util/parsing.h"

namespace Jiandu::Io {

namespace {

class TrainingImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        if (!m_officers.load(ctx))
            return;
        QHash<QString, int> seen;
        for (int row = 0; row < ctx.table.rows.size(); ++row) {
            Training t;
            t.officerId = m_officers.resolve(ctx, row);
            bool ok = t.officerId != 0;
            ok = Check::date(ctx, row, QStringLiteral("date"), true, t.date) && ok;
            ok = Check::required(ctx, row, QStringLiteral("title"), t.title) && ok;
            ok = Check::vocab(ctx, row, QStringLiteral("kind"), false, t.kind) && ok;
            ok = Check::vocab(ctx, row, QStringLiteral("mode"), false, t.mode) && ok;
            ok = readDuration(ctx, row, t) && ok;
            t.organizer = ctx.value(row, QStringLiteral("organizer"));
            if (ok) {
                const QString key = QStringLiteral("%1|%2|%3").arg(t.officerId).arg(Parse::isoDate(t.date), t.title);
                ok = ctx.checkDuplicate(seen, key, row, QStringLiteral("title"));
            }
            if (ok)
                m_plan.append({row, t});
        }
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        TrainingRepository repo(ctx.db);
        Training t = m_plan.at(i).training;
        auto before = repo.findTraining(t.officerId, t.date, t.title);
        if (!before)
            return before.error();
        if (before.value()) {
            t.id = before.value()->id;
            if (TrainingRepository::toJson(*before.value()) == TrainingRepository::toJson(t))
                return Outcome::Unchanged;
        }
        auto saved = repo.saveTraining(t);
        if (!saved)
            return saved.error();
        return before.value() ? Outcome::Updated : Outcome::Inserted;
    }

private:
    static bool readDuration(ImportContext &ctx, int row, Training &t)
    {
        const QString hours = ctx.value(row, QStringLiteral("hours"));
        const QString minutes = ctx.value(row, QStringLiteral("minutes"));
        bool ok = true;
        if (!hours.isEmpty()) {
            t.hours = Parse::decimal(hours);
            if (!t.hours) {
                ctx.error(row, QStringLiteral("hours"), QCoreApplication::translate("Io", "\"%1\" is not a number of class hours").arg(hours));
                ok = false;
            }
        }
        if (!minutes.isEmpty()) {
            bool isInt = false;
            const int m = minutes.toInt(&isInt);
            if (!isInt || m < 0) {
                ctx.error(row, QStringLiteral("minutes"), QCoreApplication::translate("Io", "\"%1\" is not a number of minutes").arg(minutes));
                ok = false;
            } else {
                t.minutes = m;
            }
        }
        if (hours.isEmpty() && minutes.isEmpty()) {
            ctx.error(row, QStringLiteral("hours"), QCoreApplication::translate("Io", "give the class hours (学时) or the duration (时长(分钟))"));
            ok = false;
        }
        return ok;
    }

    struct Planned
    {
        int row;
        Training training;
    };
    OfficerResolver m_officers;
    QList<Planned> m_plan;
};

class AssessmentImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        if (!m_officers.load(ctx))
            return;
        QHash<QString, int> seen;
        const QString yearKey = QStringLiteral("year");
        for (int row = 0; row < ctx.table.rows.size(); ++row) {
            Assessment a;
            a.officerId = m_officers.resolve(ctx, row);
            bool ok = a.officerId != 0;
            QString year;
            if (Check::required(ctx, row, yearKey, year)) {
                bool isInt = false;
                a.year = year.toInt(&isInt);
                if (!isInt || a.year < 1949 || a.year > 2100) {
                    ctx.error(row, yearKey, QCoreApplication::translate("Io", "\"%1\" is not a year such as 2024").arg(year));
                    ok = false;
                }
            } else {
                ok = false;
            }
            std::optional<AssessmentResult> result;
            ok = Check::vocab(ctx, row, QStringLiteral("result"), true, result) && ok;
            if (ok)
                ok = ctx.checkDuplicate(seen, QStringLiteral("%1|%2").arg(a.officerId).arg(a.year), row, yearKey);
            if (ok) {
                a.result = *result;
                m_plan.append({row, a});
            }
        }
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        TrainingRepository repo(ctx.db);
        Assessment a = m_plan.at(i).assessment;
        auto before = repo.findAssessment(a.officerId, a.year);
        if (!before)
            return before.error();
        if (before.value()) {
            a.id = before.value()->id;
            if (before.value()->result == a.result)
                return Outcome::Unchanged;
        }
        auto saved = repo.saveAssessment(a);
        if (!saved)
            return saved.error();
        return before.value() ? Outcome::Updated : Outcome::Inserted;
    }

private:
    struct Planned
    {
        int row;
        Assessment assessment;
    };
    OfficerResolver m_officers;
    QList<Planned> m_plan;
};
} // namespace

std::unique_ptr<KindImporter> makeTrainingImporter()
{
    return std::make_unique<TrainingImporter>();
}

std::unique_ptr<KindImporter> makeAssessmentImporter()
{
    return std::make_unique<AssessmentImporter>();
}

} // namespace Jiandu::Io
