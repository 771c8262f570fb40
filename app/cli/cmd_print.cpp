#include "cli.h"

#include "documents/fonts.h"
#include "documents/rosterdocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Jiandu::Cli {
namespace {

int printRosterCommand(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "print roster takes no further arguments."));
    const QString out = ctx.outFile();
    if (out.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "print roster needs --out FILE.pdf."));
    if (QFileInfo(out).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) != 0)
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli", "print writes PDF files: --out must end in .pdf, not \"%1\".")
                .arg(out));

    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    Documents::RosterOptions options;
    options.asOf = ctx.asOf();
    options.printDate = ctx.asOf();
    options.issuingUnit = ctx.value(QStringLiteral("unit"));
    if (const int r = ctx.agencyFilter(options.agencyIds); r != Ok)
        return r;

    auto pages = Documents::writeRosterPdf(*db, options, out);
    if (!pages)
        return ctx.dataError(pages.error().toString());
    ctx.err << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pages.value())
                   .arg(out)
            << Qt::endl;
    const QString notice = Documents::fallbackNotice(
        {Documents::FontRole::Title, Documents::FontRole::Heading1, Documents::FontRole::Table});
    if (!notice.isEmpty())
        ctx.err << notice << Qt::endl;
    return Ok;
}

int runPrint(Context &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "print needs the kind of document: roster."));
    const QString kind = ctx.args.constFirst();
    if (kind == u"roster")
        return printRosterCommand(ctx);
    if (kind == u"ledger" || kind == u"document" || kind == u"review-sheet")
        return ctx.usageError(QCoreApplication::translate(
                                  "Cli", "print %1 is not available yet; only print roster is.")
                                  .arg(kind));
    return ctx.usageError(
        QCoreApplication::translate("Cli", "Unknown document kind \"%1\"; print knows: roster.")
            .arg(kind));
}

} // namespace

JIANDU_CLI_COMMAND(
    print, QStringLiteral("print"),
    QStringLiteral("print roster --out FILE.pdf [--agency NAME] [--as-of D] [--unit NAME]"),
    QStringLiteral(
        QT_TRANSLATE_NOOP("Cli", "Print a document to PDF (now: the public roster of officers).")),
    runPrint);

} // namespace Jiandu::Cli
