#include "cli.h"

#include "report/annualreport.h"
#include "report/reporttables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Jiandu::Cli {
namespace {

VoidResult writeJson(const QString &path, const AnnualReport &report)
{
    const QByteArray bytes = Report::toJson(report).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Io", "The file cannot be written: %1.")
                         .arg(file.errorString()),
                     path};
    return {};
}

int runAnnual(Context &ctx)
{
    if (!ctx.isSet(QStringLiteral("year")))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "report annual needs --year YEAR."));
    const QString out = ctx.outFile();
    if (out.isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "report annual needs --out FILE (.json, .csv or .xlsx)."));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix == u"pdf" || suffix == u"odt")
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "The printed annual report (PDF/ODT) is not available yet; write .json, "
                   ".csv or .xlsx."));
    if (suffix != u"json" && suffix != u"csv" && suffix != u"xlsx")
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli", "report annual writes .json, .csv or .xlsx (PDF/ODT are not available "
                       "yet), not \"%1\".")
                .arg(out));

    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    QList<qint64> agencyIds;
    if (const int r = ctx.agencyFilter(agencyIds); r != Ok)
        return r;
    const int year = ctx.year();
    // Without --as-of the report is taken at the end of its year (spec/annual-report.md).
    const QDate asOf = ctx.isSet(QStringLiteral("as-of")) ? ctx.asOf() : QDate(year, 12, 31);
    const std::optional<qint64> agency =
        agencyIds.isEmpty() ? std::nullopt : std::optional<qint64>(agencyIds.constFirst());

    const auto report = computeAnnualReport(*db, year, agency, asOf);
    if (!report)
        return ctx.dataError(report.error().toString());
    const VoidResult written = suffix == u"json"  ? writeJson(out, *report)
                               : suffix == u"csv" ? Report::writeCsv(out, *report)
                                                  : Report::writeXlsx(out, *report);
    if (!written)
        return ctx.dataError(written.error().toString());
    ctx.err << QCoreApplication::translate("Cli",
                                           "Wrote the annual report for %1 (%2, as of %3) to %4.")
                   .arg(QString::number(year), report->scope, asOf.toString(Qt::ISODate), out)
            << Qt::endl;
    return Ok;
}

int runReport(Context &ctx)
{
    if (ctx.args.size() != 1 || ctx.args.constFirst() != u"annual")
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Usage: report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE"));
    return runAnnual(ctx);
}

} // namespace

JIANDU_CLI_COMMAND(
    report, QStringLiteral("report"),
    QStringLiteral("report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "The annual enforcement report (行政执法年度报告) as .json, .csv or .xlsx.")),
    runReport);

} // namespace Jiandu::Cli
