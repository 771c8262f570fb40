#pragma once

// The printed annual enforcement report (行政执法年度报告, spec/annual-report.md "The printed
// report") in the format of official documents (GB/T 9704-2012): A4 portrait, margins 37 mm
// top, 28 mm left, 26 mm right, 35 mm bottom; title in the Title font role at 22 pt, body in
// the Body role at 16 pt, 一、 headings in the Heading1 role, （一） headings in Heading2; page
// numbers "— N —". Sections: 一、总体情况 (generated prose with the main figures and their
// change against the previous year), officers and training, cases by kind (table + bar
// chart), the five published tables (Report::publishedTables), the three systems, appeals,
// case-file review, rectification, the per-body table (+ chart, top 15).
// Every number comes from the AnnualReport: nothing is read from the database here.
// Needs a QGuiApplication (fonts, QImage text).

#include "report/annualreport.h"
#include "util/result.h"

#include <QDate>
#include <QImage>
#include <QString>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace Jiandu::Documents {

struct AnnualReportPrintOptions
{
    QString issuingUnit; // 发文机关署名; empty: the office setting "office/name" as passed by
                         // the caller (see defaultIssuingUnit), else 司法局
    QDate date;          // 成文日期; invalid: today (the caller's clock)
    QString footer;      // printed small at the foot of each page (e.g. the audit head
                         // hash); empty: none
};

// The office setting "office/name" (the issuing unit), read by callers that have a database.
QString defaultIssuingUnit(Database &db);

// The footer of a printed report (AnnualReportPrintOptions::footer): the audit trail's head
// hash (its first 16 hex digits), its records and the print date, so cutting the trail's tail
// after the report was printed is detectable: "审计链头 1a2b…  · 记录 N 条 · 打印于 <date>".
// Empty when the trail has no chain.
QString auditFooter(Database &db, const QDate &printedOn);

// The title: "清河县2024年度行政执法工作报告" (scope + year).
QString annualReportTitle(const AnnualReport &report);

// "增加56件（增长4.8%）", "减少3件（下降2.1%）", "持平", "增加5件" (previous 0: no percentage).
// `unit` is the counter word (件, 人, 元 ...). Used by the prose; public for tests and the GUI.
QString describeChange(qint64 current, qint64 previous, const QString &unit);
// The same for money in fen: "增加1,234.50元（增长3.2%）".
QString describeMoneyChange(qint64 currentFen, qint64 previousFen);

// The overview paragraph (一、总体情况), plain text, every number from the struct.
QString annualReportOverview(const AnnualReport &report);

// Charts, drawn with QPainter in black, white and greys with hatch patterns and value labels
// (legible in black-and-white print). `size` in pixels; the image is white where empty.
enum class AnnualReportChart
{
    CasesByKind,       // this year's cases per kind, horizontal bars
    CasesPerBody,      // cases per body, the 15 largest (empty report: a "no data" image)
    ThisYearVsPrevious // key figures: Y against Y−1, paired bars (hatched = Y−1)
};
QImage renderAnnualReportChart(const AnnualReport &report, AnnualReportChart chart,
                               const QSize &size);

// Builds the whole report as a QTextDocument (charts as image resources), for a page of
// `pageSize` device pixels at `dpi`. The document is laid out for `device` when given
// (TOOLCHAIN.md: the dpi trap); the ODT writer passes none.
void buildAnnualReportDocument(QTextDocument &doc, const AnnualReport &report,
                               const AnnualReportPrintOptions &options, QPagedPaintDevice *device);

// Sets A4 portrait with the official margins on `device` and paints; returns the pages.
Result<int> paintAnnualReport(const AnnualReport &report, const AnnualReportPrintOptions &options,
                              QPagedPaintDevice &device);
// Atomic: a failed write leaves no file. Returns the pages.
Result<int> writeAnnualReportPdf(const AnnualReport &report,
                                 const AnnualReportPrintOptions &options, const QString &pdfPath);
Result<int> printAnnualReport(const AnnualReport &report, const AnnualReportPrintOptions &options,
                              QPrinter &printer);
// OpenDocument text (QTextDocumentWriter "ODF"), charts embedded as images. Atomic.
VoidResult writeAnnualReportOdt(const AnnualReport &report, const AnnualReportPrintOptions &options,
                                const QString &odtPath);

} // namespace Jiandu::Documents
