#include "cli.h"

#include "documents/fonts.h"
#include "documents/outputaudit.h"
#include "documents/reviewsheetdocument.h"
#include "documents/rosterdocument.h"
#include "documents/supervisionprint.h"
#include "storage/activityrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/reviewrepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Jiandu::Cli {
namespace {

// --out must name a .pdf; returns Ok or Usage (`missing` or the suffix message printed).
int checkOut(Context &ctx, const QString &missing)
{
    const QString out = ctx.outFile();
    if (out.isEmpty())
        return ctx.usageError(missing);
    if (QFileInfo(out).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) != 0)
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli", "print writes PDF files: --out must end in .pdf, not \"%1\".")
                .arg(out));
    return Ok;
}

// "Wrote FILE (N pages)." and which fallback fonts stood in for the official ones.
void reportWritten(Context &ctx, const QString &out, int pages, const QString &fontNotice)
{
    ctx.err << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pages).arg(out)
            << Qt::endl;
    if (!fontNotice.isEmpty())
        ctx.err << fontNotice << Qt::endl;
}

void reportWritten(Context &ctx, const QString &out, int pages)
{
    reportWritten(
        ctx, out, pages,
        Documents::fallbackNotice({Documents::FontRole::Title, Documents::FontRole::Heading1,
                                   Documents::FontRole::Table}));
}

int printRosterCommand(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "print roster takes no further arguments."));
    if (const int r =
            checkOut(ctx, QCoreApplication::translate("Cli", "print roster needs --out FILE.pdf."));
        r != Ok)
        return r;
    const QString out = ctx.outFile();

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
        return ctx.fail(pages.error());
    reportWritten(ctx, out, pages.value());
    return Ok;
}

// The review of CASE_NO to print: in the activity if given, else the case's latest.
int findReview(Context &ctx, Database &db, const std::optional<ReviewActivity> &activity,
               const QString &caseNo, Documents::ReviewSheetOptions &options)
{
    auto found = CaseRepository(db).findByCaseNo(caseNo);
    if (!found)
        return ctx.fail(found.error());
    if (!found.value())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "There is no case numbered \"%1\".").arg(caseNo));
    ReviewRepository repo(db);
    auto review = activity ? repo.reviewOf(activity->id, found.value()->id)
                           : repo.latestReviewOfCase(found.value()->id);
    if (!review)
        return ctx.fail(review.error());
    if (!review.value())
        return ctx.dataError(
            activity
                ? QCoreApplication::translate("Cli",
                                              "Case %1 has no file review in the activity \"%2\".")
                      .arg(caseNo, activity->name)
                : QCoreApplication::translate("Cli", "Case %1 has no file review.").arg(caseNo));
    options.reviewId = review.value()->id;
    return Ok;
}

int printReviewSheetCommand(Context &ctx)
{
    if (ctx.args.size() > 2)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "print review-sheet takes at most one case number."));
    if (const int r = checkOut(
            ctx, QCoreApplication::translate("Cli", "print review-sheet needs --out FILE.pdf."));
        r != Ok)
        return r;
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    std::optional<ReviewActivity> activity;
    if (ctx.isSet(QStringLiteral("activity"))) {
        const QString name = ctx.value(QStringLiteral("activity")).trimmed();
        auto found = ReviewRepository(*db).activityByName(name);
        if (!found)
            return ctx.fail(found.error());
        if (!found.value())
            return ctx.usageError(
                QCoreApplication::translate("Cli", "There is no review activity named \"%1\".")
                    .arg(name));
        activity = found.value();
    }
    Documents::ReviewSheetOptions options;
    options.printDate = ctx.asOf();
    if (activity)
        options.activityId = activity->id;
    if (ctx.args.size() == 2)
        if (const int r = findReview(ctx, *db, activity, ctx.args.at(1).trimmed(), options);
            r != Ok)
            return r;
    auto pages = Documents::writeReviewSheetPdf(*db, options, ctx.outFile());
    if (!pages)
        return ctx.fail(pages.error());
    reportWritten(ctx, ctx.outFile(), pages.value());
    return Ok;
}

// print ledger [--activity NAME] [--agency NAME] [--unit NAME]: the rectification ledger.
int printLedgerCommand(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "print ledger takes no further arguments."));
    if (const int r =
            checkOut(ctx, QCoreApplication::translate("Cli", "print ledger needs --out FILE.pdf."));
        r != Ok)
        return r;
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    TaskQuery query;
    query.asOf = ctx.asOf();
    if (ctx.isSet(QStringLiteral("activity"))) {
        const QString name = ctx.value(QStringLiteral("activity")).trimmed();
        auto found = ActivityRepository(*db).findByName(name);
        if (!found)
            return ctx.fail(found.error());
        if (!found.value())
            return ctx.usageError(
                QCoreApplication::translate("Cli", "There is no supervision activity named \"%1\".")
                    .arg(name));
        query.activityId = found.value()->id;
    }
    QList<qint64> agencies;
    if (const int r = ctx.agencyFilter(agencies); r != Ok)
        return r;
    if (!agencies.isEmpty())
        query.agencyId = agencies.constFirst();
    QString unit = ctx.value(QStringLiteral("unit")).trimmed();
    if (unit.isEmpty())
        unit = SettingsRepository(*db).value(QStringLiteral("office/name")).trimmed();
    if (unit.isEmpty())
        unit = DocumentSettings::load(*db).issuer;

    auto data = Documents::ledgerData(*db, query, {}, unit, ctx.asOf());
    if (!data)
        return ctx.fail(data.error());
    auto pages = Documents::audited(
        *db, Documents::writeLedgerPdf(data.value(), ctx.outFile()), AuditEntry::Action::Export,
        QStringLiteral("ledger"), ctx.outFile(),
        {{QStringLiteral("rows"), int(data->rows.size())}, {QStringLiteral("unit"), unit}});
    if (!pages)
        return ctx.fail(pages.error());
    QList<Documents::FontRole> roles{Documents::FontRole::Title, Documents::FontRole::Heading1,
                                     Documents::FontRole::Table};
    if (!data->subtitle.isEmpty())
        roles << Documents::FontRole::Heading2;
    reportWritten(ctx, ctx.outFile(), pages.value(), Documents::fallbackNotice(roles));
    return Ok;
}

// print document NUMBER: an issued supervision document in the GB/T 9704 format.
int printDocumentCommand(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "print document needs the issuing number of the document, e.g. "
                   "\"清司监通〔2025〕3号\"."));
    if (const int r = checkOut(
            ctx, QCoreApplication::translate("Cli", "print document needs --out FILE.pdf."));
        r != Ok)
        return r;
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    const QString number = ctx.args.at(1).trimmed();
    auto found = DocumentRepository(*db).findByNumber(number);
    if (found && !found.value()) {
        // Typed on a keyboard without 〔〕: 清司监通[2025]3号, （2025）, 【2025】.
        QString official = number;
        for (const QChar open : {u'[', u'［', u'【', u'(', u'（'})
            official.replace(open, u'〔');
        for (const QChar close : {u']', u'］', u'】', u')', u'）'})
            official.replace(close, u'〕');
        if (official != number)
            found = DocumentRepository(*db).findByNumber(official);
    }
    if (!found)
        return ctx.fail(found.error());
    if (!found.value())
        return ctx.usageError(
            QCoreApplication::translate(
                "Cli", "There is no issued document numbered \"%1\". A draft has no number yet: "
                       "print drafts from the 监督文书 page, or issue the document first.")
                .arg(number));
    auto data = Documents::officialDocumentData(*db, *found.value());
    if (!data)
        return ctx.fail(data.error());
    auto info = Documents::writeOfficialDocumentPdf(data.value(), ctx.outFile());
    if (!info)
        return ctx.fail(info.error());
    if (auto r = Documents::audited(*db, info->pages, AuditEntry::Action::Export, number,
                                    ctx.outFile(), {{QStringLiteral("title"), data->title}});
        !r)
        return ctx.fail(r.error());
    reportWritten(ctx, ctx.outFile(), info->pages, info->fontNotice);
    return Ok;
}

int runPrint(Context &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "print needs the kind of document: roster, review-sheet, ledger, document."));
    const QString kind = ctx.args.constFirst();
    if (kind == u"roster")
        return printRosterCommand(ctx);
    if (kind == u"review-sheet")
        return printReviewSheetCommand(ctx);
    if (kind == u"ledger")
        return printLedgerCommand(ctx);
    if (kind == u"document")
        return printDocumentCommand(ctx);
    return ctx.usageError(
        QCoreApplication::translate("Cli", "Unknown document kind \"%1\"; print knows: roster, "
                                           "review-sheet, ledger, document.")
            .arg(kind));
}

} // namespace

JIANDU_CLI_COMMAND(
    print, QStringLiteral("print"),
    QStringLiteral("print roster --out FILE.pdf [--agency NAME] [--as-of D] [--unit NAME] | "
                   "print review-sheet [CASE_NO] [--activity NAME] --out FILE.pdf | "
                   "print ledger [--activity NAME] [--agency NAME] [--unit NAME] [--as-of D] "
                   "--out FILE.pdf | print document NUMBER --out FILE.pdf"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Print a document to PDF: the public roster of officers, a case-file review "
               "score sheet (blank without CASE_NO), the rectification ledger (of a supervision "
               "activity, of the tasks of an agency), an issued supervision document in the "
               "official format.")),
    runPrint, needs(Security::Permission::Print));

} // namespace Jiandu::Cli
