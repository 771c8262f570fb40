// Importer of rectification tasks (整改任务, spec/import-templates.md "tasks").
// Key: 来源 + 序号. An unknown 来源 creates the activity (ActivityRepository::ensure). The
// deadline is kept as written and understood with DeadlinePhrase; a text that is not
// understood is a warning on its cell, never a reason to refuse the file. Units are kept as
// written; names that match no enforcement body or section are listed as notes. A stored
// task keeps what the template does not carry (finding, remark, a date set by hand for the
// same deadline text, progress reports), and its status only moves forward along the flow.

#include "importcontext.h"
#include "taskimportsupport.h"

#include "calendar/deadlinephrase.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/taskrepository.h"
#include "util/parsing.h"

namespace Jiandu::Io {

namespace {

const QString kSource = QStringLiteral("source");
const QString kSourceDate = QStringLiteral("source_date");
const QString kSeq = QStringLiteral("seq");
const QString kDeadline = QStringLiteral("deadline");
const QString kStatus = QStringLiteral("status");
const QString kClosedOn = QStringLiteral("closed_on");

class TaskImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        if (!m_units.load(ctx))
            return;
        // First the sources and their dates, which every deadline of the source is read with.
        const int rows = int(ctx.table.rows.size());
        QList<Planned> read(rows);
        QList<bool> sourceOk(rows);
        for (int row = 0; row < rows; ++row) {
            read[row].row = row;
            sourceOk[row] = readSource(ctx, row, read[row]);
        }
        QHash<QString, int> seen;
        for (int row = 0; row < rows; ++row) {
            Planned &p = read[row];
            bool ok = sourceOk.at(row);
            ok = Check::required(ctx, row, kSeq, p.task.seq) && ok;
            ok = Check::required(ctx, row, QStringLiteral("problem"), p.task.problem) && ok;
            p.task.measures = ctx.value(row, QStringLiteral("measures"));
            p.task.owner = ctx.value(row, QStringLiteral("owner"));
            p.task.progress = ctx.value(row, QStringLiteral("progress"));
            ok = readUnits(ctx, row, p.task) && ok;
            ok = (sourceOk.at(row) ? readDeadline(ctx, row, p)
                                   : Check::required(ctx, row, kDeadline, p.task.deadline.text))
                 && ok;
            ok = readStatus(ctx, row, p) && ok;
            if (!p.source.isEmpty() && !p.task.seq.isEmpty())
                ok = ctx.checkDuplicate(seen, p.source + QLatin1Char('\n') + p.task.seq, row, kSeq) && ok;
            if (ok)
                ok = matchStored(ctx, row, p);
            if (ok)
                m_plan.append(p);
        }
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        Planned p = m_plan.at(i);
        Source &source = m_sources[p.source];
        if (source.activityId == 0) {
            auto id = ActivityRepository(ctx.db).ensure(p.source, source.date);
            if (!id)
                return id.error();
            source.activityId = id.value();
        }
        TaskRepository repo(ctx.db);
        RectificationTask &task = p.task;
        task.activityId = source.activityId;
        if (!p.storedId) {
            task.position = ++source.lastPosition;
            auto saved = repo.save(task);
            if (!saved)
                return saved.error();
            return Outcome::Inserted;
        }
        auto found = repo.find(*p.storedId);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{Error::Code::NotFound, QCoreApplication::translate("Io", "The task has been deleted meanwhile."), task.seq};
        const RectificationTask &stored = *found.value();
        TaskImport::mergeStored(task, stored, p.statusGiven, p.storedProgressText);
        if (TaskImport::sameContent(task, stored))
            return Outcome::Unchanged;
        const TaskStatus target = task.status;
        const QDate closedOn = task.closedOn;
        task.status = stored.status; // save keeps the stored status; the flow moves it
        task.closedOn = stored.closedOn;
        if (!TaskImport::sameContent(task, stored)) {
            if (auto saved = repo.save(task); !saved)
                return saved.error();
        } else if (target == stored.status) {
            return Outcome::Unchanged;
        }
        const QDate today = ctx.db.clock().today();
        for (TaskStatus step : TaskImport::forwardSteps(stored.status, target)) {
            const QDate on = target == TaskStatus::SignedOff && closedOn.isValid() ? closedOn : today;
            if (auto r = repo.transition(task.id, step, on); !r)
                return r.error();
        }
        return Outcome::Updated;
    }

private:
    struct Source
    {
        qint64 activityId = 0; // 0: not yet created
        QDate date;            // the source date deadlines are read with
        int dateRow = -1;      // the row whose 来源日期 set `date`
        int lastPosition = 0;
        QHash<QString, TaskRow> stored; // by seq
    };

    struct Planned
    {
        int row = 0;
        QString source;
        RectificationTask task;
        bool statusGiven = false;
        std::optional<qint64> storedId;
        QString storedProgressText; // the stored task's progress as the ledger shows it
    };

    bool readSource(ImportContext &ctx, int row, Planned &p)
    {
        QDate written;
        const bool dateOk = Check::date(ctx, row, kSourceDate, false, written);
        if (!Check::required(ctx, row, kSource, p.source) || !dateOk)
            return false;
        auto it = m_sources.find(p.source);
        if (it == m_sources.end()) {
            Source s;
            if (!loadStored(ctx, p.source, s))
                return false;
            it = m_sources.insert(p.source, s);
        }
        Source &s = it.value();
        if (written.isValid()) {
            if (s.dateRow >= 0 && s.date != written) {
                ctx.error(row, kSourceDate,
                          QCoreApplication::translate("Io", "%1 differs from the 来源日期 %2 of the same source on line %3")
                              .arg(Parse::isoDate(written), Parse::isoDate(s.date))
                              .arg(ctx.line(s.dateRow)));
                return false;
            }
            s.date = written;
            s.dateRow = row;
        }
        return true;
    }

    // The stored activity named `name` and its tasks; the source date the deadlines are read
    // with until a row gives one: --source-date, else the activity's.
    bool loadStored(ImportContext &ctx, const QString &name, Source &s)
    {
        s.date = ctx.sourceDate;
        auto activity = ActivityRepository(ctx.db).findByName(name);
        if (!activity) {
            ctx.report.problems.append({ctx.file, 0, QString(), activity.error().toString()});
            return false;
        }
        if (!activity.value())
            return true;
        s.activityId = activity.value()->id;
        if (!s.date.isValid())
            s.date = activity.value()->sourceDate;
        TaskQuery query;
        query.activityId = s.activityId;
        auto rows = TaskImport::allTasks(ctx.db, query);
        if (!rows) {
            ctx.report.problems.append({ctx.file, 0, QString(), rows.error().toString()});
            return false;
        }
        for (const TaskRow &r : rows.value())
            s.stored.insert(r.seq, r);
        auto positions = TaskImport::lastPosition(ctx.db, rows.value());
        if (!positions) {
            ctx.report.problems.append({ctx.file, 0, QString(), positions.error().toString()});
            return false;
        }
        s.lastPosition = positions.value();
        return true;
    }

    bool readUnits(ImportContext &ctx, int row, RectificationTask &task)
    {
        const QString lead = ctx.value(row, QStringLiteral("lead_unit"));
        if (!lead.isEmpty()) {
            task.leadUnit = TaskUnit{lead, std::nullopt, std::nullopt};
            m_units.noteUnknown(ctx, row, QStringLiteral("lead_unit"), Parse::list(lead));
        }
        QString cell;
        if (!Check::required(ctx, row, QStringLiteral("responsible_units"), cell))
            return false;
        const QStringList names = Parse::list(cell);
        for (const QString &name : names)
            task.responsibleUnits.append(TaskUnit{name, std::nullopt, std::nullopt});
        m_units.noteUnknown(ctx, row, QStringLiteral("responsible_units"), names);
        return true;
    }

    bool readDeadline(ImportContext &ctx, int row, Planned &p)
    {
        QString text;
        if (!Check::required(ctx, row, kDeadline, text))
            return false;
        const QDate sourceDate = m_sources.value(p.source).date;
        const auto meaning = DeadlinePhrase::parse(text, sourceDate);
        p.task.deadline = TaskDeadline{text, meaning.date, meaning.openEnded, meaning.understood, false};
        if (meaning.understood)
            return true;
        if (!sourceDate.isValid() && DeadlinePhrase::parse(text, QDate(2000, 1, 1)).understood)
            ctx.warning(row, kDeadline,
                        QCoreApplication::translate("Io", "\"%1\" has no year and the source has no date (来源日期 or "
                                                          "--source-date): kept as written, set its date by hand").arg(text));
        else
            ctx.warning(row, kDeadline,
                        QCoreApplication::translate("Io", "\"%1\" is not understood as a date or a continuing "
                                                          "commitment: kept as written, set its date by hand").arg(text));
        return true;
    }

    bool readStatus(ImportContext &ctx, int row, Planned &p)
    {
        std::optional<TaskStatus> status;
        bool ok = Check::vocab(ctx, row, kStatus, false, status);
        ok = Check::date(ctx, row, kClosedOn, false, p.task.closedOn) && ok;
        if (!ok)
            return false;
        p.statusGiven = status.has_value();
        p.task.status = status.value_or(TaskStatus::NotStarted);
        if (p.task.status == TaskStatus::SignedOff && !p.task.closedOn.isValid()) {
            ctx.error(row, kClosedOn, QCoreApplication::translate("Io", "a task that is 已销号 needs its 销号日期"));
            return false;
        }
        if (p.task.status != TaskStatus::SignedOff && p.task.closedOn.isValid()) {
            ctx.error(row, kClosedOn, QCoreApplication::translate("Io", "a 销号日期 is given but the status is not 已销号"));
            return false;
        }
        return true;
    }

    // A stored task of the same source and seq: its status may only move forward.
    bool matchStored(ImportContext &ctx, int row, Planned &p)
    {
        const Source &s = m_sources.value(p.source);
        const auto it = s.stored.constFind(p.task.seq);
        if (it == s.stored.constEnd())
            return true;
        p.storedId = it->id;
        p.storedProgressText = it->progress;
        if (p.statusGiven && p.task.status == TaskStatus::SignedOff && it->status == TaskStatus::SignedOff
            && p.task.closedOn != it->closedOn) {
            ctx.warning(row, kClosedOn,
                        QCoreApplication::translate("Io", "the task was signed off on %1; that date is kept")
                            .arg(Parse::isoDate(it->closedOn)));
            p.task.closedOn = it->closedOn;
        }
        if (p.statusGiven && int(p.task.status) < int(it->status)) {
            ctx.error(row, kStatus,
                      QCoreApplication::translate("Io", "the task is already %1 in the ledger; an import does not move a "
                                                        "status back (return the task with a reason in the ledger)")
                          .arg(Vocab::zh(it->status)));
            return false;
        }
        return true;
    }

    TaskImport::UnitNames m_units;
    QHash<QString, Source> m_sources;
    QList<Planned> m_plan;
};
} // namespace

std::unique_ptr<KindImporter> makeTaskImporter()
{
    return std::make_unique<TaskImporter>();
}

} // namespace Jiandu::Io
