#include "cli.h"

#include "documents/annualreportdocument.h"
#include "documents/fonts.h"
#include "report/annualreport.h"
#include "report/reporttables.h"
#include "storage/audittrail.h"
#include "storage/reportrepository.h"
#include "util/checkedsavefile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Jiandu::Cli {
namespace {

VoidResult writeJson(const QString &path, const AnnualReport &report)
{
    const QByteArray bytes = Report::toJson(report).toUtf8();
    CheckedSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Io", "The file cannot be written: %1.")
                         .arg(file.errorString()),
                     path};
    return {};
}

// Without --as-of the report is taken at the end of its year (spec/annual-report.md).
QDate reportAsOf(Context &ctx, int year)
{
    return ctx.isSet(QStringLiteral("as-of")) ? ctx.asOf() : QDate(year, 12, 31);
}

// The printed report (PDF or ODT); names the fallback fonts on stderr.
int writePrinted(Context &ctx, Database &db, const AnnualReport &report, const QString &out,
                 const QString &suffix)
{
    Documents::AnnualReportPrintOptions options;
    options.issuingUnit = ctx.isSet(QStringLiteral("unit")) ? ctx.value(QStringLiteral("unit"))
                                                            : Documents::defaultIssuingUnit(db);
    options.date = ctx.clock().today();
    options.footer = Documents::auditFooter(db, options.date);
    if (suffix == u"pdf") {
        const auto pages = Documents::writeAnnualReportPdf(report, options, out);
        if (!pages)
            return ctx.fail(pages.error());
    } else if (const VoidResult written = Documents::writeAnnualReportOdt(report, options, out);
               !written) {
        return ctx.fail(written.error());
    }
    const QString notice = Documents::fallbackNotice(
        {Documents::FontRole::Title, Documents::FontRole::Body, Documents::FontRole::Heading1,
         Documents::FontRole::Heading2, Documents::FontRole::Table});
    if (!notice.isEmpty())
        ctx.err << notice << Qt::endl;
    return Ok;
}

// The year, scope and report of `report finalise` / `report verify`.
int scopeOf(Context &ctx, const QString &verb, std::optional<qint64> &agency)
{
    if (!ctx.isSet(QStringLiteral("year")))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "report %1 needs --year YEAR.").arg(verb));
    QList<qint64> agencyIds;
    if (const int r = ctx.agencyFilter(agencyIds); r != Ok)
        return r;
    agency = agencyIds.isEmpty() ? std::nullopt : std::optional<qint64>(agencyIds.constFirst());
    return Ok;
}

int runFinalise(Context &ctx)
{
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    std::optional<qint64> agency;
    if (const int r = scopeOf(ctx, QStringLiteral("finalise"), agency); r != Ok)
        return r;
    const int year = ctx.year();
    const auto report = computeAnnualReport(*db, year, agency, reportAsOf(ctx, year));
    if (!report)
        return ctx.fail(report.error());
    const QString json = Report::toJson(*report);
    const auto finalised = ReportRepository(*db).finalise(*report, json);
    if (!finalised)
        return ctx.fail(finalised.error());
    if (!ctx.outFile().isEmpty()) {
        VoidResult written = writeJson(ctx.outFile(), *report);
        if (written) // audited once the file is there
            written = AuditTrail(*db).recordOutput(
                AuditEntry::Action::Export, QStringLiteral("annual_report"),
                {{QStringLiteral("file"), QFileInfo(ctx.outFile()).fileName()},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("sequence"), finalised->sequence}});
        if (!written)
            return ctx.fail(written.error());
    }
    ctx.out << finalised->jsonSha256 << Qt::endl;
    ctx.err << QCoreApplication::translate(
                   "Cli", "Finalised the annual report for %1 (%2, as of %3, version %4).")
                   .arg(QString::number(year), finalised->scope,
                        finalised->asOf.toString(Qt::ISODate), QString::number(finalised->sequence))
            << Qt::endl;
    return Ok;
}

int runVerify(Context &ctx)
{
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    std::optional<qint64> agency;
    if (const int r = scopeOf(ctx, QStringLiteral("verify"), agency); r != Ok)
        return r;
    const int year = ctx.year();
    ReportRepository repo(*db);
    const auto latest = repo.latest(year, agency);
    if (!latest)
        return ctx.fail(latest.error());
    if (!latest->has_value())
        return ctx.dataError(
            QCoreApplication::translate("Cli", "The annual report for %1 has not been finalised.")
                .arg(year));
    const FinalisedReport &f = **latest;
    // Recomputed as of the finalised report's own date, so only changed data differs.
    const auto report = computeAnnualReport(*db, year, agency, f.asOf);
    if (!report)
        return ctx.fail(report.error());
    const auto differences = ReportRepository::compare(f.json, Report::toJson(*report));
    if (!differences)
        return ctx.fail(differences.error());
    for (const ReportDifference &d : *differences)
        ctx.out << d.key << '\t' << d.finalised << '\t' << d.recomputed << Qt::endl;
    if (differences->isEmpty()) {
        ctx.err << QCoreApplication::translate(
                       "Cli", "The finalised annual report for %1 (version %2, %3) matches the "
                              "data.")
                       .arg(QString::number(year), QString::number(f.sequence), f.jsonSha256)
                << Qt::endl;
        return Ok;
    }
    ctx.err << QCoreApplication::translate(
                   "Cli", "The data no longer give the finalised annual report for %1 "
                          "(version %2): %3 figure(s) differ.")
                   .arg(QString::number(year), QString::number(f.sequence),
                        QString::number(differences->size()))
            << Qt::endl;
    return Problems;
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
    const bool printed = suffix == u"pdf" || suffix == u"odt";
    if (!printed && suffix != u"json" && suffix != u"csv" && suffix != u"xlsx")
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli", "report annual writes .json, .csv, .xlsx, .pdf or .odt, not \"%1\".")
                .arg(out));

    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    QList<qint64> agencyIds;
    if (const int r = ctx.agencyFilter(agencyIds); r != Ok)
        return r;
    const int year = ctx.year();
    const QDate asOf = reportAsOf(ctx, year);
    const std::optional<qint64> agency =
        agencyIds.isEmpty() ? std::nullopt : std::optional<qint64>(agencyIds.constFirst());

    const auto report = computeAnnualReport(*db, year, agency, asOf);
    if (!report)
        return ctx.fail(report.error());
    VoidResult written;
    if (printed) {
        if (const int r = writePrinted(ctx, *db, *report, out, suffix); r != Ok)
            return r;
    } else {
        written = suffix == u"json"  ? writeJson(out, *report)
                  : suffix == u"csv" ? Report::writeCsv(out, *report)
                                     : Report::writeXlsx(out, *report);
    }
    if (written) // audited once the file is there
        written = AuditTrail(*db).recordOutput(
            AuditEntry::Action::Export, QStringLiteral("annual_report"),
            {{QStringLiteral("file"), QFileInfo(out).fileName()},
             {QStringLiteral("year"), year},
             {QStringLiteral("title"), Documents::annualReportTitle(*report)}});
    if (!written)
        return ctx.fail(written.error());
    ctx.err << QCoreApplication::translate("Cli",
                                           "Wrote the annual report for %1 (%2, as of %3) to %4.")
                   .arg(QString::number(year), report->scope, asOf.toString(Qt::ISODate), out)
            << Qt::endl;
    return Ok;
}

int runReport(Context &ctx)
{
    const QString verb = ctx.args.size() == 1 ? ctx.args.constFirst() : QString();
    if (verb == u"annual")
        return runAnnual(ctx);
    if (verb == u"finalise")
        return runFinalise(ctx);
    if (verb == u"verify")
        return runVerify(ctx);
    return ctx.usageError(QCoreApplication::translate(
        "Cli", "Usage: report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE | "
               "report finalise --year YEAR [--agency NAME] [--as-of DATE] [--out FILE.json] | "
               "report verify --year YEAR [--agency NAME]"));
}

} // namespace

JIANDU_CLI_COMMAND(
    report, QStringLiteral("report"),
    QStringLiteral("report annual|finalise|verify --year YEAR [--agency NAME] [--as-of DATE] "
                   "[--out FILE]"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "The annual enforcement report (行政执法年度报告) as .json, .csv, .xlsx, .pdf or "
               ".odt; finalise records it, verify compares it with the data.")),
    runReport, [](const Context &ctx) {
        // Finalising records the report in the database; the other verbs read and write files.
        return std::optional(ctx.args.value(0) == u"finalise" ? Security::Permission::EditData
                                                              : Security::Permission::Export);
    });

} // namespace Jiandu::Cli
