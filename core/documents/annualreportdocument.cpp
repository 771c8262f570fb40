#include "annualreportdocument.h"

#include "annualreporthtml.h"
#include "fonts.h"
#include "storage/settingsrepository.h"

#include "util/checkedsavefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

namespace Jiandu::Documents {

namespace {

// GB/T 9704-2012: margins in mm, body 16 pt on a 28.9 pt line pitch (22 lines a page),
// the first line indented by two characters, the page number 7 mm under the text block.
const QMarginsF kMargins(28, 37, 26, 35);
constexpr qreal kBodyPoints = 16;
constexpr qreal kLinePitchPoints = 28.9;
constexpr qreal kPageNumberGapMm = 7;
constexpr qreal kChartScale = 3; // chart pixels per 96-dpi pixel (≈ 290 dpi on paper)

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error{
        Error::Code::Io,
        QCoreApplication::translate("AnnualReportDocument", "The file cannot be written: %1")
            .arg(reason),
        path};
}

QString documentTitle(const AnnualReport &report)
{
    return annualReportTitle(report);
}

void addCharts(QTextDocument &doc, const AnnualReport &report)
{
    const auto add = [&](const char *name, AnnualReportChart chart, int height) {
        const QSize size(int(Html::kChartWidth * kChartScale), int(height * kChartScale));
        doc.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(name)),
                        renderAnnualReportChart(report, chart, size));
    };
    add(Html::kChartKinds, AnnualReportChart::CasesByKind, Html::kChartHeight);
    add(Html::kChartCompare, AnnualReportChart::ThisYearVsPrevious, Html::kChartHeight);
    if (!report.agencyId)
        add(Html::kChartBodies, AnnualReportChart::CasesPerBody, Html::kBodiesChartHeight);
}

// The line pitch and first-line indent of the prose (blocks outside tables, not centred):
// the HTML reader has no fixed line height or em indent. Line heights are given in 96-dpi
// pixels (scaled by the layout's device), the indent in device pixels (TOOLCHAIN.md).
void applyBodyLayout(QTextDocument &doc, qreal deviceDpi)
{
    const qreal pitch = kLinePitchPoints * 96.0 / 72.0;
    const qreal indent = 2 * kBodyPoints * deviceDpi / 72.0;
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextCursor at(block);
        if (at.currentTable())
            continue;
        QTextBlockFormat format = block.blockFormat();
        if (format.alignment() & Qt::AlignHCenter)
            continue;
        format.setLineHeight(pitch, QTextBlockFormat::FixedHeight);
        if (format.alignment() & Qt::AlignJustify)
            format.setTextIndent(indent);
        at.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

Result<int> paintDocument(const AnnualReport &report, const AnnualReportPrintOptions &options,
                          QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMargins,
                                     QPageLayout::Millimeter));
    QTextDocument doc;
    buildAnnualReportDocument(doc, report, options, &device);
    const QSizeF area(device.width(), device.height());
    const int pages = doc.pageCount();
    const qreal mm = device.logicalDpiY() / 25.4;
    QFont numberFont = fontFor(FontRole::Body, 14).font;
    numberFont.setPointSizeF(14);
    QFont footerFont = fontFor(FontRole::Table, 7).font;
    footerFont.setPointSizeF(7);

    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("AnnualReportDocument",
                                                 "The annual report could not be printed: the "
                                                 "output could not be opened."),
                     {}};
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, page * area.height(), area.width(), area.height());
        painter.translate(0, -clip.top());
        doc.drawContents(&painter, clip);
        painter.restore();
        // "— N —" in the bottom margin, odd pages right, even pages left, one character in.
        painter.setFont(numberFont);
        painter.setPen(Qt::black);
        const QFontMetricsF fm(numberFont, &device);
        const QRectF numberRect(fm.horizontalAdvance(QChar(u'一')),
                                area.height() + kPageNumberGapMm * mm,
                                area.width() - 2 * fm.horizontalAdvance(QChar(u'一')), fm.height());
        painter.drawText(numberRect,
                         ((page % 2 == 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                         QStringLiteral("— %1 —").arg(page + 1));
        if (!options.footer.isEmpty()) {
            painter.setFont(footerFont);
            painter.drawText(QRectF(0, numberRect.bottom() + 3 * mm, area.width(),
                                    QFontMetricsF(footerFont, &device).height()),
                             Qt::AlignHCenter | Qt::AlignTop, options.footer);
        }
    }
    if (!painter.end())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("AnnualReportDocument",
                                                 "The annual report could not be printed "
                                                 "completely."),
                     {}};
    return pages;
}

} // namespace

QString defaultIssuingUnit(Database &db)
{
    return SettingsRepository(db).value(QStringLiteral("office/name"));
}

void buildAnnualReportDocument(QTextDocument &doc, const AnnualReport &report,
                               const AnnualReportPrintOptions &options, QPagedPaintDevice *device)
{
    qreal dpi = 96;
    QFont body = fontFor(FontRole::Body, kBodyPoints).font;
    body.setPointSizeF(kBodyPoints);
    if (device) {
        // Laid out on the device itself: QTextDocument assumes 96 dpi otherwise.
        doc.documentLayout()->setPaintDevice(device);
        dpi = device->logicalDpiY();
        doc.setPageSize(QSizeF(device->width(), device->height()));
    }
    doc.setDefaultFont(body);
    doc.setDocumentMargin(0);
    doc.setMetaInformation(QTextDocument::DocumentTitle, documentTitle(report));
    addCharts(doc, report);
    const Html::Fonts fonts{
        fontFor(FontRole::Title, 22).family, fontFor(FontRole::Body, kBodyPoints).family,
        fontFor(FontRole::Heading1, kBodyPoints).family,
        fontFor(FontRole::Heading2, kBodyPoints).family, fontFor(FontRole::Table, 12).family};
    doc.setHtml(Html::reportHtml(report, options, fonts));
    applyBodyLayout(doc, dpi);
}

Result<int> paintAnnualReport(const AnnualReport &report, const AnnualReportPrintOptions &options,
                              QPagedPaintDevice &device)
{
    return paintDocument(report, options, device);
}

Result<int> writeAnnualReportPdf(const AnnualReport &report,
                                 const AnnualReportPrintOptions &options, const QString &pdfPath)
{
    CheckedSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(pdfPath, file.errorString());
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(documentTitle(report));
        writer.setCreator(QStringLiteral("Jiandu %1").arg(QCoreApplication::applicationVersion()));
        pages = paintDocument(report, options, writer);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return cannotWrite(pdfPath, file.errorString());
    return pages;
}

Result<int> printAnnualReport(const AnnualReport &report, const AnnualReportPrintOptions &options,
                              QPrinter &printer)
{
    printer.setDocName(documentTitle(report));
    return paintDocument(report, options, printer);
}

VoidResult writeAnnualReportOdt(const AnnualReport &report, const AnnualReportPrintOptions &options,
                                const QString &odtPath)
{
    QTextDocument doc;
    buildAnnualReportDocument(doc, report, options, nullptr);
    // The ODF writer closes its device when done, which QSaveFile refuses: write to memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(&doc))
        return cannotWrite(
            odtPath, QCoreApplication::translate("AnnualReportDocument", "the ODF writer failed"));
    const QByteArray bytes = buffer.data();
    CheckedSaveFile file(odtPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(odtPath, file.errorString());
    return {};
}

} // namespace Jiandu::Documents
