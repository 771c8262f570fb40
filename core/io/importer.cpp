#include "importer.h"

#include "csv.h"
#include "importcontext.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Jiandu::Io {

namespace {

constexpr int kProgressEvery = 200;

Problem fileProblem(const QString &file, const QString &message)
{
    return Problem{file, 0, QString(), message};
}

std::unique_ptr<KindImporter> makeImporter(Kind kind)
{
    switch (kind) {
    case Kind::Agencies: return makeAgencyImporter();
    case Kind::Officers: return makeOfficerImporter();
    case Kind::Trainings: return makeTrainingImporter();
    case Kind::Assessments: return makeAssessmentImporter();
    case Kind::Cases: return makeCaseImporter();
    case Kind::Findings: return makeFindingImporter();
    case Kind::Tasks: return makeTaskImporter();
    }
    return nullptr;
}

// Runs the planned writes in one transaction; commits unless dry run, cancel or failure.
void writeAll(ImportContext &ctx, KindImporter &importer, const ImportOptions &options)
{
    ImportReport &report = ctx.report;
    Transaction tx(ctx.db);
    if (!tx.isActive()) {
        report.problems.append(fileProblem(ctx.file, tx.beginError().toString()));
        return;
    }
    const int total = importer.planned();
    for (int i = 0; i < total; ++i) {
        if (options.progress && i % kProgressEvery == 0 && !options.progress(i, total)) {
            report.cancelled = true;
            report.inserted = report.updated = report.unchanged = 0;
            return; // the transaction rolls back
        }
        auto outcome = importer.write(ctx, i);
        if (!outcome) {
            ctx.error(importer.plannedRow(i), QString(), outcome.error().toString());
            report.inserted = report.updated = report.unchanged = 0;
            return;
        }
        switch (outcome.value()) {
        case KindImporter::Outcome::Inserted: ++report.inserted; break;
        case KindImporter::Outcome::Updated: ++report.updated; break;
        case KindImporter::Outcome::Unchanged: ++report.unchanged; break;
        }
    }
    if (options.progress && !options.progress(total, total)) {
        report.cancelled = true;
        report.inserted = report.updated = report.unchanged = 0;
        return;
    }
    if (options.dryRun)
        return; // counts say what would happen; the transaction rolls back
    if (auto r = tx.commit(); !r) {
        report.problems.append(fileProblem(ctx.file, r.error().toString()));
        report.inserted = report.updated = report.unchanged = 0;
        return;
    }
    report.committed = true;
}
} // namespace

QString Problem::toString() const
{
    QString s = file;
    if (line > 0)
        s += QLatin1Char(':') + QString::number(line);
    s += QStringLiteral(": ");
    if (!column.isEmpty())
        s += column + QStringLiteral(": ");
    if (severity == Severity::Warning)
        s += QCoreApplication::translate("Io", "warning: ");
    else if (severity == Severity::Note)
        s += QCoreApplication::translate("Io", "note: ");
    return s + message;
}

int ImportReport::errorCount() const
{
    int n = 0;
    for (const Problem &p : problems)
        n += p.severity == Problem::Severity::Error ? 1 : 0;
    return n;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Agencies: return QStringLiteral("agencies");
    case Kind::Officers: return QStringLiteral("officers");
    case Kind::Trainings: return QStringLiteral("trainings");
    case Kind::Assessments: return QStringLiteral("assessments");
    case Kind::Cases: return QStringLiteral("cases");
    case Kind::Findings: return QStringLiteral("findings");
    case Kind::Tasks: return QStringLiteral("tasks");
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (Kind k : allKinds())
        if (name.trimmed().compare(kindName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QList<Kind> allKinds()
{
    return {Kind::Agencies, Kind::Officers, Kind::Trainings, Kind::Assessments, Kind::Cases,
            Kind::Findings, Kind::Tasks};
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Agencies: return QCoreApplication::translate("Io", "Enforcement bodies");
    case Kind::Officers: return QCoreApplication::translate("Io", "Enforcement officers");
    case Kind::Trainings: return QCoreApplication::translate("Io", "Training records");
    case Kind::Assessments: return QCoreApplication::translate("Io", "Annual assessments");
    case Kind::Cases: return QCoreApplication::translate("Io", "Enforcement cases");
    case Kind::Findings: return QCoreApplication::translate("Io", "Supervision findings");
    case Kind::Tasks: return QCoreApplication::translate("Io", "Rectification tasks");
    }
    return {};
}

Result<Table> readTable(const QString &path, const ReadOptions &options)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != u"csv" && suffix != u"txt" && suffix != u"xlsx")
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Io", "Cannot read \"%1\": the file name must end in .csv or .xlsx.").arg(info.fileName()),
                     path};
    if (!info.isFile())
        return Error{Error::Code::NotFound, QCoreApplication::translate("Io", "The file does not exist."), path};
    Result<Table> table = Error{};
    if (suffix == u"xlsx") {
        table = Xlsx::read(path, options.sheet, options.maxRows);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, QCoreApplication::translate("Io", "The file cannot be read: %1.").arg(file.errorString()), path};
        table = Csv::parse(file.readAll(), options.encoding, options.maxRows);
        if (!table)
            return Error{table.error().code, table.error().message, path};
    }
    if (!table)
        return table;
    for (QStringList &row : table->rows)
        for (QString &cell : row)
            cell = Csv::unguardFormula(cell);
    return table;
}

ImportReport importFile(Database &db, Kind kind, const QString &path, const ImportOptions &options)
{
    ImportReport report;
    const QString file = QFileInfo(path).fileName();
    auto table = readTable(path, options.read);
    if (!table) {
        report.problems.append(fileProblem(file, table.error().message));
        report.unreadable = true;
        return report;
    }
    if (table->headers.isEmpty()) {
        report.problems.append(fileProblem(file, QCoreApplication::translate("Io", "the file is empty")));
        return report;
    }
    ImportContext ctx{db, kind, table.value(), {}, file, report, options.sourceDate};
    ctx.headers = HeaderMap::match(kind, table->headers, file, report.problems);
    if (report.hasErrors())
        return report;
    report.rows = int(table->rows.size());
    if (table->rows.isEmpty()) {
        report.problems.append(fileProblem(file, QCoreApplication::translate("Io", "the file has a header row but no data rows")));
        return report;
    }
    auto importer = makeImporter(kind);
    importer->validate(ctx);
    if (report.hasErrors())
        return report;
    writeAll(ctx, *importer, options);
    return report;
}

} // namespace Jiandu::Io
