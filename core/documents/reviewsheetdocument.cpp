#include "reviewsheetdocument.h"

#include "outputaudit.h"

#include "fonts.h"
#include "storage/agencyrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "util/format.h"

#include "util/checkedsavefile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace Jiandu::Documents {

namespace {
// What the audit trail says of a printed sheet.
QJsonObject reviewDetails(const ReviewSheetOptions &options)
{
    QJsonObject o;
    if (options.reviewId)
        o.insert(QStringLiteral("review_id"), *options.reviewId);
    else
        o.insert(QStringLiteral("blank_sheet_id"), options.sheetId);
    return o;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// 77.5, 20, 0.25: no trailing zeros.
QString points(double v)
{
    QString s = QString::number(std::round(v * 100.0) / 100.0, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

struct SheetData
{
    ReviewSheet sheet;
    std::optional<FileReview> review;
    std::optional<ReviewActivity> activity;
    std::optional<EnforcementCase> enforcementCase;
    QString agencyName;
    QStringList reviewers;
    QStringList sampledAgencies;
    QDate printDate;
};

QString agencyName(Database &db, qint64 id)
{
    auto a = AgencyRepository(db).find(id);
    return a.ok() && a.value() ? a.value()->name : QString();
}

Result<std::optional<ReviewActivity>> activityOf(ReviewRepository &repo, std::optional<qint64> id)
{
    if (!id)
        return std::optional<ReviewActivity>();
    auto a = repo.activity(*id);
    if (a.ok() && !a.value())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("ReviewSheetDocument", "No such review activity."),
                     QString::number(*id)};
    return a;
}

Result<SheetData> loadData(Database &db, const ReviewSheetOptions &options)
{
    ReviewRepository repo(db);
    SheetData d;
    d.printDate = options.printDate.isValid() ? options.printDate : QDate::currentDate();
    std::optional<qint64> activityId = options.activityId;
    qint64 sheetId = options.sheetId;
    if (options.reviewId) {
        auto r = repo.review(*options.reviewId);
        if (!r)
            return r.error();
        if (!r.value())
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("ReviewSheetDocument", "No such file review."),
                         QString::number(*options.reviewId)};
        d.review = r.value();
        activityId = d.review->activityId;
        sheetId = d.review->sheetId;
        auto c = CaseRepository(db).find(d.review->caseId);
        if (!c)
            return c.error();
        d.enforcementCase = c.value();
        if (d.enforcementCase)
            d.agencyName = agencyName(db, d.enforcementCase->agencyId);
        for (qint64 expertId : d.review->reviewerIds)
            if (auto e = repo.expert(expertId); e.ok() && e.value())
                d.reviewers << e.value()->name;
    }
    auto activity = activityOf(repo, activityId);
    if (!activity)
        return activity.error();
    d.activity = activity.value();
    if (d.activity) {
        if (sheetId == 0)
            sheetId = d.activity->sheetId;
        for (qint64 agency : d.activity->sampleAgencyIds)
            d.sampledAgencies << agencyName(db, agency);
    }
    auto sheet = sheetId > 0 ? repo.sheet(sheetId) : repo.currentSheet(d.printDate);
    if (!sheet)
        return sheet.error();
    if (!sheet.value())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("ReviewSheetDocument", "There is no such score sheet."),
            sheetId > 0 ? QString::number(sheetId) : QString()};
    d.sheet = *sheet.value();
    return d;
}

// A label cell and its value, twice per row.
QString headerRow(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
{
    return QStringLiteral("<tr><td class='label' width='14%'>%1</td><td width='36%'>%2</td>"
                          "<td class='label' width='14%'>%3</td><td width='36%'>%4</td></tr>")
        .arg(esc(l1), esc(v1), esc(l2), esc(v2));
}

QString headerHtml(const SheetData &d)
{
    const auto &c = d.enforcementCase;
    const auto &a = d.activity;
    QString activity = a ? a->name : QString();
    if (a)
        activity += QStringLiteral("（%1）").arg(Vocab::zh(a->kind));
    QString sampling;
    if (a) {
        sampling = QCoreApplication::translate("ReviewSheetDocument", "Seed %1")
                       .arg(a->seed ? QString::number(*a->seed) : QString());
        if (a->sampleYear && a->sampleCount > 0)
            sampling += QStringLiteral("；") +
                        QCoreApplication::translate("ReviewSheetDocument", "%1 files of %2 from %3")
                            .arg(a->sampleCount)
                            .arg(*a->sampleYear)
                            .arg(d.sampledAgencies.join(QStringLiteral("、")));
    }
    QString html = QStringLiteral("<table class='grid' width='100%' cellspacing='0' "
                                  "cellpadding='4'>");
    html += headerRow(QCoreApplication::translate("ReviewSheetDocument", "Review activity"),
                      activity, QCoreApplication::translate("ReviewSheetDocument", "Case number"),
                      c ? c->caseNo : QString());
    html += headerRow(QCoreApplication::translate("ReviewSheetDocument", "Enforcement body"),
                      d.agencyName,
                      QCoreApplication::translate("ReviewSheetDocument", "Cause of action"),
                      c ? c->title : QString());
    html +=
        headerRow(QCoreApplication::translate("ReviewSheetDocument", "Reviewers"),
                  d.reviewers.join(QStringLiteral("、")),
                  QCoreApplication::translate("ReviewSheetDocument", "Review date"),
                  d.review && d.review->reviewedOn.isValid() ? Format::isoDate(d.review->reviewedOn)
                                                             : QString());
    html += headerRow(QCoreApplication::translate("ReviewSheetDocument", "Score sheet"),
                      d.sheet.name, QCoreApplication::translate("ReviewSheetDocument", "Version"),
                      d.sheet.version + QStringLiteral("（") +
                          QCoreApplication::translate("ReviewSheetDocument", "effective %1")
                              .arg(Format::isoDate(d.sheet.effectiveOn)) +
                          QStringLiteral("）"));
    html += QStringLiteral("<tr><td class='label'>%1</td><td colspan='3'>%2</td></tr>")
                .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "Sampling")),
                     esc(sampling));
    return html + QStringLiteral("</table>");
}

const ItemResult *resultFor(const SheetData &d, int position)
{
    if (!d.review)
        return nullptr;
    for (const ItemResult &r : d.review->results)
        if (r.position == position)
            return &r;
    return nullptr;
}

QString itemCell(const SheetItem &item)
{
    QString s = esc(item.title);
    if (!item.guidance.isEmpty())
        s += QStringLiteral("<br/><span class='guide'>%1</span>").arg(esc(item.guidance));
    return s;
}

QString vetoHtml(const SheetData &d)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table class='grid' width='100%' cellspacing='0' "
                       "cellpadding='4'><thead><tr><th width='8%'>%2</th>"
                       "<th width='52%'>%3</th><th width='14%'>%4</th>"
                       "<th width='26%'>%5</th></tr></thead>")
            .arg(esc(QCoreApplication::translate("ReviewSheetDocument",
                                                 "Veto items (one failed item: fail, 0 points)")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "No.")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Item")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Met")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Reason")));
    for (qsizetype i = 0; i < d.sheet.items.size(); ++i) {
        const SheetItem &item = d.sheet.items.at(i);
        if (item.section != SheetSection::Veto)
            continue;
        const ItemResult *r = resultFor(d, int(i + 1));
        // A blank sheet offers both boxes; a review that did not fail the item met it.
        const QString met =
            !d.review ? QStringLiteral("□ %1　□ %2")
                            .arg(QCoreApplication::translate("ReviewSheetDocument", "Yes"),
                                 QCoreApplication::translate("ReviewSheetDocument", "No"))
            : (r && r->vetoFailed) ? QCoreApplication::translate("ReviewSheetDocument", "No")
                                   : QCoreApplication::translate("ReviewSheetDocument", "Yes");
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td align='center'>%3"
                               "</td><td>%4</td></tr>")
                    .arg(i + 1)
                    .arg(itemCell(item), esc(met), esc(r ? r->reason : QString()));
    }
    return html + QStringLiteral("</table>");
}

QString scoredHtml(const SheetData &d)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table class='grid' width='100%' cellspacing='0' "
                       "cellpadding='4'><thead><tr><th width='6%'>%2</th><th width='9%'>%3</th>"
                       "<th width='32%'>%4</th><th width='8%'>%5</th><th width='10%'>%6</th>"
                       "<th width='8%'>%7</th><th width='27%'>%8</th></tr></thead>")
            .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "Scored items")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "No.")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Section")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Item")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Max")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Deducted")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Score")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Reason")));
    for (qsizetype i = 0; i < d.sheet.items.size(); ++i) {
        const SheetItem &item = d.sheet.items.at(i);
        if (item.section == SheetSection::Veto)
            continue;
        const ItemResult *r = resultFor(d, int(i + 1));
        const double deduction = r ? r->deduction : 0;
        html += QStringLiteral("<tr><td align='center'>%1</td><td align='center'>%2</td>"
                               "<td>%3</td><td align='center'>%4</td><td align='center'>%5</td>"
                               "<td align='center'>%6</td><td>%7</td></tr>")
                    .arg(i + 1)
                    .arg(esc(Vocab::zh(item.section)), itemCell(item), points(item.maxPoints),
                         d.review && deduction > 0 ? points(deduction) : QString(),
                         d.review ? points(itemScore(item, deduction)) : QString(),
                         esc(r ? r->reason : QString()));
    }
    return html + QStringLiteral("</table>");
}

double sectionMax(const ReviewSheet &sheet, SheetSection section)
{
    double total = 0;
    for (const SheetItem &i : sheet.items)
        if (i.section == section)
            total += i.maxPoints;
    return total;
}

QString resultHtml(const SheetData &d)
{
    QString total, grade, detail;
    if (d.review && d.review->total) {
        // The stored total and grade are what was decided; the split is recomputed.
        const ReviewScore s = scoreReview(d.sheet, d.review->results, GradeThresholds{});
        total = points(*d.review->total) + QStringLiteral(" / ") + points(d.sheet.maxTotal());
        grade = d.review->grade ? Vocab::zh(*d.review->grade) : QString();
        detail = s.vetoed ? QCoreApplication::translate(
                                "ReviewSheetDocument",
                                "A veto item was not met: the file fails with 0 points.")
                          : QCoreApplication::translate("ReviewSheetDocument",
                                                        "Form %1 of %2; content %3 of %4.")
                                .arg(points(s.formPoints),
                                     points(sectionMax(d.sheet, SheetSection::Form)),
                                     points(s.contentPoints),
                                     points(sectionMax(d.sheet, SheetSection::Content)));
    } else {
        detail = QCoreApplication::translate(
                     "ReviewSheetDocument",
                     "Form %1 points; content %2 points; a failed veto item: 0 points.")
                     .arg(points(sectionMax(d.sheet, SheetSection::Form)),
                          points(sectionMax(d.sheet, SheetSection::Content)));
    }
    return QStringLiteral("<h2>%1</h2><table class='grid' width='100%' cellspacing='0' "
                          "cellpadding='4'><tr><td class='label' width='14%'>%2</td>"
                          "<td width='36%'>%3</td><td class='label' width='14%'>%4</td>"
                          "<td width='36%'>%5</td></tr><tr><td colspan='4'>%6</td></tr></table>")
        .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "Result")),
             esc(QCoreApplication::translate("ReviewSheetDocument", "Total")), esc(total),
             esc(QCoreApplication::translate("ReviewSheetDocument", "Grade")), esc(grade),
             esc(detail));
}

QString problemsHtml(const SheetData &d)
{
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "Problems found")));
    const QList<ReviewProblem> problems = d.review ? d.review->problems : QList<ReviewProblem>();
    if (problems.isEmpty())
        return html +
               (d.review
                    ? QStringLiteral("<p>%1</p>")
                          .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "None.")))
                    : QStringLiteral("<p><br/><br/><br/><br/></p>"));
    html += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='4'>"
                           "<thead><tr><th width='8%'>%1</th><th width='62%'>%2</th>"
                           "<th width='30%'>%3</th></tr></thead>")
                .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "No.")),
                     esc(QCoreApplication::translate("ReviewSheetDocument", "Problem")),
                     esc(QCoreApplication::translate("ReviewSheetDocument", "Item")));
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const ReviewProblem &p = problems.at(i);
        const int pos = p.itemPosition.value_or(0);
        const QString item =
            pos >= 1 && pos <= d.sheet.items.size() ? d.sheet.items.at(pos - 1).title : QString();
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(i + 1)
                    .arg(esc(p.description), esc(item));
    }
    return html + QStringLiteral("</table>");
}

QString documentHtml(const SheetData &d, const QString &titleFamily, const QString &headFamily)
{
    const QString style =
        QStringLiteral("<style>h1 { font-family: '%1'; font-size: 20pt; font-weight: normal; "
                       "text-align: center; margin-bottom: 12px; } "
                       "h2 { font-family: '%2'; font-size: 12pt; font-weight: normal; "
                       "margin-top: 14px; margin-bottom: 6px; } "
                       "table.grid { border-collapse: collapse; border: 1px solid black; } "
                       "td, th { border: 1px solid black; } "
                       "th { font-family: '%2'; background-color: #e8e8e8; } "
                       "td.label { background-color: #f2f2f2; } "
                       ".guide { font-size: 8.5pt; color: #404040; }</style>")
            .arg(titleFamily, headFamily);
    QString html = style + QStringLiteral("<h1>%1</h1>")
                               .arg(esc(QCoreApplication::translate(
                                   "ReviewSheetDocument", "Case-file review score sheet")));
    html += headerHtml(d) + vetoHtml(d) + scoredHtml(d) + resultHtml(d) + problemsHtml(d);
    html +=
        QStringLiteral("<p><br/>%1　　　　　　　　　　　　%2</p>")
            .arg(esc(QCoreApplication::translate("ReviewSheetDocument", "Reviewers' signatures:")),
                 esc(QCoreApplication::translate("ReviewSheetDocument", "Printed on %1")
                         .arg(Format::isoDate(d.printDate))));
    return html;
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error{
        Error::Code::Io,
        QCoreApplication::translate("ReviewSheetDocument", "The file cannot be written: %1")
            .arg(reason),
        path};
}

Result<int> paintData(const SheetData &d, QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 15, 20, 12), QPageLayout::Millimeter));
    const QSizeF area(device.width(), device.height());
    QFont font = fontFor(FontRole::Table, 10.5).font;
    font.setPointSizeF(10.5);
    QTextDocument doc;
    // Laid out on the device itself (QTextDocument assumes 96 dpi otherwise, TOOLCHAIN.md);
    // the page height leaves room for the footer, which is painted separately.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    const qreal footer = QFontMetricsF(font, &device).lineSpacing() * 2;
    const qreal pageHeight = area.height() - footer;
    doc.setPageSize(QSizeF(area.width(), pageHeight));
    doc.setHtml(documentHtml(d, fontFor(FontRole::Title, 20).family,
                             fontFor(FontRole::Heading1, 12).family));
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "ReviewSheetDocument",
                         "The score sheet could not be printed: the output could not be opened."),
                     {}};
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, page * pageHeight, area.width(), pageHeight);
        painter.translate(0, -clip.top());
        doc.drawContents(&painter, clip);
        painter.restore();
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, area.height() - footer / 2, area.width(), footer / 2),
                         Qt::AlignCenter,
                         QCoreApplication::translate("ReviewSheetDocument", "Page %1 of %2")
                             .arg(page + 1)
                             .arg(pages));
    }
    if (!painter.end())
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "ReviewSheetDocument", "The score sheet could not be printed completely."),
                     {}};
    return pages;
}

} // namespace

Result<int> paintReviewSheet(Database &db, const ReviewSheetOptions &options,
                             QPagedPaintDevice &device)
{
    auto data = loadData(db, options);
    if (!data)
        return data.error();
    return paintData(data.value(), device);
}

Result<int> writeReviewSheetPdf(Database &db, const ReviewSheetOptions &options,
                                const QString &pdfPath)
{
    // Read everything first: a missing review leaves no file at all.
    auto data = loadData(db, options);
    if (!data)
        return data.error();
    CheckedSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(pdfPath, file.errorString());
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(
            QCoreApplication::translate("ReviewSheetDocument", "Case-file review score sheet"));
        writer.setCreator(QStringLiteral("Jiandu %1").arg(QCoreApplication::applicationVersion()));
        pages = paintData(data.value(), writer);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return cannotWrite(pdfPath, file.errorString());
    return audited(db, pages, AuditEntry::Action::Export, QStringLiteral("review_sheet"), pdfPath,
                   reviewDetails(options));
}

Result<int> printReviewSheet(Database &db, const ReviewSheetOptions &options, QPrinter &printer)
{
    printer.setDocName(
        QCoreApplication::translate("ReviewSheetDocument", "Case-file review score sheet"));
    return audited(db, paintReviewSheet(db, options, printer), AuditEntry::Action::Print,
                   QStringLiteral("review_sheet"), printer.outputFileName(),
                   reviewDetails(options));
}

} // namespace Jiandu::Documents
