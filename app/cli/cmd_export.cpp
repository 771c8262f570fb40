#include "cli.h"

#include "io/importer.h"
#include "storage/activityrepository.h"

#include <QCoreApplication>

namespace Jiandu::Cli {
namespace {

int runExport(Context &ctx)
{
    if (ctx.args.size() != 1 || ctx.outFile().isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Usage: jiandu-cli export KIND --out FILE [--unmasked] [--as-of DATE] "
                   "[--agency NAME] [--activity NAME]"));
    const auto kind = Io::kindFromName(ctx.args.at(0));
    if (!kind)
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli",
                "Unknown kind \"%1\": use agencies, officers, trainings, assessments, cases, "
                "findings or tasks.")
                .arg(ctx.args.at(0)));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;

    Io::ExportOptions options;
    options.unmasked = ctx.unmasked();
    options.asOf = ctx.asOf();
    if (const int r = ctx.agencyFilter(options.agencyIds); r != Ok)
        return r;
    if (ctx.isSet(QStringLiteral("activity"))) {
        if (*kind != Io::Kind::Tasks && *kind != Io::Kind::Findings)
            return ctx.usageError(QCoreApplication::translate(
                "Cli", "--activity limits an export of tasks or findings."));
        const QString name = ctx.value(QStringLiteral("activity")).trimmed();
        auto activity = ActivityRepository(*db).findByName(name);
        if (!activity)
            return ctx.fail(activity.error());
        if (!activity.value())
            return ctx.usageError(
                QCoreApplication::translate("Cli", "There is no supervision activity named \"%1\".")
                    .arg(name));
        options.activityIds = {activity.value()->id};
    }
    if (options.unmasked)
        if (const int r = ctx.auditUnmask(QStringLiteral("export ") + ctx.args.at(0)); r != Ok)
            return r;
    const auto written = Io::exportFile(*db, *kind, ctx.outFile(), options);
    if (!written) {
        return ctx.fail(written.error(), true);
    }
    ctx.err << QCoreApplication::translate("Cli", "Wrote %n row(s) to %1.", nullptr,
                                           written.value())
                   .arg(ctx.outFile())
            << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(
    exportTable, QStringLiteral("export"),
    QStringLiteral("export KIND --out FILE [--unmasked] [--as-of DATE] [--agency NAME] "
                   "[--activity NAME]"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Export agencies, officers, trainings, assessments, cases, findings "
               "or tasks to .csv, .xlsx or .json in the import layout.")),
    runExport, needs(Security::Permission::Export));

} // namespace Jiandu::Cli
