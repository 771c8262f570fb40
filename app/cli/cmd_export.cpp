#include "cli.h"

#include "io/importer.h"

#include <QCoreApplication>

namespace Jiandu::Cli {
namespace {

int runExport(Context &ctx)
{
    if (ctx.args.size() != 1 || ctx.outFile().isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Usage: jiandu-cli export KIND --out FILE [--unmasked] [--as-of DATE]"));
    const auto kind = Io::kindFromName(ctx.args.at(0));
    if (!kind)
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli",
                "Unknown kind \"%1\": use agencies, officers, trainings, assessments or cases.")
                .arg(ctx.args.at(0)));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;

    Io::ExportOptions options;
    options.unmasked = ctx.unmasked();
    options.asOf = ctx.asOf();
    if (const int r = ctx.agencyFilter(options.agencyIds); r != Ok)
        return r;
    const auto written = Io::exportFile(*db, *kind, ctx.outFile(), options);
    if (!written) {
        ctx.err << written.error().toString() << Qt::endl;
        return written.error().code == Error::Code::Usage ? Usage : DataError;
    }
    ctx.err << QCoreApplication::translate("Cli", "Wrote %n row(s) to %1.", nullptr,
                                           written.value())
                   .arg(ctx.outFile())
            << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(exportTable, QStringLiteral("export"),
                   QStringLiteral("export KIND --out FILE [--unmasked] [--as-of DATE] [--agency NAME]"),
                   QStringLiteral(QT_TRANSLATE_NOOP(
                       "Cli", "Export agencies, officers, trainings, assessments or cases "
                              "to .csv, .xlsx or .json in the import layout.")),
                   runExport);

} // namespace Jiandu::Cli
