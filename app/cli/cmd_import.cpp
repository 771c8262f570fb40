#include "cli.h"

#include "io/importer.h"

#include <QCoreApplication>

namespace Jiandu::Cli {
namespace {

int runImport(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Usage: jiandu-cli import KIND FILE [--dry-run] [--encoding E] [--sheet S] "
                   "[--source-date DATE]"));
    const auto kind = Io::kindFromName(ctx.args.at(0));
    if (!kind)
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli",
                "Unknown kind \"%1\": use agencies, officers, trainings, assessments, cases, "
                "findings or tasks.")
                .arg(ctx.args.at(0)));
    QDate sourceDate;
    if (ctx.isSet(QStringLiteral("source-date"))) {
        sourceDate = QDate::fromString(ctx.value(QStringLiteral("source-date")), Qt::ISODate);
        if (!sourceDate.isValid())
            return ctx.usageError(
                QCoreApplication::translate("Cli", "--source-date takes a date as YYYY-MM-DD, not \"%1\".")
                    .arg(ctx.value(QStringLiteral("source-date"))));
        if (*kind != Io::Kind::Tasks)
            return ctx.usageError(
                QCoreApplication::translate("Cli", "--source-date is only for import tasks."));
    }
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;

    Io::ImportOptions options;
    options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
    options.read.encoding = ctx.value(QStringLiteral("encoding"));
    options.read.sheet = ctx.value(QStringLiteral("sheet"));
    options.sourceDate = sourceDate;
    const Io::ImportReport report = Io::importFile(*db, *kind, ctx.args.at(1), options);

    for (const Io::Problem &p : report.problems)
        ctx.err << p.toString() << Qt::endl;
    if (report.unreadable)
        return DataError;
    if (report.hasErrors()) {
        ctx.err << QCoreApplication::translate("Cli", "%n error(s); nothing was imported.", nullptr,
                                               report.errorCount())
                << Qt::endl;
        return Problems;
    }
    ctx.err << QCoreApplication::translate(
                   "Cli", "%n row(s): %1 inserted, %2 updated, %3 unchanged.", nullptr, report.rows)
                   .arg(report.inserted)
                   .arg(report.updated)
                   .arg(report.unchanged)
            << Qt::endl;
    if (options.dryRun)
        ctx.err << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(
    importTable, QStringLiteral("import"),
    QStringLiteral("import KIND FILE [--dry-run] [--encoding E] [--sheet S] [--source-date DATE]"),
    QStringLiteral(QT_TRANSLATE_NOOP("Cli", "Import a CSV or XLSX file of agencies, officers, "
                                            "trainings, assessments, cases, findings or tasks "
                                            "(all or nothing).")),
    runImport, needs(Security::Permission::EditData));

} // namespace Jiandu::Cli
